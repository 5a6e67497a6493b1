#include "ClusterProbe.h"

#include "ApiError.h"
#include "KubeClient.h"
#include "KubeReply.h"
#include "Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <utility>

namespace Slipway {

namespace {

using Failure = ProbeResult::Failure;

// The old probe's budget: a check that takes longer says nothing useful to the person waiting.
constexpr int kRequestTimeoutMs = 10000;

Failure failureOf(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Cancelled:
        return Failure::Cancelled;
    case ApiError::Kind::HostNotFound:
        return Failure::HostNotFound;
    case ApiError::Kind::ConnectionRefused:
        return Failure::ConnectionRefused;
    case ApiError::Kind::Unreachable:
        return Failure::Unreachable;
    case ApiError::Kind::Timeout:
        return Failure::Timeout;
    case ApiError::Kind::TlsHostnameMismatch:
        return Failure::TlsHostnameMismatch;
    case ApiError::Kind::TlsUnknownAuthority:
        return Failure::TlsUnknownAuthority;
    case ApiError::Kind::ClientCertificate:
    case ApiError::Kind::Credentials:
        return Failure::Credentials;
    case ApiError::Kind::Configuration:
        return Failure::Configuration;
    case ApiError::Kind::Tls:
        return Failure::Tls;
    default:
        return Failure::Http;
    }
}

} // namespace

ClusterProbe::ClusterProbe(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ClusterProbe::~ClusterProbe() = default; // m_reply, a child, goes with its transfer

void ClusterProbe::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(this, &ClusterProbe::run, Qt::QueuedConnection);
}

void ClusterProbe::cancel()
{
    if (m_finished)
        return;
    m_started = true; // a probe cancelled before start() is over too
    const QString where = m_client ? m_client->context().cluster.server : m_result.server;
    fail(Failure::Cancelled, tr("The connection check of %1 was cancelled.").arg(where));
}

void ClusterProbe::run()
{
    if (m_finished)
        return;
    if (!m_client) {
        cancel();
        return;
    }
    const ResolvedContext &context = m_client->context();
    const KubeCluster &cluster = context.cluster;
    m_result.server = cluster.server;

    const QUrl url(cluster.server);
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return fail(Failure::Configuration,
                    tr("The server address “%1” must start with https://.")
                        .arg(cluster.server));
    const bool withCredentials = context.user.credentialKind() != CredentialKind::None;
    if (url.scheme() == QLatin1String("http") && withCredentials)
        return fail(Failure::InsecureTransport,
                    tr("Refusing to send credentials to %1 over plain http. Use the cluster's "
                       "https address.")
                        .arg(cluster.server));
    m_result.warnings = m_client->warnings();

    qCInfo(lcKube) << "probing" << cluster.server << "as"
                   << credentialKindName(context.user.credentialKind());
    send(KubeRequest::get(QStringLiteral("/version")), &ClusterProbe::onVersion);
}

void ClusterProbe::send(const KubeRequest &request,
                        void (ClusterProbe::*handler)(const KubeReply &))
{
    KubeRequest r = request;
    r.timeoutMs = kRequestTimeoutMs;
    // A busy server's Retry-After could hold the check for minutes; its answer is the news.
    r.maxRetries = 0;
    m_reply = m_client->send(r, this);
    KubeReply *reply = m_reply;
    connect(reply, &KubeReply::finished, this, [this, reply, handler] {
        m_reply = nullptr;
        reply->deleteLater(); // it is still emitting
        (this->*handler)(*reply);
    });
}

void ClusterProbe::onVersion(const KubeReply &reply)
{
    if (!reply.ok())
        return failWith(reply);
    m_result.gitVersion = reply.json().value(QLatin1String("gitVersion")).toString();
    if (m_result.gitVersion.isEmpty())
        return fail(Failure::Protocol,
                    tr("%1 answered, but not like a Kubernetes API server. Check the server "
                       "address.")
                        .arg(m_result.server));
    const QByteArray review
        = R"({"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview"})";
    send(KubeRequest::post(QStringLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews"),
                           review),
         &ClusterProbe::onIdentity);
}

void ClusterProbe::onIdentity(const KubeReply &reply)
{
    if (reply.error().httpStatus == 404) {
        // SelfSubjectReview is GA since Kubernetes 1.28; older servers simply lack it.
        m_result.warnings.append(tr("This cluster cannot tell who you are (it predates "
                                    "SelfSubjectReview)."));
        return finish();
    }
    if (!reply.ok())
        return failWith(reply);
    const QJsonObject userInfo = reply.json()
                                     .value(QLatin1String("status"))
                                     .toObject()
                                     .value(QLatin1String("userInfo"))
                                     .toObject();
    m_result.username = userInfo.value(QLatin1String("username")).toString();
    const QJsonArray groups = userInfo.value(QLatin1String("groups")).toArray();
    for (const QJsonValue &group : groups)
        m_result.groups.append(group.toString());
    qCInfo(lcKube) << "connected to" << m_result.server << m_result.gitVersion << "as"
                   << m_result.username;
    finish();
}

void ClusterProbe::failWith(const KubeReply &reply)
{
    const ApiError &error = reply.error();
    if (error.httpStatus == 0) // no answer: the transport, the credentials, or a cancel
        return fail(failureOf(error.kind), error.message());
    // The API server explains refusals in a metav1.Status; its message is worth showing.
    const QString message = reply.json().value(QLatin1String("message")).toString();
    const QString detail = message.isEmpty() ? QString() : QLatin1String(": ") + message;
    if (error.httpStatus == 401)
        return fail(Failure::Unauthorized,
                    tr("The cluster did not accept the credentials (401 Unauthorized). The token "
                       "or certificate may be wrong or expired; get a fresh kubeconfig."));
    if (error.httpStatus == 403)
        return fail(Failure::Forbidden,
                    tr("The cluster refused access (403 Forbidden)%1. Ask an administrator for the "
                       "permissions Slipway needs.")
                        .arg(detail));
    fail(Failure::Http,
         tr("The cluster answered with HTTP %1%2.").arg(error.httpStatus).arg(detail));
}

void ClusterProbe::fail(Failure failure, const QString &error)
{
    m_result.failure = failure;
    m_result.error = error;
    finish();
}

void ClusterProbe::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // Whatever is still in flight (a cancel) is dropped, and with it its transfer.
    delete std::exchange(m_reply, nullptr);
    Q_EMIT finished(m_result);
}

} // namespace Slipway
