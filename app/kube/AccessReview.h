#pragma once

#include "KubeRequest.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Slipway {

// "May I?" questions for the API server: SelfSubjectAccessReview (authoritative, one verb on one
// resource) and SelfSubjectRulesReview (everything allowed in a namespace; advisory, may be
// incomplete). Builds the requests and reads the answers; KubeClient sends them.
struct AccessReview
{
    struct Attributes
    {
        QString verb; // get, list, watch, create, patch, delete, …
        QString group; // "" for the core group, "apps", …
        QString resource; // pods, deployments, …
        QString subresource; // log, status, …
        QString nameSpace; // empty for cluster-scoped checks
        QString name;
    };

    struct Decision
    {
        bool allowed = false;
        bool denied = false; // explicitly denied, not merely "no opinion"
        QString reason;
        QString evaluationError;
    };

    struct Rule
    {
        QStringList verbs;
        QStringList apiGroups;
        QStringList resources;
        QStringList resourceNames;
    };

    struct Rules
    {
        QList<Rule> resourceRules;
        bool incomplete = false;
        QString evaluationError;
        // By the rules as listed ("*" matches anything); see AccessReview for the caveat.
        bool allows(const QString &verb, const QString &group, const QString &resource) const;
    };

    static KubeRequest accessRequest(const Attributes &attributes);
    static Decision decision(const QJsonObject &review);
    static KubeRequest rulesRequest(const QString &nameSpace);
    static Rules rules(const QJsonObject &review);
};

} // namespace Slipway
