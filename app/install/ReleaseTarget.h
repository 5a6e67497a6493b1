#pragma once

#include "helm/HelmRequest.h"
#include "helm/ReleaseStorage.h"

#include <QString>

namespace Slipway {

// Where one release lives and how helm reaches it: what every operation on an existing release
// starts from (rollback, uninstall, recover), filled by the CLI from its options and by the
// window from the selected release.
struct ReleaseTarget
{
    QString kubeconfig; // the one file helm is given (a merged KUBECONFIG list is not read alike by every helm)
    QString context;
    QString nameSpace;
    QString release;
    ReleaseStorage storage;
    int timeoutSeconds = 300; // ReleasePolicy::timeoutSeconds

    // A request for `action` on this release, everything but the action's own options set.
    HelmRequest request(HelmRequest::Action action) const;
};

} // namespace Slipway
