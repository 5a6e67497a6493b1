#include "helm/HelmJob.h"
#include "helm/HelmLocator.h"
#include "helm/ReleaseHistory.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

// HelmJob and ReleaseHistory against the testbed, with helm 4 and helm 3: install, upgrade,
// roll back the smoke chart, and check that the history read from the Secrets is the history
// helm itself prints, field for field. Run through with-testbed.sh.
class tst_HelmEngineTestbed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cycle_historyEqualsHelmHistory_data();
    void cycle_historyEqualsHelmHistory();
    void cleanupTestCase();

private:
    HelmResult runJob(const HelmInstallation &helm, HelmRequest request);
    QJsonArray helmHistory(const QString &helm, const QString &nameSpace);
    // The release's records as ReleaseHistory reads them; a failed read fails the test.
    QList<ReleaseRecord> storeHistory(const QString &nameSpace);

    std::unique_ptr<KubeClient> m_client;
    QStringList m_namespaces;
};

void tst_HelmEngineTestbed::initTestCase()
{
    const Expected<Kubeconfig> config = Kubeconfig::load(Kubeconfig::sourcesFromEnvironment());
    QVERIFY2(config, qPrintable(config.error().toString()));
    const Expected<ResolvedContext> context = config->resolve(QStringLiteral("admin"));
    QVERIFY(context);
    m_client = std::make_unique<KubeClient>(context.value());
}

void tst_HelmEngineTestbed::cleanupTestCase()
{
    for (const QString &ns : std::as_const(m_namespaces))
        QProcess::execute(QStringLiteral("kubectl"),
                          { QStringLiteral("delete"), QStringLiteral("namespace"), ns,
                            QStringLiteral("--wait=false") });
}

HelmResult tst_HelmEngineTestbed::runJob(const HelmInstallation &helm, HelmRequest request)
{
    request.kubeconfig = qEnvironmentVariable("KUBECONFIG");
    request.context = QStringLiteral("admin");
    request.timeoutSeconds = 120;
    HelmJob job(helm, std::move(request));
    QSignalSpy finished(&job, &HelmJob::finished);
    job.start();
    if (!finished.wait(180000))
        return {};
    return finished.first().first().value<HelmResult>();
}

QJsonArray tst_HelmEngineTestbed::helmHistory(const QString &helm, const QString &nameSpace)
{
    QProcess process;
    process.start(helm, { QStringLiteral("history"), QStringLiteral("smoke"),
                          QStringLiteral("-n"), nameSpace, QStringLiteral("-o"),
                          QStringLiteral("json") });
    process.waitForFinished(60000);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
}

QList<ReleaseRecord> tst_HelmEngineTestbed::storeHistory(const QString &nameSpace)
{
    ReleaseHistory history(m_client.get(), nameSpace, QStringLiteral("smoke"));
    QSignalSpy finished(&history, &ReleaseHistory::finished);
    history.start();
    if (!finished.wait(30000)) {
        QTest::qFail("the release history was not read within 30 s", __FILE__, __LINE__);
        return {};
    }
    // records() decodes lazily: ok() covers the decoding only after it.
    const QList<ReleaseRecord> records = history.records();
    if (!history.ok())
        QTest::qFail(qPrintable(QLatin1String("reading the release history failed: ") + history.errorText()),
                     __FILE__, __LINE__);
    return records;
}

void tst_HelmEngineTestbed::cycle_historyEqualsHelmHistory_data()
{
    QTest::addColumn<QString>("helmEnv");
    QTest::newRow("helm 4") << QStringLiteral("SLIPWAY_HELM");
    QTest::newRow("helm 3") << QStringLiteral("SLIPWAY_HELM3");
}

void tst_HelmEngineTestbed::cycle_historyEqualsHelmHistory()
{
    QFETCH(QString, helmEnv);
    const QString helmPath = qEnvironmentVariable(helmEnv.toLatin1().constData());
    QVERIFY2(!helmPath.isEmpty(), "run through with-testbed.sh");
    const Expected<HelmVersion> version = HelmLocator::queryVersion(helmPath);
    QVERIFY(version);
    const HelmInstallation helm { helmPath, version.value() };
    const QString ns = QStringLiteral("e2e-helmengine-h%1-%2")
                           .arg(version->major)
                           .arg(QCoreApplication::applicationPid());
    m_namespaces << ns;

    HelmRequest install;
    install.release = QStringLiteral("smoke");
    install.nameSpace = ns;
    install.chart = QStringLiteral(SLIPWAY_E2E_CHARTS "/smoke");
    install.valuesFiles = { "message: first\n" };
    HelmResult result = runJob(helm, install);
    QVERIFY2(result.ok(), qPrintable(result.error + result.rawError));

    HelmRequest upgrade = install;
    upgrade.valuesFiles = { "message: second\nreplicaCount: 2\n" };
    result = runJob(helm, upgrade);
    QVERIFY2(result.ok(), qPrintable(result.error + result.rawError));

    HelmRequest rollback = install;
    rollback.action = HelmRequest::Action::Rollback;
    rollback.revision = 1;
    result = runJob(helm, rollback);
    QVERIFY2(result.ok(), qPrintable(result.error + result.rawError));

    const QList<ReleaseRecord> records = storeHistory(ns);
    if (QTest::currentTestFailed())
        return;
    const QJsonArray expected = helmHistory(helmPath, ns);
    QCOMPARE(records.size(), 3);
    QCOMPARE(expected.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(records[i].historyEntry(), expected[i].toObject());
    QCOMPARE(records[2].config, records[0].config);
    QCOMPARE(records[1].config.value(QStringLiteral("replicaCount")).toInt(), 2);
    QCOMPARE(records[2].status, QStringLiteral("deployed"));
    QCOMPARE(records[2].description, QStringLiteral("Rollback to 1"));

    HelmRequest failing = install;
    failing.setValues = { QStringLiteral("no-such-key={") };
    failing.chart = QStringLiteral(SLIPWAY_E2E_CHARTS "/does-not-exist");
    result = runJob(helm, failing);
    QCOMPARE(result.outcome, HelmResult::Outcome::Failed);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!result.error.startsWith(QLatin1String("Error:")));

    HelmRequest uninstall = install;
    uninstall.action = HelmRequest::Action::Uninstall;
    result = runJob(helm, uninstall);
    QVERIFY2(result.ok(), qPrintable(result.error + result.rawError));
    const QList<ReleaseRecord> left = storeHistory(ns);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(left.isEmpty());
}

QTEST_GUILESS_MAIN(tst_HelmEngineTestbed)
#include "tst_helmengine_testbed.moc"
