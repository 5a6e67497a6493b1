#include "AccessReview.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Slipway {

namespace {

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

bool matches(const QStringList &allowed, const QString &value)
{
    return allowed.contains(QStringLiteral("*")) || allowed.contains(value);
}

} // namespace

KubeRequest AccessReview::accessRequest(const Attributes &a)
{
    QJsonObject attributes { { QStringLiteral("verb"), a.verb },
                             { QStringLiteral("group"), a.group },
                             { QStringLiteral("resource"), a.resource } };
    if (!a.subresource.isEmpty())
        attributes.insert(QStringLiteral("subresource"), a.subresource);
    if (!a.nameSpace.isEmpty())
        attributes.insert(QStringLiteral("namespace"), a.nameSpace);
    if (!a.name.isEmpty())
        attributes.insert(QStringLiteral("name"), a.name);
    const QJsonObject review {
        { QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1") },
        { QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview") },
        { QStringLiteral("spec"),
          QJsonObject { { QStringLiteral("resourceAttributes"), attributes } } },
    };
    return KubeRequest::post(QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"),
                             QJsonDocument(review).toJson(QJsonDocument::Compact));
}

AccessReview::Decision AccessReview::decision(const QJsonObject &review)
{
    const QJsonObject status = review.value(u"status").toObject();
    return { status.value(u"allowed").toBool(), status.value(u"denied").toBool(),
             status.value(u"reason").toString(), status.value(u"evaluationError").toString() };
}

KubeRequest AccessReview::rulesRequest(const QString &nameSpace)
{
    const QJsonObject review {
        { QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1") },
        { QStringLiteral("kind"), QStringLiteral("SelfSubjectRulesReview") },
        { QStringLiteral("spec"), QJsonObject { { QStringLiteral("namespace"), nameSpace } } },
    };
    return KubeRequest::post(QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews"),
                             QJsonDocument(review).toJson(QJsonDocument::Compact));
}

AccessReview::Rules AccessReview::rules(const QJsonObject &review)
{
    Rules out;
    const QJsonObject status = review.value(u"status").toObject();
    out.incomplete = status.value(u"incomplete").toBool();
    out.evaluationError = status.value(u"evaluationError").toString();
    for (const QJsonValue &r : status.value(u"resourceRules").toArray())
        out.resourceRules.append({ strings(r[u"verbs"]), strings(r[u"apiGroups"]),
                                   strings(r[u"resources"]), strings(r[u"resourceNames"]) });
    return out;
}

bool AccessReview::Rules::allows(const QString &verb, const QString &group, const QString &resource) const
{
    for (const Rule &r : resourceRules) {
        if (r.resourceNames.isEmpty() && matches(r.verbs, verb) && matches(r.apiGroups, group)
            && matches(r.resources, resource))
            return true;
    }
    return false;
}

} // namespace Slipway
