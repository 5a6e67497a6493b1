#include "helm/HelmRequest.h"

#include <QTest>

using namespace Slipway;

// The argument lists helm gets, per action and per helm major (helm-engine.md §0, §3, §9).
class tst_HelmRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arguments_speakTheDialectOfTheDetectedMajor_data();
    void arguments_speakTheDialectOfTheDetectedMajor();
    void clusterIsAlwaysNamedExplicitly();
    void onlyReleaseChangingActions_mutate();
    void dryRunUpgrade_rendersAgainstTheClusterAsJson_changesNothing_data();
    void dryRunUpgrade_rendersAgainstTheClusterAsJson_changesNothing();
    void plainUpgrade_neverInstalls_andKeepsTheDeployedValues_data();
    void plainUpgrade_neverInstalls_andKeepsTheDeployedValues();
    void template_rendersAsTheClusterWould();
    void pull_fetchesAnOciChartIntoAFolder();
};

namespace {

HelmRequest base(HelmRequest::Action action)
{
    HelmRequest request;
    request.action = action;
    request.kubeconfig = QStringLiteral("/k/config");
    request.context = QStringLiteral("admin");
    request.nameSpace = QStringLiteral("ns");
    request.release = QStringLiteral("rel");
    request.chart = QStringLiteral("/charts/c");
    request.timeoutSeconds = 90;
    return request;
}

const QStringList kCluster { QStringLiteral("--kubeconfig"), QStringLiteral("/k/config"),
                             QStringLiteral("--kube-context"), QStringLiteral("admin"),
                             QStringLiteral("--namespace"), QStringLiteral("ns") };

} // namespace

void tst_HelmRequest::arguments_speakTheDialectOfTheDetectedMajor_data()
{
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("expected");
    const int up = int(HelmRequest::Action::UpgradeInstall);
    QTest::newRow("upgrade helm 4")
        << 4 << up
        << "upgrade --install rel /charts/c @ --values /t/v0.yaml --set a.b=1 --create-namespace "
           "--rollback-on-failure --wait=watcher --timeout 90s --output json";
    QTest::newRow("upgrade helm 3")
        << 3 << up
        << "upgrade --install rel /charts/c @ --values /t/v0.yaml --set a.b=1 --create-namespace "
           "--atomic --wait --timeout 90s --output json";
    QTest::newRow("rollback helm 4") << 4 << int(HelmRequest::Action::Rollback)
                                     << "rollback rel 2 @ --wait=watcher --timeout 90s";
    QTest::newRow("rollback helm 3") << 3 << int(HelmRequest::Action::Rollback)
                                     << "rollback rel 2 @ --wait --timeout 90s";
    QTest::newRow("uninstall keep history") << 4 << int(HelmRequest::Action::Uninstall)
                                            << "uninstall rel @ --keep-history --wait=legacy --timeout 90s";
    QTest::newRow("template is offline")
        << 3 << int(HelmRequest::Action::Template)
        << "template rel /charts/c --namespace ns --values /t/v0.yaml --set a.b=1";
    QTest::newRow("lint") << 4 << int(HelmRequest::Action::Lint)
                          << "lint /charts/c --values /t/v0.yaml --set a.b=1";
    QTest::newRow("dependency build") << 4 << int(HelmRequest::Action::DependencyBuild)
                                      << "dependency build /charts/c";
}

void tst_HelmRequest::arguments_speakTheDialectOfTheDetectedMajor()
{
    QFETCH(int, major);
    QFETCH(int, action);
    QFETCH(QString, expected);
    HelmRequest request = base(HelmRequest::Action(action));
    request.revision = 2;
    request.keepHistory = true;
    request.setValues = { QStringLiteral("a.b=1") };
    expected.replace(QStringLiteral("@"), kCluster.join(QLatin1Char(' ')));
    const HelmVersion version { major, major == 3 ? 17 : 0, 0 };
    QCOMPARE(request.arguments(version, { QStringLiteral("/t/v0.yaml") }).join(QLatin1Char(' ')),
             expected);
}

void tst_HelmRequest::template_rendersAsTheClusterWould()
{
    HelmRequest request = base(HelmRequest::Action::Template);
    request.kubeVersion = QStringLiteral("v1.36.3");
    request.apiVersions = { QStringLiteral("apps/v1"), QStringLiteral("apps/v1/Deployment") };
    request.includeCrds = true;
    request.isUpgrade = true;
    QCOMPARE(request.arguments({ 4, 3, 1 }, {}).join(QLatin1Char(' ')),
             QStringLiteral("template rel /charts/c --namespace ns --kube-version v1.36.3 "
                            "--api-versions apps/v1 --api-versions apps/v1/Deployment "
                            "--include-crds --is-upgrade"));
}

void tst_HelmRequest::pull_fetchesAnOciChartIntoAFolder()
{
    HelmRequest request;
    request.action = HelmRequest::Action::Pull;
    request.chart = QStringLiteral("oci://127.0.0.1:5000/charts/smoke");
    request.destination = QStringLiteral("/tmp/d");
    QCOMPARE(request.arguments({ 4, 3, 1 }, {}).join(QLatin1Char(' ')),
             QStringLiteral("pull oci://127.0.0.1:5000/charts/smoke --destination /tmp/d"));
    request.version = QStringLiteral("0.1.0");
    request.plainHttp = true;
    QCOMPARE(request.arguments({ 3, 22, 0 }, {}).join(QLatin1Char(' ')),
             QStringLiteral("pull oci://127.0.0.1:5000/charts/smoke --destination /tmp/d --version 0.1.0 --plain-http"));
    QVERIFY(!request.mutatesRelease());
    QCOMPARE(request.actionName(), QStringLiteral("pull"));
}

void tst_HelmRequest::clusterIsAlwaysNamedExplicitly()
{
    for (auto action : { HelmRequest::Action::UpgradeInstall, HelmRequest::Action::Rollback,
                         HelmRequest::Action::Uninstall }) {
        const QStringList args = base(action).arguments({ 4, 3, 1 }, {});
        for (const QString &flag : { QStringLiteral("--kubeconfig"),
                                     QStringLiteral("--kube-context"),
                                     QStringLiteral("--namespace") })
            QVERIFY2(args.contains(flag), qPrintable(args.join(QLatin1Char(' '))));
    }
}

void tst_HelmRequest::onlyReleaseChangingActions_mutate()
{
    QVERIFY(base(HelmRequest::Action::UpgradeInstall).mutatesRelease());
    QVERIFY(base(HelmRequest::Action::Rollback).mutatesRelease());
    QVERIFY(base(HelmRequest::Action::Uninstall).mutatesRelease());
    QVERIFY(!base(HelmRequest::Action::Template).mutatesRelease());
    QVERIFY(!base(HelmRequest::Action::Lint).mutatesRelease());
    HelmRequest dryRun = base(HelmRequest::Action::UpgradeInstall);
    dryRun.dryRun = true;
    QVERIFY(!dryRun.mutatesRelease());
}

void tst_HelmRequest::dryRunUpgrade_rendersAgainstTheClusterAsJson_changesNothing_data()
{
    QTest::addColumn<int>("major");
    QTest::newRow("helm 4") << 4;
    QTest::newRow("helm 3") << 3;
}

void tst_HelmRequest::dryRunUpgrade_rendersAgainstTheClusterAsJson_changesNothing()
{
    QFETCH(int, major);
    // The same release, chart, cluster and values as the upgrade it previews; no wait, no
    // rollback, no namespace creation — and one spelling that helm 3.17+ and helm 4 share.
    HelmRequest request = base(HelmRequest::Action::UpgradeInstall);
    request.dryRun = true;
    request.setValues = { QStringLiteral("a.b=1") };
    const QString expected
        = QStringLiteral("upgrade --install rel /charts/c %1 --values /t/v0.yaml --set a.b=1 "
                         "--dry-run=server --output json --timeout 90s")
              .arg(kCluster.join(QLatin1Char(' ')));
    QCOMPARE(request.arguments({ major, major == 3 ? 17 : 0, 0 }, { QStringLiteral("/t/v0.yaml") })
                 .join(QLatin1Char(' ')),
             expected);
}

void tst_HelmRequest::plainUpgrade_neverInstalls_andKeepsTheDeployedValues_data()
{
    QTest::addColumn<int>("major");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<QString>("expected");
    QTest::newRow("helm 4")
        << 4 << false
        << "upgrade rel /charts/c @ --reset-then-reuse-values --values /t/v0.yaml --set a.b=1 "
           "--rollback-on-failure --wait=watcher --timeout 90s --output json";
    QTest::newRow("helm 3")
        << 3 << false
        << "upgrade rel /charts/c @ --reset-then-reuse-values --values /t/v0.yaml --set a.b=1 "
           "--atomic --wait --timeout 90s --output json";
    // What `diff --answers` previews is exactly what the upgrade would do.
    QTest::newRow("preview")
        << 4 << true
        << "upgrade rel /charts/c @ --reset-then-reuse-values --values /t/v0.yaml --set a.b=1 "
           "--dry-run=server --output json --timeout 90s";
}

void tst_HelmRequest::plainUpgrade_neverInstalls_andKeepsTheDeployedValues()
{
    QFETCH(int, major);
    QFETCH(bool, dryRun);
    QFETCH(QString, expected);
    // No --install: helm refuses a release with nothing to upgrade instead of installing it, and
    // no --create-namespace, which only an install could use.
    HelmRequest request = base(HelmRequest::Action::UpgradeInstall);
    request.install = false;
    request.reuseValues = true;
    request.dryRun = dryRun;
    request.setValues = { QStringLiteral("a.b=1") };
    expected.replace(QStringLiteral("@"), kCluster.join(QLatin1Char(' ')));
    QCOMPARE(request.arguments({ major, major == 3 ? 17 : 0, 0 }, { QStringLiteral("/t/v0.yaml") })
                 .join(QLatin1Char(' ')),
             expected);
    QVERIFY(request.mutatesRelease() != dryRun);
}

QTEST_GUILESS_MAIN(tst_HelmRequest)
#include "tst_helmrequest.moc"
