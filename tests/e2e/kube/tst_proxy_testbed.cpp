#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Slipway;

// A kubeconfig cluster's proxy-url, end to end: the requests to the testbed go through an HTTP
// CONNECT proxy that this test runs on 127.0.0.1 and that records what it was asked to reach.
// As with kubectl, an explicit proxy-url is used even when NO_PROXY names the host (ctest runs
// these tests with no_proxy=*), and a proxy that is down gives a message that says so.
class tst_ProxyTestbed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void proxyUrl_carriesTheRequests();
    void proxyDown_saysTheProxyCannotBeReached();

private:
    ResolvedContext admin() const;

    QTcpServer m_proxy;
    QStringList m_connects; // the CONNECT targets, in order
};

void tst_ProxyTestbed::initTestCase()
{
    QVERIFY(m_proxy.listen(QHostAddress::LocalHost));
    connect(&m_proxy, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_proxy.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QTcpSocket::readyRead, this, [this, client, upstream] {
                if (upstream->state() == QAbstractSocket::ConnectedState) {
                    upstream->write(client->readAll());
                    return;
                }
                if (upstream->state() != QAbstractSocket::UnconnectedState || !client->canReadLine())
                    return;
                const QList<QByteArray> request = client->readLine().trimmed().split(' ');
                while (client->canReadLine() && client->readLine().trimmed().size() > 0) { }
                const QByteArray target = request.value(1);
                const qsizetype colon = target.lastIndexOf(':');
                if (request.value(0) != "CONNECT" || colon < 0) {
                    client->write("HTTP/1.1 405 Method Not Allowed\r\n\r\n");
                    client->disconnectFromHost();
                    return;
                }
                m_connects << QString::fromLatin1(target);
                connect(upstream, &QTcpSocket::connected, client, [client] {
                    client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                upstream->connectToHost(QString::fromLatin1(target.left(colon)), target.mid(colon + 1).toUShort());
            });
        }
    });
}

ResolvedContext tst_ProxyTestbed::admin() const
{
    const Expected<Kubeconfig> config = Kubeconfig::load(Kubeconfig::sourcesFromEnvironment());
    if (!config)
        qFatal("%s", qPrintable(config.error().toString()));
    const Expected<ResolvedContext> c = config->resolve(QStringLiteral("admin"));
    if (!c)
        qFatal("%s", qPrintable(c.error().toString()));
    return c.value();
}

namespace {
bool waitFinished(KubeReply *reply)
{
    QSignalSpy spy(reply, &KubeReply::finished);
    return reply->isFinished() || spy.wait(20000);
}
} // namespace

void tst_ProxyTestbed::proxyUrl_carriesTheRequests()
{
    QVERIFY2(qEnvironmentVariable("no_proxy") == QLatin1String("*"), "ctest sets no_proxy=* for this test");
    ResolvedContext context = admin();
    context.cluster.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.serverPort());
    KubeClient client(context);
    KubeReply *version = client.send(KubeRequest::get(QStringLiteral("/version")));
    QVERIFY(waitFinished(version));
    QVERIFY2(version->ok(), qPrintable(version->error().message()));
    QVERIFY(version->json().value(u"gitVersion").toString().startsWith(u'v'));
    KubeReply *nodes = client.send(KubeRequest::get(QStringLiteral("/api/v1/nodes")));
    QVERIFY(waitFinished(nodes));
    QVERIFY2(nodes->ok(), qPrintable(nodes->error().message()));
    QVERIFY(!nodes->json().value(u"items").toArray().isEmpty());

    const QString apiServer = QUrl(context.cluster.server).authority();
    QVERIFY(!m_connects.isEmpty());
    for (const QString &target : std::as_const(m_connects))
        QCOMPARE(target, apiServer);
}

void tst_ProxyTestbed::proxyDown_saysTheProxyCannotBeReached()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    ResolvedContext context = admin();
    context.cluster.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    KubeClient client(context);
    KubeReply *reply = client.send(KubeRequest::get(QStringLiteral("/version")));
    QVERIFY(waitFinished(reply));
    QVERIFY(!reply->ok());
    const QString message = reply->error().message();
    QVERIFY2(message.contains(QLatin1String("proxy"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.contains(QString::number(port)), qPrintable(message));
    qInfo("%s", qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_ProxyTestbed)
#include "tst_proxy_testbed.moc"
