#include "StringListEditor.h"

namespace Slipway {

StringListEditor::StringListEditor(const Field &field, QWidget *parent)
    : TableEditor(field, { field.label.isEmpty() ? tr("Item") : field.label }, parent)
{ }

StringListEditor::~StringListEditor() = default;

QVariant StringListEditor::answer() const
{
    QVariantList items;
    for (const QStringList &row : rows())
        items.append(row.at(0));
    return items;
}

void StringListEditor::display(const QVariant &answer)
{
    QList<QStringList> table;
    const QVariantList items = answer.toList();
    for (const QVariant &item : items)
        table << QStringList { item.toString() };
    setRows(table);
}

} // namespace Slipway
