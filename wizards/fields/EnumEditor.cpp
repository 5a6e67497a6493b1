#include "EnumEditor.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace Slipway {

EnumEditor::EnumEditor(const Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_box(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addStretch();
    m_box->setObjectName(field.id + QLatin1String("Box"));
    m_box->setAccessibleName(accessibleName());
    for (const EnumOption &option : field.options) {
        const QString value = option.value.toString();
        m_box->addItem(option.title.isEmpty() ? value : option.title, value);
    }
    setFocusProxy(m_box);
    connect(m_box, &QComboBox::activated, this, &EnumEditor::changed);
}

EnumEditor::~EnumEditor() = default;

QVariant EnumEditor::answer() const
{
    return m_box->currentIndex() < 0 ? QVariant() : m_box->currentData();
}

void EnumEditor::display(const QVariant &answer)
{
    m_box->setCurrentIndex(m_box->findData(answer.toString()));
}

} // namespace Slipway
