#include "MultiSelectEditor.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace Slipway {

MultiSelectEditor::MultiSelectEditor(const Field &field, QWidget *parent)
    : FieldEditor(field, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (const EnumOption &option : field.options) {
        const QString value = option.value.toString();
        auto *box = new QCheckBox(option.title.isEmpty() ? value : option.title, this);
        box->setObjectName(QStringLiteral("%1Option%2").arg(field.id).arg(index++));
        box->setProperty("optionValue", value);
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &MultiSelectEditor::changed);
        m_boxes << box;
    }
    if (!m_boxes.isEmpty())
        setFocusProxy(m_boxes.first());
}

MultiSelectEditor::~MultiSelectEditor() = default;

QVariant MultiSelectEditor::answer() const
{
    QVariantList chosen;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            chosen.append(box->property("optionValue").toString());
    }
    return chosen;
}

void MultiSelectEditor::display(const QVariant &answer)
{
    QStringList chosen;
    const QVariantList items = answer.toList();
    for (const QVariant &item : items)
        chosen << item.toString();
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(chosen.contains(box->property("optionValue").toString()));
}

} // namespace Slipway
