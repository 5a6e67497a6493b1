#pragma once

#include "PreflightReport.h"

#include <QCoreApplication>

namespace Slipway {

// The "kubernetes-version" check: the chart's kubeVersion constraint (Chart.yaml) against the
// cluster's version as GET /version reports it ("v1.36.3"), by the rules helm applies before it
// refuses an install ("chart requires kubeVersion: … which is incompatible with Kubernetes …").
class KubernetesVersionCheck
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::KubernetesVersionCheck)

public:
    static PreflightCheck run(const QString &kubeVersion, const QString &gitVersion);
};

} // namespace Slipway
