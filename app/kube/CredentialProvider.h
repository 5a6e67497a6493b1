#pragma once

#include "ClusterCredentials.h"

#include <QDateTime>

#include <memory>
#include <mutex>

namespace Slipway {

// The credentials a connection presents right now, shared by all its requests and safe to use
// from any thread. An exec plugin's result is cached until its expirationTimestamp; a token file
// is read again when it changes; after a 401, invalidate() makes the next caller fetch fresh
// ones — once, however many requests saw the same 401 (client-go's rule). Internal to
// slipway_kube.
class CredentialProvider
{
public:
    CredentialProvider(KubeUser user, KubeCluster cluster, ExecPlugin::StderrSink pluginStderr);
    Q_DISABLE_COPY_MOVE(CredentialProvider)

    struct Snapshot
    {
        std::shared_ptr<const ClusterCredentials> credentials;
        quint64 generation = 0;
    };

    // Blocking while an exec plugin runs; at most one runs at a time.
    Expected<Snapshot> current();
    // The credentials of `generation` were refused; true when fresh ones can be fetched.
    bool invalidate(quint64 generation);
    bool canRefresh() const;

private:
    bool stillValid() const;

    const KubeUser m_user;
    const KubeCluster m_cluster;
    const ExecPlugin::StderrSink m_pluginStderr;
    std::mutex m_mutex;
    std::shared_ptr<const ClusterCredentials> m_cached;
    quint64 m_generation = 0;
    QDateTime m_tokenFileModified;
    qint64 m_tokenFileSize = -1;
};

} // namespace Slipway
