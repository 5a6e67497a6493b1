#include "FakeApiServer.h"
#include "FakeContext.h"
#include "HoldsFor.h"
#include "kube/CurlLibrary.h"
#include "kube/CurlOptions.h"
#include "kube/KubeClient.h"
#include "kube/KubeList.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

// KubeClient against a scripted local server: retries, typed errors, pagination, streams,
// timeouts and cancellation. Identities and TLS are covered on the testbed (tests/e2e/kube).
class tst_KubeClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: it needs a process in which nothing has sent a request yet.
    void libcurl_isLoadedByTheFirstRequest_notByTheClient();
    void loopbackHosts_areRecognised_data();
    void loopbackHosts_areRecognised();
    void tooManyRequests_isRetriedAfterRetryAfter();
    void serverErrorWithoutRetryAfter_isNotRetried();
    void forbidden_namesWhoVerbResourceAndNamespace();
    void invalid_listsTheFieldCauses();
    void list_followsContinueTokensFromOneSnapshot();
    void stream_deliversChunksAsTheyArrive();
    void stream_opensBeforeItsFirstByte();
    void silentStream_timesOut();
    void abort_finishesOnceAsCancelled();
    void deletingAReplyInFlight_isSafe();
    void credentialsOverPlainHttp_areRefused();
    void answersArriveOnTheCallersThread();
};

namespace {

using Response = FakeApiServer::Response;

QByteArray status(int code, const char *reason, const QByteArray &message, const QByteArray &details = "{}")
{
    return R"({"kind":"Status","apiVersion":"v1","status":"Failure","message":")" + message
        + R"(","reason":")" + reason + R"(","details":)" + details + R"(,"code":)"
        + QByteArray::number(code) + "}";
}

bool waitFinished(KubeReply *reply, int ms = 10000)
{
    QSignalSpy spy(reply, &KubeReply::finished);
    return reply->isFinished() || spy.wait(ms);
}

} // namespace

void tst_KubeClient::libcurl_isLoadedByTheFirstRequest_notByTheClient()
{
    // A command that ends up asking the cluster nothing (an upgrade that helm carries out)
    // must not pay for libcurl, OpenSSL and their thirty libraries.
    FakeApiServer server([](const FakeApiServer::Request &) {
        return FakeApiServer::answer(200, R"({"kind":"PodList","items":[]})");
    });
    KubeClient client(contextFor(server.url()));
    QVERIFY(!CurlLibrary::isLoaded());
    KubeReply *reply = client.send(KubeRequest::get(QStringLiteral("/api/v1/pods")));
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QVERIFY(CurlLibrary::isLoaded());
}

void tst_KubeClient::loopbackHosts_areRecognised_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.8.9.10") << "127.8.9.10" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("v4-mapped loopback") << "::ffff:127.0.0.1" << true;
    QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
    QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
    QTest::newRow("v4-mapped other") << "::ffff:10.0.0.1" << false;
    QTest::newRow("::2") << "::2" << false;
    QTest::newRow("a name") << "kube.example" << false;
    QTest::newRow("localhost.example") << "localhost.example" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_KubeClient::loopbackHosts_areRecognised()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(CurlOptions::isLoopbackHost(host), loopback);
}

void tst_KubeClient::tooManyRequests_isRetriedAfterRetryAfter()
{
    FakeApiServer server([](const FakeApiServer::Request &) {
        static int calls = 0;
        if (++calls == 1)
            return FakeApiServer::answer(429, status(429, "TooManyRequests", "slow down"), { { "Retry-After", "1" } });
        return FakeApiServer::answer(200, R"({"kind":"PodList","items":[]})");
    });
    KubeClient client(contextFor(server.url()));
    QElapsedTimer clock;
    clock.start();
    KubeReply *reply = client.send(KubeRequest::get(QStringLiteral("/api/v1/pods")));
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(clock.elapsed() >= 1000);
}

void tst_KubeClient::serverErrorWithoutRetryAfter_isNotRetried()
{
    FakeApiServer server([](const FakeApiServer::Request &) {
        return FakeApiServer::answer(500, status(500, "InternalError", "etcd is sad"));
    });
    KubeClient client(contextFor(server.url()));
    KubeReply *reply = client.send(KubeRequest::get(QStringLiteral("/api/v1/pods")));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::ServerError);
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(reply->error().message().contains(QLatin1String("etcd is sad")));
}

void tst_KubeClient::forbidden_namesWhoVerbResourceAndNamespace()
{
    FakeApiServer server([](const FakeApiServer::Request &) {
        return FakeApiServer::answer(403, status(403, "Forbidden",
            R"(deployments.apps is forbidden: User \"jane\" cannot create resource \"deployments\" in API group \"apps\" in the namespace \"shop\")"));
    });
    KubeClient client(contextFor(server.url()));
    KubeReply *reply = client.send(KubeRequest::post(
        QStringLiteral("/apis/apps/v1/namespaces/shop/deployments"), "{}"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::Forbidden);
    const QString message = reply->error().message();
    for (const char *word : { "jane", "create", "deployments.apps", "shop" })
        QVERIFY2(message.contains(QLatin1String(word)), qPrintable(message));
}

void tst_KubeClient::invalid_listsTheFieldCauses()
{
    FakeApiServer server([](const FakeApiServer::Request &) {
        return FakeApiServer::answer(422, status(422, "Invalid", "Pod \\\"x\\\" is invalid",
            R"({"name":"x","kind":"Pod","causes":[{"reason":"FieldValueRequired","message":"Required value","field":"spec.containers[0].image"}]})"));
    });
    KubeClient client(contextFor(server.url()));
    KubeReply *reply = client.send(KubeRequest::post(QStringLiteral("/api/v1/namespaces/a/pods"), "{}"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::Invalid);
    QCOMPARE(reply->error().causes.size(), 1);
    QVERIFY2(reply->error().message().contains(QLatin1String("spec.containers[0].image: Required value")),
             qPrintable(reply->error().message()));
}

void tst_KubeClient::list_followsContinueTokensFromOneSnapshot()
{
    FakeApiServer server([](const FakeApiServer::Request &r) {
        const bool second = r.target.contains("continue=tok");
        const QByteArray items = second ? R"([{"metadata":{"name":"c"}}])"
                                        : R"([{"metadata":{"name":"a"}},{"metadata":{"name":"b"}}])";
        const QByteArray next = second ? "" : "tok";
        return FakeApiServer::answer(200, R"({"kind":"PodList","metadata":{"resourceVersion":"42","continue":")"
                                       + next + R"("},"items":)" + items + "}");
    });
    KubeClient client(contextFor(server.url()));
    KubeList list(&client, KubeRequest::get(QStringLiteral("/api/v1/namespaces/a/pods")), 2);
    QSignalSpy pages(&list, &KubeList::page);
    QSignalSpy done(&list, &KubeList::finished);
    list.start();
    QVERIFY(done.wait(10000));
    QVERIFY(list.ok());
    QCOMPARE(pages.size(), 2);
    QCOMPARE(list.resourceVersion(), QStringLiteral("42"));
    QVERIFY(server.requests[0].target.contains("limit=2"));
    QVERIFY(server.requests[1].target.contains("continue=tok"));
}

void tst_KubeClient::stream_deliversChunksAsTheyArrive()
{
    FakeApiServer server([](const FakeApiServer::Request &) {
        Response r;
        r.chunks = { "line 1\n", "line 2\n", "line 3\n" };
        r.chunkIntervalMs = 200;
        return r;
    });
    KubeClient client(contextFor(server.url()));
    KubeRequest request = KubeRequest::get(QStringLiteral("/api/v1/namespaces/a/pods/p/log"));
    request.streaming = true;
    KubeReply *reply = client.send(request);
    QSignalSpy data(reply, &KubeReply::dataReceived);
    QVERIFY(data.wait(5000));
    QVERIFY(!reply->isFinished()); // the first line came before the stream ended
    QVERIFY(waitFinished(reply));
    QVERIFY(reply->ok());
    QByteArray all;
    for (const QList<QVariant> &args : data)
        all += args.at(0).toByteArray();
    QCOMPARE(all, QByteArray("line 1\nline 2\nline 3\n"));
}

void tst_KubeClient::stream_opensBeforeItsFirstByte()
{
    // A quiet container's log: the server accepted the stream, and says so before any line.
    FakeApiServer server([](const FakeApiServer::Request &r) {
        if (!r.target.contains("/log"))
            return FakeApiServer::answer(404, status(404, "NotFound", "no"));
        Response out;
        out.chunks = { "late\n" };
        out.chunkIntervalMs = 1000;
        return out;
    });
    KubeClient client(contextFor(server.url()));
    KubeRequest request = KubeRequest::get(QStringLiteral("/api/v1/namespaces/a/pods/p/log"));
    request.streaming = true;
    KubeReply *reply = client.send(request);
    QSignalSpy opened(reply, &KubeReply::streamOpened);
    QSignalSpy data(reply, &KubeReply::dataReceived);
    QVERIFY(opened.wait(5000));
    QCOMPARE(data.size(), 0);
    QVERIFY(waitFinished(reply));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(data.size(), 1);

    // A refused stream never opens.
    KubeRequest missing = KubeRequest::get(QStringLiteral("/api/v1/namespaces/a/pods/gone"));
    missing.streaming = true;
    KubeReply *refused = client.send(missing);
    QSignalSpy refusedOpened(refused, &KubeReply::streamOpened);
    QVERIFY(waitFinished(refused));
    QCOMPARE(refused->error().kind, ApiError::Kind::NotFound);
    QCOMPARE(refusedOpened.size(), 0);
}

void tst_KubeClient::silentStream_timesOut()
{
    FakeApiServer server([](const FakeApiServer::Request &) {
        Response r;
        r.chunks = { "first\n" };
        r.endStream = false;
        return r;
    });
    KubeClient client(contextFor(server.url()));
    KubeRequest request = KubeRequest::get(QStringLiteral("/api/v1/pods"));
    request.withQuery(QStringLiteral("watch"), QStringLiteral("1"));
    request.streaming = true;
    request.timeoutMs = 1000;
    KubeReply *reply = client.send(request);
    QVERIFY(waitFinished(reply, 10000));
    QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
}

void tst_KubeClient::abort_finishesOnceAsCancelled()
{
    FakeApiServer server([](const FakeApiServer::Request &) {
        Response r;
        r.chunks = { "x\n" };
        r.endStream = false;
        return r;
    });
    KubeClient client(contextFor(server.url()));
    KubeRequest request = KubeRequest::get(QStringLiteral("/api/v1/pods"));
    request.streaming = true;
    KubeReply *reply = client.send(request);
    QSignalSpy finished(reply, &KubeReply::finished);
    QSignalSpy data(reply, &KubeReply::dataReceived);
    QVERIFY(data.wait(5000));
    reply->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
    QVERIFY2(holdsFor([&] { return finished.size() == 1; }, 300), qPrintable(QString::number(finished.size())));
}

void tst_KubeClient::deletingAReplyInFlight_isSafe()
{
    FakeApiServer server([](const FakeApiServer::Request &) {
        Response r;
        r.chunks = QList<QByteArray>(20, "data\n");
        r.chunkIntervalMs = 10;
        return r;
    });
    KubeClient client(contextFor(server.url()));
    KubeRequest request = KubeRequest::get(QStringLiteral("/api/v1/pods"));
    request.streaming = true;
    // Deleted at every stage of the transfer: before a byte came, then after each of its chunks.
    for (int i = 0; i < 20; ++i) {
        KubeReply *reply = client.send(request);
        qsizetype received = 0;
        connect(reply, &KubeReply::dataReceived, this, [&received](const QByteArray &chunk) { received += chunk.size(); });
        QVERIFY2(QTest::qWaitFor([&] { return received >= i * 5; }, 5000), qPrintable(QString::number(received)));
        delete reply;
    }
    KubeReply *last = client.send(KubeRequest::get(QStringLiteral("/version")));
    QVERIFY(waitFinished(last));
}

void tst_KubeClient::credentialsOverPlainHttp_areRefused()
{
    FakeApiServer server([](const FakeApiServer::Request &) { return FakeApiServer::answer(200, "{}"); });
    KubeClient client(contextFor(server.url(), QStringLiteral("secret-token")));
    KubeReply *reply = client.send(KubeRequest::get(QStringLiteral("/version")));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::Configuration);
    QVERIFY(server.requests.isEmpty());
    QVERIFY(!reply->error().message().contains(QLatin1String("secret-token")));
}

void tst_KubeClient::answersArriveOnTheCallersThread()
{
    FakeApiServer server([](const FakeApiServer::Request &) { return FakeApiServer::answer(200, "{}"); });
    KubeClient client(contextFor(server.url()));
    KubeReply *reply = client.send(KubeRequest::get(QStringLiteral("/version")));
    QThread *seenOn = nullptr;
    connect(reply, &KubeReply::finished, this, [&] { seenOn = QThread::currentThread(); });
    QVERIFY(waitFinished(reply));
    QCOMPARE(seenOn, QThread::currentThread());
}

QTEST_GUILESS_MAIN(tst_KubeClient)
#include "tst_kubeclient.moc"
