#include "FakeApiServer.h"
#include "FakeContext.h"
#include "HoldsFor.h"
#include "TestFiles.h"
#include "kube/ClusterProbe.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace Slipway;

// The connection check over a KubeClient, against a scripted local server: what it reports for
// each answer, the operation contract (start() only schedules, one finished(), cancel at any
// time), and an exec plugin's run and stderr shared with the client. Real identities and TLS
// are checked on the testbed (tests/e2e/kube, tests/e2e/cli_connect.sh).
class tst_ClusterProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void versionAndIdentity_areReported_startOnlySchedules();
    void serverWithoutSelfSubjectReview_isConnectedWithAWarning();
    void refusals_areNamed_data();
    void refusals_areNamed();
    void notAnApiServer_isAProtocolFailure();
    void nothingListening_isConnectionRefused();
    void credentialsOverPlainHttp_areRefusedWithoutARequest();
    void serverAddressWithoutHttps_isAConfigurationError();
    void cancelMidRequest_finishesOnceAsCancelled_thenNothing();
    void cancelBeforeItRuns_finishesOnce();
    void destroyingARunningProbe_isSilent();
    void execPluginStderr_reachesTheClient_pluginRunsOnceForProbeAndLaterRequests();
    void failingExecPlugin_isACredentialsFailureWithItsMessage();

private:
    // A user whose exec plugin writes `prompt` to stderr, counts its runs, and prints a token
    // (or fails with exit code 3).
    ResolvedContext execContext(const QByteArray &prompt, bool fail = false);
    int pluginRuns() const;

    std::optional<TestFiles> m_files;
};

namespace {

using Response = FakeApiServer::Response;
using Failure = ProbeResult::Failure;

const QByteArray kVersion = R"({"major":"1","minor":"36","gitVersion":"v1.36.3"})";
const QByteArray kReview = R"({"kind":"SelfSubjectReview","status":{"userInfo":)"
                           R"({"username":"jane","groups":["dev","system:authenticated"]}}})";

// /version and the SelfSubjectReview, or `identity` for the latter.
FakeApiServer::Handler cluster(const Response &identity = FakeApiServer::answer(201, kReview))
{
    return [identity](const FakeApiServer::Request &r) {
        if (r.target == "/version")
            return FakeApiServer::answer(200, kVersion);
        return identity;
    };
}

ProbeResult waitForResult(QSignalSpy &finished)
{
    if (finished.isEmpty() && !finished.wait(15000))
        return {};
    // A second finished() fails the test the moment it arrives.
    if (!holdsFor([&] { return finished.size() == 1; }, 300))
        qFatal("finished() emitted %d times", int(finished.size()));
    return finished.first().first().value<ProbeResult>();
}

// A whole probe over `client`, start to its one finished().
ProbeResult probeOnce(KubeClient &client)
{
    ClusterProbe probe(&client);
    QSignalSpy finished(&probe, &ClusterProbe::finished);
    probe.start();
    return waitForResult(finished);
}

} // namespace

void tst_ClusterProbe::init()
{
    m_files.emplace();
}

ResolvedContext tst_ClusterProbe::execContext(const QByteArray &prompt, bool fail)
{
    const QByteArray calls = m_files->path(QStringLiteral("calls")).toUtf8();
    const QString plugin = m_files->write(QStringLiteral("plugin"),
        "#!/bin/sh\necho run >>'" + calls + "'\necho '" + prompt + "' >&2\n"
            + (fail ? QByteArray("exit 3\n") : QByteArray())
            + "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
              "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"plugin-token-0123\"}}\\n'\n",
        true);
    // https to a port where nothing listens: the plugin runs (credentials come before the
    // connection), and no token ever travels.
    ResolvedContext c = contextFor(QStringLiteral("https://127.0.0.1:1"));
    c.user.name = QStringLiteral("exec-user");
    ExecConfig exec;
    exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
    exec.command = plugin;
    exec.interactiveMode = QStringLiteral("IfAvailable");
    c.user.exec = exec;
    return c;
}

int tst_ClusterProbe::pluginRuns() const
{
    QFile f(m_files->path(QStringLiteral("calls")));
    return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
}

void tst_ClusterProbe::versionAndIdentity_areReported_startOnlySchedules()
{
    FakeApiServer server(cluster());
    KubeClient client(contextFor(server.url()));
    ClusterProbe probe(&client);
    QSignalSpy finished(&probe, &ClusterProbe::finished);
    probe.start();
    QVERIFY(probe.isRunning());
    QCOMPARE(finished.size(), 0);
    const ProbeResult result = waitForResult(finished);
    QCOMPARE(finished.size(), 1);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!probe.isRunning());
    QCOMPARE(result.server, server.url());
    QCOMPARE(result.gitVersion, QStringLiteral("v1.36.3"));
    QCOMPARE(result.username, QStringLiteral("jane"));
    QCOMPARE(result.groups,
             QStringList({ QStringLiteral("dev"), QStringLiteral("system:authenticated") }));
    // Plain http, so the client's warning is passed on.
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.first().contains(QLatin1String("not encrypted")));

    QCOMPARE(server.requests.size(), 2);
    const FakeApiServer::Request review = server.requests.at(1);
    QCOMPARE(review.method, QByteArray("POST"));
    QCOMPARE(review.target, QByteArray("/apis/authentication.k8s.io/v1/selfsubjectreviews"));
    QVERIFY(review.body.contains("SelfSubjectReview"));
}

void tst_ClusterProbe::serverWithoutSelfSubjectReview_isConnectedWithAWarning()
{
    FakeApiServer server(cluster(FakeApiServer::answer(404, "404 page not found")));
    KubeClient client(contextFor(server.url()));
    const ProbeResult result = probeOnce(client);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.gitVersion, QStringLiteral("v1.36.3"));
    QVERIFY(result.username.isEmpty());
    QVERIFY(result.warnings.last().contains(QLatin1String("SelfSubjectReview")));
}

void tst_ClusterProbe::refusals_areNamed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("message");
    QTest::newRow("401") << 401 << QByteArray(R"({"kind":"Status","message":"Unauthorized"})")
                         << int(Failure::Unauthorized) << QStringLiteral("401 Unauthorized");
    QTest::newRow("403 names the server's reason")
        << 403 << QByteArray(R"({"kind":"Status","message":"selfsubjectreviews is forbidden"})")
        << int(Failure::Forbidden)
        << QStringLiteral("(403 Forbidden): selfsubjectreviews is forbidden. Ask an administrator");
    QTest::newRow("500 without Retry-After")
        << 500 << QByteArray(R"({"kind":"Status","message":"etcd is down"})") << int(Failure::Http)
        << QStringLiteral("The cluster answered with HTTP 500: etcd is down.");
    QTest::newRow("429 is not waited out")
        << 429 << QByteArray(R"({"kind":"Status","message":"slow down"})") << int(Failure::Http)
        << QStringLiteral("HTTP 429: slow down");
}

void tst_ClusterProbe::refusals_areNamed()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, failure);
    QFETCH(QString, message);
    FakeApiServer server(cluster(FakeApiServer::answer(status, body, { { "Retry-After", "30" } })));
    KubeClient client(contextFor(server.url()));
    const ProbeResult result = probeOnce(client);
    QCOMPARE(int(result.failure), failure);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QCOMPARE(result.gitVersion, QStringLiteral("v1.36.3"));
    QCOMPARE(server.requests.size(), 2);
}

void tst_ClusterProbe::notAnApiServer_isAProtocolFailure()
{
    FakeApiServer server(
        [](const FakeApiServer::Request &) { return FakeApiServer::answer(200, "{}"); });
    KubeClient client(contextFor(server.url()));
    const ProbeResult result = probeOnce(client);
    QCOMPARE(result.failure, Failure::Protocol);
    QVERIFY(result.error.contains(QLatin1String("not like a Kubernetes API server")));
    QCOMPARE(server.requests.size(), 1);
}

void tst_ClusterProbe::nothingListening_isConnectionRefused()
{
    KubeClient client(contextFor(QStringLiteral("https://127.0.0.1:1")));
    const ProbeResult result = probeOnce(client);
    QCOMPARE(result.failure, Failure::ConnectionRefused);
    QVERIFY2(result.error.contains(QLatin1String("Connection refused by 127.0.0.1:1")),
             qPrintable(result.error));
}

void tst_ClusterProbe::credentialsOverPlainHttp_areRefusedWithoutARequest()
{
    FakeApiServer server(cluster());
    KubeClient client(contextFor(server.url(), QStringLiteral("secret-token")));
    const ProbeResult result = probeOnce(client);
    QCOMPARE(result.failure, Failure::InsecureTransport);
    QVERIFY(result.error.contains(QLatin1String("plain http")));
    QVERIFY(!result.error.contains(QLatin1String("secret-token")));
    QVERIFY(server.requests.isEmpty());
}

void tst_ClusterProbe::serverAddressWithoutHttps_isAConfigurationError()
{
    KubeClient client(contextFor(QStringLiteral("ftp://127.0.0.1:1")));
    ClusterProbe probe(&client);
    QSignalSpy finished(&probe, &ClusterProbe::finished);
    probe.start();
    QCOMPARE(finished.size(), 0);
    const ProbeResult result = waitForResult(finished);
    QCOMPARE(result.failure, Failure::Configuration);
    QVERIFY(result.error.contains(QLatin1String("https://")));
}

void tst_ClusterProbe::cancelMidRequest_finishesOnceAsCancelled_thenNothing()
{
    // Accepts the connection and never answers: the probe would wait out its 10 s budget.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    KubeClient client(contextFor(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
    ClusterProbe probe(&client);
    QSignalSpy finished(&probe, &ClusterProbe::finished);
    probe.start();
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 5000);
    QTcpSocket *connection = silent.nextPendingConnection();
    QTRY_VERIFY(connection->bytesAvailable() > 0 || connection->waitForReadyRead(100));
    probe.cancel();
    QCOMPARE(finished.size(), 1);
    const ProbeResult result = finished.first().first().value<ProbeResult>();
    QCOMPARE(result.failure, Failure::Cancelled);
    QVERIFY(result.error.contains(QLatin1String("cancelled")));
    QVERIFY(!probe.isRunning());
    probe.cancel(); // harmless
    // The transfer is dropped: the connection closes, and no later signal comes.
    QTRY_COMPARE(connection->state(), QAbstractSocket::UnconnectedState);
    QVERIFY(holdsFor([&] { return finished.size() == 1; }, 300));
}

void tst_ClusterProbe::cancelBeforeItRuns_finishesOnce()
{
    FakeApiServer server(cluster());
    KubeClient client(contextFor(server.url()));
    ClusterProbe probe(&client);
    QSignalSpy finished(&probe, &ClusterProbe::finished);
    probe.start();
    probe.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ProbeResult>().failure, Failure::Cancelled);
    QVERIFY(holdsFor([&] { return finished.size() == 1; }, 300));
    QVERIFY(server.requests.isEmpty());
}

void tst_ClusterProbe::destroyingARunningProbe_isSilent()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    KubeClient client(contextFor(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
    auto probe = std::make_unique<ClusterProbe>(&client);
    QSignalSpy finished(probe.get(), &ClusterProbe::finished);
    probe->start();
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 5000);
    probe.reset();
    QVERIFY(holdsFor([&] { return finished.isEmpty(); }, 300));
}

void tst_ClusterProbe::execPluginStderr_reachesTheClient_pluginRunsOnceForProbeAndLaterRequests()
{
    const QByteArray prompt
        = "To sign in, open https://login.example/device and enter code ABCD-1234";
    KubeClient client(execContext(prompt));
    QSignalSpy messages(&client, &KubeClient::credentialPluginMessage);
    const ProbeResult result = probeOnce(client);
    QCOMPARE(result.failure, Failure::ConnectionRefused); // the plugin's token was used to connect
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().first().toString(), QString::fromUtf8(prompt));
    QVERIFY(!result.error.contains(QLatin1String("plugin-token")));

    // The next request on the client presents the same credential: no second login.
    KubeReply *reply = client.send(KubeRequest::get(QStringLiteral("/api/v1/namespaces")));
    QSignalSpy done(reply, &KubeReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->error().kind, ApiError::Kind::ConnectionRefused);
    QCOMPARE(pluginRuns(), 1);
    QCOMPARE(messages.size(), 1);
}

void tst_ClusterProbe::failingExecPlugin_isACredentialsFailureWithItsMessage()
{
    KubeClient client(execContext("error: your refresh token has expired; run `login`", true));
    QSignalSpy messages(&client, &KubeClient::credentialPluginMessage);
    const ProbeResult result = probeOnce(client);
    QCOMPARE(result.failure, Failure::Credentials);
    QVERIFY2(result.error.contains(QLatin1String("exit code 3")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("refresh token has expired")),
             qPrintable(result.error));
    QCOMPARE(messages.size(), 1);
}

QTEST_GUILESS_MAIN(tst_ClusterProbe)
#include "tst_clusterprobe.moc"
