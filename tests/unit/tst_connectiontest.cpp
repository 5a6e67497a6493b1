// ConnectionTest's contract, against a port that accepts and never answers (no server needed):
// start() only schedules, the timeout holds, cancel() and a second start() each end a run with
// exactly one finished().

#include "LocalServer.h"

using namespace Slipway;
using Outcome = ConnectionTestResult::Outcome;

class tst_ConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void start_onlySchedules();
    void silentServer_timesOutWhenTheTimeoutRunsOut_data();
    void silentServer_timesOutWhenTheTimeoutRunsOut();
    void cancel_endsWithExactlyOneCancelledResult();
    void startDuringARun_cancelsItFirst();
    void destroyingARunningTest_neitherWaitsNorSignals();

private:
    ConnectionTestRequest request(ConnectionTestRequest::Kind kind = ConnectionTestRequest::Kind::Redis) const;

    LocalServer::SilentPort m_silent;
};

ConnectionTestRequest tst_ConnectionTest::request(ConnectionTestRequest::Kind kind) const
{
    ConnectionTestRequest r;
    r.kind = kind;
    r.host = QStringLiteral("127.0.0.1");
    r.port = m_silent.port();
    r.password = QStringLiteral("contract-Secret");
    r.timeoutMs = 5000;
    return r;
}

void tst_ConnectionTest::start_onlySchedules()
{
    ConnectionTest test;
    QSignalSpy spy(&test, &ConnectionTest::finished);
    test.start(request());
    QVERIFY(test.isRunning());
    QCOMPARE(spy.count(), 0);
    test.cancel();
}

void tst_ConnectionTest::silentServer_timesOutWhenTheTimeoutRunsOut_data()
{
    QTest::addColumn<ConnectionTestRequest::Kind>("kind");
    for (const QString &name : ConnectionTestRequest::kindNames())
        QTest::newRow(qPrintable(name)) << *ConnectionTestRequest::kindFromName(name);
}

void tst_ConnectionTest::silentServer_timesOutWhenTheTimeoutRunsOut()
{
    QFETCH(ConnectionTestRequest::Kind, kind);
    ConnectionTestRequest r = request(kind);
    r.timeoutMs = 500;
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QCOMPARE(result.outcome, Outcome::Timeout);
    QVERIFY2(result.elapsedMs >= 450 && result.elapsedMs < 1500, qPrintable(QString::number(result.elapsedMs)));
    QVERIFY2(result.message.contains(QLatin1String("0.5 s")), qPrintable(result.message));
}

void tst_ConnectionTest::cancel_endsWithExactlyOneCancelledResult()
{
    ConnectionTest test;
    QSignalSpy spy(&test, &ConnectionTest::finished);
    test.start(request());
    QTest::qWait(200);
    QVERIFY(test.isRunning());
    test.cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ConnectionTestResult>().outcome, Outcome::Cancelled);
    QVERIFY(!test.isRunning());
    QTest::qWait(500); // the worker notices within ~100 ms and ends without a second signal
    QCOMPARE(spy.count(), 1);
}

void tst_ConnectionTest::startDuringARun_cancelsItFirst()
{
    ConnectionTest test;
    QSignalSpy spy(&test, &ConnectionTest::finished);
    test.start(request());
    QTest::qWait(100);
    ConnectionTestRequest second = request();
    second.timeoutMs = 300;
    test.start(second);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ConnectionTestResult>().outcome, Outcome::Cancelled);
    QVERIFY(spy.wait(3000));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<ConnectionTestResult>().outcome, Outcome::Timeout);
}

void tst_ConnectionTest::destroyingARunningTest_neitherWaitsNorSignals()
{
    QElapsedTimer clock;
    clock.start();
    {
        ConnectionTest test;
        test.start(request());
        QTest::qWait(100);
    }
    QVERIFY(clock.elapsed() < 1000);
    QTest::qWait(300); // the worker ends on its own; nothing is left to crash into
}

QTEST_GUILESS_MAIN(tst_ConnectionTest)
#include "tst_connectiontest.moc"
