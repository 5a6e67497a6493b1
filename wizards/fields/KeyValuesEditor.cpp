#include "KeyValuesEditor.h"

namespace Slipway {

KeyValuesEditor::KeyValuesEditor(const Field &field, QWidget *parent)
    : TableEditor(field, { tr("Key"), tr("Value") }, parent)
{ }

KeyValuesEditor::~KeyValuesEditor() = default;

QVariant KeyValuesEditor::answer() const
{
    QVariantMap map;
    for (const QStringList &row : rows())
        map.insert(row.at(0), row.at(1));
    return map;
}

void KeyValuesEditor::display(const QVariant &answer)
{
    QList<QStringList> table;
    const QVariantMap map = answer.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        table << QStringList { it.key(), it.value().toString() };
    setRows(table);
}

} // namespace Slipway
