#pragma once

#include "ProbeResult.h"

#include <QObject>
#include <QPointer>

namespace Slipway {

class KubeClient;
class KubeReply;
struct KubeRequest;

// "Can I talk to this cluster, and as whom?" — GET /version, then a SelfSubjectReview, over the
// client's connection: the credentials it fetches (an exec plugin's run) serve the requests that
// come after, and what the plugin writes to stderr reaches the user through
// KubeClient::credentialPluginMessage(). An operation (app/README.md §4): start() only schedules,
// cancel() works at any time, and exactly one finished() follows. Destroying a probe that still
// runs cancels it without a signal.
class ClusterProbe final : public QObject
{
    Q_OBJECT

public:
    // `client` must outlive the probe's run; if it goes first, the probe ends as cancelled.
    explicit ClusterProbe(KubeClient *client, QObject *parent = nullptr);
    ~ClusterProbe() override;
    Q_DISABLE_COPY_MOVE(ClusterProbe)

    void start();
    // Ends the probe at once with Failure::Cancelled (finished() is emitted from here); the
    // request in flight is dropped. Does nothing once finished.
    void cancel();

    bool isRunning() const { return m_started && !m_finished; }

Q_SIGNALS:
    void finished(const Slipway::ProbeResult &result);

private:
    void run();
    void send(const KubeRequest &request, void (ClusterProbe::*handler)(const KubeReply &));
    void onVersion(const KubeReply &reply);
    void onIdentity(const KubeReply &reply);
    void fail(ProbeResult::Failure failure, const QString &error);
    void failWith(const KubeReply &reply);
    void finish();

    QPointer<KubeClient> m_client;
    KubeReply *m_reply = nullptr; // the request in flight, a child of this probe
    ProbeResult m_result;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Slipway
