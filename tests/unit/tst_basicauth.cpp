#include "kube/KubeClient.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;

// Basic authentication (username / password in the kubeconfig), for the old clusters that still
// accept it. Kubernetes 1.19 removed it from kube-apiserver, so the testbed cannot answer it:
// this test serves HTTPS itself, with a certificate made for the test by openssl, and looks at
// exactly what the client sends.
class tst_BasicAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void basicAuth_isSentOverTls();
    void wrongPassword_is401WithoutThePassword();
    void basicAuth_isNeverSentOverPlainHttp();

private:
    // Serves one canned answer per request over TLS; remembers each request's Authorization.
    void serve(QByteArray status, QByteArray body);
    KubeClient *clientFor(const QString &server, const QString &user, const QString &password);

    QTemporaryDir m_dir;
    QSslServer m_server;
    QList<QByteArray> m_authorizations;
    QByteArray m_status = "200 OK";
    QByteArray m_body;
    std::unique_ptr<KubeClient> m_client;
};

void tst_BasicAuth::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                    QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"), QStringLiteral("1"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1") });
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
             qPrintable(QString::fromUtf8(openssl.readAllStandardError())));

    QFile key(m_dir.filePath(QStringLiteral("server.key")));
    QVERIFY(key.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    tls.setLocalCertificate(QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("server.crt"))).value(0));
    QVERIFY(!tls.localCertificate().isNull() && !tls.privateKey().isNull());
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(tls);
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QSslSocket::readyRead, this, [this, socket] {
                const QByteArray head = socket->readAll();
                if (!head.contains("\r\n\r\n"))
                    return; // the tests' requests are small: one read holds the whole head
                QByteArray authorization;
                for (const QByteArray &line : head.split('\n')) {
                    if (line.toLower().startsWith("authorization:"))
                        authorization = line.mid(14).trimmed();
                }
                m_authorizations << authorization;
                socket->write("HTTP/1.1 " + m_status + "\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
            });
        }
    });
}

KubeClient *tst_BasicAuth::clientFor(const QString &server, const QString &user, const QString &password)
{
    ResolvedContext c;
    c.context.name = QStringLiteral("old-cluster");
    c.cluster.name = QStringLiteral("old-cluster");
    c.cluster.server = server;
    c.cluster.certificateAuthorityFile = m_dir.filePath(QStringLiteral("server.crt"));
    c.user.name = QStringLiteral("basic");
    c.user.username = user;
    c.user.password = password;
    m_client = std::make_unique<KubeClient>(c);
    return m_client.get();
}

void tst_BasicAuth::serve(QByteArray status, QByteArray body)
{
    m_status = std::move(status);
    m_body = std::move(body);
    m_authorizations.clear();
}

namespace {
bool waitFinished(KubeReply *reply)
{
    QSignalSpy spy(reply, &KubeReply::finished);
    return reply->isFinished() || spy.wait(15000);
}
} // namespace

void tst_BasicAuth::basicAuth_isSentOverTls()
{
    serve("200 OK", R"({"major":"1","minor":"18","gitVersion":"v1.18.20"})");
    KubeClient *client = clientFor(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()),
                                   QStringLiteral("admin"), QStringLiteral("s3cret:with:colons"));
    KubeReply *reply = client->send(KubeRequest::get(QStringLiteral("/version")));
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QCOMPARE(reply->json().value(u"gitVersion").toString(), QStringLiteral("v1.18.20"));
    QCOMPARE(m_authorizations.size(), 1);
    QCOMPARE(m_authorizations.first(), "Basic " + QByteArray("admin:s3cret:with:colons").toBase64());
}

void tst_BasicAuth::wrongPassword_is401WithoutThePassword()
{
    serve("401 Unauthorized",
          R"({"kind":"Status","apiVersion":"v1","status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401})");
    KubeClient *client = clientFor(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()),
                                   QStringLiteral("admin"), QStringLiteral("wrong-password"));
    KubeReply *reply = client->send(KubeRequest::get(QStringLiteral("/api/v1/namespaces")));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().httpStatus, 401);
    QCOMPARE(reply->error().kind, ApiError::Kind::Unauthorized);
    QVERIFY(!reply->error().message().contains(QLatin1String("wrong-password")));
    QVERIFY(!m_authorizations.isEmpty());
}

void tst_BasicAuth::basicAuth_isNeverSentOverPlainHttp()
{
    serve("200 OK", "{}");
    KubeClient *client = clientFor(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()),
                                   QStringLiteral("admin"), QStringLiteral("s3cret"));
    KubeReply *reply = client->send(KubeRequest::get(QStringLiteral("/version")));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ApiError::Kind::Configuration);
    QVERIFY(m_authorizations.isEmpty()); // nothing reached the server, let alone the password
    QVERIFY(!reply->error().message().contains(QLatin1String("s3cret")));
}

QTEST_GUILESS_MAIN(tst_BasicAuth)
#include "tst_basicauth.moc"
