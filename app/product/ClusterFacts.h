#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace Slipway {

// A node that offers an extended GPU resource, as the wizard's GPU editor lists it.
struct GpuNode
{
    QString name;
    QString resourceName; // "nvidia.com/gpu"
    qint64 allocatable = 0;
    QString product; // the GPU model label (nvidia.com/gpu.product), when the node has one
    QVariantMap selector; // labels that pick this kind of node (a GPU label when there is one)
    QVariantList tolerations; // tolerations of its NoSchedule / NoExecute taints, as answers
};

// What validation may know about the target cluster; the caller fills it from the Kubernetes API.
struct ClusterFacts
{
    // Extended resource ("nvidia.com/gpu") → the most any single node can allocate; also "cpu"
    // (millicores) and "memory" (bytes) when the nodes have been read.
    QHash<QString, qint64> largestNodeCapacity;
    QStringList storageClasses; // empty: not known, so not checked
    QString defaultStorageClass; // the class marked default, if any
    QList<GpuNode> gpuNodes;
    // The Secrets of the release's namespace: name → the keys of its data (never the values;
    // listing them as PartialObjectMetadata does not give the keys, so the caller reads the
    // Secrets and keeps only the key names). Empty: not known, so not checked, and a secretRef
    // editor takes a typed name and key.
    QMap<QString, QStringList> secrets;
};

} // namespace Slipway
