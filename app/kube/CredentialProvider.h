#pragma once

#include "ClusterCredentials.h"

#include <QDateTime>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace Slipway {

// The credentials a connection presents right now, shared by all its requests and safe to use
// from any thread. An exec plugin's result is cached until its expirationTimestamp; a token file
// is read again when it changes; after a 401, invalidate() makes the next caller fetch fresh
// ones — once, however many requests saw the same 401 (client-go's rule).
//
// An exec plugin may take seconds (a device-code login, a cloud CLI), so it runs on a thread of
// its own: poll() never waits for it, and the engine keeps serving the connection's other
// transfers meanwhile. Every request that needs the credential while a run is under way waits
// for that same run. Internal to slipway_kube.
class CredentialProvider
{
public:
    CredentialProvider(KubeUser user, KubeCluster cluster, ExecPlugin::StderrSink pluginStderr);
    ~CredentialProvider();
    Q_DISABLE_COPY_MOVE(CredentialProvider)

    struct Snapshot
    {
        std::shared_ptr<const ClusterCredentials> credentials;
        quint64 generation = 0;
    };

    struct Attempt
    {
        enum class State
        {
            Ready, // `snapshot` is valid
            Pending, // a plugin is running: wait for run `run` and poll again
            Failed, // `error`
        };
        State state = State::Pending;
        Snapshot snapshot;
        Error error;
        quint64 run = 0;
    };

    // Never waits for an exec plugin: starts one in the background when credentials are needed
    // and none runs. `waitingFor` is the run the caller already waits for (0: none); when that
    // run failed, the caller gets its error instead of starting another run.
    Attempt poll(quint64 waitingFor = 0);
    // Blocking while an exec plugin runs.
    Expected<Snapshot> current();
    // Called on the plugin's thread whenever a run ends; empty to stop (waits for a call in
    // progress, so a listener that is removed is never called again).
    void setListener(std::function<void()> listener);
    // The credentials of `generation` were refused; true when fresh ones can be fetched.
    bool invalidate(quint64 generation);
    bool canRefresh() const;
    // Stops a running plugin and waits for its thread; later polls fail.
    void shutdown();

private:
    bool stillValid() const;
    void noteTokenFile();
    void runPlugin(quint64 run);

    const KubeUser m_user;
    const KubeCluster m_cluster;
    const ExecPlugin::StderrSink m_pluginStderr;
    std::mutex m_mutex;
    std::condition_variable m_runEnded;
    std::shared_ptr<const ClusterCredentials> m_cached;
    quint64 m_generation = 0;
    QDateTime m_tokenFileModified;
    qint64 m_tokenFileSize = -1;
    quint64 m_lastRun = 0;
    bool m_running = false;
    quint64 m_failedRun = 0;
    Error m_failure;
    std::thread m_worker;
    std::atomic_bool m_cancelled = false;
    std::mutex m_listenerMutex;
    std::function<void()> m_listener;
};

} // namespace Slipway
