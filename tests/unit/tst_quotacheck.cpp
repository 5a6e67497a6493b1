#include "PreflightFixtures.h"
#include "preflight/QuotaCheck.h"

#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Slipway::PreflightCheck::Severity)

namespace {

// A Deployment's pod: `containers` is a YAML flow list ("[{name: app, resources: …}]").
QString deployment(const QString &name, int replicas, const QString &containers,
                   const QString &initContainers = u"[]"_s)
{
    return u"apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: %1}\nspec:\n  replicas: %2\n"
           "  template:\n    spec:\n      initContainers: %4\n      containers: %3\n"_s
        .arg(name)
        .arg(replicas)
        .arg(containers, initContainers);
}

QString app(const QString &resources)
{
    return u"[{name: app, resources: %1}]"_s.arg(resources);
}

// A ResourceQuota in the namespace shop; no `used`: as created, before the controller has
// written its status.
QString quota(const QString &name, const QString &hard, const QString &used = QString())
{
    const QString status = used.isNull() ? QString()
                                         : u"  status: {hard: %1, used: %2}\n"_s.arg(hard, used);
    return u"- metadata: {name: %1, namespace: shop}\n  spec: {hard: %2}\n"_s.arg(name, hard)
        + status;
}

QString limitRange(const QString &limits)
{
    return u"- metadata: {name: limits, namespace: shop}\n  spec: {limits: [%1]}\n"_s.arg(limits);
}

QJsonObject list(const QString &items)
{
    return PreflightFixtures::yamlObject(u"items:\n"_s + items);
}

const QString kExceeded = u"ask the cluster's administrator to raise the ResourceQuota"_s;
const QString kMissing = u"Set requests and limits for every container in the values"_s;
const QString kBounds = u"within the LimitRange's bounds"_s;

} // namespace

class tst_QuotaCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void release_isJudgedAgainstQuotasAndLimits_data();
    void release_isJudgedAgainstQuotasAndLimits();
    void kinds_giveTheResourceNamesQuotasCount();
};

void tst_QuotaCheck::release_isJudgedAgainstQuotasAndLimits_data()
{
    QTest::addColumn<QStringList>("documents");
    QTest::addColumn<QString>("quotas");
    QTest::addColumn<QString>("limitRanges");
    QTest::addColumn<PreflightCheck::Severity>("severity");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("remediation"); // a fragment; empty: none at all

    using S = PreflightCheck::Severity;
    const QString web = deployment(u"web"_s, 2, app(u"{requests: {cpu: 500m, memory: 1Gi}}"_s));
    const QString compute = quota(u"compute"_s, u"{requests.cpu: \"2\"}"_s, u"{requests.cpu: 500m}"_s);
    const QString oneQuota = u"The namespace's 1 ResourceQuota and 0 LimitRanges would refuse the release: "_s;
    const QString oneRange = u"The namespace's 0 ResourceQuotas and 1 LimitRange would refuse the release: "_s;
    // The release's one Deployment `web` of one pod with `containers`, refused by one limit.
    const auto refusedBy = [&](const char *row, const QString &containers, const QString &limit,
                               const QString &item) {
        QTest::newRow(row) << QStringList { deployment(u"web"_s, 1, containers) } << QString()
                           << limitRange(limit) << S::Fail << oneRange + u"1 problem"_s
                           << QStringList { u"LimitRange limits: "_s + item } << kBounds;
    };
    // `documents` exceed one quota by one resource.
    const auto exceeds = [&](const char *row, const QStringList &documents, const QString &quotas,
                             const QString &item) {
        QTest::newRow(row) << documents << quotas << QString() << S::Fail
                           << oneQuota + u"1 problem"_s
                           << QStringList { u"ResourceQuota "_s + item } << kExceeded;
    };

    QTest::newRow("no quota and no LimitRange")
        << QStringList { web } << QString() << QString() << S::Pass
        << u"The namespace has no ResourceQuota or LimitRange"_s << QStringList() << QString();
    QTest::newRow("requests within the quota's headroom")
        << QStringList { web } << compute << QString() << S::Pass
        << u"The release fits the namespace's 1 ResourceQuota and 0 LimitRanges: it adds 2 pods, "
           "requests 1 CPU and 2Gi memory"_s
        << QStringList { u"ResourceQuota compute: requests.cpu needs 1, 1.5 of 2 left"_s } << QString();
    exceeds("requests beyond the quota's headroom",
            { deployment(u"web"_s, 2, app(u"{requests: {cpu: \"2\"}}"_s)) }, compute,
            u"compute: requests.cpu needs 4, 1.5 of 2 left"_s);
    exceeds("a quota without status counts nothing used",
            { deployment(u"web"_s, 4, app(u"{requests: {cpu: 100m}}"_s)) },
            quota(u"counts"_s, u"{pods: \"3\"}"_s), u"counts: pods needs 4, 3 of 3 left"_s);
    exceeds("a limit without a request is the request",
            { deployment(u"web"_s, 1, app(u"{limits: {cpu: \"2\"}}"_s)) },
            quota(u"compute"_s, u"{requests.cpu: \"1\"}"_s),
            u"compute: requests.cpu needs 2, 1 of 1 left"_s);
    QTest::newRow("init containers count as their largest, not their sum")
        << QStringList { deployment(u"web"_s, 1,
                                    u"[{name: a, resources: {requests: {cpu: \"1\"}}}, "
                                    "{name: b, resources: {requests: {cpu: \"1\"}}}]"_s,
                                    u"[{name: migrate, resources: {requests: {cpu: \"3\"}}}, "
                                    "{name: warm, resources: {requests: {cpu: \"1\"}}}]"_s) }
        << quota(u"compute"_s, u"{requests.cpu: \"3\"}"_s) << QString() << S::Pass
        << u"The release fits the namespace's 1 ResourceQuota and 0 LimitRanges: it adds 1 pod, "
           "requests 3 CPU and 0 memory"_s
        << QStringList { u"ResourceQuota compute: requests.cpu needs 3, 3 of 3 left"_s } << QString();
    QTest::newRow("a quota on limits.memory needs every container to set it")
        << QStringList { deployment(u"web"_s, 1,
                                    u"[{name: app, resources: {limits: {memory: 1Gi}}}, "
                                    "{name: proxy, resources: {requests: {memory: 64Mi}}}]"_s) }
        << quota(u"memory"_s, u"{limits.memory: 4Gi}"_s) << QString() << S::Fail
        << oneQuota + u"1 problem"_s
        << QStringList { u"ResourceQuota memory: limits.memory is limited, so every container "
                         "must set it; Deployment/web container proxy does not"_s }
        << kMissing;
    QTest::newRow("a LimitRange default gives what the quota requires")
        << QStringList { deployment(u"web"_s, 2, app(u"{requests: {memory: 256Mi}}"_s)) }
        << quota(u"memory"_s, u"{limits.memory: 4Gi}"_s, u"{limits.memory: 1Gi}"_s)
        << limitRange(u"{type: Container, default: {memory: 512Mi}}"_s) << S::Pass
        << u"The release fits the namespace's 1 ResourceQuota and 1 LimitRange: it adds 2 pods, "
           "requests 0 CPU and 512Mi memory"_s
        << QStringList { u"ResourceQuota memory: limits.memory needs 1Gi, 3Gi of 4Gi left"_s } << QString();
    QTest::newRow("a LimitRange default request fills a missing request")
        << QStringList { deployment(u"web"_s, 3, app(u"{}"_s)) }
        << quota(u"compute"_s, u"{requests.cpu: \"1\"}"_s)
        << limitRange(u"{type: Container, defaultRequest: {cpu: 500m}}"_s) << S::Fail
        << u"The namespace's 1 ResourceQuota and 1 LimitRange would refuse the release: 1 problem"_s
        << QStringList { u"ResourceQuota compute: requests.cpu needs 1.5, 1 of 1 left"_s } << kExceeded;
    refusedBy("a container limit above the LimitRange's maximum",
              app(u"{limits: {cpu: \"2\"}}"_s), u"{type: Container, max: {cpu: \"1\"}}"_s,
              u"Deployment/web container app: cpu limit 2 is above the maximum 1"_s);
    refusedBy("a LimitRange maximum takes the place of a missing limit",
              app(u"{requests: {cpu: 1500m}}"_s), u"{type: Container, max: {cpu: \"1\"}}"_s,
              u"Deployment/web container app: cpu request 1.5 is above the maximum 1"_s);
    refusedBy("a container request below the LimitRange's minimum",
              app(u"{requests: {memory: 64Mi}}"_s), u"{type: Container, min: {memory: 128Mi}}"_s,
              u"Deployment/web container app: memory request 64Mi is below the minimum 128Mi"_s);
    refusedBy("a limit too many times the request",
              app(u"{requests: {cpu: 250m}, limits: {cpu: \"1\"}}"_s),
              u"{type: Container, maxLimitRequestRatio: {cpu: \"2\"}}"_s,
              u"Deployment/web container app: cpu limit 1 is 4 times the request 0.25; at most 2 "
              "times is allowed"_s);
    refusedBy("a pod's sum above the LimitRange's pod maximum",
              u"[{name: a, resources: {limits: {cpu: 1500m}}}, "
              "{name: b, resources: {limits: {cpu: 1500m}}}]"_s,
              u"{type: Pod, max: {cpu: \"2\"}}"_s,
              u"Deployment/web, one pod: cpu limit 3 is above the maximum 2"_s);
    const QString db = u"apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n"
                       "  replicas: 3\n  template: {spec: {containers: [{name: db}]}}\n"
                       "  volumeClaimTemplates:\n  - metadata: {name: data}\n"
                       "    spec: {storageClassName: fast, resources: {requests: {storage: 20Gi}}}\n"_s;
    QTest::newRow("claims above the LimitRange's claim maximum")
        << QStringList { db } << QString()
        << limitRange(u"{type: PersistentVolumeClaim, max: {storage: 10Gi}}"_s) << S::Fail
        << oneRange + u"3 problems"_s
        << QStringList { u"LimitRange limits: claim data-db-0: storage limit 20Gi is above the maximum 10Gi"_s,
                         u"LimitRange limits: claim data-db-1: storage limit 20Gi is above the maximum 10Gi"_s,
                         u"LimitRange limits: claim data-db-2: storage limit 20Gi is above the maximum 10Gi"_s }
        << kBounds;
    QTest::newRow("storage and claims of the StatefulSet's replicas")
        << QStringList { db }
        << quota(u"storage"_s,
                 u"{requests.storage: 100Gi, persistentvolumeclaims: \"5\", "
                 "fast.storageclass.storage.k8s.io/requests.storage: 50Gi}"_s,
                 u"{requests.storage: 60Gi, persistentvolumeclaims: \"4\"}"_s)
        << QString() << S::Fail << oneQuota + u"3 problems"_s
        << QStringList { u"ResourceQuota storage: fast.storageclass.storage.k8s.io/requests.storage "
                         "needs 60Gi, 50Gi of 50Gi left"_s,
                         u"ResourceQuota storage: persistentvolumeclaims needs 3, 1 of 5 left"_s,
                         u"ResourceQuota storage: requests.storage needs 60Gi, 40Gi of 100Gi left"_s }
        << kExceeded;
    const QString objects = uR"(apiVersion: v1
kind: List
items:
- {apiVersion: v1, kind: Service, metadata: {name: web}, spec: {type: LoadBalancer, ports: [{port: 80}, {port: 443}]}}
- {apiVersion: v1, kind: Service, metadata: {name: admin}, spec: {type: NodePort, ports: [{port: 8080}]}}
- {apiVersion: v1, kind: Secret, metadata: {name: credentials}}
- {apiVersion: v1, kind: ConfigMap, metadata: {name: settings}}
- {apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {replicas: 0}}
)"_s;
    QTest::newRow("object counts")
        << QStringList { objects }
        << quota(u"objects"_s,
                 u"{services: \"2\", secrets: \"10\", configmaps: \"5\", "
                 "count/deployments.apps: \"1\", services.loadbalancers: \"0\", "
                 "services.nodeports: \"2\"}"_s,
                 u"{services: \"1\", secrets: \"10\", configmaps: \"0\", "
                 "count/deployments.apps: \"1\", services.nodeports: \"1\"}"_s)
        << QString() << S::Fail << oneQuota + u"5 problems"_s
        << QStringList { u"ResourceQuota objects: count/deployments.apps needs 1, 0 of 1 left"_s,
                         u"ResourceQuota objects: secrets needs 1, 0 of 10 left"_s,
                         u"ResourceQuota objects: services needs 2, 1 of 2 left"_s,
                         u"ResourceQuota objects: services.loadbalancers needs 1, 0 of 0 left"_s,
                         u"ResourceQuota objects: services.nodeports needs 3, 1 of 2 left"_s }
        << kExceeded;
    const QString job = u"apiVersion: batch/v1\nkind: Job\nmetadata: {name: seed}\nspec:\n"
                        "  parallelism: 3\n  completions: 5\n"
                        "  template: {spec: {containers: [{name: seed}]}}\n"_s;
    const QString daemonSet = u"apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\n"
                              "spec: {template: {spec: {containers: [{name: agent}]}}}\n"_s;
    const QString pod = u"apiVersion: v1\nkind: Pod\nmetadata: {name: probe}\n"
                        "spec: {containers: [{name: probe}]}\n"_s;
    exceeds("pods of Jobs, DaemonSets and bare Pods", { job, daemonSet, pod },
            quota(u"counts"_s, u"{pods: \"4\"}"_s), u"counts: pods needs 5, 4 of 4 left"_s);
    QTest::newRow("objects of another namespace are not counted")
        << QStringList { deployment(u"web"_s, 1, app(u"{}"_s)),
                         deployment(u"elsewhere"_s, 10, app(u"{}"_s))
                             .replace(u"{name: elsewhere}"_s, u"{name: elsewhere, namespace: other}"_s),
                         deployment(u"here"_s, 1, app(u"{}"_s))
                             .replace(u"{name: here}"_s, u"{name: here, namespace: shop}"_s) }
        << quota(u"counts"_s, u"{pods: \"2\"}"_s) << QString() << S::Pass
        << u"The release fits the namespace's 1 ResourceQuota and 0 LimitRanges: it adds 2 pods, "
           "requests 0 CPU and 0 memory"_s
        << QStringList { u"ResourceQuota counts: pods needs 2, 2 of 2 left"_s } << QString();
    const QString bestEffort = deployment(u"batch"_s, 3, u"[{name: worker}]"_s);
    QTest::newRow("a NotBestEffort quota does not count best-effort pods")
        << QStringList { deployment(u"web"_s, 1, app(u"{requests: {cpu: 100m}}"_s)), bestEffort }
        << u"- metadata: {name: guaranteed, namespace: shop}\n"
           "  spec: {hard: {pods: \"1\"}, scopes: [NotBestEffort]}\n"_s
        << QString() << S::Pass
        << u"The release fits the namespace's 1 ResourceQuota and 0 LimitRanges: it adds 4 pods, "
           "requests 0.1 CPU and 0 memory"_s
        << QStringList { u"ResourceQuota guaranteed: pods needs 1, 1 of 1 left"_s } << QString();
    const QString priority = u"      priorityClassName: high\n"_s;
    exceeds("a PriorityClass scope counts the pods of that class",
            { deployment(u"web"_s, 3, app(u"{}"_s)).replace(u"    spec:\n"_s, u"    spec:\n"_s + priority),
              bestEffort },
            u"- metadata: {name: high, namespace: shop}\n  spec:\n    hard: {pods: \"2\"}\n"
            "    scopeSelector: {matchExpressions: [{scopeName: PriorityClass, operator: In, "
            "values: [high]}]}\n"_s,
            u"high: pods needs 3, 2 of 2 left"_s);
    const QString timedJob = u"apiVersion: batch/v1\nkind: Job\nmetadata: {name: report}\nspec:\n"
                             "  template:\n    spec:\n      activeDeadlineSeconds: 600\n"
                             "      containers: [{name: report, resources: {requests: {cpu: \"2\"}}}]\n"_s;
    exceeds("a Terminating scope requires CPU of the pods with a deadline only",
            { timedJob, bestEffort },
            u"- metadata: {name: jobs, namespace: shop}\n"
            "  spec: {hard: {requests.cpu: \"1\"}, scopes: [Terminating]}\n"_s,
            u"jobs: requests.cpu needs 2, 1 of 1 left"_s);
    exceeds("sidecars run beside the containers, after the init containers",
            { deployment(u"web"_s, 1, app(u"{requests: {memory: 1Gi}}"_s),
                         u"[{name: mesh, restartPolicy: Always, resources: {requests: {memory: 512Mi}}}, "
                         "{name: migrate, resources: {requests: {memory: 256Mi}}}]"_s) },
            quota(u"memory"_s, u"{requests.memory: 1Gi}"_s),
            u"memory: requests.memory needs 1.5Gi, 1Gi of 1Gi left"_s);
    QTest::newRow("a quantity that cannot be read, with no quota")
        << QStringList { deployment(u"web"_s, 1, app(u"{limits: {memory: lots}}"_s)) } << QString()
        << QString() << S::Fail << u"1 quantity of the release cannot be read"_s
        << QStringList { u"Deployment/web: container app: resources.limits.memory: “lots” is not "
                         "a quantity (examples: 500m, 2, 1.5Gi, 1e3)"_s }
        << u"Correct the quantities named in the values."_s;
}

void tst_QuotaCheck::release_isJudgedAgainstQuotasAndLimits()
{
    QFETCH(QStringList, documents);
    QFETCH(QString, quotas);
    QFETCH(QString, limitRanges);
    QFETCH(PreflightCheck::Severity, severity);
    QFETCH(QString, message);
    QFETCH(QStringList, items);
    QFETCH(QString, remediation);

    const PreflightCheck check = QuotaCheck::run(PreflightFixtures::yamlObjects(documents),
                                                 list(quotas), list(limitRanges));
    PreflightFixtures::verifyCheck(check, u"quota"_s, u"Quota and limits"_s, severity, message,
                                   items, remediation);
}

void tst_QuotaCheck::kinds_giveTheResourceNamesQuotasCount()
{
    QCOMPARE(QuotaCheck::pluralOf(u"Deployment"_s), u"deployments"_s);
    QCOMPARE(QuotaCheck::pluralOf(u"Ingress"_s), u"ingresses"_s);
    QCOMPARE(QuotaCheck::pluralOf(u"NetworkPolicy"_s), u"networkpolicies"_s);
    QCOMPARE(QuotaCheck::pluralOf(u"Gateway"_s), u"gateways"_s);
    QCOMPARE(QuotaCheck::pluralOf(u"Endpoints"_s), u"endpoints"_s);
}

QTEST_GUILESS_MAIN(tst_QuotaCheck)
#include "tst_quotacheck.moc"
