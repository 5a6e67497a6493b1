#include "RegistrySession.h"

#include "AuthChallenge.h"
#include "kube/CurlOptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace Slipway {

namespace {

// By address only (CurlOptions::isLoopbackHost), so that no name lookup can point a "loopback"
// name elsewhere.
bool isLoopback(const QString &hostAndPort)
{
    return CurlOptions::isLoopbackHost(QUrl(QLatin1String("//") + hostAndPort).host());
}

// The registry's own words: {"errors":[{"code":"…","message":"…","detail":…}]}.
QString errorsText(const QByteArray &body)
{
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(QLatin1String("errors")).toArray();
    QStringList parts;
    for (const QJsonValue &e : errors) {
        const QJsonObject o = e.toObject();
        parts << o.value(QLatin1String("code")).toString() + QLatin1String(": ")
                + o.value(QLatin1String("message")).toString();
    }
    return parts.join(QLatin1String("; "));
}

} // namespace

RegistrySession::RegistrySession(QString host, RegistryOptions options)
    : m_host(std::move(host))
    , m_options(std::move(options))
    , m_http(m_options.tls, m_options.maxBytesPerSecond)
{ }

Expected<void> RegistrySession::check() const
{
    if (m_options.plainHttp && !isLoopback(m_host))
        return Error(tr("plain http is refused for registry %1: it is allowed only for a "
                        "registry on this machine (loopback)").arg(m_host),
                     QString(), 0, 0, tr("use https, with a CA file if the registry's certificate is private"));
    return {};
}

QByteArray RegistrySession::url(const QString &path) const
{
    return (m_options.plainHttp ? QByteArray("http://") : QByteArray("https://")) + m_host.toUtf8()
        + path.toUtf8();
}

QByteArray RegistrySession::resolve(const QByteArray &location) const
{
    return QUrl(QString::fromUtf8(url(QStringLiteral("/v2/"))))
        .resolved(QUrl::fromEncoded(location))
        .toEncoded();
}

void RegistrySession::addAuthorization(HttpRequest *request, const QString &scope) const
{
    const QByteArray token = m_tokens.value(scope);
    if (!token.isEmpty())
        request->headers << "Authorization: " + token;
    else if (!m_basic.isEmpty())
        request->headers << "Authorization: " + m_basic;
}

Expected<void> RegistrySession::ping()
{
    HttpRequest request;
    request.url = url(QStringLiteral("/v2/"));
    const HttpResponse response = send(request, QString());
    if (!response.ok())
        return failure(tr("checking the registry"), response);
    return {};
}

HttpResponse RegistrySession::send(HttpRequest request, const QString &scope)
{
    HttpRequest first = request;
    addAuthorization(&first, scope);
    HttpResponse response = m_http.send(first);
    if (response.status != 401)
        return response;
    if (!authenticate(response, scope, &m_authProblem))
        return response;
    addAuthorization(&request, scope);
    response = m_http.send(request);
    if (response.status == 401)
        m_authProblem = tr("the registry refused the credentials of %1").arg(m_options.credentials.describe());
    return response;
}

bool RegistrySession::authenticate(const HttpResponse &challengeResponse, const QString &scope,
                                   QString *problem)
{
    const AuthChallenge challenge = AuthChallenge::parse(challengeResponse.header("www-authenticate"));
    const RegistryCredentials &creds = m_options.credentials;
    const QByteArray basic = "Basic " + (creds.username + QLatin1Char(':') + creds.password).toUtf8().toBase64();
    if (challenge.scheme == QLatin1String("basic")) {
        if (creds.isEmpty()) {
            *problem = tr("the registry requires a user name and password");
            return false;
        }
        if (m_basic == basic)
            return false; // already sent and refused
        m_basic = basic;
        return true;
    }
    if (challenge.scheme != QLatin1String("bearer") || challenge.realm.isEmpty()) {
        *problem = tr("the registry asks for an authentication this client does not speak");
        return false;
    }
    QUrl realm(challenge.realm);
    if (realm.scheme() != QLatin1String("https") && !(realm.scheme() == QLatin1String("http") && isLoopback(realm.authority()))) {
        *problem = tr("the registry's token service %1 is not https").arg(realm.toDisplayString());
        return false;
    }
    QUrlQuery query;
    if (!challenge.service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), challenge.service);
    // The challenge names what this request needs; the caller's scope may ask for more (push).
    QStringList scopes = challenge.scope.isEmpty() ? QStringList() : challenge.scope.split(QLatin1Char(' '));
    for (const QString &s : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!scopes.contains(s))
            scopes << s;
    }
    for (const QString &s : scopes)
        query.addQueryItem(QStringLiteral("scope"), s);
    realm.setQuery(query);
    HttpRequest tokenRequest;
    tokenRequest.url = realm.toEncoded();
    if (!creds.isEmpty())
        tokenRequest.headers << "Authorization: " + basic;
    const HttpResponse answer = m_http.send(tokenRequest);
    if (!answer.ok()) {
        *problem = answer.transportError.isEmpty()
            ? tr("the token service %1 answered %2 for %3").arg(realm.host()).arg(answer.status).arg(creds.isEmpty() ? tr("anonymous access") : creds.describe())
            : tr("the token service %1 is unreachable: %2").arg(realm.host(), answer.transportError);
        return false;
    }
    const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    QString token = json.value(QLatin1String("token")).toString();
    if (token.isEmpty())
        token = json.value(QLatin1String("access_token")).toString();
    if (token.isEmpty()) {
        *problem = tr("the token service %1 answered without a token").arg(realm.host());
        return false;
    }
    m_tokens.insert(scope, "Bearer " + token.toUtf8());
    return true;
}

Error RegistrySession::failure(const QString &what, const HttpResponse &response) const
{
    if (response.cancelled)
        return Error(tr("%1: cancelled").arg(what));
    if (!response.transportError.isEmpty())
        return Error(tr("%1: registry %2 is unreachable: %3").arg(what, m_host, response.transportError),
                     QString(), 0, 0, tr("check the registry's address, that it runs, and its TLS certificate (CA file)"));
    QString text = tr("%1: registry %2 answered %3").arg(what, m_host).arg(response.status);
    const QString registryWords = errorsText(response.body);
    if (!registryWords.isEmpty())
        text += QLatin1String(": ") + registryWords;
    if (response.status == 401) {
        const QString why = m_authProblem.isEmpty() ? tr("authentication failed") : m_authProblem;
        return Error(tr("%1 (authentication failed: %2)").arg(text, why), QString(), 0, 0,
                     tr("check the user name and password, or the docker config's entry for %1").arg(m_host));
    }
    return Error(text);
}

} // namespace Slipway
