#pragma once

#include "PreflightReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Slipway {

// One object of the rendered manifests, as the caller must fetch it for ReleaseStateCheck.
struct ManifestRef
{
    QString apiVersion;
    QString kind;
    QString name;
    // metadata.namespace, else the release namespace. For a cluster-scoped kind (ServedApis
    // says which) the caller fetches the object without a namespace.
    QString nameSpace;
    // A helm hook (annotation helm.sh/hook): helm does not adopt hooks, it creates them when
    // they run (deleting an old one first, as their delete policy says), so an existing one is
    // no conflict and need not be fetched.
    bool hook = false;

    bool operator==(const ManifestRef &) const = default;
};

// The "release-state" check: what helm will do with the release (install, upgrade, reinstall,
// or nothing while a revision is stuck), and whether objects the release creates exist already
// without belonging to it — helm refuses to adopt those ("invalid ownership metadata").
class ReleaseStateCheck
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReleaseStateCheck)

public:
    // The manifests' objects in the order run()'s liveObjects follows: List documents
    // expanded, every object once per document, objects without a name included (their live
    // object is then empty).
    static QList<ManifestRef> refs(const QList<QJsonObject> &manifests,
                                   const QString &releaseNamespace);

    // latestStatus: helm's status of the newest release record ("deployed", "pending-upgrade",
    // …), empty when the release has none. liveObjects[i]: the cluster's object for refs()[i],
    // an empty object where it does not exist; a shorter list leaves the rest unchecked.
    static PreflightCheck run(const QString &releaseName, const QString &releaseNamespace,
                              const QString &latestStatus, int latestRevision,
                              const QList<QJsonObject> &manifests,
                              const QList<QJsonObject> &liveObjects);

    // What keeps helm from adopting the live object: "meta.helm.sh/release-name is “other”",
    // "no app.kubernetes.io/managed-by: Helm label", …; empty when the release owns it.
    static QStringList ownershipProblems(const QJsonObject &liveObject, const QString &releaseName,
                                         const QString &releaseNamespace);
};

} // namespace Slipway
