#include "TestFiles.h"
#include "TestbedContext.h"
#include "kube/ClusterProbe.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/Kubeconfig.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Slipway;

// The connection check against the testbed: every credential kind reports the server version
// and the identity the server gives it, and an exec plugin runs once for the check and the
// requests after it. (Its stderr reaching the user: tst_kubeclient_testbed, tst_clusterprobe.)
class tst_ClusterProbeTestbed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void identities_areReported_data();
    void identities_areReported();
    void unknownToken_isUnauthorized();
    void execContext_pluginRunsOnceForTheProbeAndTheRequestsAfterIt();

private:
    static ProbeResult probe(KubeClient &client);

    std::optional<TestFiles> m_files;
};

ProbeResult tst_ClusterProbeTestbed::probe(KubeClient &client)
{
    ClusterProbe probe(&client);
    QSignalSpy finished(&probe, &ClusterProbe::finished);
    probe.start();
    if (!finished.wait(30000))
        qFatal("the probe did not finish");
    QTest::qWait(50);
    if (finished.size() != 1)
        qFatal("finished() emitted %d times", int(finished.size()));
    return finished.first().first().value<ProbeResult>();
}

void tst_ClusterProbeTestbed::init()
{
    m_files.emplace();
}

void tst_ClusterProbeTestbed::identities_areReported_data()
{
    QTest::addColumn<QString>("contextName");
    QTest::addColumn<QString>("user");
    QTest::newRow("client certificate")
        << QStringLiteral("admin") << QStringLiteral("testbed-admin");
    QTest::newRow("certificate, namespaced rights")
        << QStringLiteral("limited") << QStringLiteral("limited");
    QTest::newRow("static token") << QStringLiteral("viewer") << QStringLiteral("viewer");
    QTest::newRow("token without any role") << QStringLiteral("nobody") << QStringLiteral("nobody");
    QTest::newRow("exec plugin") << QStringLiteral("exec") << QStringLiteral("exec-admin");
}

void tst_ClusterProbeTestbed::identities_areReported()
{
    QFETCH(QString, contextName);
    QFETCH(QString, user);
    KubeClient client(testbedContext(contextName));
    const ProbeResult result = probe(client);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.gitVersion.startsWith(QLatin1String("v1.36.")));
    QCOMPARE(result.username, user);
    QVERIFY(result.groups.contains(QLatin1String("system:authenticated")));
    QVERIFY(result.warnings.isEmpty());
}

void tst_ClusterProbeTestbed::unknownToken_isUnauthorized()
{
    KubeClient client(testbedContext(QStringLiteral("badtoken")));
    const ProbeResult result = probe(client);
    QCOMPARE(result.failure, ProbeResult::Failure::Unauthorized);
    QVERIFY2(result.error.contains(QLatin1String("401")), qPrintable(result.error));
}

void tst_ClusterProbeTestbed::execContext_pluginRunsOnceForTheProbeAndTheRequestsAfterIt()
{
    const QString calls = m_files->path(QStringLiteral("calls"));
    KubeClient client(countedExecContext(calls, 60));
    const ProbeResult result = probe(client);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.username, QStringLiteral("exec-admin"));
    KubeReply *reply = client.send(KubeRequest::get(QStringLiteral("/api/v1/nodes")));
    QSignalSpy done(reply, &KubeReply::finished);
    QVERIFY(done.wait(30000));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QFile f(calls);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), 1);
}

QTEST_GUILESS_MAIN(tst_ClusterProbeTestbed)
#include "tst_clusterprobe_testbed.moc"
