#pragma once

#include "Placement.h"
#include "PreflightReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Slipway {

// The "capacity" and "gpu" preflight checks: the cluster's nodes (a v1 NodeList) and what the
// pods already running on them request (a v1 PodList, all namespaces), against the pods the
// release's rendered manifests will create, placed by Placement. The manifests come as JSON
// objects, one per document; kinds that create no pods are passed over.
class ClusterCapacity
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ClusterCapacity)

public:
    // `releaseNamespace`: where the manifests' objects go when they name no namespace. Running
    // pods that belong to one of the manifests' workloads (by owner: a Deployment's ReplicaSet,
    // a StatefulSet, DaemonSet or Job of the same name and namespace) are not counted as load:
    // an upgrade replaces them. That is exact for Recreate Deployments and StatefulSets; a
    // rolling update briefly runs old and new pods side by side, which this does not model.
    ClusterCapacity(const QJsonObject &nodeList, const QJsonObject &podList,
                    const QList<QJsonObject> &manifests, const QString &releaseNamespace = {});

    const QList<PlacementNode> &nodes() const { return m_nodes; }
    const QList<PlacementPod> &pods() const { return m_pods; }
    const PlacementResult &placement() const { return m_placement; }
    // What could not be read ("Deployment/web: container app: “lots” is not a quantity"); the
    // amount is then taken as zero and the checks say so.
    const QStringList &problems() const { return m_problems; }
    qint64 elapsedMs() const { return m_elapsedMs; } // reading and placing
    int replacedPods() const { return m_replacedPods; } // running pods of the release, not counted

    PreflightCheck capacityCheck() const; // the pods that ask for no GPU
    PreflightCheck gpuCheck() const; // the pods that ask for one

    // Nodes with `requested` summed from the pods bound to them that have not finished.
    // Pods owned by one of `replacedWorkloads` ("Deployment/ns/name", as workloadKeys() gives
    // them) are left out and counted in *replaced.
    static QList<PlacementNode> readNodes(const QJsonObject &nodeList, const QJsonObject &podList,
                                          QStringList *problems,
                                          const QSet<QString> &replacedWorkloads = {},
                                          int *replaced = nullptr);
    // "Kind/namespace/name" of every workload among the manifests.
    static QSet<QString> workloadKeys(const QList<QJsonObject> &manifests,
                                      const QString &releaseNamespace);
    // Deployment, StatefulSet, ReplicaSet, ReplicationController, DaemonSet, Job, CronJob (one
    // run's pods), Pod, and List of those.
    static QList<PlacementPod> readWorkloads(const QList<QJsonObject> &manifests,
                                             QStringList *problems);
    // nvidia.com/gpu, amd.com/gpu, gpu.intel.com/i915, nvidia.com/mig-…: any extended resource
    // that names a GPU.
    static bool isGpuResource(const QString &resource);
    static bool asksForGpu(const PlacementPod &pod);

private:
    QList<PlacementNode> m_nodes;
    QList<PlacementPod> m_pods;
    PlacementResult m_placement;
    QStringList m_problems;
    qint64 m_elapsedMs = 0;
    int m_replacedPods = 0;
};

} // namespace Slipway
