#include "ApiCheck.h"

#include <QJsonArray>
#include <QSet>

namespace Slipway {

namespace {

// An API version Kubernetes stopped serving, for the kinds it names (empty: all of them).
struct RemovedApi
{
    QStringView apiVersion;
    QStringView kinds; // space-separated
    QStringView removedIn;
    QStringView replacement; // an apiVersion; empty: none
};

constexpr QStringView kWorkloadsV1Beta1 = u"Deployment StatefulSet ReplicaSet ControllerRevision";
constexpr QStringView kWorkloadsV1Beta2 = u"Deployment StatefulSet DaemonSet ReplicaSet ControllerRevision";

// From the Kubernetes deprecated API migration guide.
constexpr RemovedApi kRemovedApis[] = {
    { u"extensions/v1beta1", u"Deployment DaemonSet ReplicaSet", u"1.16", u"apps/v1" },
    { u"extensions/v1beta1", u"NetworkPolicy", u"1.16", u"networking.k8s.io/v1" },
    { u"extensions/v1beta1", u"PodSecurityPolicy", u"1.16", u"" },
    { u"extensions/v1beta1", u"Ingress", u"1.22", u"networking.k8s.io/v1" },
    { u"apps/v1beta1", kWorkloadsV1Beta1, u"1.16", u"apps/v1" },
    { u"apps/v1beta2", kWorkloadsV1Beta2, u"1.16", u"apps/v1" },
    { u"networking.k8s.io/v1beta1", u"Ingress IngressClass", u"1.22", u"networking.k8s.io/v1" },
    { u"rbac.authorization.k8s.io/v1beta1", u"", u"1.22", u"rbac.authorization.k8s.io/v1" },
    { u"apiextensions.k8s.io/v1beta1", u"", u"1.22", u"apiextensions.k8s.io/v1" },
    { u"admissionregistration.k8s.io/v1beta1", u"", u"1.22", u"admissionregistration.k8s.io/v1" },
    { u"apiregistration.k8s.io/v1beta1", u"", u"1.22", u"apiregistration.k8s.io/v1" },
    { u"certificates.k8s.io/v1beta1", u"", u"1.22", u"certificates.k8s.io/v1" },
    { u"coordination.k8s.io/v1beta1", u"", u"1.22", u"coordination.k8s.io/v1" },
    { u"scheduling.k8s.io/v1beta1", u"", u"1.22", u"scheduling.k8s.io/v1" },
    { u"storage.k8s.io/v1beta1", u"CSIDriver CSINode StorageClass VolumeAttachment", u"1.22",
      u"storage.k8s.io/v1" },
    { u"batch/v1beta1", u"CronJob", u"1.25", u"batch/v1" },
    { u"policy/v1beta1", u"PodDisruptionBudget", u"1.25", u"policy/v1" },
    { u"policy/v1beta1", u"PodSecurityPolicy", u"1.25", u"" },
    { u"discovery.k8s.io/v1beta1", u"EndpointSlice", u"1.25", u"discovery.k8s.io/v1" },
    { u"events.k8s.io/v1beta1", u"Event", u"1.25", u"events.k8s.io/v1" },
    { u"node.k8s.io/v1beta1", u"RuntimeClass", u"1.25", u"node.k8s.io/v1" },
    { u"autoscaling/v2beta1", u"HorizontalPodAutoscaler", u"1.25", u"autoscaling/v2" },
    { u"autoscaling/v2beta2", u"HorizontalPodAutoscaler", u"1.26", u"autoscaling/v2" },
    { u"flowcontrol.apiserver.k8s.io/v1beta1", u"", u"1.26", u"flowcontrol.apiserver.k8s.io/v1" },
    { u"flowcontrol.apiserver.k8s.io/v1beta2", u"", u"1.29", u"flowcontrol.apiserver.k8s.io/v1" },
    { u"flowcontrol.apiserver.k8s.io/v1beta3", u"", u"1.32", u"flowcontrol.apiserver.k8s.io/v1" },
    { u"storage.k8s.io/v1beta1", u"CSIStorageCapacity", u"1.27", u"storage.k8s.io/v1" },
};

const RemovedApi *removedApi(const QString &apiVersion, const QString &kind)
{
    for (const RemovedApi &removed : kRemovedApis) {
        if (removed.apiVersion != apiVersion)
            continue;
        if (removed.kinds.isEmpty() || removed.kinds.split(u' ').contains(QStringView(kind)))
            return &removed;
    }
    return nullptr;
}

struct KindRef
{
    QString apiVersion;
    QString kind;
};

// The (apiVersion, kind) of every object, List items included, in order; what has neither is
// named in `problems`.
void collectKinds(const QJsonObject &object, const QString &where, QList<KindRef> *kinds,
                  QStringList *problems)
{
    const QString apiVersion = object[u"apiVersion"].toString();
    const QString kind = object[u"kind"].toString();
    if (kind.isEmpty()) {
        problems->append(ApiCheck::tr("%1 has no kind").arg(where));
        return;
    }
    if (apiVersion.isEmpty()) {
        problems->append(ApiCheck::tr("%1 (%2 %3) has no apiVersion")
                             .arg(where, kind, object[u"metadata"][u"name"].toString()));
        return;
    }
    if (kind == QLatin1String("List") && apiVersion == QLatin1String("v1")) {
        const QJsonArray items = object[u"items"].toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            collectKinds(items.at(i).toObject(), ApiCheck::tr("%1, item %2").arg(where).arg(i + 1),
                         kinds, problems);
        return;
    }
    kinds->append({ apiVersion, kind });
}

// The kinds the release's own CustomResourceDefinitions (apiextensions.k8s.io/v1) will serve.
void addReleaseCrds(const QList<QJsonObject> &manifests, ServedApis *served)
{
    QList<QJsonObject> objects = manifests;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QJsonObject object = objects.at(i);
        if (object[u"kind"].toString() == QLatin1String("List")) {
            for (const QJsonValue &item : object[u"items"].toArray())
                objects.append(item.toObject());
            continue;
        }
        if (object[u"kind"].toString() != QLatin1String("CustomResourceDefinition")
            || object[u"apiVersion"].toString() != QLatin1String("apiextensions.k8s.io/v1"))
            continue;
        const QJsonObject spec = object[u"spec"].toObject();
        for (const QJsonValue &version : spec[u"versions"].toArray()) {
            if (!version[u"served"].toBool())
                continue;
            ServedResource resource;
            resource.group = spec[u"group"].toString();
            resource.version = version[u"name"].toString();
            resource.kind = spec[u"names"][u"kind"].toString();
            resource.resource = spec[u"names"][u"plural"].toString();
            resource.namespaced = spec[u"scope"].toString() != QLatin1String("Cluster");
            served->add(resource);
        }
    }
}

} // namespace

bool ApiCheck::isBuiltInGroup(const QString &group)
{
    static const QSet<QString> kGroups = {
        QString(),
        QStringLiteral("apps"),
        QStringLiteral("batch"),
        QStringLiteral("autoscaling"),
        QStringLiteral("policy"),
        QStringLiteral("extensions"),
        QStringLiteral("admissionregistration.k8s.io"),
        QStringLiteral("apiextensions.k8s.io"),
        QStringLiteral("apiregistration.k8s.io"),
        QStringLiteral("authentication.k8s.io"),
        QStringLiteral("authorization.k8s.io"),
        QStringLiteral("certificates.k8s.io"),
        QStringLiteral("coordination.k8s.io"),
        QStringLiteral("discovery.k8s.io"),
        QStringLiteral("events.k8s.io"),
        QStringLiteral("flowcontrol.apiserver.k8s.io"),
        QStringLiteral("internal.apiserver.k8s.io"),
        QStringLiteral("networking.k8s.io"),
        QStringLiteral("node.k8s.io"),
        QStringLiteral("rbac.authorization.k8s.io"),
        QStringLiteral("resource.k8s.io"),
        QStringLiteral("scheduling.k8s.io"),
        QStringLiteral("storage.k8s.io"),
        QStringLiteral("storagemigration.k8s.io"),
    };
    return kGroups.contains(group);
}

PreflightCheck ApiCheck::run(const QList<QJsonObject> &manifests, const ServedApis &served)
{
    TimedCheck timed(QStringLiteral("apis"), tr("APIs"));
    PreflightCheck &check = timed.check;

    if (served.isEmpty()) {
        check.severity = PreflightCheck::Severity::Warn;
        check.message = tr("The cluster's APIs could not be read");
        check.remediation = tr("Check that `kubectl api-resources` works with the same "
                               "credentials; the release's kinds were not checked.");
        return timed.done();
    }

    QList<KindRef> all;
    QStringList problems;
    for (qsizetype i = 0; i < manifests.size(); ++i)
        collectKinds(manifests.at(i), tr("document %1").arg(i + 1), &all, &problems);
    ServedApis available = served;
    addReleaseCrds(manifests, &available);

    QList<KindRef> kinds;
    QSet<QString> seen;
    for (const KindRef &ref : all) {
        if (!seen.contains(ref.apiVersion + u'|' + ref.kind)) {
            seen.insert(ref.apiVersion + u'|' + ref.kind);
            kinds.append(ref);
        }
    }

    QStringList servedKinds;
    QStringList unserved;
    bool removed = false;
    bool missingCrd = false;
    for (const KindRef &ref : kinds) {
        if (available.find(ref.apiVersion, ref.kind)) {
            servedKinds.append(tr("%1 (%2)").arg(ref.kind, ref.apiVersion));
            continue;
        }
        const QString group = ServedApis::splitApiVersion(ref.apiVersion).first;
        QStringList elsewhere;
        for (const ServedResource &r : available.versionsOf(group, ref.kind))
            elsewhere.append(r.apiVersion());
        const QString name = ref.kind + u' ' + ref.apiVersion;
        const RemovedApi *gone = removedApi(ref.apiVersion, ref.kind);
        if (gone && gone->replacement.isEmpty()) {
            removed = true;
            unserved.append(tr("%1: removed in Kubernetes %2 with no replacement; use Pod Security "
                               "admission")
                                .arg(name, gone->removedIn.toString()));
        } else if (gone && (elsewhere.isEmpty() || elsewhere.contains(gone->replacement))) {
            removed = true;
            unserved.append(tr("%1: removed in Kubernetes %2; use %3")
                                .arg(name, gone->removedIn.toString(), gone->replacement.toString()));
        } else if (!elsewhere.isEmpty()) {
            removed = true;
            unserved.append(tr("%1: not served by the cluster; served as %2")
                                .arg(name, elsewhere.join(QStringLiteral(", "))));
        } else if (!available.servesGroup(group) && !isBuiltInGroup(group)) {
            missingCrd = true;
            unserved.append(tr("%1: its CRD is not installed (the cluster serves no %2 API)")
                                .arg(name, group));
        } else if (!isBuiltInGroup(group)) {
            missingCrd = true;
            unserved.append(tr("%1: the cluster serves %2 but not this kind (its CRD is missing or "
                               "older than the chart)")
                                .arg(name, group));
        } else {
            unserved.append(tr("%1: not served by the cluster").arg(name));
        }
    }

    if (unserved.isEmpty() && problems.isEmpty()) {
        check.message = kinds.isEmpty()
            ? tr("The release renders no objects")
            : tr("All %1 kinds of the release are served: %2")
                  .arg(kinds.size())
                  .arg(servedKinds.join(QStringLiteral(", ")));
        return timed.done();
    }

    check.severity = PreflightCheck::Severity::Fail;
    check.items = unserved + problems;
    if (unserved.isEmpty()) {
        check.message = tr("%1 of the release's %2 documents cannot be read as Kubernetes objects")
                            .arg(problems.size())
                            .arg(manifests.size());
    } else {
        check.message = tr("%1 of the release's %2 kinds are not served by the cluster")
                            .arg(unserved.size())
                            .arg(kinds.size());
    }
    check.remediation = TimedCheck::remediationOf({
        { removed,
          tr("Use a version of the chart made for this cluster's Kubernetes, or move the "
             "manifests to the API versions named.") },
        { missingCrd,
          tr("Install the operator or CRDs that provide the missing kinds first, or turn the "
             "feature that needs them off in the values.") },
        { !problems.isEmpty(),
          tr("Every document the chart renders needs an apiVersion and a kind: correct the "
             "chart's templates.") },
        { !removed && !missingCrd && problems.isEmpty(),
          tr("Use a version of the chart made for this cluster's Kubernetes.") },
    });
    return timed.done();
}

} // namespace Slipway
