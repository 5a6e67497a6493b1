#pragma once

#include <QHash>
#include <QStringList>

namespace Slipway {

// What validation may know about the target cluster; the caller fills it from the Kubernetes API.
struct ClusterFacts
{
    // Extended resource ("nvidia.com/gpu") → the most any single node can allocate.
    QHash<QString, qint64> largestNodeCapacity;
    QStringList storageClasses; // empty: not known, so not checked
};

} // namespace Slipway
