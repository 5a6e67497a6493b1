#pragma once

#include "ExecPlugin.h"
#include "core/Expected.h"
#include "KubeconfigEntries.h"

#include <QCoreApplication>

namespace Slipway {

// What a request to the cluster presents, gathered from a kubeconfig user: token files read,
// exec plugins run. Holds secrets: never log it.
struct ClusterCredentials
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ClusterCredentials)

public:
    // Runs the exec plugin, if the user has one; its stderr goes to `pluginStderr`, and setting
    // `*cancelled` stops it.
    static Expected<ClusterCredentials> gather(const KubeUser &user, const KubeCluster &cluster,
                                               const ExecPlugin::StderrSink &pluginStderr = {},
                                               const std::atomic_bool *cancelled = nullptr);

    bool isEmpty() const;

    QByteArray certificatePem;
    QByteArray keyPem;
    QString certificateFile;
    QString keyFile;
    QByteArray bearerToken;
    QString basicUser;
    QString basicPassword;
    QDateTime expiry; // of an exec credential; invalid when it has none
};

} // namespace Slipway
