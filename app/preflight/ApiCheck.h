#pragma once

#include "PreflightReport.h"
#include "ServedApis.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Slipway {

// The "apis" check: every kind the release's rendered manifests create must be served by the
// cluster at the manifest's apiVersion. A kind that is not served is named with what to do:
// the Kubernetes release that removed its version and the version to use instead, the version
// the cluster serves it as, or the CRD that is missing. CustomResourceDefinitions the release
// creates itself count as served (helm installs them before the rest); List documents count by
// their items.
class ApiCheck
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ApiCheck)

public:
    static PreflightCheck run(const QList<QJsonObject> &manifests, const ServedApis &served);

    // The groups Kubernetes itself serves: a kind of any other group comes from a CRD.
    static bool isBuiltInGroup(const QString &group);
};

} // namespace Slipway
