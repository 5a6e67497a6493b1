#include "PermissionsCheck.h"

#include "ManifestWalk.h"
#include "RunningCheck.h"

#include <QMap>
#include <QSet>

#include <tuple>

namespace Slipway {

namespace {

const QStringList &objectVerbs()
{
    static const QStringList verbs { QStringLiteral("create"), QStringLiteral("get"),
                                     QStringLiteral("list"),   QStringLiteral("watch"),
                                     QStringLiteral("patch"),  QStringLiteral("update"),
                                     QStringLiteral("delete") };
    return verbs;
}

const QStringList &recordVerbs()
{
    static const QStringList verbs { QStringLiteral("create"), QStringLiteral("get"),
                                     QStringLiteral("list"), QStringLiteral("update"),
                                     QStringLiteral("delete") };
    return verbs;
}

// Where a permission applies: group, resource, namespace.
using Scope = std::tuple<QString, QString, QString>;

Scope scopeOf(const AccessReview::Attributes &attributes)
{
    return { attributes.group, attributes.resource, attributes.nameSpace };
}

} // namespace

QList<AccessReview::Attributes> PermissionsCheck::needed(const QList<QJsonObject> &manifests,
                                                         const ServedApis &served,
                                                         const QString &releaseNamespace,
                                                         const QString &storageDriver, bool upgrade)
{
    // An upgrade creates what is new, patches what is there and deletes what it drops: the same
    // verbs as an install, which also patches on a retry and deletes on a rollback.
    Q_UNUSED(upgrade);
    QMap<Scope, QSet<QString>> verbsByScope;
    for (const QJsonObject &object : ManifestWalk::expand(manifests)) {
        const ServedResource *resource = served.find(object.value(u"apiVersion").toString(),
                                                     object.value(u"kind").toString());
        if (!resource)
            continue;
        const QString nameSpace = resource->namespaced
            ? ManifestWalk::namespaceOf(object, releaseNamespace)
            : QString();
        verbsByScope[{ resource->group, resource->resource, nameSpace }].unite(
            QSet<QString>(objectVerbs().cbegin(), objectVerbs().cend()));
    }
    const QString records = storageDriver == u"configmap" ? QStringLiteral("configmaps")
                                                          : QStringLiteral("secrets");
    verbsByScope[{ QString(), records, releaseNamespace }].unite(
        QSet<QString>(recordVerbs().cbegin(), recordVerbs().cend()));

    QList<AccessReview::Attributes> list;
    for (auto it = verbsByScope.cbegin(); it != verbsByScope.cend(); ++it) {
        for (const QString &verb : objectVerbs()) {
            if (!it.value().contains(verb))
                continue;
            AccessReview::Attributes attributes;
            attributes.verb = verb;
            attributes.group = std::get<0>(it.key());
            attributes.resource = std::get<1>(it.key());
            attributes.nameSpace = std::get<2>(it.key());
            list.append(attributes);
        }
    }
    return list;
}

QString PermissionsCheck::describe(const AccessReview::Attributes &attributes)
{
    const QString resource = attributes.group.isEmpty()
        ? attributes.resource
        : attributes.resource + u'.' + attributes.group;
    if (attributes.nameSpace.isEmpty())
        return tr("%1 (cluster-wide)").arg(resource);
    return tr("%1 in %2").arg(resource, attributes.nameSpace);
}

PreflightCheck PermissionsCheck::run(const QList<AccessReview::Attributes> &needed,
                                     const QList<AccessReview::Decision> &decisions)
{
    RunningCheck running(QStringLiteral("permissions"), tr("Permissions"));
    PreflightCheck &check = running.check();

    Q_ASSERT(needed.size() == decisions.size());
    if (needed.size() != decisions.size()) {
        check.severity = PreflightCheck::Severity::Fail;
        check.message = tr("%1 permissions were asked about but %2 answers came back")
                            .arg(needed.size())
                            .arg(decisions.size());
        check.remediation = tr("Run the preflight checks again.");
        return running.finished();
    }

    // Missing verbs per resource, in the order the permissions were listed.
    QList<Scope> scopes;
    QHash<QString, QStringList> missingVerbs; // describe() → verbs
    QString evaluationError;
    int missing = 0;
    bool namespaced = false;
    bool clusterWide = false;
    for (qsizetype i = 0; i < needed.size(); ++i) {
        const AccessReview::Decision &decision = decisions.at(i);
        if (decision.allowed)
            continue;
        const AccessReview::Attributes &attributes = needed.at(i);
        ++missing;
        if (evaluationError.isEmpty())
            evaluationError = decision.evaluationError;
        const QString where = describe(attributes);
        if (!missingVerbs.contains(where))
            scopes.append(scopeOf(attributes));
        missingVerbs[where].append(attributes.verb);
        (attributes.nameSpace.isEmpty() ? clusterWide : namespaced) = true;
    }
    if (missing == 0) {
        check.message = tr("All %1 permissions the install needs are granted").arg(needed.size());
        return running.finished();
    }

    QStringList namespaces;
    QStringList clusterResources;
    for (const Scope &scope : scopes) {
        AccessReview::Attributes attributes;
        attributes.group = std::get<0>(scope);
        attributes.resource = std::get<1>(scope);
        attributes.nameSpace = std::get<2>(scope);
        const QString where = describe(attributes);
        check.items << tr("%1: %2").arg(where, missingVerbs.value(where).join(u", "));
        if (attributes.nameSpace.isEmpty())
            clusterResources << where;
        else if (!namespaces.contains(attributes.nameSpace))
            namespaces << attributes.nameSpace;
    }
    check.severity = PreflightCheck::Severity::Fail;
    check.message = tr("%1 of %2 permissions are missing, on %3 resources")
                        .arg(missing)
                        .arg(needed.size())
                        .arg(scopes.size());
    if (!evaluationError.isEmpty())
        check.message += tr(" (the API server reported an error while evaluating them: %1)")
                             .arg(evaluationError);

    QStringList asks;
    if (namespaced)
        asks << tr("a Role in %1 granting the verbs listed on those resources, bound to you with "
                   "a RoleBinding")
                    .arg(namespaces.join(u", "));
    if (clusterWide)
        asks << tr("a ClusterRole granting the verbs listed on the cluster-wide resources, bound "
                   "to you with a ClusterRoleBinding");
    check.remediation = tr("Ask the cluster administrator for %1, or install as a user who has "
                           "them.")
                            .arg(asks.join(tr(" and ")));
    if (namespaced)
        check.remediation += tr(" Kubernetes' built-in admin ClusterRole, bound in the namespace "
                                "with a RoleBinding, grants the usual namespaced kinds.");
    return running.finished();
}

} // namespace Slipway
