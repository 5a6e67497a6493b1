#include "ValuesPage.h"

#include "WizardState.h"
#include "core/PrivateFile.h"
#include "product/SchemaValidator.h"
#include "product/YamlReader.h"

#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Slipway {

ValuesPage::ValuesPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_editor(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("valuesPage"));
    setTitle(tr("Values"));
    setSubTitle(tr("This chart has no installer.yaml: edit its values.yaml. What is here is "
                   "exactly what helm gets."));
    m_editor->setObjectName(QStringLiteral("valuesEditor"));
    m_editor->setAccessibleName(tr("Values (YAML)"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("valuesError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ValuesPage::check);
}

ValuesPage::~ValuesPage() = default;

void ValuesPage::initializePage()
{
    const Chart *chart = m_state->chart();
    if (chart && m_loadedFor != chart->source) {
        m_loadedFor = chart->source;
        // An offline bundle's chart starts from the bundle's values (its images rewritten to the
        // registry they were pushed to), not from the chart's defaults.
        QFile base(m_state->plan().baseValuesFiles.value(0));
        m_editor->setPlainText(QString::fromUtf8(base.fileName().isEmpty() || !base.open(QIODevice::ReadOnly)
                                                     ? chart->valuesYaml
                                                     : base.readAll()));
    }
    check();
}

void ValuesPage::check()
{
    Diagnostics errors;
    const QByteArray yaml = m_editor->toPlainText().toUtf8();
    const ValueTree values = YamlReader::parse(yaml, QStringLiteral("values.yaml"), &errors);
    QStringList problems;
    for (const Error &error : std::as_const(errors))
        problems << error.toString();
    if (problems.isEmpty() && m_state->chart()) {
        ValueTree full = m_state->chart()->defaults;
        full.merge(values);
        for (const Issue &issue : SchemaValidator::validate(full, m_state->chart()->schemaJson, nullptr))
            problems << (issue.path.isEmpty() ? issue.message
                                              : QStringLiteral("%1: %2").arg(issue.path, issue.message));
    }
    m_valid = problems.isEmpty();
    m_error->setText(problems.join(QLatin1Char('\n')));
    m_error->setVisible(!m_valid);
    Q_EMIT completeChanged();
}

QString ValuesPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ValuesPage::isComplete() const
{
    return m_valid;
}

bool ValuesPage::validatePage()
{
    if (!m_valid || !m_folder.isValid())
        return false;
    const QString file = m_folder.filePath(QStringLiteral("values.yaml"));
    if (!PrivateFile::write(file, m_editor->toPlainText().toUtf8()))
        return false;
    m_state->plan().valuesFiles = { file };
    return true;
}

} // namespace Slipway
