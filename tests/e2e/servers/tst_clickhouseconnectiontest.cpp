// ClickHouseConnectionTest against a real ClickHouse server (Debian's clickhouse-server), started
// by the test on free 127.0.0.1 ports in a temporary folder, with a password user.

#include "LocalServer.h"

#include <QTemporaryDir>

using namespace Slipway;
using Outcome = ConnectionTestResult::Outcome;

class tst_ClickHouseConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void rightPassword_succeedsWithTheServerVersion();
    void existingDatabase_succeeds();
    void wrongPassword_isAnAuthenticationFailure();
    void unknownUser_isAnAuthenticationFailure();
    void missingDatabase_isAMissingDatabaseNamingIt();
    void closedPort_isRefused();
    void serverThatNeverAnswers_timesOut();

private:
    ConnectionTestRequest request() const;

    static constexpr const char *kPassword = "ch-Secret-4711";
    QTemporaryDir m_dir;
    LocalServer::Process m_server;
    int m_port = 0;
};

void tst_ClickHouseConnectionTest::initTestCase()
{
    const QString server = LocalServer::findProgram({ QStringLiteral("/usr/bin/clickhouse-server"),
                                                      QStringLiteral("/usr/sbin/clickhouse-server") });
    if (server.isEmpty())
        QFAIL("ClickHouse is not installed: apt-get install -y --no-install-recommends clickhouse-server");
    QVERIFY(m_dir.isValid());
    const QString d = m_dir.path();
    m_port = LocalServer::freePort();
    const int nativePort = LocalServer::freePort();
    for (const char *sub : { "data", "tmp", "user_files" })
        QVERIFY(QDir(d).mkpath(QLatin1String(sub)));
    // <yandex> is the root element ClickHouse before 20.x requires; later versions accept it too.
    QFile config(m_dir.filePath(QStringLiteral("config.xml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral(
                     "<yandex>\n"
                     "  <logger><level>warning</level><log>%1/server.log</log>"
                     "<errorlog>%1/error.log</errorlog><console>0</console></logger>\n"
                     "  <http_port>%2</http_port><tcp_port>%3</tcp_port>\n"
                     "  <listen_host>127.0.0.1</listen_host>\n"
                     "  <path>%1/data/</path><tmp_path>%1/tmp/</tmp_path>"
                     "<user_files_path>%1/user_files/</user_files_path>\n"
                     "  <users_config>%1/users.xml</users_config>\n"
                     "  <default_profile>default</default_profile><default_database>default</default_database>\n"
                     "  <mark_cache_size>5368709</mark_cache_size>\n"
                     "</yandex>\n")
                     .arg(d)
                     .arg(m_port)
                     .arg(nativePort)
                     .toUtf8());
    config.close();
    QFile users(m_dir.filePath(QStringLiteral("users.xml")));
    QVERIFY(users.open(QIODevice::WriteOnly));
    users.write(QStringLiteral("<yandex>\n <profiles><default/></profiles>\n <users>\n"
                               "  <app><password>%1</password><networks><ip>127.0.0.1</ip></networks>"
                               "<profile>default</profile><quota>default</quota></app>\n"
                               " </users>\n <quotas><default/></quotas>\n</yandex>\n")
                    .arg(QLatin1String(kPassword))
                    .toUtf8());
    users.close();
    const QString log = m_dir.filePath(QStringLiteral("stdout.log"));
    QVERIFY2(m_server.start(server, { QStringLiteral("--config-file=") + config.fileName() }, m_port, log, 60000),
             qPrintable(QStringLiteral("clickhouse-server did not start; see ") + log));
}

void tst_ClickHouseConnectionTest::cleanupTestCase()
{
    m_server.stop();
}

ConnectionTestRequest tst_ClickHouseConnectionTest::request() const
{
    ConnectionTestRequest r;
    r.kind = ConnectionTestRequest::Kind::ClickHouse;
    r.host = QStringLiteral("127.0.0.1");
    r.port = m_port;
    r.user = QStringLiteral("app");
    r.password = QLatin1String(kPassword);
    r.timeoutMs = 5000;
    return r;
}

void tst_ClickHouseConnectionTest::rightPassword_succeedsWithTheServerVersion()
{
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(request(), &result));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY2(result.detail.startsWith(QLatin1String("ClickHouse ")), qPrintable(result.detail));
    QVERIFY2(result.detail.at(11).isDigit(), qPrintable(result.detail));
    qInfo("clickhouse: %s in %lld ms", qPrintable(result.detail), result.elapsedMs);
}

void tst_ClickHouseConnectionTest::existingDatabase_succeeds()
{
    ConnectionTestRequest r = request();
    r.database = QStringLiteral("system");
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void tst_ClickHouseConnectionTest::wrongPassword_isAnAuthenticationFailure()
{
    ConnectionTestRequest r = request();
    r.password = QStringLiteral("not-the-password");
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QCOMPARE(result.outcome, Outcome::Authentication);
    QVERIFY2(result.message.contains(QStringLiteral("“app”")), qPrintable(result.message));
    QVERIFY(!result.message.contains(r.password));
}

void tst_ClickHouseConnectionTest::unknownUser_isAnAuthenticationFailure()
{
    ConnectionTestRequest r = request();
    r.user = QStringLiteral("nobody");
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QCOMPARE(result.outcome, Outcome::Authentication);
}

void tst_ClickHouseConnectionTest::missingDatabase_isAMissingDatabaseNamingIt()
{
    ConnectionTestRequest r = request();
    r.database = QStringLiteral("nosuchdb");
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QCOMPARE(result.outcome, Outcome::MissingDatabase);
    QVERIFY2(result.message.contains(QLatin1String("nosuchdb")), qPrintable(result.message));
}

void tst_ClickHouseConnectionTest::closedPort_isRefused()
{
    ConnectionTestRequest r = request();
    r.port = LocalServer::freePort();
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QCOMPARE(result.outcome, Outcome::Refused);
}

void tst_ClickHouseConnectionTest::serverThatNeverAnswers_timesOut()
{
    ConnectionTestRequest r = request();
    const int fd = LocalServer::silentListener(&r.port);
    r.timeoutMs = 600;
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    ::close(fd);
    QCOMPARE(result.outcome, Outcome::Timeout);
}

QTEST_GUILESS_MAIN(tst_ClickHouseConnectionTest)
#include "tst_clickhouseconnectiontest.moc"
