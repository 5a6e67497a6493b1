#include "LocalRegistry.h"
#include "RegistryRun.h"
#include "TestImages.h"

#include "bundle/ImagePull.h"
#include "bundle/ImagePush.h"

#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

// RegistrySession against real docker-registries. Bearer tokens: a registry with `auth: token`
// checks RS256 tokens signed by a certificate it trusts, issued by the test's token service
// (registry-token-service.py) for basic credentials. TLS: a registry serving https with a
// self-signed certificate, trusted only through the CA file option.
class tst_RegistrySession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bearerToken_pushAndPullBack();
    void bearerToken_isFetchedOncePerScope();
    void wrongPassword_atTheTokenService_isClearWithoutThePassword();
    void anonymous_isRefusedByTheTokenService();
    void tls_withTheRegistrysCaFile_pushesAndPulls();
    void tls_withoutTheCaFile_failsNamingTheCertificate();

private:
    RegistryResult pull(const RegistryCredentials &credentials, const QString &layout);
    QStringList tokenRequests() const;

    QTemporaryDir m_dir;
    QProcess m_tokenService;
    LocalRegistry m_registry;
    LocalRegistry m_tlsRegistry;
    QString m_certificate; // the TLS registry's own (self-signed) certificate, as CA file
    QString m_digest;
};

RegistryResult tst_RegistrySession::pull(const RegistryCredentials &credentials, const QString &layout)
{
    PullOptions options;
    options.registry.plainHttp = true;
    options.registry.credentials = credentials;
    ImagePull operation(ImageReference::parse(m_registry.host() + QStringLiteral("/team/app:1")).value(), layout, options);
    return runToEnd(operation);
}

QStringList tst_RegistrySession::tokenRequests() const
{
    QFile log(m_dir.filePath(QStringLiteral("tokens.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void tst_RegistrySession::initTestCase()
{
    const QString key = m_dir.filePath(QStringLiteral("token.key"));
    const QString cert = m_dir.filePath(QStringLiteral("token.crt"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                                              QStringLiteral("/CN=slipway-test-token"), QStringLiteral("-days"),
                                              QStringLiteral("1"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
             "openssl is needed to sign the test's tokens: apt-get install -y openssl");
    m_tokenService.start(QStringLiteral("python3"),
                         {QStringLiteral(SLIPWAY_TOKEN_SERVICE), key, cert, QStringLiteral("slipway-test-issuer"),
                          QStringLiteral("slipway"), QStringLiteral("t0ken-Pa55"), m_dir.filePath(QStringLiteral("tokens.log"))});
    QVERIFY2(m_tokenService.waitForReadyRead(15000), "the token service did not start (python3 is needed)");
    const QString port = QString::fromUtf8(m_tokenService.readLine()).trimmed();
    LocalRegistry::Token token;
    token.realm = QStringLiteral("http://127.0.0.1:%1/token").arg(port);
    token.issuer = QStringLiteral("slipway-test-issuer");
    token.certificate = cert;
    QString problem = m_registry.start(QString(), QString(), token);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    m_certificate = m_dir.filePath(QStringLiteral("registry.crt"));
    const QString registryKey = m_dir.filePath(QStringLiteral("registry.key"));
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                                              QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                              QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"),
                                              QStringLiteral("1"), QStringLiteral("-keyout"), registryKey,
                                              QStringLiteral("-out"), m_certificate});
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    m_tlsRegistry.setTls(m_certificate, registryKey);
    problem = m_tlsRegistry.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_RegistrySession::cleanupTestCase()
{
    m_tokenService.kill();
    m_tokenService.waitForFinished();
}

void tst_RegistrySession::bearerToken_pushAndPullBack()
{
    TestImages images(m_dir.filePath(QStringLiteral("seed")));
    const QJsonObject image = images.manifest({TestImages::randomBytes(256 * 1024)});
    m_digest = image.value(QStringLiteral("digest")).toString();
    images.name(image, QStringLiteral("seed.test/team/app:1"));
    PushOptions options;
    options.registry.plainHttp = true;
    options.registry.credentials = {QStringLiteral("slipway"), QStringLiteral("t0ken-Pa55")};
    ImagePush push(images.layout().path(), m_registry.host(), options);
    const RegistryResult pushed = runToEnd(push);
    QVERIFY2(pushed.ok, qPrintable(pushed.error.toString()));

    const RegistryResult pulled = pull(options.registry.credentials, m_dir.filePath(QStringLiteral("back")));
    QVERIFY2(pulled.ok, qPrintable(pulled.error.toString()));
    QVERIFY(pulled.images.first().endsWith(m_digest));
}

void tst_RegistrySession::bearerToken_isFetchedOncePerScope()
{
    // The push: one token for GET /v2/, one for pull,push on the repository (all its HEADs,
    // uploads and the manifest). The pull: one for /v2/, one for pull.
    const QStringList requests = tokenRequests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests.at(0), QStringLiteral("slipway "));
    QVERIFY2(requests.at(1).contains(QStringLiteral("repository:team/app:pull,push")), qPrintable(requests.at(1)));
    QCOMPARE(requests.at(2), QStringLiteral("slipway "));
    QCOMPARE(requests.at(3), QStringLiteral("slipway repository:team/app:pull"));
}

void tst_RegistrySession::wrongPassword_atTheTokenService_isClearWithoutThePassword()
{
    const RegistryResult result = pull({QStringLiteral("slipway"), QStringLiteral("nope-Pa55")}, m_dir.filePath(QStringLiteral("wrong")));
    QVERIFY(!result.ok);
    const QString text = result.error.toString();
    QVERIFY2(text.contains(QStringLiteral("token service")) && text.contains(QStringLiteral("401"))
                 && text.contains(QStringLiteral("\"slipway\"")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("team/app:1")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("nope-Pa55")));
}

void tst_RegistrySession::anonymous_isRefusedByTheTokenService()
{
    const RegistryResult result = pull(RegistryCredentials(), m_dir.filePath(QStringLiteral("anonymous")));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(QStringLiteral("anonymous access")), qPrintable(result.error.message));
}

void tst_RegistrySession::tls_withTheRegistrysCaFile_pushesAndPulls()
{
    TestImages images(m_dir.filePath(QStringLiteral("tls-seed")));
    const QJsonObject image = images.manifest({TestImages::randomBytes(64 * 1024)});
    images.name(image, QStringLiteral("seed.test/secure:1"));
    PushOptions push;
    push.registry.tls.caFile = m_certificate;
    ImagePush pushing(images.layout().path(), m_tlsRegistry.host(), push);
    const RegistryResult pushed = runToEnd(pushing);
    QVERIFY2(pushed.ok, qPrintable(pushed.error.toString()));

    PullOptions pull;
    pull.registry.tls.caFile = m_certificate;
    ImagePull pulling(ImageReference::parse(m_tlsRegistry.host() + QStringLiteral("/secure:1")).value(),
                      m_dir.filePath(QStringLiteral("tls-back")), pull);
    const RegistryResult pulled = runToEnd(pulling);
    QVERIFY2(pulled.ok, qPrintable(pulled.error.toString()));
    QVERIFY(pulled.images.first().endsWith(image.value(QStringLiteral("digest")).toString()));
}

void tst_RegistrySession::tls_withoutTheCaFile_failsNamingTheCertificate()
{
    ImagePull pulling(ImageReference::parse(m_tlsRegistry.host() + QStringLiteral("/secure:1")).value(),
                      m_dir.filePath(QStringLiteral("tls-untrusted")), PullOptions());
    const RegistryResult result = runToEnd(pulling);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(QStringLiteral("certificate")), qPrintable(result.error.message));
    QVERIFY2(result.error.hint.contains(QStringLiteral("CA file")), qPrintable(result.error.hint));
}

QTEST_GUILESS_MAIN(tst_RegistrySession)
#include "tst_registrysession.moc"
