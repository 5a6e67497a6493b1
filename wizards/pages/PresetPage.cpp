#include "PresetPage.h"

#include "WizardState.h"
#include "product/YamlWriter.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Slipway {

namespace {

QGroupBox *groupFor(const QString &title, const QString &prefix, const QList<Preset> &presets,
                    const QString &current, QButtonGroup *group, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    for (int i = 0; i < presets.size(); ++i) {
        const Preset &preset = presets.at(i);
        auto *button = new QRadioButton(preset.title.isEmpty() ? preset.id : preset.title, box);
        button->setObjectName(prefix + preset.id);
        button->setToolTip(preset.description);
        button->setChecked(current.isEmpty() ? preset.isDefault : current == preset.id);
        group->addButton(button, i);
        layout->addWidget(button);
        if (!preset.description.isEmpty()) {
            auto *description = new QLabel(preset.description, box);
            description->setWordWrap(true);
            description->setIndent(24);
            description->setForegroundRole(QPalette::PlaceholderText);
            layout->addWidget(description);
        }
    }
    if (!group->checkedButton() && !group->buttons().isEmpty())
        group->buttons().first()->setChecked(true);
    return box;
}

} // namespace

PresetPage::PresetPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_effect(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("presetPage"));
    setTitle(tr("Environment and size"));
    setSubTitle(tr("Presets set several values at once; what the chosen ones set is shown below "
                   "and can still be changed on the pages that follow."));
    m_effect->setObjectName(QStringLiteral("presetEffect"));
    m_effect->setAccessibleName(tr("Values the presets set"));
    m_effect->setReadOnly(true);
    m_effect->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_effect, 1);
}

PresetPage::~PresetPage() = default;

void PresetPage::initializePage()
{
    if (m_state->chart() && m_builtFor != m_state->chart()->source)
        build();
    showEffect();
}

void PresetPage::build()
{
    delete m_choices;
    m_builtFor = m_state->chart()->source;
    m_choices = new QWidget(this);
    auto *row = new QHBoxLayout(m_choices);
    row->setContentsMargins(0, 0, 0, 0);
    m_environments = new QButtonGroup(m_choices);
    m_sizes = new QButtonGroup(m_choices);
    const Descriptor &descriptor = *m_state->descriptor();
    const Answers &answers = m_state->plan().answers;
    if (!descriptor.environments.isEmpty())
        row->addWidget(groupFor(tr("Environment"), QStringLiteral("environment_"),
                                descriptor.environments, answers.environment, m_environments,
                                m_choices), 1);
    if (!descriptor.sizes.isEmpty())
        row->addWidget(groupFor(tr("Size"), QStringLiteral("size_"), descriptor.sizes,
                                answers.size, m_sizes, m_choices), 1);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_choices);
    connect(m_environments, &QButtonGroup::idToggled, this, &PresetPage::showEffect);
    connect(m_sizes, &QButtonGroup::idToggled, this, &PresetPage::showEffect);
}

QString PresetPage::chosen(const QButtonGroup *group, const QList<Preset> &presets) const
{
    const int id = group ? group->checkedId() : -1;
    return id >= 0 && id < presets.size() ? presets.at(id).id : QString();
}

void PresetPage::showEffect()
{
    const Descriptor *descriptor = m_state->descriptor();
    if (!descriptor)
        return;
    QString text;
    const QList<std::pair<QString, const Preset *>> presets {
        { tr("Environment"), descriptor->environment(chosen(m_environments, descriptor->environments)) },
        { tr("Size"), descriptor->size(chosen(m_sizes, descriptor->sizes)) },
    };
    for (const auto &[kind, preset] : presets) {
        if (!preset)
            continue;
        text += QStringLiteral("# %1: %2\n").arg(kind, preset->title.isEmpty() ? preset->id : preset->title);
        const QByteArray yaml = YamlWriter::write(preset->values);
        text += preset->values.size() == 0 ? tr("# (sets nothing: the chart's own values)\n")
                                           : QString::fromUtf8(yaml);
        text += QLatin1Char('\n');
    }
    m_effect->setPlainText(text.trimmed());
}

QString PresetPage::effectText() const
{
    return m_effect->toPlainText();
}

bool PresetPage::validatePage()
{
    const Descriptor *descriptor = m_state->descriptor();
    Answers &answers = m_state->plan().answers;
    answers.environment = chosen(m_environments, descriptor->environments);
    answers.size = chosen(m_sizes, descriptor->sizes);
    m_state->answersEdited();
    return true;
}

} // namespace Slipway
