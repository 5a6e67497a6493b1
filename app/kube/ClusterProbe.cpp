#include "ClusterProbe.h"

#include "ApiError.h"
#include "ClusterCredentials.h"
#include "CurlEasy.h"
#include "Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>


namespace Slipway {

namespace {

using Failure = ProbeResult::Failure;

ProbeResult failed(ProbeResult result, Failure failure, const QString &error)
{
    result.failure = failure;
    result.error = error;
    return result;
}

// The API server explains refusals in a metav1.Status; its message is worth showing.
QString statusMessage(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("message")).toString();
}

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
        return Failure::Credentials;
    case ApiError::Kind::Configuration:
        return Failure::Configuration;
    case ApiError::Kind::Tls:
        return Failure::Tls;
    default:
        return Failure::Http;
    }
}

ProbeResult describeTransportFailure(ProbeResult result, const CurlEasy::Response &r,
                                     const QString &proxy)
{
    const ApiError error = ApiError::fromCurl(r.code, r.osErrno, r.errorText, result.server, proxy);
    return failed(result, failureOf(error.kind), error.message());
}

ProbeResult describeHttpFailure(ProbeResult result, const CurlEasy::Response &r)
{
    const QString detail = statusMessage(r.body);
    if (r.status == 401)
        return failed(result, Failure::Unauthorized,
                      ClusterProbe::tr("The cluster did not accept the credentials (401 "
                                       "Unauthorized). The token or certificate may be wrong or "
                                       "expired; get a fresh kubeconfig."));
    if (r.status == 403)
        return failed(result, Failure::Forbidden,
                      ClusterProbe::tr("The cluster refused access (403 Forbidden)%1. Ask an "
                                       "administrator for the permissions Slipway needs.")
                          .arg(detail.isEmpty() ? QString() : QLatin1String(": ") + detail));
    return failed(result, Failure::Http,
                  ClusterProbe::tr("The cluster answered with HTTP %1%2.")
                      .arg(r.status)
                      .arg(detail.isEmpty() ? QString() : QLatin1String(": ") + detail));
}

} // namespace

ClusterProbe::ClusterProbe(ResolvedContext context, std::shared_ptr<const std::atomic_bool> cancel)
    : m_context(std::move(context))
    , m_cancel(std::move(cancel))
{ }

ProbeResult ClusterProbe::run() const
{
    ProbeResult result;
    const KubeCluster &cluster = m_context.cluster;
    result.server = cluster.server;

    const QUrl url(cluster.server);
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return failed(result, Failure::Configuration,
                      tr("The server address “%1” must start with https://.").arg(cluster.server));
    if (url.scheme() == QLatin1String("http")) {
        if (m_context.user.credentialKind() != CredentialKind::None)
            return failed(result, Failure::InsecureTransport,
                          tr("Refusing to send credentials to %1 over plain http. Use the "
                             "cluster's https address.")
                              .arg(cluster.server));
        result.warnings.append(tr("The connection to %1 is not encrypted.").arg(cluster.server));
    }
    if (cluster.insecureSkipTlsVerify)
        result.warnings.append(
            tr("TLS verification is turned off for cluster “%1” "
               "(insecure-skip-tls-verify): the server's identity is not checked.")
                .arg(cluster.name));

    Expected<ClusterCredentials> credentials = ClusterCredentials::gather(m_context.user, cluster);
    if (!credentials)
        return failed(result, Failure::Credentials, credentials.error().toString());

    qCInfo(lcKube) << "probing" << cluster.server << "as"
                   << credentialKindName(m_context.user.credentialKind());
    CurlEasy http(cluster, credentials.value(), m_cancel);
    const CurlEasy::Response version = http.get(QStringLiteral("/version"));
    if (version.code != CURLE_OK)
        return describeTransportFailure(result, version, cluster.proxyUrl);
    if (version.status != 200)
        return describeHttpFailure(result, version);
    result.gitVersion = QJsonDocument::fromJson(version.body)
                            .object()
                            .value(QLatin1String("gitVersion"))
                            .toString();
    if (result.gitVersion.isEmpty())
        return failed(result, Failure::Protocol,
                      tr("%1 answered, but not like a Kubernetes API server. Check the server "
                         "address.")
                          .arg(cluster.server));

    const QByteArray review
        = R"({"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview"})";
    const CurlEasy::Response identity = http.postJson(
        QStringLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews"), review);
    if (identity.code != CURLE_OK)
        return describeTransportFailure(result, identity, cluster.proxyUrl);
    if (identity.status == 404) {
        // SelfSubjectReview is GA since Kubernetes 1.28; older servers simply lack it.
        result.warnings.append(tr("This cluster cannot tell who you are (it predates "
                                  "SelfSubjectReview)."));
        return result;
    }
    if (identity.status != 200 && identity.status != 201)
        return describeHttpFailure(result, identity);
    const QJsonObject userInfo = QJsonDocument::fromJson(identity.body)
                                     .object()
                                     .value(QLatin1String("status"))
                                     .toObject()
                                     .value(QLatin1String("userInfo"))
                                     .toObject();
    result.username = userInfo.value(QLatin1String("username")).toString();
    const QJsonArray groups = userInfo.value(QLatin1String("groups")).toArray();
    for (const QJsonValue &group : groups)
        result.groups.append(group.toString());
    qCInfo(lcKube) << "connected to" << cluster.server << result.gitVersion << "as"
                   << result.username;
    return result;
}

} // namespace Slipway
