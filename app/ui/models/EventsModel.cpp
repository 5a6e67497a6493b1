#include "EventsModel.h"

#include "kube/KubeTime.h"
#include "kube/Reflector.h"

namespace Slipway {

EventsModel::EventsModel(Reflector *reflector, QObject *parent)
    : LiveTableModel(parent)
{
    setColumnTitles({ tr("LAST SEEN"), tr("TYPE"), tr("REASON"), tr("OBJECT"), tr("MESSAGE"),
                      tr("COUNT") });
    if (reflector) {
        connect(reflector, &Reflector::changed, this, &EventsModel::apply);
        apply(cachedObjects(reflector), {}, {});
    }
    startClock();
}

EventsModel::~EventsModel() = default;

EventsModel::Row EventsModel::rowFor(const QJsonObject &event)
{
    Row row;
    row.type = event[u"type"].toString();
    row.reason = event[u"reason"].toString();
    row.kind = event[u"involvedObject"][u"kind"].toString();
    row.name = event[u"involvedObject"][u"name"].toString();
    row.message = event[u"message"].toString().trimmed();
    // As kubectl: a series (events.k8s.io dedup) counts and dates itself; older events count
    // in `count` and date in lastTimestamp; newer ones may carry only eventTime.
    const QJsonValue series = event[u"series"];
    if (series.isObject()) {
        row.count = series[u"count"].toInt(1);
        row.lastSeen = KubeTime::parse(series[u"lastObservedTime"].toString());
    } else {
        row.count = std::max(1, event[u"count"].toInt(1));
    }
    for (const QStringView field : { u"lastTimestamp", u"eventTime", u"firstTimestamp" }) {
        if (!row.lastSeen.isValid())
            row.lastSeen = KubeTime::parse(event[field].toString());
    }
    if (!row.lastSeen.isValid())
        row.lastSeen = KubeTime::parse(event[u"metadata"][u"creationTimestamp"].toString());
    return row;
}

void EventsModel::apply(const QList<QJsonObject> &added, const QList<QJsonObject> &updated,
                        const QList<QJsonObject> &removed)
{
    applyObjects(m_rows, added, updated, removed, &EventsModel::rowFor);
}

void EventsModel::setObjects(const QList<ObjectRef> &objects)
{
    m_filter.setObjects(objects);
    refilter(m_rows.keys());
}

void EventsModel::showAllObjects()
{
    m_filter.clear();
    refilter(m_rows.keys());
}

bool EventsModel::before(const QString &a, const QString &b) const
{
    const QDateTime &x = m_rows.constFind(a)->lastSeen;
    const QDateTime &y = m_rows.constFind(b)->lastSeen;
    if (x != y)
        return x > y; // newest first
    return a < b;
}

bool EventsModel::accepts(const QString &key) const
{
    const Row &row = *m_rows.constFind(key);
    return m_filter.accepts(row.kind, row.name);
}

void EventsModel::tick()
{
    columnChanged(LastSeenColumn);
}

QVariant EventsModel::display(const Row &row, int column) const
{
    switch (column) {
    case LastSeenColumn:
        return KubeTime::since(row.lastSeen, now());
    case TypeColumn:
        return row.type;
    case ReasonColumn:
        return row.reason;
    case ObjectColumn:
        return QString(row.kind.toLower() + QLatin1Char('/') + row.name); // kubectl's "pod/web-1"
    case MessageColumn:
        return row.message;
    case CountColumn:
        return row.count;
    default:
        return {};
    }
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    const Row *found = index.isValid() ? rowIn(m_rows, index.row()) : nullptr;
    if (!found)
        return {};
    const Row &row = *found;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(row.message) : QVariant();
    case ItemStateRole:
        return QVariant::fromValue(row.type == u"Warning" ? ItemState::Warning : ItemState::Ok);
    case SortRole:
        return index.column() == LastSeenColumn ? QVariant(row.lastSeen)
                                                : display(row, index.column());
    case UidRole:
        return keyAt(index.row());
    case TypeRole:
        return row.type;
    case ReasonRole:
        return row.reason;
    case ObjectKindRole:
        return row.kind;
    case ObjectNameRole:
        return row.name;
    case MessageRole:
        return row.message;
    case CountRole:
        return row.count;
    case LastSeenRole:
        return row.lastSeen;
    default:
        return {};
    }
}

} // namespace Slipway
