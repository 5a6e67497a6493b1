#pragma once

#include "ItemState.h"
#include "LiveTableModel.h"

#include "helm/ReleaseStorage.h"
#include "kube/Reflector.h"

#include <QMap>
#include <QPointer>

namespace Slipway {

// The helm releases of a cluster (all namespaces or one) as `helm list -a` shows them: NAME,
// NAMESPACE, CHART, APP VERSION, STATUS, REVISION, UPDATED — one row per release, its latest
// revision — live from a Reflector over helm's release records (Secrets or ConfigMaps labelled
// owner=helm, per the storage driver). A release stuck in pending-* or uninstalling is
// ItemState::Stuck and says for how long.
//
// A record's payload holds the whole chart and costs a decode; helm's labels (ReleaseLabels)
// say which record is a release's latest without it, so only that one is decoded, and only
// when it changed.
class ReleasesModel final : public LiveTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        NamespaceColumn,
        ChartColumn,
        AppVersionColumn,
        StatusColumn,
        RevisionColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = FirstModelRole,
        NamespaceRole,
        StatusRole, // helm's status: "deployed", "pending-upgrade", …
        RevisionRole, // int
        ChartRole, // "name-version"
        UpdatedRole, // QDateTime: info.last_deployed
        StuckSinceRole, // QDateTime: when the unfinished operation began; invalid unless stuck
        ErrorRole, // why the latest record could not be decoded; empty when it could
    };

    // The Reflector::Options of helm's records in `nameSpace` (empty: all namespaces).
    static Reflector::Options reflectorOptions(ReleaseStorage storage,
                                               const QString &nameSpace = {});

    // `reflector` (not owned; may be null to feed apply() directly) keeps the records.
    explicit ReleasesModel(Reflector *reflector = nullptr, ReleaseStorage storage = {},
                           QObject *parent = nullptr);
    ~ReleasesModel() override;
    Q_DISABLE_COPY_MOVE(ReleasesModel)

    int rowOfRelease(const QString &name, const QString &nameSpace) const;
    // How many record payloads were decoded so far.
    int decodeCount() const { return m_decodes; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // One batch of Reflector::changed().
    void apply(const QList<QJsonObject> &added, const QList<QJsonObject> &updated,
               const QList<QJsonObject> &removed);

protected:
    bool before(const QString &a, const QString &b) const override;
    void tick() override;

private:
    struct Stored
    {
        QString release; // the release's key
        int revision = 0;
        QString resourceVersion;
    };
    struct Row
    {
        QString name;
        QString nameSpace;
        QString chart;
        QString appVersion;
        QString status;
        int revision = 0;
        QDateTime updated;
        QDateTime stuckSince;
        QString error;
        QString latestUid; // the record shown, at
        QString latestVersion; // this resourceVersion

        friend bool operator==(const Row &, const Row &) = default;
    };
    void note(const QJsonObject &object, QSet<QString> &touched);
    void forget(const QString &uid, QSet<QString> &touched);
    Row rowFor(const QJsonObject &record);
    QString statusText(const Row &row) const;

    QPointer<Reflector> m_reflector;
    ReleaseStorage m_storage;
    QHash<QString, Stored> m_stored; // every record by uid
    QHash<QString, QMap<int, QString>> m_revisions; // release -> revision -> uid
    QHash<QString, QJsonObject> m_detached; // the records themselves, when no reflector keeps them
    QHash<QString, Row> m_rows; // by "namespace/name"
    int m_decodes = 0;
};

} // namespace Slipway
