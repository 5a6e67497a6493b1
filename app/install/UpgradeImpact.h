#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway {

// What an upgrade does beyond its diff, read from the deployed and the planned manifests (helm's
// dry run): the changes an administrator should know of before saying yes.
//  - Recreate: a workload's pod template changes, so its pods are replaced (a rolling update;
//    for a StatefulSet one by one, for an OnDelete strategy only when pods are deleted).
//  - Immutable: a field Kubernetes refuses to change (a workload's selector, a StatefulSet's
//    volumeClaimTemplates / serviceName / podManagementPolicy, a Job's template, a claim's
//    class / access modes / volume or a smaller size, a Service's clusterIP): the upgrade fails
//    on it and helm rolls back.
//  - DeleteVolume: a PersistentVolumeClaim of the release is gone from the chart: helm deletes
//    it, and its data with it unless the volume is retained (helm.sh/resource-policy: keep spares it).
//  - Delete: any other object gone from the chart, which helm deletes.
// Manifests are helm's: YAML documents; objects are told apart by kind, namespace and name.
struct UpgradeNote
{
    enum class Kind { Immutable, DeleteVolume, Recreate, Delete };
    Kind kind = Kind::Recreate;
    QString object; // "StatefulSet/db"
    QString message;
    bool operator==(const UpgradeNote &) const = default;
};

class UpgradeImpact
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::UpgradeImpact)

public:
    // Most serious first (Immutable, DeleteVolume, Recreate, Delete), then by object.
    static QList<UpgradeNote> between(const QString &deployedManifest, const QString &plannedManifest);
    // Every container image the manifest's pod templates name (init containers too), sorted,
    // each once.
    static QStringList images(const QString &manifest);
    static QString kindName(UpgradeNote::Kind kind); // "immutable", "deletes a volume", …
};

} // namespace Slipway
