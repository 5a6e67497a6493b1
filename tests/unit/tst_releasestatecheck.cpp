#include "PreflightFixtures.h"
#include "preflight/ReleaseStateCheck.h"

#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Slipway::PreflightCheck::Severity)

namespace {

const QString manifestsYaml = uR"(
apiVersion: v1
kind: Secret
metadata: {name: accesskey}
---
apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web, namespace: edge}
- apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRole
  metadata: {name: backline-reader}
)"_s;

// A live object with the given ownership metadata, as GET returns it.
QJsonObject live(const QString &kind, const QString &name, const QString &nameSpace,
                 const QString &ownership)
{
    return PreflightFixtures::object(u"kind: %1\nmetadata:\n  name: %2\n"_s.arg(kind, name)
                                     + (nameSpace.isEmpty() ? QString() : u"  namespace: %1\n"_s.arg(nameSpace))
                                     + ownership);
}

const QString owned = uR"(  labels: {app.kubernetes.io/managed-by: Helm}
  annotations: {meta.helm.sh/release-name: backline, meta.helm.sh/release-namespace: team-a}
)"_s;

} // namespace

class tst_ReleaseStateCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refs_followTheManifestsAfterListExpansion();
    void status_decidesInstallUpgradeOrStuck_data();
    void status_decidesInstallUpgradeOrStuck();
    void ownership_isWhatHelmChecksBeforeAdopting_data();
    void ownership_isWhatHelmChecksBeforeAdopting();
    void remediation_showsTheCommandsToAdopt();
    void hooks_areNeverAdopted_soAnExistingOneIsNoConflict();
};

void tst_ReleaseStateCheck::refs_followTheManifestsAfterListExpansion()
{
    const QList<ManifestRef> refs =
        ReleaseStateCheck::refs(PreflightFixtures::manifests(manifestsYaml), u"team-a"_s);
    const QList<ManifestRef> expected {
        { u"v1"_s, u"Secret"_s, u"accesskey"_s, u"team-a"_s },
        { u"apps/v1"_s, u"Deployment"_s, u"web"_s, u"edge"_s },
        { u"rbac.authorization.k8s.io/v1"_s, u"ClusterRole"_s, u"backline-reader"_s, u"team-a"_s },
    };
    QCOMPARE(refs.size(), expected.size());
    for (qsizetype i = 0; i < refs.size(); ++i) {
        QCOMPARE(refs.at(i).apiVersion, expected.at(i).apiVersion);
        QCOMPARE(refs.at(i).kind, expected.at(i).kind);
        QCOMPARE(refs.at(i).name, expected.at(i).name);
        QCOMPARE(refs.at(i).nameSpace, expected.at(i).nameSpace);
    }
}

void tst_ReleaseStateCheck::status_decidesInstallUpgradeOrStuck_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("revision");
    QTest::addColumn<PreflightCheck::Severity>("severity");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("remediationSays");

    using S = PreflightCheck::Severity;
    for (const char *pending : { "pending-install", "pending-upgrade", "pending-rollback", "uninstalling" }) {
        const QString status = QString::fromLatin1(pending);
        QTest::addRow("%s", pending)
            << status << 7 << S::Fail << u"release backline is stuck in %1 at revision 7"_s.arg(status)
            << u"slipway-cli recover --release backline --namespace team-a, or the window's Recover… button"_s;
    }
    QTest::newRow("no release") << QString() << 0 << S::Pass << u"A new install of release backline"_s
                                << QString();
    QTest::newRow("deployed") << u"deployed"_s << 3 << S::Pass
                              << u"An upgrade of revision 3, not an install"_s << QString();
    QTest::newRow("superseded") << u"superseded"_s << 4 << S::Pass
                                << u"An upgrade of revision 4, not an install"_s << QString();
    QTest::newRow("failed") << u"failed"_s << 5 << S::Warn
                            << u"An upgrade of revision 5, not an install; revision 5 failed"_s
                            << u"slipway-cli history --release backline"_s;
    QTest::newRow("uninstalled, history kept")
        << u"uninstalled"_s << 2 << S::Pass
        << u"Release backline was uninstalled at revision 2 with its history kept; it will be reinstalled"_s
        << QString();
    QTest::newRow("a status helm does not write") << u"unknown"_s << 6 << S::Warn
        << u"Revision 6 of release backline has the status “unknown”, which helm does not use"_s
        << u"slipway-cli history --release backline"_s;
}

void tst_ReleaseStateCheck::status_decidesInstallUpgradeOrStuck()
{
    QFETCH(QString, status);
    QFETCH(int, revision);
    QFETCH(PreflightCheck::Severity, severity);
    QFETCH(QString, message);
    QFETCH(QString, remediationSays);

    const PreflightCheck check = ReleaseStateCheck::run(u"backline"_s, u"team-a"_s, status, revision,
                                                        PreflightFixtures::manifests(manifestsYaml), {});
    QCOMPARE(check.id, u"release-state"_s);
    QCOMPARE(check.title, u"Release state"_s);
    QCOMPARE(check.severity, severity);
    QCOMPARE(check.message, message);
    QCOMPARE(check.items, QStringList());
    QVERIFY2(check.remediation.contains(remediationSays), qPrintable(check.remediation));
    QCOMPARE(check.remediation.isEmpty(), remediationSays.isEmpty());
}

void tst_ReleaseStateCheck::ownership_isWhatHelmChecksBeforeAdopting_data()
{
    QTest::addColumn<QList<QJsonObject>>("liveObjects");
    QTest::addColumn<PreflightCheck::Severity>("severity");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("items");

    using S = PreflightCheck::Severity;
    const QJsonObject none;
    QTest::newRow("nothing exists") << QList<QJsonObject> { none, none, none } << S::Pass
                                    << u"An upgrade of revision 3, not an install"_s << QStringList();
    QTest::newRow("everything owned")
        << QList<QJsonObject> { live(u"Secret"_s, u"accesskey"_s, u"team-a"_s, owned),
                                live(u"Deployment"_s, u"web"_s, u"edge"_s, owned),
                                live(u"ClusterRole"_s, u"backline-reader"_s, QString(), owned) }
        << S::Pass << u"An upgrade of revision 3, not an install; 3 of 3 objects exist and belong to the release"_s
        << QStringList();
    QTest::newRow("owned by another release")
        << QList<QJsonObject> {
               live(u"Secret"_s, u"accesskey"_s, u"team-a"_s,
                    uR"(  labels: {app.kubernetes.io/managed-by: Helm}
  annotations: {meta.helm.sh/release-name: other, meta.helm.sh/release-namespace: team-a}
)"_s),
               none, none }
        << S::Fail
        << u"An upgrade of revision 3, not an install; 1 of 3 objects of the release already exist and are not owned by it"_s
        << QStringList { u"Secret/accesskey in team-a exists and is not owned by this release "
                         "(meta.helm.sh/release-name is “other”)"_s };
    QTest::newRow("no label, wrong namespace annotation, cluster-scoped")
        << QList<QJsonObject> {
               none,
               live(u"Deployment"_s, u"web"_s, u"edge"_s,
                    uR"(  annotations: {meta.helm.sh/release-name: backline, meta.helm.sh/release-namespace: team-b}
)"_s),
               live(u"ClusterRole"_s, u"backline-reader"_s, QString(),
                    uR"(  labels: {app.kubernetes.io/managed-by: kustomize}
)"_s) }
        << S::Fail
        << u"An upgrade of revision 3, not an install; 2 of 3 objects of the release already exist and are not owned by it"_s
        << QStringList { u"Deployment/web in edge exists and is not owned by this release (no "
                         "app.kubernetes.io/managed-by: Helm label; meta.helm.sh/release-namespace is “team-b”)"_s,
                         u"ClusterRole/backline-reader exists and is not owned by this release "
                         "(app.kubernetes.io/managed-by is “kustomize”; no meta.helm.sh/release-name "
                         "annotation; no meta.helm.sh/release-namespace annotation)"_s };
    QTest::newRow("fewer live objects than manifests: the rest unchecked")
        << QList<QJsonObject> { live(u"Secret"_s, u"accesskey"_s, u"team-a"_s, owned) } << S::Pass
        << u"An upgrade of revision 3, not an install; 1 of 3 objects exist and belong to the release"_s
        << QStringList();
}

void tst_ReleaseStateCheck::ownership_isWhatHelmChecksBeforeAdopting()
{
    QFETCH(QList<QJsonObject>, liveObjects);
    QFETCH(PreflightCheck::Severity, severity);
    QFETCH(QString, message);
    QFETCH(QStringList, items);

    const PreflightCheck check = ReleaseStateCheck::run(u"backline"_s, u"team-a"_s, u"deployed"_s, 3,
                                                        PreflightFixtures::manifests(manifestsYaml),
                                                        liveObjects);
    QCOMPARE(check.severity, severity);
    QCOMPARE(check.message, message);
    QCOMPARE(check.items, items);
}

void tst_ReleaseStateCheck::hooks_areNeverAdopted_soAnExistingOneIsNoConflict()
{
    // A post-install Job that its delete policy kept: helm recreates it, it does not adopt it.
    const QList<QJsonObject> manifests = PreflightFixtures::manifests(uR"(
apiVersion: batch/v1
kind: Job
metadata:
  name: buckets
  annotations: {helm.sh/hook: "post-install,post-upgrade", helm.sh/hook-delete-policy: before-hook-creation}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
)"_s);
    const QList<ManifestRef> refs = ReleaseStateCheck::refs(manifests, u"team-a"_s);
    QCOMPARE(refs.size(), 2);
    QVERIFY(refs.at(0).hook);
    QVERIFY(!refs.at(1).hook);
    const PreflightCheck check = ReleaseStateCheck::run(
        u"backline"_s, u"team-a"_s, u"deployed"_s, 7, manifests,
        { live(u"Job"_s, u"buckets"_s, u"team-a"_s, QString()), QJsonObject() });
    QCOMPARE(check.severity, PreflightCheck::Severity::Pass);
    QCOMPARE(check.items, QStringList());
    // The same Job without the hook annotation is an object helm would refuse to adopt.
    const PreflightCheck plain = ReleaseStateCheck::run(
        u"backline"_s, u"team-a"_s, u"deployed"_s, 7,
        PreflightFixtures::manifests(u"apiVersion: batch/v1\nkind: Job\nmetadata: {name: buckets}\n"_s),
        { live(u"Job"_s, u"buckets"_s, u"team-a"_s, QString()) });
    QCOMPARE(plain.severity, PreflightCheck::Severity::Fail);
}

void tst_ReleaseStateCheck::remediation_showsTheCommandsToAdopt()
{
    const PreflightCheck check = ReleaseStateCheck::run(
        u"backline"_s, u"team-a"_s, QString(), 0, PreflightFixtures::manifests(manifestsYaml),
        { live(u"Secret"_s, u"accesskey"_s, u"team-a"_s, QString()), QJsonObject(),
          live(u"ClusterRole"_s, u"backline-reader"_s, QString(), QString()) });
    QCOMPARE(check.severity, PreflightCheck::Severity::Fail);
    QCOMPARE(check.message,
             u"A new install of release backline; 2 of 3 objects of the release already exist and are not owned by it"_s);
    QCOMPARE(check.remediation,
             u"Delete those objects, or let release backline adopt them:\n"
             "kubectl label secret/accesskey -n team-a app.kubernetes.io/managed-by=Helm --overwrite\n"
             "kubectl annotate secret/accesskey -n team-a meta.helm.sh/release-name=backline "
             "meta.helm.sh/release-namespace=team-a --overwrite\n"
             "kubectl label clusterrole.rbac.authorization.k8s.io/backline-reader "
             "app.kubernetes.io/managed-by=Helm --overwrite\n"
             "kubectl annotate clusterrole.rbac.authorization.k8s.io/backline-reader "
             "meta.helm.sh/release-name=backline meta.helm.sh/release-namespace=team-a --overwrite"_s);
}

QTEST_GUILESS_MAIN(tst_ReleaseStateCheck)
#include "tst_releasestatecheck.moc"
