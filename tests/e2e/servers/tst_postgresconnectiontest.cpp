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
    void failure_isTypedAndSaysWhy_data();
    void failure_isTypedAndSaysWhy();
    void tlsWithATrustedCertificate_succeeds();
    void tlsWithAnUntrustedCertificate_isATlsFailure();

private:
    ConnectionTestRequest request() const;
    QStringList asServerUser(const QString &program, const QStringList &arguments) const;
    void makeCertificates();
    bool runWithTls(const QString &home, ConnectionTestResult *result) const;

    static constexpr const char *kPassword = "pg-Secret-4711";
    QTemporaryDir m_dir;
    LocalServer::Process m_server;
    LocalServer::SilentPort m_silent;
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

    makeCertificates();
    m_port = LocalServer::freePort();
    const QString log = m_dir.filePath(QStringLiteral("postgres.log"));
    const QStringList postgres = asServerUser(
        binDir + QStringLiteral("/postgres"),
        { QStringLiteral("-D"), data, QStringLiteral("-k"), m_dir.path(), QStringLiteral("-p"),
          QString::number(m_port), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
          QStringLiteral("-c"), QStringLiteral("fsync=off"), QStringLiteral("-c"), QStringLiteral("ssl=on"),
          QStringLiteral("-c"), QStringLiteral("ssl_cert_file=") + m_dir.filePath(QStringLiteral("server.crt")),
          QStringLiteral("-c"), QStringLiteral("ssl_key_file=") + m_dir.filePath(QStringLiteral("server.key")) });
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

// A CA of the test's own (in home/.postgresql/root.crt) and a server certificate it signed for
// 127.0.0.1, made with the openssl program.
void tst_PostgresConnectionTest::makeCertificates()
{
    const auto openssl = [this](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral("openssl"), arguments);
        return process.waitForFinished(60000) && process.exitCode() == 0;
    };
    QFile extensions(m_dir.filePath(QStringLiteral("san.ext")));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    extensions.close();
    QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                      QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"),
                      QStringLiteral("-subj"), QStringLiteral("/CN=Slipway test CA"), QStringLiteral("-days"),
                      QStringLiteral("1") }));
    QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                      QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=127.0.0.1") }));
    QVERIFY(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                      QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                      QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                      QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"),
                      QStringLiteral("1"), QStringLiteral("-extfile"), QStringLiteral("san.ext") }));
    const QString key = m_dir.filePath(QStringLiteral("server.key"));
    QVERIFY(QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    if (m_uid != 0)
        QVERIFY(::chown(QFile::encodeName(key).constData(), m_uid, m_gid) == 0);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("home/.postgresql")));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("ca.crt")),
                        m_dir.filePath(QStringLiteral("home/.postgresql/root.crt"))));
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
    LocalServer::expectSuccess(request(), QStringLiteral("PostgreSQL 1"));
}

void tst_PostgresConnectionTest::failure_isTypedAndSaysWhy_data()
{
    LocalServer::addFailureColumns();
    LocalServer::addLoginFailureRows(request());
    ConnectionTestRequest r = request();
    r.password.clear();
    QTest::newRow("no password") << r << Outcome::Authentication << QStringLiteral("password");
    LocalServer::addTransportFailureRows(request(), m_silent.port());
}

void tst_PostgresConnectionTest::failure_isTypedAndSaysWhy()
{
    LocalServer::expectFailureOfThisRow();
}

bool tst_PostgresConnectionTest::runWithTls(const QString &home, ConnectionTestResult *result) const
{
    // libpq looks for the CAs it trusts in ~/.postgresql/root.crt.
    const QByteArray ownHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home));
    ConnectionTestRequest r = request();
    r.tls = true;
    const bool ran = LocalServer::run(r, result);
    qputenv("HOME", ownHome);
    return ran;
}

void tst_PostgresConnectionTest::tlsWithATrustedCertificate_succeeds()
{
    ConnectionTestResult result;
    QVERIFY(runWithTls(m_dir.filePath(QStringLiteral("home")), &result)); // the test's CA there
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void tst_PostgresConnectionTest::tlsWithAnUntrustedCertificate_isATlsFailure()
{
    // Without the test's CA, the system's CAs do not vouch for the server: verify-full refuses.
    ConnectionTestResult result;
    QVERIFY(runWithTls(m_dir.path(), &result));
    QCOMPARE(result.outcome, Outcome::Tls);
    QVERIFY2(result.message.contains(QLatin1String("certificate")), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(tst_PostgresConnectionTest)
#include "tst_postgresconnectiontest.moc"
