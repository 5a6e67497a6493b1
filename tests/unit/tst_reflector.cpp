#include "FakeApiServer.h"
#include "FakeContext.h"
#include "kube/KubeClient.h"
#include "kube/Reflector.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Slipway;

// The Reflector against a scripted local server: what its compact cache holds, how it splits a
// large change set into bounded batches, and what a relist after 410 reports. Restarts, real
// compaction and live pods are covered on the testbed (tests/e2e/kube/tst_reflector_testbed).
class tst_Reflector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cache_holdsCompactObjectsWithoutManagedFields();
    void largeList_isDeliveredInBoundedBatches();
    void watchEvents_updateTheCacheAndAreBatched();
    void goneWatch_relistsAndReportsWhatChanged();
    void loneChange_isDeliveredAtOnce();
    void burstOfChanges_isCoalescedIntoTheNextBatch();
    void bigBurst_goesOutOneBatchPerTurnOfTheEventLoop();
    void slowReceiver_getsBatchesThatFitTheTurnBudget();
    void floodOfWatchEvents_isReadAcrossTurns_inOrder();
};

namespace {

using Request = FakeApiServer::Request;
using Response = FakeApiServer::Response;

QJsonObject pod(int n, const QString &version, const QString &phase = QStringLiteral("Running"))
{
    const QString name = QStringLiteral("worker-%1").arg(n);
    return QJsonObject{
        { u"kind"_qs, u"Pod"_qs },
        { u"metadata"_qs, QJsonObject{ { u"name"_qs, name },
                                       { u"namespace"_qs, u"team-a"_qs },
                                       { u"uid"_qs, QStringLiteral("uid-%1").arg(n) },
                                       { u"resourceVersion"_qs, version },
                                       { u"managedFields"_qs, QJsonArray{ QJsonObject{ { u"manager"_qs, u"kubectl"_qs } } } } } },
        { u"status"_qs, QJsonObject{ { u"phase"_qs, phase } } },
    };
}

QByteArray podList(const QList<QJsonObject> &pods, const QString &version, const QString &next = QString())
{
    QJsonArray items;
    for (const QJsonObject &p : pods)
        items.append(p);
    QJsonObject metadata{ { u"resourceVersion"_qs, version } };
    if (!next.isEmpty())
        metadata.insert(u"continue"_qs, next);
    return QJsonDocument(QJsonObject{ { u"kind"_qs, u"PodList"_qs }, { u"metadata"_qs, metadata },
                                      { u"items"_qs, items } })
        .toJson(QJsonDocument::Compact);
}

QByteArray watchEvent(const char *type, const QJsonObject &object)
{
    return QJsonDocument(QJsonObject{ { u"type"_qs, QString::fromLatin1(type) }, { u"object"_qs, object } })
               .toJson(QJsonDocument::Compact)
        + '\n';
}

bool isWatch(const Request &r)
{
    return r.target.contains("watch=1");
}

// A stream held open after its chunks, as a watch with nothing more to say is.
Response stream(const QList<QByteArray> &chunks)
{
    Response r;
    r.chunks = chunks;
    r.chunkIntervalMs = 20;
    r.endStream = false;
    return r;
}

// An empty list, then a watch whose first piece adds `count` pods at once.
FakeApiServer::Handler burstOfNewPods(int count)
{
    return [count](const Request &r) {
        if (!isWatch(r))
            return FakeApiServer::answer(200, podList({}, u"10"_qs));
        QByteArray all;
        for (int n = 0; n < count; ++n)
            all += watchEvent("ADDED", pod(n, QString::number(11 + n)));
        return stream({ all });
    };
}

struct Batches
{
    QList<int> sizes;
    QStringList added, updated, removed;
};

void record(Reflector &reflector, Batches &into)
{
    QObject::connect(&reflector, &Reflector::changed, &reflector,
                     [&into](const QList<QJsonObject> &a, const QList<QJsonObject> &u, const QList<QJsonObject> &r) {
                         into.sizes << int(a.size() + u.size() + r.size());
                         for (const QJsonObject &o : a)
                             into.added << o[u"metadata"][u"name"].toString();
                         for (const QJsonObject &o : u)
                             into.updated << o[u"metadata"][u"name"].toString() + QLatin1Char('@')
                                     + o[u"metadata"][u"resourceVersion"].toString();
                         for (const QJsonObject &o : r)
                             into.removed << o[u"metadata"][u"name"].toString();
                     });
}

} // namespace

void tst_Reflector::cache_holdsCompactObjectsWithoutManagedFields()
{
    FakeApiServer server([](const Request &r) {
        if (isWatch(r))
            return stream({});
        return FakeApiServer::answer(200, podList({ pod(1, u"10"_qs), pod(2, u"11"_qs) }, u"11"_qs));
    });
    KubeClient client(contextFor(server.url()));
    Reflector::Options options;
    options.nameSpace = u"team-a"_qs;
    Reflector reflector(&client, options);
    QSignalSpy synced(&reflector, &Reflector::synced);
    reflector.start();
    QVERIFY(synced.wait(10000));

    QCOMPARE(reflector.cache().size(), 2);
    const Reflector::Entry &entry = reflector.cache().value(u"uid-2"_qs);
    QCOMPARE(entry.name, u"worker-2"_qs);
    QCOMPARE(entry.nameSpace, u"team-a"_qs);
    QCOMPARE(entry.resourceVersion, u"11"_qs);
    QVERIFY(!entry.json.contains("managedFields"));
    QVERIFY(!entry.json.contains('\n')); // compact text, not indented
    const QJsonObject parsed = reflector.object(u"uid-2"_qs);
    QCOMPARE(parsed[u"status"][u"phase"].toString(), u"Running"_qs);
    QVERIFY(!parsed[u"metadata"].toObject().contains(u"managedFields"));
    QVERIFY(reflector.object(u"no-such-uid"_qs).isEmpty());
    QCOMPARE(reflector.resourceVersion(), u"11"_qs);
}

void tst_Reflector::largeList_isDeliveredInBoundedBatches()
{
    // 23 pods over three pages of 10; batches of at most 5 objects each.
    QList<QJsonObject> pods;
    for (int n = 0; n < 23; ++n)
        pods << pod(n, QString::number(100 + n));
    FakeApiServer server([&pods](const Request &r) {
        if (isWatch(r))
            return stream({});
        const int from = r.target.contains("continue=p2") ? 20 : (r.target.contains("continue=p1") ? 10 : 0);
        const QString next = from == 0 ? u"p1"_qs : (from == 10 ? u"p2"_qs : QString());
        return FakeApiServer::answer(200, podList(pods.mid(from, 10), u"200"_qs, next));
    });
    KubeClient client(contextFor(server.url()));
    Reflector::Options options;
    options.pageSize = 10;
    options.maxBatch = 5;
    Reflector reflector(&client, options);
    Batches batches;
    record(reflector, batches);
    QSignalSpy synced(&reflector, &Reflector::synced);
    reflector.start();
    QVERIFY(synced.wait(10000));

    QCOMPARE(reflector.cache().size(), 23);
    QCOMPARE(batches.sizes, (QList<int>{ 5, 5, 5, 5, 3 })); // all delivered before synced()
    QCOMPARE(batches.added.size(), 23);
    batches.added.sort();
    batches.added.removeDuplicates();
    QCOMPARE(batches.added.size(), 23);
    QVERIFY(batches.updated.isEmpty() && batches.removed.isEmpty());
}

void tst_Reflector::watchEvents_updateTheCacheAndAreBatched()
{
    FakeApiServer server([](const Request &r) {
        if (!isWatch(r))
            return FakeApiServer::answer(200, podList({ pod(1, u"10"_qs), pod(2, u"11"_qs) }, u"11"_qs));
        return stream({ watchEvent("ADDED", pod(3, u"12"_qs)) + watchEvent("MODIFIED", pod(1, u"13"_qs, u"Succeeded"_qs)),
                        watchEvent("DELETED", pod(2, u"14"_qs))
                            + watchEvent("BOOKMARK", QJsonObject{ { u"metadata"_qs, QJsonObject{ { u"resourceVersion"_qs, u"20"_qs } } } }) });
    });
    KubeClient client(contextFor(server.url()));
    Reflector reflector(&client, Reflector::Options());
    Batches batches;
    record(reflector, batches);
    reflector.start();
    QTRY_COMPARE_WITH_TIMEOUT(reflector.resourceVersion(), u"20"_qs, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(batches.removed, QStringList{ u"worker-2"_qs }, 5000);

    QCOMPARE(reflector.cache().size(), 2);
    QVERIFY(reflector.cache().contains(u"uid-3"_qs));
    QCOMPARE(reflector.cache().value(u"uid-1"_qs).resourceVersion, u"13"_qs);
    QCOMPARE(reflector.object(u"uid-1"_qs)[u"status"][u"phase"].toString(), u"Succeeded"_qs);
    QVERIFY(batches.added.contains(u"worker-3"_qs));
    QVERIFY(batches.updated.contains(u"worker-1@13"_qs));
    QCOMPARE(reflector.watchCount(), 1);
}

void tst_Reflector::goneWatch_relistsAndReportsWhatChanged()
{
    int lists = 0;
    FakeApiServer server([&lists](const Request &r) {
        if (!isWatch(r)) {
            // The second list: worker-1 changed, worker-2 went away while the watch was gone.
            if (++lists == 1)
                return FakeApiServer::answer(200, podList({ pod(1, u"10"_qs), pod(2, u"11"_qs) }, u"11"_qs));
            return FakeApiServer::answer(200, podList({ pod(1, u"30"_qs) }, u"30"_qs));
        }
        if (lists == 1) {
            Response gone = stream({ watchEvent("ERROR", QJsonObject{ { u"kind"_qs, u"Status"_qs }, { u"code"_qs, 410 },
                                                                 { u"reason"_qs, u"Expired"_qs },
                                                                 { u"message"_qs, u"too old resource version"_qs } }) });
            gone.endStream = true;
            return gone;
        }
        return stream({});
    });
    KubeClient client(contextFor(server.url()));
    Reflector reflector(&client, Reflector::Options());
    Batches batches;
    record(reflector, batches);
    QSignalSpy problems(&reflector, &Reflector::problem);
    reflector.start();
    QTRY_COMPARE_WITH_TIMEOUT(reflector.listCount(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(reflector.resourceVersion(), u"30"_qs, 5000);

    QCOMPARE(reflector.cache().keys(), QStringList{ u"uid-1"_qs });
    QVERIFY(batches.updated.contains(u"worker-1@30"_qs));
    QCOMPARE(batches.removed, QStringList{ u"worker-2"_qs });
    QCOMPARE(problems.size(), 0); // a 410 is routine, not a problem to show
}

void tst_Reflector::loneChange_isDeliveredAtOnce()
{
    // One change 600 ms into the watch, with a batch interval of 400 ms: nothing else happened
    // for longer than the interval, so it must not wait for a timer.
    FakeApiServer server([](const Request &r) {
        if (!isWatch(r))
            return FakeApiServer::answer(200, podList({ pod(1, u"10"_qs) }, u"10"_qs));
        Response watch = stream({ watchEvent("MODIFIED", pod(1, u"11"_qs, u"Succeeded"_qs)) });
        watch.chunkIntervalMs = 600;
        return watch;
    });
    KubeClient client(contextFor(server.url()));
    Reflector::Options options;
    options.batchIntervalMs = 400;
    Reflector reflector(&client, options);
    QSignalSpy synced(&reflector, &Reflector::synced);
    QElapsedTimer clock;
    qint64 deliveredAfter = -1;
    connect(&reflector, &Reflector::changed, this,
            [&](const QList<QJsonObject> &, const QList<QJsonObject> &updated, const QList<QJsonObject> &) {
                if (!updated.isEmpty() && deliveredAfter < 0)
                    deliveredAfter = clock.elapsed();
            });
    reflector.start();
    QVERIFY(synced.wait(10000));
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(deliveredAfter >= 0, 5000);
    // 600 ms when sent at once; a batch timer started on arrival would make it 1000 ms.
    QVERIFY2(deliveredAfter < 850, qPrintable(QStringLiteral("delivered after %1 ms").arg(deliveredAfter)));
}

void tst_Reflector::burstOfChanges_isCoalescedIntoTheNextBatch()
{
    // A second of bookmarks only (quiet), then ten changes of one pod 20 ms apart: the first goes
    // out alone and at once, the other nine together one batch interval later, as one update.
    FakeApiServer server([](const Request &r) {
        if (!isWatch(r))
            return FakeApiServer::answer(200, podList({ pod(1, u"10"_qs) }, u"10"_qs));
        QList<QByteArray> chunks;
        const QJsonObject bookmark{ { u"metadata"_qs, QJsonObject{ { u"resourceVersion"_qs, u"10"_qs } } } };
        for (int n = 0; n < 50; ++n)
            chunks << watchEvent("BOOKMARK", bookmark);
        for (int n = 0; n < 10; ++n)
            chunks << watchEvent("MODIFIED", pod(1, QString::number(11 + n)));
        Response watch = stream(chunks);
        watch.chunkIntervalMs = 20;
        return watch;
    });
    KubeClient client(contextFor(server.url()));
    Reflector::Options options;
    options.batchIntervalMs = 400;
    Reflector reflector(&client, options);
    Batches batches;
    record(reflector, batches);
    reflector.start();
    QTRY_COMPARE_WITH_TIMEOUT(reflector.resourceVersion(), u"20"_qs, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(batches.updated.size(), 2, 3000);
    QCOMPARE(batches.sizes, (QList<int>{ 1, 1, 1 })); // the list's pod, the first change, the rest
    QCOMPARE(batches.updated, (QStringList{ u"worker-1@11"_qs, u"worker-1@20"_qs }));
}

void tst_Reflector::bigBurst_goesOutOneBatchPerTurnOfTheEventLoop()
{
    // Twelve pods arriving within one batch interval, at most five per batch: three batches,
    // and the event loop turns between them (a view paints, input is answered) — a timer
    // started in the first batch's handler fires before the second batch.
    FakeApiServer server(burstOfNewPods(12));
    KubeClient client(contextFor(server.url()));
    Reflector::Options options;
    options.maxBatch = 5;
    options.batchIntervalMs = 200;
    options.turnBudgetMs = 0; // batches of maxBatch, however long a turn takes on a busy machine
    Reflector reflector(&client, options);
    QStringList order;
    QObject::connect(&reflector, &Reflector::changed, &reflector,
                     [&order, &reflector](const QList<QJsonObject> &added, const QList<QJsonObject> &,
                                          const QList<QJsonObject> &) {
                         order << QStringLiteral("batch %1").arg(added.size());
                         QTimer::singleShot(0, &reflector, [&order] { order << u"turn"_qs; });
                     });
    reflector.start();
    QTRY_COMPARE_WITH_TIMEOUT(reflector.cache().size(), 12, 5000);
    QTRY_VERIFY2_WITH_TIMEOUT(order.count(u"turn"_qs) == 3, qPrintable(order.join(u',')), 3000);
    QCOMPARE(order, (QStringList { u"batch 5"_qs, u"turn"_qs, u"batch 5"_qs, u"turn"_qs,
                                   u"batch 2"_qs, u"turn"_qs }));
}

void tst_Reflector::slowReceiver_getsBatchesThatFitTheTurnBudget()
{
    // 120 pods at once, at most fifty per batch, to a view that takes 2 ms per object: the
    // first batch is 50 (100 ms), and from then on each batch holds what fits into the 20 ms
    // budget by what the last one cost — at most ten — until all are delivered.
    FakeApiServer server(burstOfNewPods(120));
    KubeClient client(contextFor(server.url()));
    Reflector::Options options;
    options.maxBatch = 50;
    options.turnBudgetMs = 20;
    Reflector reflector(&client, options);
    QList<int> sizes;
    int delivered = 0;
    QObject::connect(&reflector, &Reflector::changed, &reflector,
                     [&](const QList<QJsonObject> &added, const QList<QJsonObject> &,
                         const QList<QJsonObject> &) {
                         sizes << int(added.size());
                         delivered += int(added.size());
                         QElapsedTimer busy;
                         busy.start();
                         while (busy.nsecsElapsed() < added.size() * 2'000'000LL) { }
                     });
    reflector.start();
    QTRY_COMPARE_WITH_TIMEOUT(delivered, 120, 10000);
    QVERIFY2(sizes.size() >= 2, qPrintable(QString::number(sizes.size())));
    QCOMPARE(sizes.first(), 50);
    for (qsizetype i = 1; i < sizes.size(); ++i)
        QVERIFY2(sizes.at(i) >= 1 && sizes.at(i) <= 10, qPrintable(QString::number(sizes.at(i))));
}

void tst_Reflector::floodOfWatchEvents_isReadAcrossTurns_inOrder()
{
    // Three thousand events in one piece of the stream — each pod added, then modified — read
    // with a 1 ms budget: reading stops at the budget and goes on a turn later, more than once,
    // and still every pod ends at its last version, in the order the server sent them.
    FakeApiServer server([](const Request &r) {
        if (!isWatch(r))
            return FakeApiServer::answer(200, podList({}, u"10"_qs));
        QByteArray all;
        for (int n = 0; n < 1500; ++n)
            all += watchEvent("ADDED", pod(n, QString::number(100 + 2 * n)));
        for (int n = 0; n < 1500; ++n)
            all += watchEvent("MODIFIED", pod(n, QString::number(101 + 2 * n), u"Succeeded"_qs));
        return stream({ all });
    });
    KubeClient client(contextFor(server.url()));
    Reflector::Options options;
    options.turnBudgetMs = 1;
    Reflector reflector(&client, options);
    reflector.start();
    QTRY_COMPARE_WITH_TIMEOUT(reflector.resourceVersion(), QString::number(101 + 2 * 1499), 20000);
    QCOMPARE(reflector.cache().size(), 1500);
    QVERIFY2(reflector.deferredReads() >= 2, qPrintable(QString::number(reflector.deferredReads())));
    for (const Reflector::Entry &entry : reflector.cache()) {
        const int n = entry.name.mid(7).toInt(); // worker-N
        QCOMPARE(entry.resourceVersion, QString::number(101 + 2 * n));
    }
}

QTEST_GUILESS_MAIN(tst_Reflector)
#include "tst_reflector.moc"
