#include "FakeApiServer.h"
#include "FakeContext.h"
#include "HoldsFor.h"
#include "kube/KubeClient.h"
#include "kube/PodLogStream.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Slipway;

// PodLogStream against a scripted local server: a followed log whose connection drops comes
// back where it stopped — asking with sinceTime, dropping the lines the kubelet sends again —
// and stops coming back once the pod or its container is gone.
class tst_PodLogStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void droppedStream_resumesWithSinceTime_noLineLostOrRepeated();
    void callerTimestamps_areKept();
    void cleanEnd_containerStillRunning_resumes();
    void cleanEnd_containerTerminated_finishes();
    void podGoneWhileReconnecting_stopsWithNotFound();
    void silentStream_reconnectsAfterTheSilenceTimeout();
    void stopWhileWaitingToReconnect_finishesOnce();
    void streamThatNeverOpened_isNotRetried();
    void notFollowed_isNotResumed();
};

namespace {

using Request = FakeApiServer::Request;
using Response = FakeApiServer::Response;

QUrlQuery queryOf(const Request &r)
{
    const QByteArray target = r.target;
    const qsizetype q = target.indexOf('?');
    return QUrlQuery(q < 0 ? QString() : QString::fromUtf8(target.mid(q + 1)));
}

bool isLog(const Request &r)
{
    return r.target.startsWith("/api/v1/namespaces/shop/pods/web-0/log");
}

// A kubelet line with timestamps=true.
QByteArray line(const char *time, int n)
{
    return QByteArray("2026-07-24T10:00:") + time + "Z msg " + QByteArray::number(n) + '\n';
}

QByteArray pod(const QByteArray &state)
{
    return QByteArray(R"({"kind":"Pod","apiVersion":"v1","metadata":{"name":"web-0","namespace":"shop"},)"
                      R"("spec":{"containers":[{"name":"app","image":"x"}]},)"
                      R"("status":{"phase":"Running","containerStatuses":[{"name":"app","state":{)")
        + state + "}}]}}";
}

const QByteArray kRunning = R"("running":{"startedAt":"2026-07-24T09:00:00Z"})";
const QByteArray kTerminated = R"("terminated":{"exitCode":0,"reason":"Completed"})";

PodLogStream::Options followed()
{
    PodLogStream::Options o;
    o.nameSpace = QStringLiteral("shop");
    o.pod = QStringLiteral("web-0");
    o.container = QStringLiteral("app");
    o.follow = true;
    o.tailLines = 10;
    o.maxReconnectDelayMs = 300;
    return o;
}

struct Recorder
{
    QStringList lines;
    QList<PodLogStream::State> states;
    QStringList reasons;
    int resumed = 0;
    int finished = 0;

    void attach(PodLogStream &stream, QObject *context)
    {
        QObject::connect(&stream, &PodLogStream::linesReceived, context,
                         [this](const QStringList &l) { lines += l; });
        QObject::connect(&stream, &PodLogStream::stateChanged, context,
                         [this](PodLogStream::State s) { states << s; });
        QObject::connect(&stream, &PodLogStream::reconnecting, context,
                         [this](const QString &reason, int) { reasons << reason; });
        QObject::connect(&stream, &PodLogStream::resumed, context, [this] { ++resumed; });
        QObject::connect(&stream, &PodLogStream::finished, context, [this] { ++finished; });
    }
};

QStringList numbered(int from, int to)
{
    QStringList out;
    for (int i = from; i <= to; ++i)
        out << QStringLiteral("msg %1").arg(i);
    return out;
}

} // namespace

void tst_PodLogStream::droppedStream_resumesWithSinceTime_noLineLostOrRepeated()
{
    // Lines 4 and 5 share one timestamp to the nanosecond; the drop comes between them, in the
    // middle of line 5. The resumed stream starts at the second of line 4, as a kubelet's does.
    int logRequests = 0;
    FakeApiServer server([&](const Request &r) {
        if (!isLog(r))
            return FakeApiServer::answer(200, pod(kTerminated));
        Response out;
        out.contentType = "text/plain";
        if (++logRequests == 1) {
            out.chunks = { line("00.100000000", 1) + line("00.200000000", 2),
                           line("01.100000000", 3),
                           line("01.200000000", 4) + line("01.200000000", 5).left(20) };
            out.dropConnection = true;
        } else {
            out.chunks = { line("01.100000000", 3) + line("01.200000000", 4),
                           line("01.200000000", 5) + line("01.300000000", 6),
                           line("02.000000000", 7) };
        }
        return out;
    });
    KubeClient client(contextFor(server.url()));
    PodLogStream stream(&client, followed());
    Recorder seen;
    seen.attach(stream, this);
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(seen.finished, 1, 15000);

    QCOMPARE(seen.lines, numbered(1, 7));
    QCOMPARE(logRequests, 2);
    QVERIFY2(!stream.error().isError(), qPrintable(stream.error().message()));
    QCOMPARE(seen.resumed, 1);
    QCOMPARE(stream.reconnects(), 1);
    QCOMPARE(seen.reasons.size(), 1);
    QCOMPARE(seen.states,
             (QList<PodLogStream::State> { PodLogStream::State::Connecting, PodLogStream::State::Streaming,
                                          PodLogStream::State::Reconnecting, PodLogStream::State::Streaming,
                                          PodLogStream::State::Finished }));

    const QList<Request> logs = [&] {
        QList<Request> l;
        for (const Request &r : server.requests)
            if (isLog(r))
                l << r;
        return l;
    }();
    const QUrlQuery first = queryOf(logs[0]);
    QCOMPARE(first.queryItemValue(QStringLiteral("tailLines")), QStringLiteral("10"));
    QCOMPARE(first.queryItemValue(QStringLiteral("timestamps")), QStringLiteral("true"));
    QVERIFY(!first.hasQueryItem(QStringLiteral("sinceTime")));
    const QUrlQuery second = queryOf(logs[1]);
    QCOMPARE(second.queryItemValue(QStringLiteral("sinceTime"), QUrl::FullyDecoded),
             QStringLiteral("2026-07-24T10:00:01Z"));
    QCOMPARE(second.queryItemValue(QStringLiteral("timestamps")), QStringLiteral("true"));
    QCOMPARE(second.queryItemValue(QStringLiteral("follow")), QStringLiteral("true"));
    QCOMPARE(second.queryItemValue(QStringLiteral("container")), QStringLiteral("app"));
    QVERIFY(!second.hasQueryItem(QStringLiteral("tailLines"))); // it would cut the catch-up short
}

void tst_PodLogStream::callerTimestamps_areKept()
{
    int logRequests = 0;
    FakeApiServer server([&](const Request &r) {
        if (!isLog(r))
            return FakeApiServer::answer(200, pod(kTerminated));
        Response out;
        if (++logRequests == 1) {
            out.chunks = { line("00.100000000", 1) };
            out.dropConnection = true;
        } else {
            out.chunks = { line("00.100000000", 1) + line("00.500000000", 2) };
        }
        return out;
    });
    KubeClient client(contextFor(server.url()));
    PodLogStream::Options o = followed();
    o.timestamps = true;
    PodLogStream stream(&client, o);
    Recorder seen;
    seen.attach(stream, this);
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(seen.finished, 1, 15000);
    QCOMPARE(seen.lines, (QStringList { QStringLiteral("2026-07-24T10:00:00.100000000Z msg 1"),
                                        QStringLiteral("2026-07-24T10:00:00.500000000Z msg 2") }));
}

void tst_PodLogStream::cleanEnd_containerStillRunning_resumes()
{
    // An API server that shuts down ends its streams cleanly: that alone says nothing.
    int logRequests = 0;
    int podChecks = 0;
    FakeApiServer server([&](const Request &r) {
        if (!isLog(r))
            return FakeApiServer::answer(200, pod(++podChecks == 1 ? kRunning : kTerminated));
        Response out;
        out.chunks = ++logRequests == 1
            ? QList<QByteArray> { line("00.100000000", 1), line("00.200000000", 2) }
            : QList<QByteArray> { line("00.200000000", 2) + line("03.000000000", 3) };
        return out;
    });
    KubeClient client(contextFor(server.url()));
    PodLogStream stream(&client, followed());
    Recorder seen;
    seen.attach(stream, this);
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(seen.finished, 1, 15000);
    QCOMPARE(seen.lines, numbered(1, 3));
    QCOMPARE(logRequests, 2);
    QCOMPARE(podChecks, 2);
    QCOMPARE(seen.resumed, 1);
}

void tst_PodLogStream::cleanEnd_containerTerminated_finishes()
{
    int logRequests = 0;
    FakeApiServer server([&](const Request &r) {
        if (!isLog(r))
            return FakeApiServer::answer(200, pod(kTerminated));
        ++logRequests;
        Response out;
        out.chunks = { line("00.100000000", 1), "2026-07-24T10:00:00.300000000Z last words" };
        return out;
    });
    KubeClient client(contextFor(server.url()));
    PodLogStream stream(&client, followed());
    Recorder seen;
    seen.attach(stream, this);
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(seen.finished, 1, 15000);
    QCOMPARE(seen.lines, (QStringList { QStringLiteral("msg 1"), QStringLiteral("last words") }));
    QCOMPARE(logRequests, 1);
    QCOMPARE(seen.resumed, 0);
    QVERIFY(seen.reasons.isEmpty());
    QVERIFY(!stream.error().isError());
    QCOMPARE(stream.state(), PodLogStream::State::Finished);
}

void tst_PodLogStream::podGoneWhileReconnecting_stopsWithNotFound()
{
    int logRequests = 0;
    FakeApiServer server([&](const Request &) {
        if (++logRequests == 1) {
            Response out;
            out.chunks = { line("00.100000000", 1) };
            out.dropConnection = true;
            return out;
        }
        return FakeApiServer::answer(404, R"({"kind":"Status","apiVersion":"v1","status":"Failure",)"
                                          R"("message":"pods \"web-0\" not found","reason":"NotFound","code":404})");
    });
    KubeClient client(contextFor(server.url()));
    PodLogStream stream(&client, followed());
    Recorder seen;
    seen.attach(stream, this);
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(seen.finished, 1, 15000);
    QCOMPARE(stream.error().kind, ApiError::Kind::NotFound);
    QCOMPARE(seen.lines, numbered(1, 1));
    // For longer than the longest backoff: nothing more is tried.
    QVERIFY2(holdsFor([&] { return server.requests.size() == 2 && seen.finished == 1; }, 800),
             qPrintable(QStringLiteral("%1 requests, %2 finished").arg(server.requests.size()).arg(seen.finished)));
}

void tst_PodLogStream::silentStream_reconnectsAfterTheSilenceTimeout()
{
    int logRequests = 0;
    FakeApiServer server([&](const Request &r) {
        if (!isLog(r))
            return FakeApiServer::answer(200, pod(kTerminated));
        Response out;
        if (++logRequests == 1) {
            out.chunks = { line("00.100000000", 1) };
            out.endStream = false; // and then not a byte: a connection that died silently
        } else {
            out.chunks = { line("00.100000000", 1) + line("05.000000000", 2) };
        }
        return out;
    });
    KubeClient client(contextFor(server.url()));
    PodLogStream::Options o = followed();
    o.silenceTimeoutMs = 1000;
    PodLogStream stream(&client, o);
    Recorder seen;
    seen.attach(stream, this);
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(seen.finished, 1, 15000);
    QCOMPARE(seen.lines, numbered(1, 2));
    QCOMPARE(logRequests, 2);
    QCOMPARE(seen.reasons.size(), 1);
    QVERIFY2(seen.reasons[0].contains(QLatin1String("silent")), qPrintable(seen.reasons[0]));
}

void tst_PodLogStream::stopWhileWaitingToReconnect_finishesOnce()
{
    FakeApiServer server([&](const Request &) {
        Response out;
        out.chunks = { line("00.100000000", 1) };
        out.dropConnection = true;
        return out;
    });
    KubeClient client(contextFor(server.url()));
    PodLogStream::Options o = followed();
    o.maxReconnectDelayMs = 5000;
    PodLogStream stream(&client, o);
    Recorder seen;
    seen.attach(stream, this);
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), PodLogStream::State::Reconnecting, 10000);
    stream.stop();
    QCOMPARE(seen.finished, 1);
    QCOMPARE(stream.error().kind, ApiError::Kind::Cancelled);
    const qsizetype requests = server.requests.size();
    QVERIFY2(holdsFor([&] { return server.requests.size() == requests && seen.finished == 1; }, 1000),
             qPrintable(QStringLiteral("%1 requests, %2 finished").arg(server.requests.size()).arg(seen.finished)));
}

void tst_PodLogStream::streamThatNeverOpened_isNotRetried()
{
    FakeApiServer server([&](const Request &) {
        return FakeApiServer::answer(400, R"({"kind":"Status","apiVersion":"v1","status":"Failure",)"
                                          R"("message":"container \"app\" in pod \"web-0\" is waiting to start: ContainerCreating","reason":"BadRequest","code":400})");
    });
    KubeClient client(contextFor(server.url()));
    PodLogStream stream(&client, followed());
    Recorder seen;
    seen.attach(stream, this);
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(seen.finished, 1, 10000);
    QCOMPARE(stream.error().kind, ApiError::Kind::BadRequest);
    QVERIFY2(holdsFor([&] { return server.requests.size() == 1; }, 500),
             qPrintable(QStringLiteral("%1 requests").arg(server.requests.size())));
}

void tst_PodLogStream::notFollowed_isNotResumed()
{
    FakeApiServer server([&](const Request &) {
        Response out;
        out.chunks = { "plain 1\n", "plain 2" };
        out.dropConnection = true;
        return out;
    });
    KubeClient client(contextFor(server.url()));
    PodLogStream::Options o = followed();
    o.follow = false;
    PodLogStream stream(&client, o);
    Recorder seen;
    seen.attach(stream, this);
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(seen.finished, 1, 10000);
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(!queryOf(server.requests[0]).hasQueryItem(QStringLiteral("timestamps")));
    QCOMPARE(seen.lines, (QStringList { QStringLiteral("plain 1"), QStringLiteral("plain 2") }));
    QVERIFY(stream.error().isError()); // the cut is reported, not hidden
}

QTEST_GUILESS_MAIN(tst_PodLogStream)
#include "tst_podlogstream.moc"
