#include "WorkloadsModel.h"

#include <QJsonArray>

namespace Slipway {

namespace {

struct KindInfo
{
    QString kind;
    QString apiPath;
    QString resource;
};

const QList<KindInfo> &knownKinds()
{
    const QString apps = QStringLiteral("/apis/apps/v1");
    static const QList<KindInfo> kinds {
        { QStringLiteral("Deployment"), apps, QStringLiteral("deployments") },
        { QStringLiteral("StatefulSet"), apps, QStringLiteral("statefulsets") },
        { QStringLiteral("DaemonSet"), apps, QStringLiteral("daemonsets") },
        { QStringLiteral("Job"), QStringLiteral("/apis/batch/v1"), QStringLiteral("jobs") },
        { QStringLiteral("CronJob"), QStringLiteral("/apis/batch/v1"), QStringLiteral("cronjobs") },
    };
    return kinds;
}

int kindOrder(const QString &kind)
{
    const QList<KindInfo> &kinds = knownKinds();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        if (kinds.at(i).kind == kind)
            return int(i);
    }
    return int(kinds.size());
}

ItemState itemState(RolloutStatus::State state)
{
    switch (state) {
    case RolloutStatus::State::Current:
        return ItemState::Ok;
    case RolloutStatus::State::InProgress:
        return ItemState::Progressing;
    case RolloutStatus::State::Failed:
        break;
    }
    return ItemState::Failed;
}

QString fraction(int done, int wanted)
{
    return QString::number(done) + QLatin1Char('/') + QString::number(wanted);
}

} // namespace

WorkloadsModel::WorkloadsModel(QObject *parent)
    : LiveTableModel(parent)
{
    setColumnTitles({ tr("KIND"), tr("NAME"), tr("READY"), tr("STATE"), tr("REASON") });
}

WorkloadsModel::~WorkloadsModel() = default;

QStringList WorkloadsModel::kinds()
{
    QStringList out;
    for (const KindInfo &info : knownKinds())
        out.append(info.kind);
    return out;
}

Reflector::Options WorkloadsModel::reflectorOptions(const QString &kind, const QString &nameSpace)
{
    Reflector::Options options;
    options.nameSpace = nameSpace;
    options.apiPath.clear();
    options.resource.clear();
    for (const KindInfo &info : knownKinds()) {
        if (info.kind == kind) {
            options.apiPath = info.apiPath;
            options.resource = info.resource;
        }
    }
    return options;
}

void WorkloadsModel::addSource(const QString &kind, Reflector *reflector)
{
    connect(reflector, &Reflector::changed, this,
            [this, kind](const QList<QJsonObject> &added, const QList<QJsonObject> &updated,
                         const QList<QJsonObject> &removed) {
                apply(kind, added, updated, removed);
            });
    apply(kind, cachedObjects(reflector), {}, {});
}

QString WorkloadsModel::readyText(const QString &kind, const QJsonObject &object)
{
    const QJsonValue spec = object[u"spec"];
    const QJsonValue status = object[u"status"];
    // kubectl's READY / COMPLETIONS / ACTIVE columns of each kind.
    if (kind == u"Deployment" || kind == u"StatefulSet")
        return fraction(status[u"readyReplicas"].toInt(), spec[u"replicas"].toInt(1));
    if (kind == u"DaemonSet")
        return fraction(status[u"numberReady"].toInt(), status[u"desiredNumberScheduled"].toInt());
    if (kind == u"Job")
        return fraction(status[u"succeeded"].toInt(), spec[u"completions"].toInt(1));
    if (kind == u"CronJob") {
        const int active = int(status[u"active"].toArray().size());
        return tr("%n active", nullptr, active);
    }
    return {};
}

WorkloadsModel::Row WorkloadsModel::rowFor(const QString &kind, const QJsonObject &object)
{
    const QString own = object[u"kind"].toString();
    Row row;
    row.kind = own.isEmpty() ? kind : own;
    row.name = object[u"metadata"][u"name"].toString();
    row.ready = readyText(row.kind, object);
    // RolloutStatus goes by the object's kind, which list items leave out.
    QJsonObject typed = object;
    typed.insert(QStringLiteral("kind"), row.kind);
    const RolloutStatus rollout = RolloutStatus::of(typed);
    row.state = rollout.state;
    row.reason = rollout.reason;
    return row;
}

void WorkloadsModel::apply(const QString &kind, const QList<QJsonObject> &added,
                           const QList<QJsonObject> &updated, const QList<QJsonObject> &removed)
{
    applyObjects(m_rows, added, updated, removed,
                 [&kind](const QJsonObject &object) { return rowFor(kind, object); });
}

void WorkloadsModel::setObjects(const QList<ObjectRef> &objects)
{
    m_filter.setObjects(objects);
    refilter(m_rows.keys());
}

void WorkloadsModel::showAllObjects()
{
    m_filter.clear();
    refilter(m_rows.keys());
}

bool WorkloadsModel::before(const QString &a, const QString &b) const
{
    const Row &x = *m_rows.constFind(a);
    const Row &y = *m_rows.constFind(b);
    const int kx = kindOrder(x.kind);
    const int ky = kindOrder(y.kind);
    if (kx != ky)
        return kx < ky;
    if (x.kind != y.kind)
        return x.kind < y.kind;
    if (x.name != y.name)
        return x.name < y.name;
    return a < b;
}

bool WorkloadsModel::accepts(const QString &key) const
{
    const Row &row = *m_rows.constFind(key);
    return m_filter.accepts(row.kind, row.name);
}

QVariant WorkloadsModel::display(const Row &row, int column) const
{
    switch (column) {
    case KindColumn:
        return row.kind;
    case NameColumn:
        return row.name;
    case ReadyColumn:
        return row.ready;
    case StateColumn:
        return RolloutStatus::stateName(row.state);
    case ReasonColumn:
        return row.reason;
    default:
        return {};
    }
}

QVariant WorkloadsModel::data(const QModelIndex &index, int role) const
{
    const Row *found = index.isValid() ? rowIn(m_rows, index.row()) : nullptr;
    if (!found)
        return {};
    const Row &row = *found;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return row.reason.isEmpty() ? QVariant() : QVariant(row.reason);
    case ItemStateRole:
        return QVariant::fromValue(itemState(row.state));
    case UidRole:
        return keyAt(index.row());
    case KindRole:
        return row.kind;
    case NameRole:
        return row.name;
    case RolloutStateRole:
        return int(row.state);
    case ReasonRole:
        return row.reason;
    default:
        return {};
    }
}

} // namespace Slipway
