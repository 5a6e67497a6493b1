#pragma once

#include "product/ClusterFacts.h"

#include <QJsonObject>
#include <QList>

namespace Slipway {

// The cluster facts the install wizard validates answers with, read from Node and StorageClass
// objects: the largest allocatable CPU, memory and extended GPU resources of any schedulable
// node, the GPU nodes with the selector and tolerations that reach them, and the storage
// classes with the default one.
class NodeFacts
{
public:
    static ClusterFacts read(const QList<QJsonObject> &nodes,
                             const QList<QJsonObject> &storageClasses);
    // Whether an extended resource name is a GPU ("nvidia.com/gpu", "amd.com/gpu", …): the
    // node reading and the GPU rule are preflight's (ClusterCapacity), so the wizard and
    // preflight never disagree about a node.
    static bool isGpuResource(const QString &name);
    // ClusterFacts::secrets from a namespace's Secret objects: each name with the sorted keys of
    // its data. The values are not kept (nor helm's release records, which are no Secret
    // an administrator points a chart at).
    static QMap<QString, QStringList> secretKeys(const QList<QJsonObject> &secrets);
};

} // namespace Slipway
