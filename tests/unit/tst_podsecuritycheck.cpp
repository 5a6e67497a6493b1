#include "PreflightFixtures.h"
#include "preflight/PodSecurityCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Slipway::PreflightCheck::Severity)

namespace {

// A JSON merge patch (RFC 7396): objects merge, null removes, anything else replaces.
QJsonObject merged(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QJsonObject json(const QString &text)
{
    if (text.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test row: %s", qPrintable(error.errorString()));
    return document.object();
}

// A pod that meets the restricted level, with the row's patches applied to its metadata, its
// spec and its one container.
QJsonObject pod(const QString &metadataPatch, const QString &podPatch, const QString &containerPatch)
{
    const QJsonObject restricted = PreflightFixtures::object(uR"(
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  containers:
  - name: app
    image: app:1
    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
)"_s);
    QJsonObject spec = merged(restricted[u"spec"].toObject(), json(podPatch));
    QJsonArray containers = spec[u"containers"].toArray();
    containers[0] = merged(containers[0].toObject(), json(containerPatch));
    spec[u"containers"_s] = containers;
    QJsonObject object = restricted;
    object[u"spec"_s] = spec;
    object[u"metadata"_s] = merged(restricted[u"metadata"].toObject(), json(metadataPatch));
    return object;
}

QJsonObject namespaceWith(const QString &labels)
{
    return QJsonObject { { u"apiVersion"_s, u"v1"_s },
                         { u"kind"_s, u"Namespace"_s },
                         { u"metadata"_s,
                           QJsonObject { { u"name"_s, u"team-a"_s }, { u"labels"_s, json(labels) } } } };
}

} // namespace

class tst_PodSecurityCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_areThePodSecurityStandards_data();
    void rules_areThePodSecurityStandards();
    void namespace_labelsAndExistenceDecide_data();
    void namespace_labelsAndExistenceDecide();
    void workloads_everyPodTemplateIsJudged();
    void remediation_namesTheSettingsAndTheLabel();
};

void tst_PodSecurityCheck::rules_areThePodSecurityStandards_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("metadataPatch");
    QTest::addColumn<QString>("podPatch");
    QTest::addColumn<QString>("containerPatch");
    QTest::addColumn<QStringList>("items");

    const QString r = u"restricted"_s;
    const QString none;
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    row("a restricted pod passes restricted") << r << none << none << none << QStringList();
    // Baseline.
    row("hostNetwork") << r << none << uR"({"hostNetwork": true})"_s << none
        << QStringList { u"Pod/p: hostNetwork is true (baseline)"_s };
    row("hostPID") << r << none << uR"({"hostPID": true})"_s << none
        << QStringList { u"Pod/p: hostPID is true (baseline)"_s };
    row("hostIPC") << r << none << uR"({"hostIPC": true})"_s << none
        << QStringList { u"Pod/p: hostIPC is true (baseline)"_s };
    row("host namespaces set false are fine") << r << none
        << uR"({"hostNetwork": false, "hostPID": false, "hostIPC": false})"_s << none << QStringList();
    row("privileged") << r << none << none << uR"({"securityContext": {"privileged": true}})"_s
        << QStringList { u"Pod/p container app: privileged is true (baseline)"_s };
    row("a capability outside the baseline set")
        << r << none << none << uR"({"securityContext": {"capabilities": {"add": ["SYS_ADMIN"]}}})"_s
        << QStringList { u"Pod/p container app: capability SYS_ADMIN is added (baseline)"_s };
    row("baseline capabilities pass baseline")
        << u"baseline"_s << none << none
        << uR"({"securityContext": {"capabilities": {"add": ["CHOWN", "SYS_CHROOT", "AUDIT_WRITE"]}}})"_s
        << QStringList();
    row("hostPath volume") << r << none
        << uR"({"volumes": [{"name": "logs", "hostPath": {"path": "/var/log"}}]})"_s << none
        << QStringList { u"Pod/p: volume logs is a hostPath volume (baseline)"_s };
    row("hostPort") << r << none << none
        << uR"({"ports": [{"containerPort": 80, "hostPort": 8080}, {"containerPort": 81, "hostPort": 0}]})"_s
        << QStringList { u"Pod/p container app: hostPort 8080 is set (baseline)"_s };
    row("AppArmor field on the pod") << r << none
        << uR"({"securityContext": {"appArmorProfile": {"type": "Unconfined"}}})"_s << none
        << QStringList { u"Pod/p: appArmorProfile is Unconfined (baseline)"_s };
    row("AppArmor field on the container") << r << none << none
        << uR"({"securityContext": {"appArmorProfile": {"type": "Unconfined"}}})"_s
        << QStringList { u"Pod/p container app: appArmorProfile is Unconfined (baseline)"_s };
    row("AppArmor RuntimeDefault and Localhost are fine") << r << none
        << uR"({"securityContext": {"appArmorProfile": {"type": "RuntimeDefault"}}})"_s
        << uR"({"securityContext": {"appArmorProfile": {"type": "Localhost", "localhostProfile": "k"}}})"_s
        << QStringList();
    row("AppArmor annotation unconfined")
        << r << uR"({"annotations": {"container.apparmor.security.beta.kubernetes.io/app": "unconfined"}})"_s
        << none << none
        << QStringList { u"Pod/p container app: AppArmor annotation is “unconfined” (baseline)"_s };
    row("AppArmor annotations runtime/default and localhost/ are fine")
        << r << uR"({"annotations": {"container.apparmor.security.beta.kubernetes.io/app": "runtime/default", "container.apparmor.security.beta.kubernetes.io/side": "localhost/k"}})"_s
        << none << none << QStringList();
    row("SELinux type outside the container types") << r << none << none
        << uR"({"securityContext": {"seLinuxOptions": {"type": "spc_t"}}})"_s
        << QStringList { u"Pod/p container app: seLinuxOptions.type is “spc_t” (baseline)"_s };
    row("SELinux user and role on the pod") << r << none
        << uR"({"securityContext": {"seLinuxOptions": {"user": "system_u", "role": "system_r", "type": "container_init_t"}}})"_s
        << none
        << QStringList { u"Pod/p: seLinuxOptions.user is set (baseline)"_s,
                         u"Pod/p: seLinuxOptions.role is set (baseline)"_s };
    row("SELinux container types and level are fine") << r << none << none
        << uR"({"securityContext": {"seLinuxOptions": {"type": "container_kvm_t", "level": "s0:c1"}}})"_s
        << QStringList();
    row("procMount Unmasked") << r << none << none
        << uR"({"securityContext": {"procMount": "Unmasked"}})"_s
        << QStringList { u"Pod/p container app: procMount is “Unmasked” (baseline)"_s };
    row("procMount Default is fine") << r << none << none
        << uR"({"securityContext": {"procMount": "Default"}})"_s << QStringList();
    row("seccomp Unconfined on the container overrides the pod's RuntimeDefault") << r << none << none
        << uR"({"securityContext": {"seccompProfile": {"type": "Unconfined"}}})"_s
        << QStringList { u"Pod/p container app: seccompProfile is Unconfined (baseline)"_s };
    row("seccomp Unconfined on the pod") << u"baseline"_s << none
        << uR"({"securityContext": {"seccompProfile": {"type": "Unconfined"}}})"_s << none
        << QStringList { u"Pod/p: seccompProfile is Unconfined (baseline)"_s };
    row("an unsafe sysctl") << r << none
        << uR"({"securityContext": {"sysctls": [{"name": "net.ipv4.tcp_keepalive_time", "value": "60"}, {"name": "net.core.somaxconn", "value": "1024"}]}})"_s
        << none << QStringList { u"Pod/p: sysctl net.core.somaxconn is not in the safe set (baseline)"_s };
    row("Windows host process") << r << none << none
        << uR"({"securityContext": {"windowsOptions": {"hostProcess": true}}})"_s
        << QStringList { u"Pod/p container app: windowsOptions.hostProcess is true (baseline)"_s };
    // Restricted.
    row("a volume type outside the restricted set") << r << none
        << uR"({"volumes": [{"name": "share", "nfs": {"server": "nfs", "path": "/"}}]})"_s << none
        << QStringList { u"Pod/p: volume share is of type nfs (restricted)"_s };
    row("the restricted volume types are fine") << r << none
        << uR"({"volumes": [{"name": "a", "configMap": {"name": "c"}}, {"name": "b", "csi": {"driver": "d"}},
                {"name": "c", "downwardAPI": {}}, {"name": "d", "emptyDir": {}}, {"name": "e", "ephemeral": {}},
                {"name": "f", "persistentVolumeClaim": {"claimName": "c"}}, {"name": "g", "projected": {}},
                {"name": "h", "secret": {"secretName": "s"}}]})"_s
        << none << QStringList();
    row("a volume type outside restricted passes baseline") << u"baseline"_s << none
        << uR"({"volumes": [{"name": "share", "nfs": {"server": "nfs", "path": "/"}}]})"_s << none
        << QStringList();
    row("allowPrivilegeEscalation unset") << r << none << none
        << uR"({"securityContext": {"allowPrivilegeEscalation": null}})"_s
        << QStringList { u"Pod/p container app: allowPrivilegeEscalation is not false (restricted)"_s };
    row("allowPrivilegeEscalation true") << r << none << none
        << uR"({"securityContext": {"allowPrivilegeEscalation": true}})"_s
        << QStringList { u"Pod/p container app: allowPrivilegeEscalation is not false (restricted)"_s };
    row("runAsNonRoot on neither pod nor container") << r << none
        << uR"({"securityContext": {"runAsNonRoot": null}})"_s << none
        << QStringList { u"Pod/p container app: runAsNonRoot is not true (restricted)"_s };
    row("runAsNonRoot on the container alone is enough") << r << none
        << uR"({"securityContext": {"runAsNonRoot": null}})"_s
        << uR"({"securityContext": {"runAsNonRoot": true}})"_s << QStringList();
    row("runAsNonRoot false on the container overrides the pod") << r << none << none
        << uR"({"securityContext": {"runAsNonRoot": false}})"_s
        << QStringList { u"Pod/p container app: runAsNonRoot is false (restricted)"_s };
    row("runAsNonRoot false on the pod") << r << none
        << uR"({"securityContext": {"runAsNonRoot": false}})"_s
        << uR"({"securityContext": {"runAsNonRoot": true}})"_s
        << QStringList { u"Pod/p: runAsNonRoot is false (restricted)"_s };
    row("runAsUser 0 on the container") << r << none << none
        << uR"({"securityContext": {"runAsUser": 0}})"_s
        << QStringList { u"Pod/p container app: runAsUser is 0 (restricted)"_s };
    row("runAsUser 0 on the pod") << r << none << uR"({"securityContext": {"runAsUser": 0}})"_s << none
        << QStringList { u"Pod/p: runAsUser is 0 (restricted)"_s };
    row("runAsUser 1000 is fine") << r << none << uR"({"securityContext": {"runAsUser": 1000}})"_s
        << none << QStringList();
    row("seccomp on neither pod nor container") << r << none
        << uR"({"securityContext": {"seccompProfile": null}})"_s << none
        << QStringList { u"Pod/p container app: seccompProfile is not RuntimeDefault or Localhost (restricted)"_s };
    row("seccomp Localhost on the container alone is enough") << r << none
        << uR"({"securityContext": {"seccompProfile": null}})"_s
        << uR"({"securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "p.json"}}})"_s
        << QStringList();
    row("capabilities.drop without ALL") << r << none << none
        << uR"({"securityContext": {"capabilities": {"drop": ["NET_RAW"]}}})"_s
        << QStringList { u"Pod/p container app: capabilities.drop does not include ALL (restricted)"_s };
    row("a baseline capability other than NET_BIND_SERVICE") << r << none << none
        << uR"({"securityContext": {"capabilities": {"add": ["CHOWN"]}}})"_s
        << QStringList { u"Pod/p container app: capability CHOWN is added (only NET_BIND_SERVICE may be) (restricted)"_s };
    row("NET_BIND_SERVICE may be added") << r << none << none
        << uR"({"securityContext": {"capabilities": {"add": ["NET_BIND_SERVICE"]}}})"_s << QStringList();
    // Every container list.
    row("init containers are judged") << r << none
        << uR"({"initContainers": [{"name": "init", "image": "init:1", "securityContext": {"capabilities": {"drop": ["ALL"]}}}]})"_s
        << none
        << QStringList { u"Pod/p container init: allowPrivilegeEscalation is not false (restricted)"_s };
    row("ephemeral containers are judged") << u"baseline"_s << none
        << uR"({"ephemeralContainers": [{"name": "debug", "image": "busybox:1", "securityContext": {"privileged": true}}]})"_s
        << none << QStringList { u"Pod/p container debug: privileged is true (baseline)"_s };
    // Levels.
    row("baseline lets restricted-only violations through") << u"baseline"_s << none
        << uR"({"securityContext": {"runAsNonRoot": null, "seccompProfile": null}})"_s
        << uR"({"securityContext": {"allowPrivilegeEscalation": true, "capabilities": {"drop": [], "add": ["CHOWN"]}}})"_s
        << QStringList();
    row("privileged lets everything through") << u"privileged"_s << none
        << uR"({"hostNetwork": true, "volumes": [{"name": "root", "hostPath": {"path": "/"}}]})"_s
        << uR"({"securityContext": {"privileged": true}})"_s << QStringList();
}

void tst_PodSecurityCheck::rules_areThePodSecurityStandards()
{
    QFETCH(QString, level);
    QFETCH(QString, metadataPatch);
    QFETCH(QString, podPatch);
    QFETCH(QString, containerPatch);
    QFETCH(QStringList, items);

    const PreflightCheck check = PodSecurityCheck::run(
        u"team-a"_s, namespaceWith(uR"({"pod-security.kubernetes.io/enforce": ")"_s + level + u"\"}"_s),
        true, false, { pod(metadataPatch, podPatch, containerPatch) });
    QCOMPARE(check.id, u"namespace"_s);
    QCOMPARE(check.title, u"Namespace"_s);
    QCOMPARE(check.items, items);
    if (items.isEmpty()) {
        QCOMPARE(check.severity, PreflightCheck::Severity::Pass);
        QCOMPARE(check.message, u"All 1 pods meet the %1 Pod Security level of namespace team-a"_s.arg(level));
    } else {
        QCOMPARE(check.severity, PreflightCheck::Severity::Fail);
        QCOMPARE(check.message,
                 u"1 of 1 pods would be rejected by the namespace's %1 Pod Security level"_s.arg(level));
    }
}

void tst_PodSecurityCheck::namespace_labelsAndExistenceDecide_data()
{
    QTest::addColumn<QString>("labels");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("mayCreate");
    QTest::addColumn<QString>("containerPatch");
    QTest::addColumn<PreflightCheck::Severity>("severity");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("items");

    using S = PreflightCheck::Severity;
    const QString clean;
    const QString privileged = uR"({"securityContext": {"privileged": true}})"_s;
    const QString escalating = uR"({"securityContext": {"allowPrivilegeEscalation": true}})"_s;
    const QStringList privilegedItem { u"Pod/p container app: privileged is true (baseline)"_s };
    const QStringList escalatingItem {
        u"Pod/p container app: allowPrivilegeEscalation is not false (restricted)"_s };

    QTest::newRow("missing and may not be created")
        << QString() << false << false << clean << S::Fail
        << u"namespace team-a does not exist and you may not create it"_s << QStringList();
    QTest::newRow("missing and may be created")
        << QString() << false << true << escalating << S::Pass
        << u"namespace team-a does not exist and will be created; it gets no Pod Security labels, "
           "so the cluster's default level applies; all 1 pods meet the baseline level"_s
        << QStringList();
    QTest::newRow("missing and may be created, with a pod baseline rejects")
        << QString() << false << true << privileged << S::Warn
        << u"namespace team-a does not exist and will be created; it gets no Pod Security labels, "
           "so the cluster's default level applies; 1 of 1 pods would be rejected if that default "
           "is baseline or restricted"_s
        << privilegedItem;
    QTest::newRow("no labels: privileged")
        << u"{}"_s << true << false << privileged << S::Pass
        << u"All 1 pods meet the privileged Pod Security level of namespace team-a"_s << QStringList();
    QTest::newRow("enforce baseline, warn restricted")
        << uR"({"pod-security.kubernetes.io/enforce": "baseline", "pod-security.kubernetes.io/warn": "restricted"})"_s
        << true << false << escalating << S::Warn
        << u"All 1 pods meet the namespace's enforced baseline level, but 1 of 1 pods violate its "
           "restricted level (pod-security.kubernetes.io/warn label): they are admitted with "
           "warnings or audit entries"_s
        << escalatingItem;
    QTest::newRow("audit baseline over privileged")
        << uR"({"pod-security.kubernetes.io/audit": "baseline"})"_s << true << false << privileged
        << S::Warn
        << u"All 1 pods meet the namespace's enforced privileged level, but 1 of 1 pods violate its "
           "baseline level (pod-security.kubernetes.io/audit label): they are admitted with "
           "warnings or audit entries"_s
        << privilegedItem;
    QTest::newRow("warn and audit both violated")
        << uR"({"pod-security.kubernetes.io/warn": "baseline", "pod-security.kubernetes.io/audit": "restricted"})"_s
        << true << false << uR"({"securityContext": {"privileged": true, "allowPrivilegeEscalation": true}})"_s
        << S::Warn
        << u"All 1 pods meet the namespace's enforced privileged level, but 1 of 1 pods violate its "
           "baseline level (pod-security.kubernetes.io/warn label) and 1 of 1 pods violate its "
           "restricted level (pod-security.kubernetes.io/audit label): they are admitted with "
           "warnings or audit entries"_s
        << (privilegedItem + escalatingItem);
    QTest::newRow("warn met")
        << uR"({"pod-security.kubernetes.io/enforce": "baseline", "pod-security.kubernetes.io/warn": "restricted"})"_s
        << true << false << clean << S::Pass
        << u"All 1 pods meet the baseline Pod Security level of namespace team-a"_s << QStringList();
    QTest::newRow("an unknown level enforces restricted")
        << uR"({"pod-security.kubernetes.io/enforce": "strict"})"_s << true << false << escalating
        << S::Fail
        << u"1 of 1 pods would be rejected by the namespace's restricted Pod Security level (its "
           "enforce label “strict” names no level, so Kubernetes applies restricted)"_s
        << escalatingItem;
    QTest::newRow("a pinned version is noted")
        << uR"({"pod-security.kubernetes.io/enforce": "baseline", "pod-security.kubernetes.io/enforce-version": "v1.29"})"_s
        << true << false << clean << S::Pass
        << u"All 1 pods meet the baseline Pod Security level of namespace team-a (pinned to the "
           "standards of v1.29; judged by the current ones)"_s
        << QStringList();
    QTest::newRow("latest is not noted")
        << uR"({"pod-security.kubernetes.io/enforce": "baseline", "pod-security.kubernetes.io/enforce-version": "latest"})"_s
        << true << false << privileged << S::Fail
        << u"1 of 1 pods would be rejected by the namespace's baseline Pod Security level"_s
        << privilegedItem;
}

void tst_PodSecurityCheck::namespace_labelsAndExistenceDecide()
{
    QFETCH(QString, labels);
    QFETCH(bool, exists);
    QFETCH(bool, mayCreate);
    QFETCH(QString, containerPatch);
    QFETCH(PreflightCheck::Severity, severity);
    QFETCH(QString, message);
    QFETCH(QStringList, items);

    const PreflightCheck check = PodSecurityCheck::run(
        u"team-a"_s, exists ? namespaceWith(labels) : QJsonObject(), exists, mayCreate,
        { pod(QString(), QString(), containerPatch) });
    QCOMPARE(check.severity, severity);
    QCOMPARE(check.message, message);
    QCOMPARE(check.items, items);
    QCOMPARE(check.remediation.isEmpty(), severity == PreflightCheck::Severity::Pass);
}

void tst_PodSecurityCheck::workloads_everyPodTemplateIsJudged()
{
    const QString escalating = uR"(
      containers:
      - name: app
        image: app:1
        securityContext: {allowPrivilegeEscalation: true, capabilities: {drop: [ALL]}}
)"_s;
    const QString clean = uR"(
      containers:
      - name: app
        image: app:1
        securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
)"_s;
    const QString podContext = u"      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}"_s;
    const auto workload = [&](const QString &kind, const QString &name, const QString &containers) -> QString {
        return u"apiVersion: apps/v1\nkind: %1\nmetadata: {name: %2}\nspec:\n  template:\n    spec:\n"_s
                   .arg(kind, name)
            + podContext + containers;
    };
    const QString manifests = workload(u"Deployment"_s, u"web"_s, escalating) + u"---\n"_s
        + workload(u"StatefulSet"_s, u"db"_s, clean) + u"---\n"_s
        + workload(u"DaemonSet"_s, u"agent"_s, escalating) + u"---\n"_s
        + workload(u"ReplicaSet"_s, u"rs"_s, clean) + u"---\n"_s
        + workload(u"Job"_s, u"migrate"_s, escalating) + u"---\n"_s
        + uR"(apiVersion: batch/v1
kind: CronJob
metadata: {name: backup}
spec:
  jobTemplate:
    spec:
      template:
        spec:
          securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
          containers:
          - name: dump
            image: dump:1
            securityContext: {capabilities: {drop: [ALL]}}
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata: {name: listed}
  spec:
    hostPID: true
    securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
    containers:
    - {name: app, image: app:1, securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}}
---
apiVersion: v1
kind: Pod
metadata: {name: elsewhere, namespace: other}
spec:
  hostNetwork: true
  containers: [{name: app, image: app:1}]
)"_s;

    const PreflightCheck check = PodSecurityCheck::run(
        u"team-a"_s, namespaceWith(uR"({"pod-security.kubernetes.io/enforce": "restricted"})"_s),
        true, false, PreflightFixtures::manifests(manifests));
    QCOMPARE(check.severity, PreflightCheck::Severity::Fail);
    QCOMPARE(check.message,
             u"5 of 7 pods would be rejected by the namespace's restricted Pod Security level"_s);
    QCOMPARE(check.items,
             (QStringList { u"Deployment/web container app: allowPrivilegeEscalation is not false (restricted)"_s,
                            u"DaemonSet/agent container app: allowPrivilegeEscalation is not false (restricted)"_s,
                            u"Job/migrate container app: allowPrivilegeEscalation is not false (restricted)"_s,
                            u"CronJob/backup container dump: allowPrivilegeEscalation is not false (restricted)"_s,
                            u"Pod/listed: hostPID is true (baseline)"_s }));
}

void tst_PodSecurityCheck::remediation_namesTheSettingsAndTheLabel()
{
    const QJsonObject restricted = namespaceWith(uR"({"pod-security.kubernetes.io/enforce": "restricted"})"_s);
    PreflightCheck check = PodSecurityCheck::run(
        u"team-a"_s, restricted, true, false,
        { pod(QString(), uR"({"securityContext": {"runAsNonRoot": null}})"_s,
              uR"({"securityContext": {"allowPrivilegeEscalation": true}})"_s) });
    QCOMPARE(check.remediation,
             u"Set securityContext.allowPrivilegeEscalation: false in every container; set "
             "securityContext.runAsNonRoot: true on the pod. Or, if the cluster administrator "
             "agrees, lower the namespace's level: kubectl label namespace team-a "
             "pod-security.kubernetes.io/enforce=baseline --overwrite"_s);

    check = PodSecurityCheck::run(u"team-a"_s, restricted, true, false,
                                  { pod(QString(), uR"({"hostNetwork": true})"_s, QString()) });
    QCOMPARE(check.remediation,
             u"Remove hostNetwork: true from the pod spec. Or, if the cluster administrator "
             "agrees, lower the namespace's level: kubectl label namespace team-a "
             "pod-security.kubernetes.io/enforce=privileged --overwrite"_s);

    check = PodSecurityCheck::run(u"team-b"_s, QJsonObject(), false, false, {});
    QVERIFY2(check.remediation.contains(u"kubectl create namespace team-b"_s), qPrintable(check.remediation));
}

QTEST_GUILESS_MAIN(tst_PodSecurityCheck)
#include "tst_podsecuritycheck.moc"
