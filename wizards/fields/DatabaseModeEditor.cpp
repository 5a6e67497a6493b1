#include "DatabaseModeEditor.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Slipway {

DatabaseModeEditor::DatabaseModeEditor(const Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_group(new QButtonGroup(this))
    , m_description(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < field.modes.size(); ++i) {
        const DatabaseModeOption &mode = field.modes.at(i);
        auto *button = new QRadioButton(mode.title.isEmpty() ? mode.id : mode.title, this);
        button->setObjectName(field.id + QLatin1Char('_') + mode.id);
        button->setToolTip(mode.description);
        m_group->addButton(button, i);
        layout->addWidget(button);
    }
    m_description->setObjectName(field.id + QLatin1String("Description"));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_description);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_description->setText(this->field().modes.value(id).description);
        changed();
    });
}

DatabaseModeEditor::~DatabaseModeEditor() = default;

QVariant DatabaseModeEditor::answer() const
{
    const int id = m_group->checkedId();
    return id < 0 ? QVariant() : QVariant(field().modes.at(id).id);
}

QString DatabaseModeEditor::connectionTest() const
{
    const int id = m_group->checkedId();
    return id < 0 ? QString() : field().modes.at(id).test;
}

void DatabaseModeEditor::display(const QVariant &answer)
{
    for (int i = 0; i < field().modes.size(); ++i) {
        if (field().modes.at(i).id == answer.toString()) {
            m_group->button(i)->setChecked(true);
            m_description->setText(field().modes.at(i).description);
            return;
        }
    }
}

} // namespace Slipway
