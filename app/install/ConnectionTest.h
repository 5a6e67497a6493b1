#pragma once

#include "ConnectionTestRequest.h"
#include "ConnectionTestResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace Slipway {

// "Test connection" for an external database or object store (the databaseMode fields' `test`):
// one attempt on a worker thread, bounded by the request's timeout, ending with exactly one
// finished() — also after cancel(), which answers at once and leaves the worker to notice on
// its own within ~100 ms. start() only schedules; start() during a run cancels that run first
// (its finished() comes, as Cancelled). The password is scrubbed from every text the
// result carries, whatever a server put into its messages.
class ConnectionTest final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;
    Q_DISABLE_COPY_MOVE(ConnectionTest)

    void start(ConnectionTestRequest request);
    void cancel();
    bool isRunning() const { return m_running; }

    // The worker's whole job, for the thread and for callers that are on a worker already.
    static ConnectionTestResult runBlocking(const ConnectionTestRequest &request,
                                           const std::atomic_bool *cancelled);

Q_SIGNALS:
    void finished(const Slipway::ConnectionTestResult &result);

private:
    struct Shared;

    void launch();
    void finish(ConnectionTestResult result);

    ConnectionTestRequest m_request;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    QTimer m_guard;
    QElapsedTimer m_clock;
    bool m_running = false;
};

} // namespace Slipway
