// RedisConnectionTest against a real redis-server (Debian's redis-server), started by the test
// on a free 127.0.0.1 port in a temporary folder, with requirepass and an ACL user.

#include "LocalServer.h"

#include <QTemporaryDir>

using namespace Slipway;
using Outcome = ConnectionTestResult::Outcome;

class tst_RedisConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void rightPassword_succeedsWithTheServerVersion();
    void aclUserWithItsPassword_succeeds();
    void databaseIndexThatExists_succeeds();
    void wrongPassword_isAnAuthenticationFailure();
    void wrongAclPassword_isAnAuthenticationFailure();
    void noPassword_isAnAuthenticationFailure();
    void databaseIndexOutOfRange_isAMissingDatabase();
    void closedPort_isRefused();
    void serverThatNeverAnswers_timesOutAfterTheTimeout();

private:
    ConnectionTestRequest request() const;

    static constexpr const char *kPassword = "redis-Secret-4711";
    QTemporaryDir m_dir;
    LocalServer::Process m_server;
    int m_port = 0;
};

void tst_RedisConnectionTest::initTestCase()
{
    const QString server = LocalServer::findProgram({ QStringLiteral("/usr/bin/redis-server") });
    if (server.isEmpty())
        QFAIL("redis-server is not installed: apt-get install -y --no-install-recommends redis-server");
    QVERIFY(m_dir.isValid());
    m_port = LocalServer::freePort();
    QFile config(m_dir.filePath(QStringLiteral("redis.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("bind 127.0.0.1\nport %1\ndir %2\nsave \"\"\nappendonly no\n"
                                "requirepass %3\nuser alice on >alice-Secret ~* &* +@all\n")
                     .arg(m_port)
                     .arg(m_dir.path(), QLatin1String(kPassword))
                     .toUtf8());
    config.close();
    const QString log = m_dir.filePath(QStringLiteral("redis.log"));
    QVERIFY2(m_server.start(server, { config.fileName() }, m_port, log),
             qPrintable(QStringLiteral("redis-server did not start; see ") + log));
}

void tst_RedisConnectionTest::cleanupTestCase()
{
    m_server.stop();
}

ConnectionTestRequest tst_RedisConnectionTest::request() const
{
    ConnectionTestRequest r;
    r.kind = ConnectionTestRequest::Kind::Redis;
    r.host = QStringLiteral("127.0.0.1");
    r.port = m_port;
    r.password = QLatin1String(kPassword);
    r.timeoutMs = 5000;
    return r;
}

void tst_RedisConnectionTest::rightPassword_succeedsWithTheServerVersion()
{
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(request(), &result));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY2(result.detail.startsWith(QLatin1String("Redis ")), qPrintable(result.detail));
    QVERIFY2(result.detail.at(6).isDigit(), qPrintable(result.detail));
    qInfo("redis: %s in %lld ms", qPrintable(result.detail), result.elapsedMs);
}

void tst_RedisConnectionTest::aclUserWithItsPassword_succeeds()
{
    ConnectionTestRequest r = request();
    r.user = QStringLiteral("alice");
    r.password = QStringLiteral("alice-Secret");
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void tst_RedisConnectionTest::databaseIndexThatExists_succeeds()
{
    ConnectionTestRequest r = request();
    r.database = QStringLiteral("3");
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void tst_RedisConnectionTest::wrongPassword_isAnAuthenticationFailure()
{
    ConnectionTestRequest r = request();
    r.password = QStringLiteral("not-the-password");
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QCOMPARE(result.outcome, Outcome::Authentication);
    QVERIFY(!result.message.contains(r.password));
}

void tst_RedisConnectionTest::wrongAclPassword_isAnAuthenticationFailure()
{
    ConnectionTestRequest r = request();
    r.user = QStringLiteral("alice");
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QCOMPARE(result.outcome, Outcome::Authentication);
}

void tst_RedisConnectionTest::noPassword_isAnAuthenticationFailure()
{
    ConnectionTestRequest r = request();
    r.password.clear();
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QCOMPARE(result.outcome, Outcome::Authentication);
    QVERIFY2(result.message.contains(QLatin1String("requires a password")), qPrintable(result.message));
}

void tst_RedisConnectionTest::databaseIndexOutOfRange_isAMissingDatabase()
{
    ConnectionTestRequest r = request();
    r.database = QStringLiteral("99");
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QCOMPARE(result.outcome, Outcome::MissingDatabase);
    QVERIFY2(result.message.contains(QLatin1String("99")), qPrintable(result.message));
}

void tst_RedisConnectionTest::closedPort_isRefused()
{
    ConnectionTestRequest r = request();
    r.port = LocalServer::freePort();
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QCOMPARE(result.outcome, Outcome::Refused);
}

void tst_RedisConnectionTest::serverThatNeverAnswers_timesOutAfterTheTimeout()
{
    ConnectionTestRequest r = request();
    const int fd = LocalServer::silentListener(&r.port);
    r.timeoutMs = 800;
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    ::close(fd);
    QCOMPARE(result.outcome, Outcome::Timeout);
    QVERIFY2(result.elapsedMs < 2500, qPrintable(QString::number(result.elapsedMs)));
}

QTEST_GUILESS_MAIN(tst_RedisConnectionTest)
#include "tst_redisconnectiontest.moc"
