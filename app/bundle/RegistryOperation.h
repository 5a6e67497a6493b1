#pragma once

#include "RegistryResult.h"
#include "RegistrySession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Slipway {

// A pull or push as both front ends run it, with the contract of app/README.md §4: start()
// only schedules; the transfers run on a worker thread of their own (libcurl blocks);
// progress() reports blob bytes per image with the throughput; cancel() works at any time;
// exactly one finished() ends it, on the thread that owns the operation.
class RegistryOperation : public QObject
{
    Q_OBJECT

public:
    explicit RegistryOperation(QObject *parent = nullptr);
    ~RegistryOperation() override; // cancels and waits for the worker
    Q_DISABLE_COPY_MOVE(RegistryOperation)

    void start();
    void cancel();

Q_SIGNALS:
    // Bytes of `image`'s blobs done (transferred or found present) out of its total.
    void progress(const QString &image, qint64 done, qint64 total, double bytesPerSecond);
    void notice(const QString &text);
    void finished(const Slipway::RegistryResult &result);

protected:
    // Runs on the worker thread; fills `result` (ok or error). Must return soon after
    // isCancelled() turns true.
    virtual void run(RegistryResult &result) = 0;

    bool isCancelled() const { return m_cancelled; }
    // Every subclass calls this in its destructor: the worker may still be in run(), which
    // uses the subclass's members.
    void stopWorker();
    // The session a worker uses for `host`; cancel() reaches it.
    RegistrySession &session(const QString &host, const RegistryOptions &options);
    // Thread-safe: queue a progress report, at most every 100 ms unless `force`.
    void report(const QString &image, qint64 done, qint64 total, bool force = false);
    void say(const QString &text);

private:
    void end(const RegistryResult &result);

    QThread *m_worker = nullptr;
    std::atomic_bool m_cancelled = false;
    std::atomic_bool m_started = false;
    std::unique_ptr<RegistrySession> m_session;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1000;
};

} // namespace Slipway
