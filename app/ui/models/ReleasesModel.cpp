#include "ReleasesModel.h"

#include "ReleaseStates.h"

#include "helm/ReleaseLabels.h"
#include "install/ReleasePolicy.h"
#include "helm/ReleaseRecord.h"
#include "kube/KubeTime.h"

#include <QLocale>
#include <QSet>

namespace Slipway {

namespace {

QString releaseKey(const QString &nameSpace, const QString &name)
{
    return nameSpace + QLatin1Char('/') + name;
}

} // namespace

Reflector::Options ReleasesModel::reflectorOptions(ReleaseStorage storage,
                                                  const QString &nameSpace)
{
    Reflector::Options options;
    const bool secrets = storage.kind() == ReleaseStorage::Kind::Secrets;
    options.resource = secrets ? QStringLiteral("secrets") : QStringLiteral("configmaps");
    options.nameSpace = nameSpace;
    options.labelSelector = QStringLiteral("owner=helm");
    // Each record carries a whole chart: smaller pages keep a list's memory in bounds.
    options.pageSize = 100;
    return options;
}

ReleasesModel::ReleasesModel(Reflector *reflector, ReleaseStorage storage, QObject *parent)
    : LiveTableModel(parent)
    , m_reflector(reflector)
    , m_storage(storage)
{
    setColumnTitles({ tr("NAME"), tr("NAMESPACE"), tr("CHART"), tr("APP VERSION"), tr("STATUS"),
                      tr("REVISION"), tr("UPDATED") });
    if (reflector) {
        connect(reflector, &Reflector::changed, this, &ReleasesModel::apply);
        apply(cachedObjects(reflector), {}, {});
    }
    startClock();
}

ReleasesModel::~ReleasesModel() = default;

void ReleasesModel::note(const QJsonObject &object, QSet<QString> &touched)
{
    const QString uid = uidOf(object);
    const ReleaseLabels labels = ReleaseLabels::of(object);
    Stored stored;
    stored.resourceVersion = object[u"metadata"][u"resourceVersion"].toString();
    stored.revision = labels.revision;
    QString name = labels.name;
    QString nameSpace = object[u"metadata"][u"namespace"].toString();
    if (!labels.hasRevision() || name.isEmpty()) {
        // Not labelled as helm labels it: only the record itself says what it is.
        ++m_decodes;
        const Expected<ReleaseRecord> record = m_storage.decode(object);
        if (!record)
            return;
        stored.revision = record->revision;
        name = record->name;
    }
    stored.release = releaseKey(nameSpace, name);
    forget(uid, touched); // a record does not move, but its labels might say otherwise now
    m_revisions[stored.release].insert(stored.revision, uid);
    touched.insert(stored.release);
    m_stored.insert(uid, stored);
    if (!m_reflector)
        m_detached.insert(uid, object);
}

void ReleasesModel::forget(const QString &uid, QSet<QString> &touched)
{
    const auto it = m_stored.constFind(uid);
    if (it == m_stored.cend())
        return;
    auto revisions = m_revisions.find(it->release);
    if (revisions != m_revisions.end() && revisions->value(it->revision) == uid)
        revisions->remove(it->revision);
    touched.insert(it->release);
    m_stored.erase(it);
    m_detached.remove(uid);
}

ReleasesModel::Row ReleasesModel::rowFor(const QJsonObject &object)
{
    Row row;
    ++m_decodes;
    const Expected<ReleaseRecord> record = m_storage.decode(object);
    if (!record) {
        const ReleaseLabels labels = ReleaseLabels::of(object);
        row.name = labels.name;
        row.nameSpace = object[u"metadata"][u"namespace"].toString();
        row.status = labels.status;
        row.revision = labels.revision;
        row.error = record.error().message;
    } else {
        row.name = record->name;
        row.nameSpace = record->nameSpace.isEmpty() ? object[u"metadata"][u"namespace"].toString()
                                                    : record->nameSpace;
        row.chart = record->chart();
        row.appVersion = record->appVersion;
        row.status = record->status;
        row.revision = record->revision;
        row.updated = KubeTime::parse(record->lastDeployed);
        if (ReleasePolicy::isStuckStatus(row.status))
            row.stuckSince = record->operationStartedAt();
    }
    return row;
}

void ReleasesModel::apply(const QList<QJsonObject> &added, const QList<QJsonObject> &updated,
                          const QList<QJsonObject> &removed)
{
    QSet<QString> touched;
    QHash<QString, QJsonObject> batch; // uid -> record, of this batch
    for (const QList<QJsonObject> *list : { &added, &updated }) {
        for (const QJsonObject &object : *list) {
            note(object, touched);
            batch.insert(uidOf(object), object);
        }
    }
    for (const QJsonObject &object : removed)
        forget(uidOf(object), touched);

    QStringList changed;
    QStringList gone;
    for (const QString &release : std::as_const(touched)) {
        const auto revisions = m_revisions.constFind(release);
        if (revisions == m_revisions.cend() || revisions->isEmpty()) {
            m_revisions.remove(release);
            if (m_rows.remove(release))
                gone.append(release);
            continue;
        }
        const QString uid = revisions->last();
        const Stored &stored = m_stored[uid];
        const auto shown = m_rows.constFind(release);
        if (shown != m_rows.cend() && shown->latestUid == uid
            && shown->latestVersion == stored.resourceVersion)
            continue; // only older revisions changed (helm marks them superseded)
        QJsonObject object = batch.value(uid);
        if (object.isEmpty())
            object = m_reflector ? m_reflector->object(uid) : m_detached.value(uid);
        Row row = rowFor(object);
        row.latestUid = uid;
        row.latestVersion = stored.resourceVersion;
        if (shown != m_rows.cend() && *shown == row)
            continue;
        m_rows.insert(release, row);
        changed.append(release);
    }
    rowsChanged(changed, gone);
}

bool ReleasesModel::before(const QString &a, const QString &b) const
{
    const Row &x = *m_rows.constFind(a);
    const Row &y = *m_rows.constFind(b);
    if (x.name != y.name)
        return x.name < y.name; // helm list sorts by name
    return x.nameSpace < y.nameSpace;
}

void ReleasesModel::tick()
{
    for (int i = 0; i < rowCount(); ++i) {
        if (m_rows.value(keyAt(i)).stuckSince.isValid())
            Q_EMIT dataChanged(index(i, StatusColumn), index(i, StatusColumn), { Qt::DisplayRole });
    }
}

int ReleasesModel::rowOfRelease(const QString &name, const QString &nameSpace) const
{
    return rowOfKey(releaseKey(nameSpace, name));
}

QString ReleasesModel::statusText(const Row &row) const
{
    if (!row.stuckSince.isValid())
        return row.status;
    return tr("%1 for %2").arg(row.status, KubeTime::since(row.stuckSince, now()));
}

QVariant ReleasesModel::data(const QModelIndex &index, int role) const
{
    const Row *found = index.isValid() ? rowIn(m_rows, index.row()) : nullptr;
    if (!found)
        return {};
    const Row &row = *found;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case NamespaceColumn:
            return row.nameSpace;
        case ChartColumn:
            return row.chart;
        case AppVersionColumn:
            return row.appVersion;
        case StatusColumn:
            return statusText(row);
        case RevisionColumn:
            return row.revision;
        case UpdatedColumn:
            return QLocale().toString(row.updated.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!row.error.isEmpty())
            return row.error;
        if (ReleasePolicy::isStuckStatus(row.status))
            return tr("helm's operation never finished: the release is stuck in %1 and helm "
                      "refuses to change it until it is recovered.")
                .arg(row.status);
        return {};
    case ItemStateRole:
        return QVariant::fromValue(row.error.isEmpty() ? ReleaseStates::of(row.status)
                                                       : ItemState::Warning);
    case SortRole:
        if (index.column() == UpdatedColumn)
            return row.updated;
        if (index.column() == RevisionColumn)
            return row.revision;
        return data(index, Qt::DisplayRole);
    case NameRole:
        return row.name;
    case NamespaceRole:
        return row.nameSpace;
    case StatusRole:
        return row.status;
    case RevisionRole:
        return row.revision;
    case ChartRole:
        return row.chart;
    case UpdatedRole:
        return row.updated;
    case StuckSinceRole:
        return row.stuckSince;
    case ErrorRole:
        return row.error;
    default:
        return {};
    }
}

} // namespace Slipway
