#pragma once

#include "PreflightReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Slipway {

// The "storage" check: every PersistentVolumeClaim the release creates (its own and its
// StatefulSets' volumeClaimTemplates, one per replica) against the cluster's StorageClasses
// (a storage.k8s.io/v1 StorageClassList) and PersistentVolumes (a v1 PersistentVolumeList).
// A claim takes its named class, or the default class as Kubernetes picks it (the newest when
// several are marked default). Claims of a class without a provisioner
// (kubernetes.io/no-provisioner) or of no class ("") are bound to Available PersistentVolumes,
// matched largest claim first.
class StorageCheck
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::StorageCheck)

public:
    static PreflightCheck run(const QList<QJsonObject> &manifests,
                              const QJsonObject &storageClassList,
                              const QJsonObject &persistentVolumeList);
};

} // namespace Slipway
