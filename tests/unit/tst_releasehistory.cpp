#include "FakeApiServer.h"
#include "FakeContext.h"
#include "TestReleaseRecords.h"
#include "helm/ReleaseHistory.h"
#include "kube/KubeClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Slipway;

// ReleaseHistory against a scripted server holding helm release Secrets: which revision is the
// latest, the last deployed, and the one a helm run started from (latestBefore).
class tst_ReleaseHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latestAndLastDeployed_comeFromTheLabels();
    void latestBefore_isTheNewestRevisionWrittenBeforeTheTime_data();
    void latestBefore_isTheNewestRevisionWrittenBeforeTheTime();
    void latestBefore_skipsARevisionWithoutATime();
    void configMapDriver_readsConfigMaps();
};

namespace {

// The history of an upgrade that failed and was rolled back, as helm leaves it: 3 superseded,
// 4 (the failed upgrade) and 5 (the rollback to 3) written during the run that began at 10:00.
const QList<Revision> kRolledBack {
    { 1, "superseded", QStringLiteral("2026-11-22T09:00:00.000000001Z") },
    { 2, "superseded", QStringLiteral("2026-11-22T09:30:00.123456789Z") },
    { 3, "superseded", QStringLiteral("2026-11-22T10:59:59.999999999+01:00") }, // 09:59:59.999 UTC
    { 4, "failed", QStringLiteral("2026-11-22T10:00:00.201000000Z") },
    { 5, "deployed", QStringLiteral("2026-11-22T10:00:40.500000000Z") },
};

struct Loaded
{
    std::unique_ptr<FakeApiServer> server;
    std::unique_ptr<KubeClient> client;
    std::unique_ptr<ReleaseHistory> history;
};

// The server holds the records as `storage` writes them; the history reads them as `readAs`.
Loaded load(const QList<Revision> &revisions, ReleaseStorage storage = {},
            std::optional<ReleaseStorage> readAs = std::nullopt)
{
    QJsonArray items;
    for (const Revision &r : revisions)
        items.append(record(r, storage));
    const QByteArray list = QJsonDocument(QJsonObject { { QStringLiteral("kind"), QStringLiteral("SecretList") },
                                                        { QStringLiteral("metadata"), QJsonObject {} },
                                                        { QStringLiteral("items"), items } })
                                .toJson(QJsonDocument::Compact);
    Loaded l;
    l.server = std::make_unique<FakeApiServer>(
        [list](const FakeApiServer::Request &) { return FakeApiServer::answer(200, list); });
    l.client = std::make_unique<KubeClient>(contextFor(l.server->url()));
    l.history = std::make_unique<ReleaseHistory>(l.client.get(), QStringLiteral("ns"),
                                                 QStringLiteral("rel"), readAs.value_or(storage));
    QSignalSpy done(l.history.get(), &ReleaseHistory::finished);
    l.history->start();
    if (!done.wait(10000))
        QTest::qFail("the history did not finish within 10 s", __FILE__, __LINE__);
    return l;
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs).toUTC();
}

} // namespace

void tst_ReleaseHistory::latestAndLastDeployed_comeFromTheLabels()
{
    const Loaded l = load(kRolledBack);
    QVERIFY2(l.history->ok(), qPrintable(l.history->errorText()));
    QCOMPARE(l.history->count(), 5);
    QCOMPARE(l.history->latest()->revision, 5);
    QCOMPARE(l.history->lastDeployed()->revision, 5);
    QCOMPARE(l.server->requests.first().method, QByteArray("GET"));
    QVERIFY2(l.server->requests.first().target.contains("labelSelector=owner%3Dhelm%2Cname%3Drel"),
             l.server->requests.first().target.constData());
}

void tst_ReleaseHistory::latestBefore_isTheNewestRevisionWrittenBeforeTheTime_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<int>("revision");
    QTest::newRow("the run's start: what it upgraded from") << utc("2026-11-22T10:00:00.000Z") << 3;
    QTest::newRow("a millisecond after 3 was written") << utc("2026-11-22T10:00:00.000Z").addMSecs(0) << 3;
    QTest::newRow("the very millisecond of 3 is not before it") << utc("2026-11-22T09:59:59.999Z") << 2;
    QTest::newRow("after the failed upgrade") << utc("2026-11-22T10:00:01Z") << 4;
    QTest::newRow("after everything") << utc("2026-11-23T00:00:00Z") << 5;
    QTest::newRow("before everything") << utc("2026-11-22T08:00:00Z") << 0;
}

void tst_ReleaseHistory::latestBefore_isTheNewestRevisionWrittenBeforeTheTime()
{
    QFETCH(QDateTime, time);
    QFETCH(int, revision);
    const Loaded l = load(kRolledBack);
    QVERIFY2(l.history->ok(), qPrintable(l.history->errorText()));
    const ReleaseRecord *before = l.history->latestBefore(time);
    QCOMPARE(before ? before->revision : 0, revision);
}

void tst_ReleaseHistory::latestBefore_skipsARevisionWithoutATime()
{
    // A record some other tool wrote without info.last_deployed says nothing about when.
    QList<Revision> revisions = kRolledBack;
    revisions[2].lastDeployed.clear();
    const Loaded l = load(revisions);
    QVERIFY2(l.history->ok(), qPrintable(l.history->errorText()));
    QCOMPARE(l.history->latestBefore(utc("2026-11-22T10:00:00.000Z"))->revision, 2);
}

void tst_ReleaseHistory::configMapDriver_readsConfigMaps()
{
    const Loaded l = load(kRolledBack, ReleaseStorage(ReleaseStorage::Kind::ConfigMaps));
    QVERIFY2(l.history->ok(), qPrintable(l.history->errorText()));
    QVERIFY2(l.server->requests.first().target.startsWith("/api/v1/namespaces/ns/configmaps?"),
             l.server->requests.first().target.constData());
    QCOMPARE(l.history->records().size(), 5);
    QCOMPARE(l.history->latest()->description, QStringLiteral("revision 5"));
    QCOMPARE(l.history->revision(4)->status, QStringLiteral("failed"));
    // ConfigMap records read as Secrets do not decode: an error, not a wrong history.
    const Loaded mixed = load(kRolledBack, ReleaseStorage(ReleaseStorage::Kind::ConfigMaps),
                              ReleaseStorage(ReleaseStorage::Kind::Secrets));
    QVERIFY(!mixed.history->ok());
    QVERIFY2(mixed.history->errorText().startsWith(QLatin1String("Secret sh.helm.release.v1.rel.v5: ")),
             qPrintable(mixed.history->errorText()));
}

QTEST_GUILESS_MAIN(tst_ReleaseHistory)
#include "tst_releasehistory.moc"
