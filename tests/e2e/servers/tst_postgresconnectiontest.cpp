// PostgresConnectionTest against a real PostgreSQL (Debian's postgresql), started by the test on
// a free 127.0.0.1 port in a temporary folder, with a scram-sha-256 password user.

#include "LocalServer.h"

#include <QTemporaryDir>

#include <pwd.h>

using namespace Slipway;
using Outcome = ConnectionTestResult::Outcome;

class tst_PostgresConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void rightPassword_succeedsWithTheServerVersion();
    void wrongPassword_isAnAuthenticationFailure();
    void noPassword_isAnAuthenticationFailure();
    void missingDatabase_isAMissingDatabaseNamingIt();
    void closedPort_isRefused();
    void serverThatNeverAnswers_timesOutAfterTheTimeout();
    void cancel_endsWithExactlyOneCancelledResult();

private:
    ConnectionTestRequest request() const;
    QStringList asServerUser(const QString &program, const QStringList &arguments) const;

    static constexpr const char *kPassword = "pg-Secret-4711";
    QTemporaryDir m_dir;
    LocalServer::Process m_server;
    int m_port = 0;
    uid_t m_uid = 0; // the user the server runs as; 0: this process's own
    gid_t m_gid = 0;
};

void tst_PostgresConnectionTest::initTestCase()
{
    const QString bin = LocalServer::findProgram({ QStringLiteral("/usr/lib/postgresql/*/bin/initdb") });
    if (bin.isEmpty())
        QFAIL("PostgreSQL is not installed: apt-get install -y --no-install-recommends postgresql");
    const QString binDir = QFileInfo(bin).path();
    QVERIFY(m_dir.isValid());
    // initdb and postgres refuse to run as root: under root (a CI container), the folder goes to
    // Debian's postgres user and both run as that user.
    if (::geteuid() == 0) {
        const passwd *user = ::getpwnam("postgres");
        QVERIFY2(user, "running as root needs the postgres user (apt-get install -y postgresql)");
        m_uid = user->pw_uid;
        m_gid = user->pw_gid;
        QVERIFY(::chown(QFile::encodeName(m_dir.path()).constData(), m_uid, m_gid) == 0);
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QFile pw(m_dir.filePath(QStringLiteral("pw")));
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("admin-pw\n");
    pw.close();
    if (m_uid != 0)
        QVERIFY(::chown(QFile::encodeName(pw.fileName()).constData(), m_uid, m_gid) == 0);
    QProcess initdb;
    const QStringList initdbCommand = asServerUser(bin, { QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("admin"),
                        QStringLiteral("--pwfile=") + pw.fileName(), QStringLiteral("--auth-local=trust"),
                        QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"),
                        QStringLiteral("UTF8"), QStringLiteral("--no-sync") });
    initdb.start(initdbCommand.first(), initdbCommand.mid(1));
    QVERIFY(initdb.waitForFinished(120000));
    QVERIFY2(initdb.exitCode() == 0, initdb.readAllStandardError().constData());

    m_port = LocalServer::freePort();
    const QString log = m_dir.filePath(QStringLiteral("postgres.log"));
    const QStringList postgres = asServerUser(
        binDir + QStringLiteral("/postgres"),
        { QStringLiteral("-D"), data, QStringLiteral("-k"), m_dir.path(), QStringLiteral("-p"),
          QString::number(m_port), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
          QStringLiteral("-c"), QStringLiteral("fsync=off") });
    QVERIFY2(m_server.start(postgres.first(), postgres.mid(1), m_port, log),
             qPrintable(QStringLiteral("postgres did not start; see ") + log));
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               { QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port),
                 QStringLiteral("-U"), QStringLiteral("admin"), QStringLiteral("-d"), QStringLiteral("postgres"),
                 QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                 QStringLiteral("CREATE ROLE app LOGIN PASSWORD '%1'").arg(QLatin1String(kPassword)),
                 QStringLiteral("-c"), QStringLiteral("CREATE DATABASE appdb OWNER app") });
    QVERIFY(psql.waitForFinished(30000));
    QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
}

void tst_PostgresConnectionTest::cleanupTestCase()
{
    m_server.stop();
}

QStringList tst_PostgresConnectionTest::asServerUser(const QString &program,
                                                    const QStringList &arguments) const
{
    if (m_uid == 0)
        return QStringList { program } + arguments;
    return QStringList { QStringLiteral("setpriv"), QStringLiteral("--reuid=%1").arg(m_uid),
                         QStringLiteral("--regid=%1").arg(m_gid), QStringLiteral("--clear-groups"),
                         program }
    + arguments;
}

ConnectionTestRequest tst_PostgresConnectionTest::request() const
{
    ConnectionTestRequest r;
    r.kind = ConnectionTestRequest::Kind::Postgres;
    r.host = QStringLiteral("127.0.0.1");
    r.port = m_port;
    r.user = QStringLiteral("app");
    r.password = QLatin1String(kPassword);
    r.database = QStringLiteral("appdb");
    r.timeoutMs = 5000;
    return r;
}

void tst_PostgresConnectionTest::rightPassword_succeedsWithTheServerVersion()
{
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(request(), &result));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY2(result.detail.startsWith(QLatin1String("PostgreSQL 1")), qPrintable(result.detail));
    qInfo("postgres: %s in %lld ms", qPrintable(result.detail), result.elapsedMs);
}

void tst_PostgresConnectionTest::wrongPassword_isAnAuthenticationFailure()
{
    ConnectionTestRequest r = request();
    r.password = QStringLiteral("not-the-password");
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QCOMPARE(result.outcome, Outcome::Authentication);
    QVERIFY2(result.message.contains(QStringLiteral("“app”")), qPrintable(result.message));
    QVERIFY(!result.message.contains(r.password));
}

void tst_PostgresConnectionTest::noPassword_isAnAuthenticationFailure()
{
    ConnectionTestRequest r = request();
    r.password.clear();
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QCOMPARE(result.outcome, Outcome::Authentication);
}

void tst_PostgresConnectionTest::missingDatabase_isAMissingDatabaseNamingIt()
{
    ConnectionTestRequest r = request();
    r.database = QStringLiteral("nosuchdb");
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QCOMPARE(result.outcome, Outcome::MissingDatabase);
    QVERIFY2(result.message.contains(QLatin1String("nosuchdb")), qPrintable(result.message));
}

void tst_PostgresConnectionTest::closedPort_isRefused()
{
    ConnectionTestRequest r = request();
    r.port = LocalServer::freePort();
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QCOMPARE(result.outcome, Outcome::Refused);
    QVERIFY2(result.message.contains(QString::number(r.port)), qPrintable(result.message));
}

void tst_PostgresConnectionTest::serverThatNeverAnswers_timesOutAfterTheTimeout()
{
    ConnectionTestRequest r = request();
    const int fd = LocalServer::silentListener(&r.port);
    r.timeoutMs = 800;
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    ::close(fd);
    QCOMPARE(result.outcome, Outcome::Timeout);
    QVERIFY2(result.elapsedMs >= 700 && result.elapsedMs < 2500, qPrintable(QString::number(result.elapsedMs)));
}

void tst_PostgresConnectionTest::cancel_endsWithExactlyOneCancelledResult()
{
    ConnectionTestRequest r = request();
    const int fd = LocalServer::silentListener(&r.port);
    ConnectionTest test;
    QSignalSpy spy(&test, &ConnectionTest::finished);
    test.start(r);
    QTest::qWait(200);
    QVERIFY(test.isRunning());
    test.cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ConnectionTestResult>().outcome, Outcome::Cancelled);
    QTest::qWait(500); // the worker notices and ends without a second signal
    QCOMPARE(spy.count(), 1);
    ::close(fd);
}

QTEST_GUILESS_MAIN(tst_PostgresConnectionTest)
#include "tst_postgresconnectiontest.moc"
