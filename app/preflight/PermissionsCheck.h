#pragma once

#include "PreflightReport.h"
#include "ServedApis.h"
#include "kube/AccessReview.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Slipway {

// The "permissions" check: whether the user may do everything the install or upgrade does —
// create, read, watch, change and delete every kind of object the manifests hold (helm applies
// them, waits on them and deletes what an upgrade drops), and keep helm's release records.
// needed() lists the questions, the caller asks them as SelfSubjectAccessReviews, run() judges
// the answers.
class PermissionsCheck
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::PermissionsCheck)

public:
    // What an install and an upgrade need alike: for every distinct kind of the manifests that
    // `served` knows (kinds it does not know are the APIs check's concern), the verbs create,
    // get, list, watch, patch, update and delete in each namespace the objects are in (the
    // release namespace where they name none), or cluster-wide (nameSpace empty) for a
    // cluster-scoped kind; and create, get, list, update and delete on helm's release records,
    // secrets ("secret" driver) or configmaps ("configmap"), in the release namespace.
    // Deduplicated and sorted by group, resource, namespace, then verb in the order above.
    static QList<AccessReview::Attributes> needed(const QList<QJsonObject> &manifests,
                                                  const ServedApis &served,
                                                  const QString &releaseNamespace,
                                                  const QString &storageDriver, bool upgrade);
    // decisions[i] answers needed[i]. A permission is missing unless it is allowed.
    static PreflightCheck run(const QList<AccessReview::Attributes> &needed,
                              const QList<AccessReview::Decision> &decisions);

    // "deployments.apps in team-a", "clusterroles.rbac.authorization.k8s.io (cluster-wide)".
    static QString describe(const AccessReview::Attributes &attributes);
};

} // namespace Slipway
