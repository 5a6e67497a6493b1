#pragma once

#include "KubeReply.h"
#include "KubeconfigEntries.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Slipway {

class CredentialProvider;
class CurlEngine;

// An asynchronous connection to one cluster, as one kubeconfig context describes it. Requests
// go in as KubeRequest values; each send() returns a KubeReply whose signals arrive on this
// object's thread. Underneath, one libcurl multi engine on its own thread (CurlEngine) carries
// every request, with HTTP/2 and gzip where the server offers them; it starts with the first
// send(), so a client that is never asked anything costs nothing. send() belongs to the
// client's thread.
class KubeClient final : public QObject
{
    Q_OBJECT

public:
    explicit KubeClient(const ResolvedContext &context, QObject *parent = nullptr);
    ~KubeClient() override;
    Q_DISABLE_COPY_MOVE(KubeClient)

    // The reply is a child of `parent` (this client if none); delete it to cancel.
    KubeReply *send(const KubeRequest &request, QObject *parent = nullptr);

    const ResolvedContext &context() const { return m_context; }
    QString defaultNamespace() const; // the context's, else "default" as kubectl does
    QStringList warnings() const { return m_warnings; } // e.g. TLS verification turned off

Q_SIGNALS:
    // A line the exec credential plugin wrote to stderr, e.g. a device-code login prompt.
    void credentialPluginMessage(const QString &line);
    // A "Warning:" header of an answer (deprecated API, …).
    void serverWarning(const QString &text);

private:
    ResolvedContext m_context;
    QStringList m_warnings;
    std::shared_ptr<CredentialProvider> m_credentials;
    std::shared_ptr<CurlEngine> m_engine;
};

} // namespace Slipway
