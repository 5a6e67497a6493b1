#include "KubeTable.h"

#include "KubeTime.h"

#include <QJsonDocument>
#include <QLocale>
#include <QVariant>

#include <algorithm>

namespace Slipway {

namespace {

KubeTable::Row rowFor(const QJsonObject &row)
{
    KubeTable::Row r;
    r.cells = row.value(u"cells").toArray();
    r.conditions = row.value(u"conditions").toArray();
    r.object = row.value(u"object").toObject();
    r.metadata = KubeTable::metadataOf(r.object);
    return r;
}

} // namespace

KubeTable::ObjectMeta KubeTable::metadataOf(const QJsonObject &object)
{
    const QJsonObject m = object.value(u"metadata").toObject();
    ObjectMeta meta;
    meta.name = m.value(u"name").toString();
    meta.nameSpace = m.value(u"namespace").toString();
    meta.uid = m.value(u"uid").toString();
    meta.resourceVersion = m.value(u"resourceVersion").toString();
    meta.creationTimestamp = KubeTime::parse(m.value(u"creationTimestamp").toString());
    meta.deletionTimestamp = KubeTime::parse(m.value(u"deletionTimestamp").toString());
    meta.labels = m.value(u"labels").toObject();
    meta.annotations = m.value(u"annotations").toObject();
    return meta;
}

Expected<KubeTable> KubeTable::fromJson(const QJsonObject &json)
{
    const QString kind = json.value(u"kind").toString();
    const QString apiVersion = json.value(u"apiVersion").toString();
    if (kind != u"Table" || !apiVersion.startsWith(u"meta.k8s.io/"))
        return Error { tr("the server answered with “%1” instead of a Table")
                           .arg(kind.isEmpty() ? tr("something else") : kind) };
    KubeTable table;
    const QJsonObject metadata = json.value(u"metadata").toObject();
    table.resourceVersion = metadata.value(u"resourceVersion").toString();
    table.continueToken = metadata.value(u"continue").toString();
    for (const QJsonValue &c : json.value(u"columnDefinitions").toArray()) {
        const QJsonObject column = c.toObject();
        table.columns.append({ column.value(u"name").toString(), column.value(u"type").toString(),
                               column.value(u"format").toString(),
                               column.value(u"description").toString(),
                               column.value(u"priority").toInt() });
    }
    const QJsonArray rows = json.value(u"rows").toArray();
    table.rows.reserve(rows.size());
    for (const QJsonValue &row : rows)
        table.rows.append(rowFor(row.toObject()));
    return table;
}

KubeTable KubeTable::fromList(const QJsonObject &list, const QDateTime &now)
{
    KubeTable table;
    const QJsonObject metadata = list.value(u"metadata").toObject();
    table.resourceVersion = metadata.value(u"resourceVersion").toString();
    table.continueToken = metadata.value(u"continue").toString();
    table.columns = { { QStringLiteral("Name"), QStringLiteral("string"), QStringLiteral("name"),
                        tr("The object's name"), 0 },
                      { QStringLiteral("Age"), QStringLiteral("string"), QString(),
                        tr("Time since the object was created"), 0 } };
    for (const QJsonValue &item : list.value(u"items").toArray()) {
        Row row;
        row.object = item.toObject();
        row.metadata = metadataOf(row.object);
        row.cells = { row.metadata.name, KubeTime::since(row.metadata.creationTimestamp, now) };
        table.rows.append(row);
    }
    return table;
}

QString KubeTable::cellText(const QJsonValue &cell)
{
    switch (cell.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return cell.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Go decodes whole JSON numbers as int64 and prints them so; others as %v of a float64.
        const QVariant v = cell.toVariant();
        if (v.typeId() == QMetaType::LongLong)
            return QString::number(v.toLongLong());
        return QString::number(cell.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: {
        QString text = cell.toString();
        // tabwriter takes \f for a line break too; the rest of such a cell is cut off.
        const auto lineBreak = std::find_if(text.cbegin(), text.cend(), [](QChar c) {
            return c == u'\f' || c == u'\n' || c == u'\r';
        });
        if (lineBreak != text.cend())
            text = text.left(lineBreak - text.cbegin()) + QStringLiteral("...");
        return text.replace(QChar(0x1b), QStringLiteral("^[")); // no terminal escapes
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(cell.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(cell.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString KubeTable::text(int row, int column) const
{
    if (row < 0 || row >= rows.size())
        return {};
    return cellText(rows[row].cells.at(column));
}

QString KubeTable::text(int row, QStringView columnName) const
{
    const int column = columnIndex(columnName);
    return column < 0 ? QString() : text(row, column);
}

int KubeTable::columnIndex(QStringView name) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (name.compare(columns[i].name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString KubeTable::header(int column) const
{
    return column >= 0 && column < columns.size() ? columns[column].name.toUpper() : QString();
}

QList<int> KubeTable::visibleColumns(bool wide) const
{
    QList<int> visible;
    for (int i = 0; i < columns.size(); ++i) {
        if (wide || columns[i].priority == 0)
            visible.append(i);
    }
    return visible;
}

} // namespace Slipway
