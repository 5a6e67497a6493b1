#include "CredentialProvider.h"

#include "Logging.h"

#include <QFileInfo>

namespace Slipway {

CredentialProvider::CredentialProvider(KubeUser user, KubeCluster cluster,
                                       ExecPlugin::StderrSink pluginStderr)
    : m_user(std::move(user))
    , m_cluster(std::move(cluster))
    , m_pluginStderr(std::move(pluginStderr))
{ }

bool CredentialProvider::canRefresh() const
{
    return m_user.credentialKind() == CredentialKind::Exec || !m_user.tokenFile.isEmpty();
}

bool CredentialProvider::stillValid() const
{
    if (!m_cached)
        return false;
    // client-go uses a credential until the instant it expires, with no skew.
    if (m_cached->expiry.isValid() && QDateTime::currentDateTimeUtc() > m_cached->expiry)
        return false;
    if (!m_user.tokenFile.isEmpty()) {
        const QFileInfo file(m_user.tokenFile);
        if (file.lastModified() != m_tokenFileModified || file.size() != m_tokenFileSize)
            return false;
    }
    return true;
}

Expected<CredentialProvider::Snapshot> CredentialProvider::current()
{
    const std::lock_guard lock(m_mutex);
    if (stillValid())
        return Snapshot { m_cached, m_generation };
    if (!m_user.tokenFile.isEmpty()) {
        const QFileInfo file(m_user.tokenFile);
        m_tokenFileModified = file.lastModified();
        m_tokenFileSize = file.size();
    }
    Expected<ClusterCredentials> fresh = ClusterCredentials::gather(m_user, m_cluster, m_pluginStderr);
    if (!fresh) {
        m_cached.reset();
        return fresh.error();
    }
    qCDebug(lcKube) << "credentials of" << m_user.name << "(re)loaded";
    m_cached = std::make_shared<const ClusterCredentials>(std::move(fresh).value());
    return Snapshot { m_cached, ++m_generation };
}

bool CredentialProvider::invalidate(quint64 generation)
{
    const std::lock_guard lock(m_mutex);
    if (!canRefresh())
        return false;
    if (generation == m_generation)
        m_cached.reset();
    return true;
}

} // namespace Slipway
