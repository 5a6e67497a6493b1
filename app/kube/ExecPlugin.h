#pragma once

#include "core/Expected.h"
#include "KubeconfigEntries.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <functional>

namespace Slipway {

struct ExecCredential
{
    QByteArray token; // a secret
    QByteArray certificatePem;
    QByteArray keyPem; // a secret
    QDateTime expiry; // invalid: valid until the server refuses it (401)
};

// Runs a client.authentication.k8s.io exec plugin (aws, gke-gcloud-auth-plugin, kubelogin, …)
// and reads the ExecCredential it prints. Blocking: call it off the GUI thread.
class ExecPlugin
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ExecPlugin)

public:
    // What the plugin writes to stderr (device-code instructions, warnings), line by line, as
    // it writes it; stdout is the credential and never leaves this class.
    using StderrSink = std::function<void(const QString &line)>;

    // client-go waits forever; a desktop app must not, so a plugin gets `timeoutMs`. Setting
    // `*cancelled` (from any thread) kills the plugin within about 100 ms.
    static Expected<ExecCredential> run(const ExecConfig &config, const KubeCluster &cluster,
                                        int timeoutMs = 30000, const StderrSink &stderrSink = {},
                                        const std::atomic_bool *cancelled = nullptr);
};

} // namespace Slipway
