#include "TolerationsEditor.h"

namespace Slipway {

namespace {

const QStringList &keys()
{
    static const QStringList names { QStringLiteral("key"), QStringLiteral("operator"),
                                     QStringLiteral("value"), QStringLiteral("effect"),
                                     QStringLiteral("tolerationSeconds") };
    return names;
}

} // namespace

TolerationsEditor::TolerationsEditor(const Field &field, QWidget *parent)
    : TableEditor(field, { tr("Key"), tr("Operator"), tr("Value"), tr("Effect"), tr("Seconds") },
                  parent)
{
    setToolTip(tr("Operator: Equal or Exists. Effect: NoSchedule, PreferNoSchedule, NoExecute, "
                  "or empty for all. Seconds: only with NoExecute."));
}

TolerationsEditor::~TolerationsEditor() = default;

QVariantList TolerationsEditor::fromRows(const QList<QStringList> &rows)
{
    QVariantList list;
    for (const QStringList &row : rows) {
        QVariantMap toleration;
        for (int i = 0; i < keys().size() && i < row.size(); ++i) {
            if (row.at(i).isEmpty())
                continue;
            if (i == 4) {
                bool ok = false;
                const qint64 seconds = row.at(i).toLongLong(&ok);
                toleration.insert(keys().at(i), ok ? QVariant(seconds) : QVariant(row.at(i)));
            } else {
                toleration.insert(keys().at(i), row.at(i));
            }
        }
        list << toleration;
    }
    return list;
}

QList<QStringList> TolerationsEditor::toRows(const QVariantList &tolerations)
{
    QList<QStringList> rows;
    for (const QVariant &item : tolerations) {
        const QVariantMap toleration = item.toMap();
        QStringList row;
        for (const QString &key : keys())
            row << toleration.value(key).toString();
        rows << row;
    }
    return rows;
}

QVariant TolerationsEditor::answer() const
{
    return fromRows(rows());
}

void TolerationsEditor::display(const QVariant &answer)
{
    setRows(toRows(answer.toList()));
}

} // namespace Slipway
