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

CredentialProvider::~CredentialProvider()
{
    shutdown();
}

void CredentialProvider::shutdown()
{
    setListener({});
    m_cancelled = true;
    std::thread worker;
    {
        const std::lock_guard lock(m_mutex);
        worker = std::move(m_worker);
    }
    if (worker.joinable())
        worker.join();
}

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

void CredentialProvider::noteTokenFile()
{
    if (m_user.tokenFile.isEmpty())
        return;
    const QFileInfo file(m_user.tokenFile);
    m_tokenFileModified = file.lastModified();
    m_tokenFileSize = file.size();
}

CredentialProvider::Attempt CredentialProvider::poll(quint64 waitingFor)
{
    using State = Attempt::State;
    std::unique_lock lock(m_mutex);
    if (m_cancelled)
        return { State::Failed, {}, Error { ClusterCredentials::tr("the connection was closed") }, 0 };
    if (stillValid())
        return { State::Ready, { m_cached, m_generation }, {}, 0 };
    if (m_running)
        return { State::Pending, {}, {}, m_lastRun };
    if (waitingFor != 0 && waitingFor == m_failedRun)
        return { State::Failed, {}, m_failure, waitingFor };
    // What the run a caller waited for brought is used, even when it is already expired (as
    // client-go does); running the plugin again at once would only bring the same.
    if (waitingFor != 0 && waitingFor == m_lastRun && m_cached)
        return { State::Ready, { m_cached, m_generation }, {}, 0 };

    noteTokenFile();
    if (m_user.credentialKind() != CredentialKind::Exec) {
        // Inline data or a token file: quick enough to read right here.
        Expected<ClusterCredentials> fresh = ClusterCredentials::gather(m_user, m_cluster);
        if (!fresh) {
            m_cached.reset();
            return { State::Failed, {}, fresh.error(), 0 };
        }
        qCDebug(lcKube) << "credentials of" << m_user.name << "(re)loaded";
        m_cached = std::make_shared<const ClusterCredentials>(std::move(fresh).value());
        return { State::Ready, { m_cached, ++m_generation }, {}, 0 };
    }

    // The previous run's thread has finished its work (m_running is false); collect it.
    if (m_worker.joinable())
        m_worker.join();
    m_running = true;
    const quint64 run = ++m_lastRun;
    m_worker = std::thread([this, run] { runPlugin(run); });
    return { State::Pending, {}, {}, run };
}

void CredentialProvider::runPlugin(quint64 run)
{
    Expected<ClusterCredentials> fresh =
        ClusterCredentials::gather(m_user, m_cluster, m_pluginStderr, &m_cancelled);
    {
        const std::lock_guard lock(m_mutex);
        if (fresh) {
            qCDebug(lcKube) << "credentials of" << m_user.name << "(re)loaded by its exec plugin";
            m_cached = std::make_shared<const ClusterCredentials>(std::move(fresh).value());
            ++m_generation;
        } else {
            m_cached.reset();
            m_failedRun = run;
            m_failure = fresh.error();
        }
        m_running = false;
    }
    m_runEnded.notify_all();
    const std::lock_guard lock(m_listenerMutex);
    if (m_listener)
        m_listener();
}

Expected<CredentialProvider::Snapshot> CredentialProvider::current()
{
    quint64 waitingFor = 0;
    for (;;) {
        const Attempt attempt = poll(waitingFor);
        if (attempt.state == Attempt::State::Ready)
            return attempt.snapshot;
        if (attempt.state == Attempt::State::Failed)
            return attempt.error;
        waitingFor = attempt.run;
        std::unique_lock lock(m_mutex);
        m_runEnded.wait(lock, [&] { return !m_running || m_lastRun != waitingFor; });
    }
}

void CredentialProvider::setListener(std::function<void()> listener)
{
    const std::lock_guard lock(m_listenerMutex);
    m_listener = std::move(listener);
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
