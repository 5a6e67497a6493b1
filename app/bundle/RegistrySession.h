#pragma once

#include "RegistryCredentials.h"
#include "RegistryHttp.h"
#include "core/Expected.h"

#include <QCoreApplication>
#include <QHash>

namespace Slipway {

struct RegistryOptions
{
    RegistryCredentials credentials; // empty: anonymous
    RegistryTls tls;
    // Plain http, accepted for loopback registries only (a test registry, a local mirror).
    bool plainHttp = false;
    qint64 maxBytesPerSecond = 0; // 0: as fast as the link goes
};

// One registry as the distribution API sees it, on one worker thread: builds the URLs, answers
// the 401 challenges (Basic, or Bearer with a token fetched from the challenge's realm and
// cached per scope) and retries the request once with the credentials. Errors name the
// registry and carry its own `errors[].code: message`, never a credential.
class RegistrySession
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RegistrySession)

public:
    RegistrySession(QString host, RegistryOptions options);

    // Refuses plain http to a registry that is not on loopback.
    Expected<void> check() const;
    QString host() const { return m_host; }
    QByteArray url(const QString &path) const; // path starts with "/v2/"
    // A Location header made absolute against the registry.
    QByteArray resolve(const QByteArray &location) const;

    // GET /v2/: the registry speaks the distribution API and takes these credentials. Its
    // answer carries the registry's own error text, which a HEAD's does not.
    Expected<void> ping();

    // `scope` is the token scope the request needs ("repository:app:pull"); extra scopes are
    // asked for too (a mount needs pull on the source repository).
    HttpResponse send(HttpRequest request, const QString &scope);
    void cancel() { m_http.cancel(); }
    bool isCancelled() const { return m_http.isCancelled(); }
    qint64 bytesMoved() const { return m_http.bytesMoved(); }

    // "registry 127.0.0.1:5000 answered 404: MANIFEST_UNKNOWN: manifest unknown".
    Error failure(const QString &what, const HttpResponse &response) const;

private:
    bool authenticate(const HttpResponse &challenge, const QString &scope, QString *problem);
    void addAuthorization(HttpRequest *request, const QString &scope) const;

    const QString m_host;
    const RegistryOptions m_options;
    RegistryHttp m_http;
    QByteArray m_basic; // "Basic …" once the registry asked for it
    QHash<QString, QByteArray> m_tokens; // scope → "Bearer …"
    QString m_authProblem; // why the last authentication failed, for failure()
};

} // namespace Slipway
