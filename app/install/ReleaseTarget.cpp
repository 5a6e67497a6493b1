#include "ReleaseTarget.h"

namespace Slipway {

HelmRequest ReleaseTarget::request(HelmRequest::Action action) const
{
    HelmRequest request;
    request.action = action;
    request.kubeconfig = kubeconfig;
    request.context = context;
    request.nameSpace = nameSpace;
    request.release = release;
    request.storage = storage;
    request.timeoutSeconds = timeoutSeconds;
    return request;
}

} // namespace Slipway
