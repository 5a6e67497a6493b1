#include "PreflightFixtures.h"
#include "preflight/ImagesCheck.h"

#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Slipway::PreflightCheck::Severity)

using SecretStatus = QHash<QString, int>;

namespace {

// Every pod template kind, every container list, and pull secrets named by pods and by a
// ServiceAccount the release creates.
const QString release = uR"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      imagePullSecrets: [{name: regcred}]
      initContainers: [{name: wait, image: "busybox:1.36"}]
      containers:
      - {name: app, image: "registry.example.com:5000/shop/web:2.4.1"}
      - {name: proxy, image: "envoyproxy/envoy@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: backup}
spec:
  jobTemplate:
    spec:
      template:
        spec:
          serviceAccountName: backup
          containers: [{name: dump, image: "postgres:16"}]
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: ServiceAccount
  metadata: {name: backup}
  imagePullSecrets: [{name: mirror}]
- apiVersion: v1
  kind: Pod
  metadata: {name: debug}
  spec:
    imagePullSecrets: [{name: regcred}, {name: bundled}]
    containers: [{name: shell, image: "busybox:1.36"}]
    ephemeralContainers: [{name: probe, image: "nicolaka/netshoot:v0.13"}]
---
apiVersion: v1
kind: Secret
metadata: {name: bundled}
type: kubernetes.io/dockerconfigjson
)"_s;

const QStringList imageItems {
    u"busybox:1.36 (Deployment/web, Pod/debug)"_s,
    u"envoyproxy/envoy@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef (Deployment/web)"_s,
    u"nicolaka/netshoot:v0.13 (Pod/debug)"_s,
    u"postgres:16 (CronJob/backup)"_s,
    u"registry.example.com:5000/shop/web:2.4.1 (Deployment/web)"_s,
};

} // namespace

class tst_ImagesCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void images_comeFromEveryContainerOfEveryPodTemplate();
    void pullSecretNames_comeFromPodsAndServiceAccounts();
    void tags_tellFloatingImages_data();
    void tags_tellFloatingImages();
    void run_judgesPullSecretsAndTags_data();
    void run_judgesPullSecretsAndTags();
};

void tst_ImagesCheck::images_comeFromEveryContainerOfEveryPodTemplate()
{
    QCOMPARE(ImagesCheck::images(PreflightFixtures::manifests(release)),
             (QStringList { u"busybox:1.36"_s,
                            u"envoyproxy/envoy@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s,
                            u"nicolaka/netshoot:v0.13"_s, u"postgres:16"_s,
                            u"registry.example.com:5000/shop/web:2.4.1"_s }));
}

void tst_ImagesCheck::pullSecretNames_comeFromPodsAndServiceAccounts()
{
    QCOMPARE(ImagesCheck::pullSecretNames(PreflightFixtures::manifests(release)),
             (QStringList { u"bundled"_s, u"mirror"_s, u"regcred"_s }));
}

void tst_ImagesCheck::tags_tellFloatingImages_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("noTagOrDigest");

    QTest::newRow("name only") << u"nginx"_s << QString() << true;
    QTest::newRow("registry port, no tag") << u"localhost:5000/app"_s << QString() << true;
    QTest::newRow("registry port and tag") << u"localhost:5000/app:1.2"_s << u"1.2"_s << false;
    QTest::newRow("latest") << u"nginx:latest"_s << u"latest"_s << false;
    QTest::newRow("digest") << u"nginx@sha256:abc"_s << QString() << false;
    QTest::newRow("tag and digest") << u"nginx:1.27@sha256:abc"_s << u"1.27"_s << false;
}

void tst_ImagesCheck::tags_tellFloatingImages()
{
    QFETCH(QString, image);
    QFETCH(QString, tag);
    QFETCH(bool, noTagOrDigest);
    QCOMPARE(ImagesCheck::tagOf(image), tag);
    QCOMPARE(ImagesCheck::hasNoTagOrDigest(image), noTagOrDigest);
}

void tst_ImagesCheck::run_judgesPullSecretsAndTags_data()
{
    QTest::addColumn<QString>("manifests");
    QTest::addColumn<SecretStatus>("status");
    QTest::addColumn<PreflightCheck::Severity>("severity");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("remediationSays");

    using S = PreflightCheck::Severity;
    const QHash<QString, int> present { { u"regcred"_s, 200 }, { u"mirror"_s, 200 }, { u"bundled"_s, 404 } };
    QTest::newRow("every pull secret present; a secret the release creates counts as present")
        << release << present << S::Pass
        << u"The release pulls 5 images with 3 pull secrets, all present"_s << imageItems << QString();
    QTest::newRow("a missing pull secret, named by a pod and a ServiceAccount")
        << release
        << QHash<QString, int> { { u"regcred"_s, 200 }, { u"mirror"_s, 404 } } << S::Warn
        << u"1 of 3 pull secrets are missing (mirror); the release pulls 5 images"_s
        << (QStringList { u"pull secret mirror does not exist; used by ServiceAccount/backup, CronJob/backup"_s }
            + imageItems)
        << u"kubectl create secret docker-registry mirror --namespace <namespace>"_s;
    QTest::newRow("not allowed to read a pull secret")
        << release << QHash<QString, int> { { u"regcred"_s, 403 }, { u"mirror"_s, 200 } } << S::Warn
        << u"1 of 3 pull secrets cannot be checked (regcred); the release pulls 5 images"_s
        << (QStringList { u"pull secret regcred cannot be checked: you may not read secrets; used by Deployment/web, Pod/debug"_s }
            + imageItems)
        << u"the right to read secrets"_s;
    QTest::newRow("a pull secret not looked up")
        << release << QHash<QString, int> { { u"regcred"_s, 200 } } << S::Warn
        << u"1 of 3 pull secrets cannot be checked (mirror); the release pulls 5 images"_s
        << (QStringList { u"pull secret mirror cannot be checked (HTTP 0); used by ServiceAccount/backup, CronJob/backup"_s }
            + imageItems)
        << u"Ask the cluster administrator"_s;
    QTest::newRow("missing beats cannot check")
        << release << QHash<QString, int> { { u"regcred"_s, 404 }, { u"mirror"_s, 403 } } << S::Warn
        << u"1 of 3 pull secrets are missing (regcred); 1 of 3 pull secrets cannot be checked (mirror); the release pulls 5 images"_s
        << (QStringList { u"pull secret mirror cannot be checked: you may not read secrets; used by ServiceAccount/backup, CronJob/backup"_s,
                          u"pull secret regcred does not exist; used by Deployment/web, Pod/debug"_s }
            + imageItems)
        << u"docker-registry regcred"_s;
    QTest::newRow("latest, implicit and explicit")
        << uR"(
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  template:
    spec:
      containers: [{name: db, image: postgres}, {name: metrics, image: "exporter:latest"}, {name: side, image: "side:1"}]
)"_s << QHash<QString, int>() << S::Warn
        << u"2 of 3 images use latest; the release pulls 3 images"_s
        << QStringList { u"image exporter:latest uses the tag latest (StatefulSet/db)"_s,
                         u"image postgres has no tag or digest: it uses :latest implicitly (StatefulSet/db)"_s,
                         u"exporter:latest (StatefulSet/db)"_s, u"postgres (StatefulSet/db)"_s,
                         u"side:1 (StatefulSet/db)"_s }
        << u"Pin the images to a version tag or a digest"_s;
    QTest::newRow("a pull secret the release's own Role may write by name is not missing")
        << uR"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: worker}
spec:
  template:
    spec:
      imagePullSecrets: [{name: dockerconfig}]
      containers: [{name: app, image: "runner:1"}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: janitor}
rules:
  - {apiGroups: [""], resources: [secrets], verbs: [create]}
  - {apiGroups: [""], resources: [secrets], resourceNames: [session, dockerconfig], verbs: [get, update]}
)"_s << QHash<QString, int> { { u"dockerconfig"_s, 404 } } << S::Pass
        << u"The release pulls 1 images with 1 pull secrets, all present or written by the release when it runs"_s
        << QStringList { u"pull secret dockerconfig does not exist yet; the release writes it when it runs (Role/janitor may update it); used by Deployment/worker"_s,
                         u"runner:1 (Deployment/worker)"_s }
        << QString();
    QTest::newRow("a Role that may only read it does not count")
        << uR"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: worker}
spec:
  template:
    spec:
      imagePullSecrets: [{name: dockerconfig}]
      containers: [{name: app, image: "runner:1"}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: reader}
rules:
  - {apiGroups: [""], resources: [secrets], resourceNames: [dockerconfig], verbs: [get, list]}
)"_s << QHash<QString, int> { { u"dockerconfig"_s, 404 } } << S::Warn
        << u"1 of 1 pull secrets are missing (dockerconfig); the release pulls 1 images"_s
        << QStringList { u"pull secret dockerconfig does not exist; used by Deployment/worker"_s,
                         u"runner:1 (Deployment/worker)"_s }
        << u"docker-registry dockerconfig"_s;
    QTest::newRow("no pods") << uR"(
apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
)"_s << QHash<QString, int>() << S::Pass << u"The release pulls 0 images"_s << QStringList() << QString();
}

void tst_ImagesCheck::run_judgesPullSecretsAndTags()
{
    QFETCH(QString, manifests);
    QFETCH(SecretStatus, status);
    QFETCH(PreflightCheck::Severity, severity);
    QFETCH(QString, message);
    QFETCH(QStringList, items);
    QFETCH(QString, remediationSays);

    const PreflightCheck check = ImagesCheck::run(PreflightFixtures::manifests(manifests), status);
    QCOMPARE(check.id, u"images"_s);
    QCOMPARE(check.title, u"Images"_s);
    QCOMPARE(check.severity, severity);
    QCOMPARE(check.message, message);
    QCOMPARE(check.items, items);
    QVERIFY2(check.remediation.contains(remediationSays), qPrintable(check.remediation));
    QCOMPARE(check.remediation.isEmpty(), remediationSays.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ImagesCheck)
#include "tst_imagescheck.moc"
