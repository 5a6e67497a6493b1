#include "PreflightFixtures.h"
#include "preflight/ApiCheck.h"

#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Slipway::PreflightCheck::Severity)

namespace {

using PreflightFixtures::jsonFixture;

// What a Kubernetes 1.36 API server serves, from its aggregated discovery.
ServedApis kubernetes136()
{
    return ServedApis::fromAggregated(
        { jsonFixture(u"discovery-api.json"_s), jsonFixture(u"discovery-apis.json"_s) });
}

QString object(const QString &apiVersion, const QString &kind, const QString &name)
{
    return u"apiVersion: %1\nkind: %2\nmetadata:\n  name: %3\n"_s.arg(apiVersion, kind, name);
}

const QString kCrd = uR"(apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Widget, plural: widgets}
  versions:
    - {name: v1, served: true, storage: true}
    - {name: v1alpha1, served: false, storage: false}
)"_s;

const QString kRemovedFix = u"Use a version of the chart made for this cluster's Kubernetes"_s;
const QString kCrdFix = u"Install the operator or CRDs that provide the missing kinds first, or "
                        "turn the feature that needs them off in the values."_s;

} // namespace

class tst_ApiCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manifests_areJudgedAgainstKubernetes136_data();
    void manifests_areJudgedAgainstKubernetes136();
    void unreadDiscovery_warnsInsteadOfPassing();
    void builtInGroups_areKnownWithoutDiscovery();
};

void tst_ApiCheck::manifests_areJudgedAgainstKubernetes136_data()
{
    QTest::addColumn<QStringList>("documents");
    QTest::addColumn<PreflightCheck::Severity>("severity");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("remediation"); // a fragment of it; empty: none at all

    using S = PreflightCheck::Severity;
    const QString webApp = object(u"apps/v1"_s, u"Deployment"_s, u"web"_s);
    QTest::newRow("a web application's kinds are all served")
        << QStringList { webApp, object(u"apps/v1"_s, u"Deployment"_s, u"worker"_s),
                         object(u"v1"_s, u"Service"_s, u"web"_s),
                         object(u"v1"_s, u"ConfigMap"_s, u"settings"_s),
                         object(u"v1"_s, u"Secret"_s, u"credentials"_s),
                         object(u"networking.k8s.io/v1"_s, u"Ingress"_s, u"web"_s),
                         object(u"autoscaling/v2"_s, u"HorizontalPodAutoscaler"_s, u"web"_s) }
        << S::Pass
        << u"All 6 kinds of the release are served: Deployment (apps/v1), Service (v1), "
           "ConfigMap (v1), Secret (v1), Ingress (networking.k8s.io/v1), "
           "HorizontalPodAutoscaler (autoscaling/v2)"_s
        << QStringList() << QString();
    QTest::newRow("no objects")
        << QStringList() << S::Pass << u"The release renders no objects"_s << QStringList() << QString();

    // One kind of `documents` is not served, for the reason `item` gives.
    const auto notServed = [&](const QString &row, const QStringList &documents, int kinds,
                               const QString &item, const QString &fix) {
        QTest::newRow(qPrintable(row))
            << documents << S::Fail
            << u"1 of the release's %1 kinds are not served by the cluster"_s.arg(kinds)
            << QStringList { item } << fix;
    };
    // One row per version Kubernetes removed: {apiVersion, kind, removed in, use instead}.
    const auto removed = [&](const QString &apiVersion, const QString &kind, const QString &release,
                             const QString &replacement) {
        const QString name = kind + u' ' + apiVersion;
        notServed(name, { webApp, object(apiVersion, kind, u"x"_s) }, 2,
                  replacement.isEmpty()
                      ? u"%1: removed in Kubernetes %2 with no replacement; use Pod Security "
                        "admission"_s.arg(name, release)
                      : u"%1: removed in Kubernetes %2; use %3"_s.arg(name, release, replacement),
                  kRemovedFix);
    };
    const QString networking = u"networking.k8s.io/v1"_s;
    const QString rbac = u"rbac.authorization.k8s.io/v1"_s;
    const QString flowcontrol = u"flowcontrol.apiserver.k8s.io/v1"_s;
    removed(u"networking.k8s.io/v1beta1"_s, u"Ingress"_s, u"1.22"_s, networking);
    removed(u"networking.k8s.io/v1beta1"_s, u"IngressClass"_s, u"1.22"_s, networking);
    removed(u"extensions/v1beta1"_s, u"Deployment"_s, u"1.16"_s, u"apps/v1"_s);
    removed(u"extensions/v1beta1"_s, u"DaemonSet"_s, u"1.16"_s, u"apps/v1"_s);
    removed(u"extensions/v1beta1"_s, u"ReplicaSet"_s, u"1.16"_s, u"apps/v1"_s);
    removed(u"extensions/v1beta1"_s, u"Ingress"_s, u"1.22"_s, networking);
    removed(u"extensions/v1beta1"_s, u"NetworkPolicy"_s, u"1.16"_s, networking);
    removed(u"extensions/v1beta1"_s, u"PodSecurityPolicy"_s, u"1.16"_s, QString());
    removed(u"apps/v1beta1"_s, u"StatefulSet"_s, u"1.16"_s, u"apps/v1"_s);
    removed(u"apps/v1beta2"_s, u"DaemonSet"_s, u"1.16"_s, u"apps/v1"_s);
    removed(u"rbac.authorization.k8s.io/v1beta1"_s, u"ClusterRole"_s, u"1.22"_s, rbac);
    removed(u"rbac.authorization.k8s.io/v1beta1"_s, u"RoleBinding"_s, u"1.22"_s, rbac);
    removed(u"apiextensions.k8s.io/v1beta1"_s, u"CustomResourceDefinition"_s, u"1.22"_s,
            u"apiextensions.k8s.io/v1"_s);
    removed(u"admissionregistration.k8s.io/v1beta1"_s, u"ValidatingWebhookConfiguration"_s,
            u"1.22"_s, u"admissionregistration.k8s.io/v1"_s);
    removed(u"batch/v1beta1"_s, u"CronJob"_s, u"1.25"_s, u"batch/v1"_s);
    removed(u"policy/v1beta1"_s, u"PodDisruptionBudget"_s, u"1.25"_s, u"policy/v1"_s);
    removed(u"policy/v1beta1"_s, u"PodSecurityPolicy"_s, u"1.25"_s, QString());
    removed(u"autoscaling/v2beta1"_s, u"HorizontalPodAutoscaler"_s, u"1.25"_s, u"autoscaling/v2"_s);
    removed(u"autoscaling/v2beta2"_s, u"HorizontalPodAutoscaler"_s, u"1.26"_s, u"autoscaling/v2"_s);
    removed(u"flowcontrol.apiserver.k8s.io/v1beta2"_s, u"FlowSchema"_s, u"1.29"_s, flowcontrol);
    removed(u"flowcontrol.apiserver.k8s.io/v1beta3"_s, u"PriorityLevelConfiguration"_s, u"1.32"_s,
            flowcontrol);
    removed(u"storage.k8s.io/v1beta1"_s, u"CSIStorageCapacity"_s, u"1.27"_s, u"storage.k8s.io/v1"_s);

    notServed(u"a version not in the table, served at another"_s,
              { webApp, object(u"resource.k8s.io/v1beta1"_s, u"ResourceClaim"_s, u"c"_s) }, 2,
              u"ResourceClaim resource.k8s.io/v1beta1: not served by the cluster; served as "
              "resource.k8s.io/v1"_s,
              kRemovedFix);
    notServed(u"a kind of a group the cluster does not serve needs its CRD"_s,
              { webApp, object(u"monitoring.coreos.com/v1"_s, u"ServiceMonitor"_s, u"web"_s) }, 2,
              u"ServiceMonitor monitoring.coreos.com/v1: its CRD is not installed (the cluster "
              "serves no monitoring.coreos.com API)"_s,
              kCrdFix);
    notServed(u"a group below networking.k8s.io is not built in: Gateway API"_s,
              { object(u"gateway.networking.k8s.io/v1"_s, u"HTTPRoute"_s, u"web"_s) }, 1,
              u"HTTPRoute gateway.networking.k8s.io/v1: its CRD is not installed (the cluster "
              "serves no gateway.networking.k8s.io API)"_s,
              kCrdFix);
    notServed(u"an unknown kind of a built-in group"_s,
              { object(u"apps/v1"_s, u"Widget"_s, u"w"_s) }, 1,
              u"Widget apps/v1: not served by the cluster"_s, kRemovedFix);
    QTest::newRow("the release's own CRD serves its kind")
        << QStringList { kCrd, object(u"example.com/v1"_s, u"Widget"_s, u"w"_s) } << S::Pass
        << u"All 2 kinds of the release are served: CustomResourceDefinition "
           "(apiextensions.k8s.io/v1), Widget (example.com/v1)"_s
        << QStringList() << QString();
    notServed(u"a version the release's CRD does not serve"_s,
              { kCrd, object(u"example.com/v1alpha1"_s, u"Widget"_s, u"w"_s) }, 2,
              u"Widget example.com/v1alpha1: not served by the cluster; served as example.com/v1"_s,
              kRemovedFix);
    notServed(u"another kind of the group the release's CRD serves"_s,
              { kCrd, object(u"example.com/v1"_s, u"Gadget"_s, u"g"_s) }, 2,
              u"Gadget example.com/v1: the cluster serves example.com but not this kind (its CRD "
              "is missing or older than the chart)"_s,
              kCrdFix);
    notServed(u"a List contributes its items"_s, { uR"(apiVersion: v1
kind: List
items:
  - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}
  - {apiVersion: networking.k8s.io/v1beta1, kind: Ingress, metadata: {name: b}}
)"_s }, 2,
              u"Ingress networking.k8s.io/v1beta1: removed in Kubernetes 1.22; use "
              "networking.k8s.io/v1"_s,
              kRemovedFix);
    QTest::newRow("documents without kind or apiVersion are named")
        << QStringList { webApp, u"metadata:\n  name: stray\n"_s,
                         u"kind: ConfigMap\nmetadata:\n  name: settings\n"_s,
                         uR"(apiVersion: v1
kind: List
items:
  - {apiVersion: v1, metadata: {name: a}}
)"_s }
        << S::Fail << u"3 of the release's 4 documents cannot be read as Kubernetes objects"_s
        << QStringList { u"document 2 has no kind"_s,
                         u"document 3 (ConfigMap settings) has no apiVersion"_s,
                         u"document 4, item 1 has no kind"_s }
        << u"Every document the chart renders needs an apiVersion and a kind"_s;
}

void tst_ApiCheck::manifests_areJudgedAgainstKubernetes136()
{
    QFETCH(QStringList, documents);
    QFETCH(PreflightCheck::Severity, severity);
    QFETCH(QString, message);
    QFETCH(QStringList, items);
    QFETCH(QString, remediation);

    const PreflightCheck check
        = ApiCheck::run(PreflightFixtures::yamlObjects(documents), kubernetes136());
    PreflightFixtures::verifyCheck(check, u"apis"_s, u"APIs"_s, severity, message, items,
                                   remediation);
}

void tst_ApiCheck::unreadDiscovery_warnsInsteadOfPassing()
{
    const PreflightCheck check = ApiCheck::run(
        { PreflightFixtures::yamlObject(object(u"apps/v1"_s, u"Deployment"_s, u"web"_s)) },
        ServedApis());
    QCOMPARE(check.severity, PreflightCheck::Severity::Warn);
    QCOMPARE(check.message, u"The cluster's APIs could not be read"_s);
    QVERIFY(check.items.isEmpty());
    QVERIFY(!check.remediation.isEmpty());
}

void tst_ApiCheck::builtInGroups_areKnownWithoutDiscovery()
{
    QVERIFY(ApiCheck::isBuiltInGroup(QString()));
    QVERIFY(ApiCheck::isBuiltInGroup(u"apps"_s));
    QVERIFY(ApiCheck::isBuiltInGroup(u"networking.k8s.io"_s));
    QVERIFY(!ApiCheck::isBuiltInGroup(u"gateway.networking.k8s.io"_s));
    QVERIFY(!ApiCheck::isBuiltInGroup(u"monitoring.coreos.com"_s));
}

QTEST_GUILESS_MAIN(tst_ApiCheck)
#include "tst_apicheck.moc"
