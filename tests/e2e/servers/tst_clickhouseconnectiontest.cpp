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
    void failure_isTypedAndSaysWhy_data();
    void failure_isTypedAndSaysWhy();

private:
    ConnectionTestRequest request() const;

    static constexpr const char *kPassword = "ch-Secret-4711";
    QTemporaryDir m_dir;
    LocalServer::Process m_server;
    LocalServer::SilentPort m_silent;
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
    LocalServer::expectSuccess(request(), QStringLiteral("ClickHouse "));
}

void tst_ClickHouseConnectionTest::existingDatabase_succeeds()
{
    ConnectionTestRequest r = request();
    r.database = QStringLiteral("system");
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void tst_ClickHouseConnectionTest::failure_isTypedAndSaysWhy_data()
{
    LocalServer::addFailureColumns();
    LocalServer::addLoginFailureRows(request());
    // No TLS row: ClickHouse 18 sometimes waits for the rest of "a request" when a TLS handshake
    // arrives on its HTTP port, so the outcome is a TLS failure or a timeout, by chance. S3's
    // test has the TLS row.
    LocalServer::addTransportFailureRows(request(), m_silent.port());
}

void tst_ClickHouseConnectionTest::failure_isTypedAndSaysWhy()
{
    LocalServer::expectFailureOfThisRow();
}

QTEST_GUILESS_MAIN(tst_ClickHouseConnectionTest)
#include "tst_clickhouseconnectiontest.moc"
