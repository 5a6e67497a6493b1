#include "KubeClient.h"

#include "CredentialProvider.h"
#include "CurlEngine.h"
#include "Logging.h"

#include <QUrl>

namespace Slipway {

KubeClient::KubeClient(const ResolvedContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    // Called on the exec plugin's thread, which ~KubeClient stops before this object goes away.
    auto pluginStderr = [this](const QString &line) {
        QMetaObject::invokeMethod(
            this, [this, line] { Q_EMIT credentialPluginMessage(line); }, Qt::QueuedConnection);
    };
    m_credentials = std::make_shared<CredentialProvider>(context.user, context.cluster, pluginStderr);
    const bool plainHttp = QUrl(context.cluster.server).scheme() == QLatin1String("http");
    if (context.cluster.insecureSkipTlsVerify)
        m_warnings << tr("TLS verification is turned off for cluster “%1” "
                         "(insecure-skip-tls-verify): the server's identity is not checked.")
                          .arg(context.cluster.name);
    if (plainHttp)
        m_warnings << tr("The connection to %1 is not encrypted.").arg(context.cluster.server);
}

KubeClient::~KubeClient()
{
    // Replies that outlive the client find the engine gone (weak pointer) and stay quiet.
    m_engine.reset();
    m_credentials->shutdown(); // a plugin still running is stopped; its stderr sink is `this`
}

QString KubeClient::defaultNamespace() const
{
    return m_context.context.nameSpace.isEmpty() ? QStringLiteral("default")
                                                 : m_context.context.nameSpace;
}

KubeReply *KubeClient::send(const KubeRequest &request, QObject *parent)
{
    auto *reply = new KubeReply(request, parent ? parent : this);
    connect(reply, &KubeReply::finished, this, [this, reply] {
        const QByteArray warning = reply->header("warning");
        if (!warning.isEmpty()) {
            qCWarning(lcKube) << "server warning:" << warning;
            Q_EMIT serverWarning(QString::fromUtf8(warning));
        }
    });
    if (!m_engine) {
        // Started by the first request, not with the client: a command that ends up asking the
        // cluster nothing (helm does the work) pays for no TLS setup and no thread.
        const bool plainHttp = QUrl(m_context.cluster.server).scheme() == QLatin1String("http");
        m_engine = std::make_shared<CurlEngine>(
            m_context.cluster, m_credentials,
            plainHttp && m_context.user.credentialKind() != CredentialKind::None);
    }
    reply->attach(m_engine);
    return reply;
}

} // namespace Slipway
