// S3ConnectionTest against a real S3-compatible server: versitygw (a production S3 gateway over
// a POSIX folder), built from Go modules by tests/e2e/servers/build.sh and started by the test on
// a free 127.0.0.1 port. The bucket is created with the curl program, independently of Slipway.

#include "LocalServer.h"

#include <QTemporaryDir>

using namespace Slipway;
using Outcome = ConnectionTestResult::Outcome;

class tst_S3ConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void rightKeyPairAndBucket_succeeds();
    void noBucket_checksTheKeyPairAlone();
    void failure_isTypedAndSaysWhy_data();
    void failure_isTypedAndSaysWhy();

private:
    ConnectionTestRequest request() const;

    static constexpr const char *kAccess = "AKSLIPWAYTEST";
    static constexpr const char *kSecret = "s3-Secret-4711";
    QTemporaryDir m_dir;
    LocalServer::Process m_server;
    LocalServer::SilentPort m_silent;
    int m_port = 0;
};

void tst_S3ConnectionTest::initTestCase()
{
    const QString server = qEnvironmentVariable("SLIPWAY_VERSITYGW", QStringLiteral(SLIPWAY_VERSITYGW));
    if (!QFileInfo(server).isExecutable())
        QFAIL(qPrintable(QStringLiteral("versitygw is not built at %1: run “bash tests/e2e/servers/build.sh %2” "
                                        "(Go from the module proxy; ./test.sh does it)")
                             .arg(server, QFileInfo(server).path())));
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("root")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("meta")));
    m_port = LocalServer::freePort();
    const QString log = m_dir.filePath(QStringLiteral("versitygw.log"));
    QVERIFY2(m_server.start(server,
                            { QStringLiteral("--access"), QLatin1String(kAccess), QStringLiteral("--secret"),
                              QLatin1String(kSecret), QStringLiteral("--port"),
                              QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("posix"),
                              QStringLiteral("--sidecar"), m_dir.filePath(QStringLiteral("meta")),
                              m_dir.filePath(QStringLiteral("root")) },
                            m_port, log),
             qPrintable(QStringLiteral("versitygw did not start; see ") + log));
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               { QStringLiteral("-sS"), QStringLiteral("-f"), QStringLiteral("-X"), QStringLiteral("PUT"),
                 QStringLiteral("--aws-sigv4"), QStringLiteral("aws:amz:us-east-1:s3"), QStringLiteral("--user"),
                 QStringLiteral("%1:%2").arg(QLatin1String(kAccess), QLatin1String(kSecret)),
                 QStringLiteral("-H"),
                 QStringLiteral("x-amz-content-sha256: "
                                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                 QStringLiteral("http://127.0.0.1:%1/slipway-data").arg(m_port) });
    QVERIFY(curl.waitForFinished(30000));
    QVERIFY2(curl.exitCode() == 0, curl.readAllStandardError().constData());
}

void tst_S3ConnectionTest::cleanupTestCase()
{
    m_server.stop();
}

ConnectionTestRequest tst_S3ConnectionTest::request() const
{
    ConnectionTestRequest r;
    r.kind = ConnectionTestRequest::Kind::S3;
    r.host = QStringLiteral("127.0.0.1");
    r.port = m_port;
    r.user = QLatin1String(kAccess);
    r.password = QLatin1String(kSecret);
    r.bucket = QStringLiteral("slipway-data");
    r.timeoutMs = 5000;
    return r;
}

void tst_S3ConnectionTest::rightKeyPairAndBucket_succeeds()
{
    LocalServer::expectSuccess(request(), QStringLiteral("bucket “slipway-data” is there"));
}

void tst_S3ConnectionTest::noBucket_checksTheKeyPairAlone()
{
    ConnectionTestRequest r = request();
    r.bucket.clear();
    ConnectionTestResult result;
    QVERIFY(LocalServer::run(r, &result));
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void tst_S3ConnectionTest::failure_isTypedAndSaysWhy_data()
{
    LocalServer::addFailureColumns();
    ConnectionTestRequest r = request();
    r.password = QStringLiteral("not-the-secret");
    QTest::newRow("wrong secret key") << r << Outcome::Authentication << QStringLiteral("secret key");
    r = request();
    r.user = QStringLiteral("AKNOBODY");
    QTest::newRow("unknown access key") << r << Outcome::Authentication << QStringLiteral("AKNOBODY");
    r = request();
    r.bucket = QStringLiteral("no-such-bucket");
    QTest::newRow("missing bucket") << r << Outcome::MissingBucket << QStringLiteral("no-such-bucket");
    r = request();
    r.tls = true;
    QTest::newRow("TLS to a plain HTTP endpoint") << r << Outcome::Tls << QStringLiteral("TLS");
    LocalServer::addTransportFailureRows(request(), m_silent.port());
}

void tst_S3ConnectionTest::failure_isTypedAndSaysWhy()
{
    LocalServer::expectFailureOfThisRow();
}

QTEST_GUILESS_MAIN(tst_S3ConnectionTest)
#include "tst_s3connectiontest.moc"
