#pragma once

#include "CredentialProvider.h"
#include "CurlOptions.h"
#include "KubeRequest.h"
#include "ReplyLink.h"

#include <QThread>

#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <mutex>

namespace Slipway {

// One libcurl multi handle driving every transfer of one cluster connection, on its own thread:
// HTTP/2 multiplexes them over one TLS connection where the server allows. Requests come in
// from any thread through start()/cancel(); results go out through each transfer's ReplyLink,
// queued to the reply's thread. Also where 401 refreshes and Retry-After retries happen, so a
// caller sees one answer per request. A request whose credentials an exec plugin is still
// fetching waits, parked, while everything else on the connection goes on; the plugin's end
// wakes the engine. Internal to slipway_kube; KubeClient is the public face.
class CurlEngine final : public QThread
{
    Q_OBJECT

public:
    CurlEngine(const KubeCluster &cluster, std::shared_ptr<CredentialProvider> credentials,
               bool refuseCredentials);
    ~CurlEngine() override;
    Q_DISABLE_COPY_MOVE(CurlEngine)

    quint64 start(const KubeRequest &request, std::shared_ptr<ReplyLink> link);
    void cancel(quint64 id);

protected:
    void run() override;

private:
    struct Transfer;
    struct Command
    {
        quint64 id = 0;
        std::unique_ptr<Transfer> start; // null: cancel
    };

    void takeCommands();
    void begin(std::unique_ptr<Transfer> transfer);
    void startDueRetries();
    void resumeParked();
    void collectFinished();
    void finished(Transfer *t, CURLcode code);
    void retryLater(Transfer *t, qint64 delayMs);
    void complete(Transfer *t, ReplyCompletion completion);
    void flushStreams();
    void detach(Transfer *t);
    int pollTimeoutMs() const;
    std::shared_ptr<const CurlOptions> optionsFor(const CredentialProvider::Snapshot &snapshot);

    static size_t onData(char *data, size_t size, size_t count, void *transfer);
    static size_t onHeader(char *data, size_t size, size_t count, void *transfer);

    const KubeCluster m_cluster;
    const std::shared_ptr<CredentialProvider> m_credentials;
    const bool m_refuseCredentials;
    CURLM *m_multi = nullptr;
    std::mutex m_commandMutex;
    std::deque<Command> m_commands;
    std::atomic_bool m_stopping = false;
    std::atomic_bool m_credentialsChanged = false; // a plugin run ended: look at parked transfers
    std::atomic<quint64> m_nextId = 1;
    std::map<quint64, std::unique_ptr<Transfer>> m_transfers; // engine thread only
    std::shared_ptr<const CurlOptions> m_options;
    quint64 m_optionsGeneration = 0;
};

} // namespace Slipway
