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
    void failure_isTypedAndSaysWhy_data();
    void failure_isTypedAndSaysWhy();

private:
    ConnectionTestRequest request() const;

    static constexpr const char *kPassword = "redis-Secret-4711";
    QTemporaryDir m_dir;
    LocalServer::Process m_server;
    LocalServer::SilentPort m_silent;
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
    LocalServer::expectSuccess(request(), QStringLiteral("Redis "));
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

void tst_RedisConnectionTest::failure_isTypedAndSaysWhy_data()
{
    LocalServer::addFailureColumns();
    ConnectionTestRequest r = request();
    r.password = QStringLiteral("not-the-password");
    QTest::newRow("wrong password") << r << Outcome::Authentication << QStringLiteral("user name or password");
    r = request();
    r.user = QStringLiteral("alice"); // with the default user's password
    QTest::newRow("wrong ACL password") << r << Outcome::Authentication << QStringLiteral("user name or password");
    r = request();
    r.password.clear();
    QTest::newRow("no password") << r << Outcome::Authentication << QStringLiteral("requires a password");
    r = request();
    r.database = QStringLiteral("99");
    QTest::newRow("database index out of range") << r << Outcome::MissingDatabase << QStringLiteral("99");
    r = request();
    r.tls = true;
    QTest::newRow("TLS, not supported yet") << r << Outcome::Other << QStringLiteral("redis-cli --tls");
    LocalServer::addTransportFailureRows(request(), m_silent.port());
}

void tst_RedisConnectionTest::failure_isTypedAndSaysWhy()
{
    LocalServer::expectFailureOfThisRow();
}

QTEST_GUILESS_MAIN(tst_RedisConnectionTest)
#include "tst_redisconnectiontest.moc"
