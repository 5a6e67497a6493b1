#pragma once

#include "PreflightReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Slipway {

// The "quota" check: what the release adds to its namespace against the namespace's
// ResourceQuotas (a v1 ResourceQuotaList: hard − used) and LimitRanges (a v1 LimitRangeList),
// as the API server's admission would judge it: pods and their CPU / memory requests and limits
// (LimitRange defaults applied first; a quota with scopes counts only the pods they match),
// claims and their storage, and object counts. Objects that name another namespace than the
// quotas' are passed over; objects without one are in the release namespace, whose quotas and
// limits the lists hold.
class QuotaCheck
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::QuotaCheck)

public:
    // "deployments" for Deployment, "ingresses" for Ingress, "networkpolicies" for
    // NetworkPolicy: the plural resource name a quota's count/<resource>.<group> uses.
    static QString pluralOf(const QString &kind);

    static PreflightCheck run(const QList<QJsonObject> &manifests,
                              const QJsonObject &resourceQuotaList,
                              const QJsonObject &limitRangeList);
};

} // namespace Slipway
