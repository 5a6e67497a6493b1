#include "PodsModel.h"

#include "kube/KubeTime.h"
#include "kube/Reflector.h"

#include <QJsonArray>

namespace Slipway {

namespace {

// STATUS texts (without an "Init:" prefix) of a pod that will not recover on its own.
bool isFailingStatus(QStringView status)
{
    static const QStringList failing {
        QStringLiteral("CrashLoopBackOff"), QStringLiteral("ImagePullBackOff"),
        QStringLiteral("ErrImagePull"), QStringLiteral("ErrImageNeverPull"),
        QStringLiteral("InvalidImageName"), QStringLiteral("CreateContainerConfigError"),
        QStringLiteral("CreateContainerError"), QStringLiteral("RunContainerError"),
        QStringLiteral("PreStartHookError"), QStringLiteral("PostStartHookError"),
        QStringLiteral("StartError"), QStringLiteral("Error"), QStringLiteral("OOMKilled"),
        QStringLiteral("ContainerStatusUnknown"), QStringLiteral("ContainerCannotRun"),
        QStringLiteral("Evicted"), QStringLiteral("Failed"), QStringLiteral("Unknown"),
        QStringLiteral("DeadlineExceeded"), QStringLiteral("UnexpectedAdmissionError"),
    };
    if (status.startsWith(u"Init:"))
        status = status.mid(5);
    // A terminated container without a reason shows its exit: "ExitCode:1", "Signal:9".
    return failing.contains(status) || status.startsWith(u"ExitCode:")
        || status.startsWith(u"Signal:");
}

PodsModel::Container containerFrom(const QJsonValue &spec, const QJsonValue &status, bool init)
{
    PodsModel::Container c;
    c.name = spec[u"name"].toString();
    c.image = spec[u"image"].toString();
    c.init = init;
    c.ready = status[u"ready"].toBool();
    c.restarts = status[u"restartCount"].toInt();
    const QJsonObject state = status[u"state"].toObject();
    if (!state.isEmpty()) {
        c.state = state.constBegin().key();
        c.reason = state.constBegin()->toObject().value(u"reason").toString();
        c.message = state.constBegin()->toObject().value(u"message").toString();
    }
    const QJsonValue last = status[u"lastState"][u"terminated"];
    c.lastTerminationReason = last[u"reason"].toString();
    c.lastExitCode = last[u"exitCode"].toInt();
    c.lastFinishedAt = KubeTime::parse(last[u"finishedAt"].toString());
    return c;
}

void appendContainers(QList<PodsModel::Container> &into, const QJsonArray &specs,
                      const QJsonArray &statuses, bool init)
{
    for (const QJsonValue &spec : specs) {
        QJsonValue status;
        for (const QJsonValue &s : statuses) {
            if (s[u"name"] == spec[u"name"])
                status = s;
        }
        into.append(containerFrom(spec, status, init));
    }
}

} // namespace

PodsModel::PodsModel(Reflector *reflector, QObject *parent)
    : LiveTableModel(parent)
{
    setColumnTitles({ tr("NAME"), tr("READY"), tr("STATUS"), tr("RESTARTS"), tr("AGE"),
                      tr("NODE") });
    if (reflector) {
        connect(reflector, &Reflector::changed, this, &PodsModel::apply);
        apply(cachedObjects(reflector), {}, {});
    }
    startClock();
}

PodsModel::~PodsModel() = default;

PodsModel::Row PodsModel::rowFor(const QJsonObject &pod)
{
    Row row;
    const QJsonValue metadata = pod[u"metadata"];
    const QJsonValue status = pod[u"status"];
    row.name = metadata[u"name"].toString();
    row.nameSpace = metadata[u"namespace"].toString();
    row.node = pod[u"spec"][u"nodeName"].toString();
    row.phase = status[u"phase"].toString();
    row.status = PodStatus::of(pod);
    appendContainers(row.containers, pod[u"spec"][u"initContainers"].toArray(),
                     status[u"initContainerStatuses"].toArray(), true);
    appendContainers(row.containers, pod[u"spec"][u"containers"].toArray(),
                     status[u"containerStatuses"].toArray(), false);
    bool ready = false;
    QString scheduling;
    for (const QJsonValue &c : status[u"conditions"].toArray()) {
        const Condition condition { c[u"type"].toString(), c[u"status"].toString(),
                                    c[u"reason"].toString(), c[u"message"].toString(),
                                    KubeTime::parse(c[u"lastTransitionTime"].toString()) };
        row.conditions.append(condition);
        if (condition.type == u"Ready" && condition.status == u"True")
            ready = true;
        else if (condition.type == u"Ready")
            row.notReadySince = condition.lastTransition;
        else if (condition.type == u"PodScheduled" && condition.status != u"True")
            scheduling = condition.message;
    }
    if (!ready && !row.notReadySince.isValid())
        row.notReadySince = row.status.created;
    for (const Container &c : std::as_const(row.containers)) {
        if (row.detail.isEmpty() && !c.message.isEmpty())
            row.detail = c.message;
    }
    if (row.detail.isEmpty())
        row.detail = !scheduling.isEmpty() ? scheduling : status[u"message"].toString();
    return row;
}

ItemState PodsModel::stateOf(const Row &row) const
{
    const QString &status = row.status.status;
    if (isFailingStatus(status))
        return ItemState::Failed;
    if (status == u"Completed" || row.phase == u"Succeeded")
        return ItemState::Ok;
    if (status == u"Terminating")
        return ItemState::Progressing;
    const QDateTime now = this->now();
    if (!row.notReadySince.isValid()) {
        const bool restartedLately = row.status.lastRestart.isValid()
            && row.status.lastRestart.msecsTo(now) < kRecentRestartMs;
        return restartedLately ? ItemState::Warning : ItemState::Ok;
    }
    return row.notReadySince.msecsTo(now) > kNotReadyFailsAfterMs ? ItemState::Failed
                                                                   : ItemState::Progressing;
}

void PodsModel::apply(const QList<QJsonObject> &added, const QList<QJsonObject> &updated,
                      const QList<QJsonObject> &removed)
{
    applyObjects(m_rows, added, updated, removed, [this](const QJsonObject &pod) {
        Row row = rowFor(pod);
        row.state = stateOf(row);
        return row;
    });
}

bool PodsModel::before(const QString &a, const QString &b) const
{
    const Row &x = *m_rows.constFind(a);
    const Row &y = *m_rows.constFind(b);
    if (x.nameSpace != y.nameSpace)
        return x.nameSpace < y.nameSpace;
    if (x.name != y.name)
        return x.name < y.name;
    return a < b;
}

void PodsModel::tick()
{
    // Only what ages: AGE, the "(2m ago)" of RESTARTS, and a state that time turns to failed.
    columnChanged(AgeColumn);
    columnChanged(RestartsColumn);
    for (int i = 0; i < rowCount(); ++i) {
        Row &row = m_rows[keyAt(i)];
        const ItemState state = stateOf(row);
        if (state != row.state) {
            row.state = state;
            rowChanged(i);
        }
    }
}

const PodsModel::Row *PodsModel::rowAt(int row) const
{
    return rowIn(m_rows, row);
}

QVariant PodsModel::display(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case ReadyColumn:
        return row.status.ready();
    case StatusColumn:
        return row.status.status;
    case RestartsColumn:
        return row.status.restartsText(now());
    case AgeColumn:
        return row.status.age(now());
    case NodeColumn:
        return row.node.isEmpty() ? QStringLiteral("<none>") : row.node;
    default:
        return {};
    }
}

QVariant PodsModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case ReadyColumn:
        return row.status.readyContainers;
    case RestartsColumn:
        return row.status.restarts;
    case AgeColumn:
        return row.status.created;
    default:
        return display(row, column);
    }
}

QString PodsModel::toolTip(const Row &row) const
{
    if (row.state == ItemState::Failed && row.notReadySince.isValid()
        && !isFailingStatus(row.status.status) && row.detail.isEmpty())
        return tr("Not ready for %1").arg(KubeTime::since(row.notReadySince, now()));
    return row.detail;
}

QVariant PodsModel::data(const QModelIndex &index, int role) const
{
    const Row *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(*row);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case ItemStateRole:
        return QVariant::fromValue(row->state);
    case SortRole:
        return sortValue(*row, index.column());
    case UidRole:
        return keyAt(index.row());
    case NameRole:
        return row->name;
    case NamespaceRole:
        return row->nameSpace;
    case StatusRole:
        return row->status.status;
    case ReadyContainersRole:
        return row->status.readyContainers;
    case TotalContainersRole:
        return row->status.totalContainers;
    case RestartsRole:
        return row->status.restarts;
    case CreatedRole:
        return row->status.created;
    case NodeRole:
        return row->node;
    case PhaseRole:
        return row->phase;
    default:
        return {};
    }
}

QList<PodsModel::Container> PodsModel::containers(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->containers : QList<Container>();
}

QList<PodsModel::Condition> PodsModel::conditions(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->conditions : QList<Condition>();
}

ItemState PodsModel::state(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->state : ItemState::Ok;
}

int PodsModel::rowOfPod(const QString &name, const QString &nameSpace) const
{
    for (int i = 0; i < rowCount(); ++i) {
        const Row *r = rowAt(i);
        if (r->name == name && (nameSpace.isEmpty() || r->nameSpace == nameSpace))
            return i;
    }
    return -1;
}

} // namespace Slipway
