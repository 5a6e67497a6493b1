#include "ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <cerrno>
#include <curl/curl.h>

namespace Slipway {

namespace {

using Kind = ApiError::Kind;

Kind kindOfStatus(int status, const QString &reason)
{
    switch (status) {
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return reason == QLatin1String("AlreadyExists") ? Kind::AlreadyExists : Kind::Conflict;
    case 410:
        return Kind::Gone;
    case 422:
        return Kind::Invalid;
    case 429:
        return Kind::TooManyRequests;
    default:
        return status >= 500 ? Kind::ServerError : Kind::Http;
    }
}

QString hostAndPort(const QString &server)
{
    const QUrl url(server);
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                          : url.host();
}

// "pods", "deployments.apps", "pods/log"
QString resourceName(const KubeRequest::Target &t)
{
    if (t.group.isEmpty())
        return t.resource;
    const qsizetype slash = t.resource.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return t.resource + QLatin1Char('.') + t.group;
    return t.resource.left(slash) + QLatin1Char('.') + t.group + t.resource.mid(slash);
}

} // namespace

ApiError ApiError::transport(Kind kind, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.detail = message;
    return e;
}

ApiError ApiError::fromCurl(int curlCode, long osErrno, const QString &curlText, const QString &server,
                            const QString &proxy)
{
    const QString where = hostAndPort(server);
    if (!proxy.isEmpty()) {
        // With a proxy, the only connection this machine opens is to the proxy.
        const QString via = QUrl(proxy).adjusted(QUrl::RemoveUserInfo).toString();
        switch (CURLcode(curlCode)) {
        case CURLE_COULDNT_RESOLVE_PROXY:
        case CURLE_COULDNT_CONNECT:
            return transport(Kind::Unreachable,
                             tr("Cannot reach the proxy %1 (proxy-url in the kubeconfig): %2. Check "
                                "that the proxy is running, or remove proxy-url to connect to %3 "
                                "directly.")
                                 .arg(via, curlText, where));
        case CURLE_PROXY:
        case CURLE_RECV_ERROR:
            if (curlText.contains(QLatin1String("CONNECT"), Qt::CaseInsensitive)
                || curlCode == CURLE_PROXY)
                return transport(Kind::Unreachable,
                                 tr("The proxy %1 (proxy-url in the kubeconfig) would not open a "
                                    "connection to %2: %3. Check the proxy's rules and "
                                    "credentials.")
                                     .arg(via, where, curlText));
            break;
        default:
            break;
        }
    }
    switch (CURLcode(curlCode)) {
    case CURLE_ABORTED_BY_CALLBACK:
        return transport(Kind::Cancelled, tr("The request to %1 was cancelled.").arg(where));
    case CURLE_COULDNT_RESOLVE_HOST:
        return transport(Kind::HostNotFound,
                         tr("Cannot find the host %1. Check the server address in the "
                            "kubeconfig and your network's DNS.")
                             .arg(QUrl(server).host()));
    case CURLE_COULDNT_CONNECT:
        if (osErrno == ECONNREFUSED)
            return transport(Kind::ConnectionRefused,
                             tr("Connection refused by %1: nothing is listening there. Check "
                                "that the cluster is running and that the server address is "
                                "right.")
                                 .arg(where));
        return transport(Kind::Unreachable,
                         tr("Cannot connect to %1 (%2). Check the address and any firewall or "
                            "VPN in between.")
                             .arg(where, curlText));
    case CURLE_OPERATION_TIMEDOUT:
        return transport(Kind::Timeout, tr("%1 did not answer in time. Check the address and "
                                           "any firewall or VPN in between.")
                                            .arg(where));
    case CURLE_PEER_FAILED_VERIFICATION:
        if (curlText.contains(QLatin1String("subject name"))
            || curlText.contains(QLatin1String("does not match")))
            return transport(Kind::TlsHostnameMismatch,
                             tr("The certificate of %1 is not valid for that name (%2). Use the "
                                "address the certificate was issued for, or set tls-server-name "
                                "in the kubeconfig.")
                                 .arg(where, curlText));
        return transport(Kind::TlsUnknownAuthority,
                         tr("The certificate of %1 is signed by an unknown authority (%2). "
                            "Check certificate-authority-data in the kubeconfig.")
                             .arg(where, curlText));
    case CURLE_SSL_CERTPROBLEM:
        return transport(Kind::ClientCertificate,
                         tr("The client certificate or key cannot be used: %1").arg(curlText));
    case CURLE_SSL_CACERT_BADFILE:
        return transport(Kind::Configuration,
                         tr("The certificate authority cannot be read: %1").arg(curlText));
    case CURLE_SSL_CONNECT_ERROR:
        return transport(Kind::Tls,
                         tr("The TLS handshake with %1 failed: %2").arg(where, curlText));
    default:
        return transport(Kind::Http, tr("Cannot reach %1: %2").arg(where, curlText));
    }
}

ApiError ApiError::fromHttp(const KubeRequest &request, int httpStatus, const QByteArray &body,
                            int retryAfterSeconds)
{
    ApiError e;
    e.httpStatus = httpStatus;
    e.target = request.target();
    const QJsonObject status = QJsonDocument::fromJson(body).object();
    if (status.value(u"kind").toString() == u"Status") {
        e.reason = status.value(u"reason").toString();
        e.statusMessage = status.value(u"message").toString();
        const QJsonObject details = status.value(u"details").toObject();
        for (const QJsonValue &c : details.value(u"causes").toArray())
            e.causes.append({ c[u"reason"].toString(), c[u"field"].toString(), c[u"message"].toString() });
        if (retryAfterSeconds < 0 && details.contains(u"retryAfterSeconds"))
            retryAfterSeconds = details.value(u"retryAfterSeconds").toInt();
        // RBAC words it: User "jane" cannot list resource "pods" in API group "" in the namespace "x"
        static const QRegularExpression userPattern(QStringLiteral(R"re(User "([^"]*)")re"));
        e.user = userPattern.match(e.statusMessage).captured(1);
    } else if (!body.isEmpty() && body.size() < 512) {
        e.statusMessage = QString::fromUtf8(body).trimmed();
    }
    e.kind = kindOfStatus(httpStatus, e.reason);
    e.retryAfterSeconds = retryAfterSeconds;
    return e;
}

bool ApiError::needsRelist() const
{
    return kind == Kind::Gone
        || (httpStatus == 504 && statusMessage.contains(QLatin1String("Too large resource version")))
        || reason == QLatin1String("Expired");
}

QString ApiError::message() const
{
    const QString serverSays = statusMessage.isEmpty() ? QString()
                                                       : QLatin1String(" (") + statusMessage + QLatin1Char(')');
    const QString what = resourceName(target);
    const QString where = target.nameSpace.isEmpty()
        ? tr("at cluster scope")
        : tr("in namespace “%1”").arg(target.nameSpace);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Unauthorized:
        return tr("The cluster did not accept the credentials (401 Unauthorized). The token or "
                  "certificate may be wrong or expired; get a fresh kubeconfig or log in again.");
    case Kind::Forbidden:
        if (statusMessage.contains(QLatin1String("exceeded quota")))
            return tr("A resource quota forbids this: %1").arg(statusMessage);
        return tr("%1 may not %2 %3 %4 (403 Forbidden). Ask a cluster administrator for this "
                  "permission.")
            .arg(user.isEmpty() ? tr("You") : tr("User “%1”").arg(user), target.verb, what, where);
    case Kind::NotFound:
        return target.name.isEmpty() ? tr("%1 do not exist %2 (404).").arg(what, where)
                                     : tr("%1 “%2” does not exist %3 (404).").arg(what, target.name, where);
    case Kind::Invalid: {
        QStringList fields;
        for (const Cause &c : causes)
            fields << (c.field.isEmpty() ? c.message : c.field + QLatin1String(": ") + c.message);
        return tr("The cluster rejected %1 as invalid: %2")
            .arg(what, fields.isEmpty() ? statusMessage : fields.join(QLatin1String("; ")));
    }
    case Kind::TooManyRequests:
        return tr("The cluster is busy and asked to retry later (429)%1.").arg(serverSays);
    case Kind::Gone:
        return tr("The cluster no longer has the requested version of %1 (410 Gone); the list "
                  "must be read again.")
            .arg(what);
    case Kind::ServerError:
        return tr("The cluster had an internal problem (HTTP %1)%2. Try again later.")
            .arg(httpStatus)
            .arg(serverSays);
    case Kind::BadRequest:
    case Kind::AlreadyExists:
    case Kind::Conflict:
    case Kind::Http:
        if (httpStatus != 0)
            return tr("The cluster answered HTTP %1%2.").arg(httpStatus).arg(serverSays);
        break;
    default:
        break;
    }
    return detail;
}

} // namespace Slipway
