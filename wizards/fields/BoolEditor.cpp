#include "BoolEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace Slipway {

BoolEditor::BoolEditor(const Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_box(new QCheckBox(field.label, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    m_box->setObjectName(field.id + QLatin1String("Check"));
    m_box->setAccessibleName(accessibleName());
    setFocusProxy(m_box);
    connect(m_box, &QCheckBox::toggled, this, &BoolEditor::changed);
}

BoolEditor::~BoolEditor() = default;

QVariant BoolEditor::answer() const
{
    return m_box->isChecked();
}

void BoolEditor::display(const QVariant &answer)
{
    m_box->setChecked(answer.toBool());
}

} // namespace Slipway
