#pragma once

#include <QHashFunctions>
#include <QString>

namespace Slipway {

// One Kubernetes object of a namespace by kind and name ("Deployment", "web"), as a release's
// manifest lists them: what the events and workloads tables are narrowed to.
struct ObjectRef
{
    QString kind;
    QString name;

    friend bool operator==(const ObjectRef &, const ObjectRef &) = default;
    friend size_t qHash(const ObjectRef &ref, size_t seed = 0)
    {
        return qHashMulti(seed, ref.kind, ref.name);
    }
};

} // namespace Slipway
