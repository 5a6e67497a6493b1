#pragma once

#include "Expected.h"
#include "KubeconfigEntries.h"

#include <QCoreApplication>

namespace Slipway {

struct ExecCredential
{
    QByteArray token; // a secret
    QByteArray certificatePem;
    QByteArray keyPem; // a secret
};

// Runs a client.authentication.k8s.io exec plugin (aws, gke-gcloud-auth-plugin, kubelogin, …)
// and reads the ExecCredential it prints. Blocking: call it off the GUI thread.
class ExecPlugin
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ExecPlugin)

public:
    // client-go waits forever; a desktop app must not, so a plugin gets `timeoutMs`.
    static Expected<ExecCredential> run(const ExecConfig &config, const KubeCluster &cluster,
                                        int timeoutMs = 30000);
};

} // namespace Slipway
