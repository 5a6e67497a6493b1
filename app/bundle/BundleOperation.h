#pragma once

#include "BundleResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Slipway {

class RegistryOperation;

// What BundleExport and BundleImport share, with the contract of app/README.md §4: start()
// only schedules; the steps run one after another — file work on a worker thread of the
// operation's own, registry work as RegistryOperations (threads of their own) —; progress()
// reports bytes of the current step with the throughput; cancel() works at any time; exactly
// one finished() ends it, on the thread that owns the operation.
class BundleOperation : public QObject
{
    Q_OBJECT

public:
    explicit BundleOperation(QObject *parent = nullptr);
    ~BundleOperation() override;
    Q_DISABLE_COPY_MOVE(BundleOperation)

    void start();
    void cancel();

Q_SIGNALS:
    // `what`: the image, or "bundle" while the archive is written or checked.
    void progress(const QString &what, qint64 done, qint64 total, double bytesPerSecond);
    void notice(const QString &text);
    void finished(const Slipway::BundleResult &result);

protected:
    // The first step, on the owner's thread once the event loop runs.
    virtual void begin() = 0;
    // Runs `work` on the worker thread, then `then` on the owner's thread with its outcome;
    // a failure ends the operation with `failure` (Files when work() did not say otherwise).
    void onWorker(std::function<Expected<void>()> work, std::function<void()> then);
    // Runs a registry operation to its end, forwarding its progress; its failure ends this.
    void runRegistry(std::unique_ptr<RegistryOperation> operation, std::function<void(const RegistryResult &)> then);
    // Thread-safe, at most every 100 ms unless `force`.
    void report(const QString &what, qint64 done, qint64 total, bool force = false);
    void say(const QString &text); // thread-safe notice()
    void fail(BundleResult::Failure failure, const Error &error);
    void succeed();
    bool isCancelled() const { return m_cancelled; }
    // Subclasses call this first in their destructors: the worker may use their members.
    void stopWorker();

    BundleResult m_result;
    // Set by work() to say which kind of failure its Error is (default Files).
    std::atomic<BundleResult::Failure> m_workFailure = BundleResult::Failure::Files;

private:
    void end();

    QThread *m_worker = nullptr;
    std::unique_ptr<RegistryOperation> m_registry;
    std::atomic_bool m_cancelled = false;
    bool m_started = false;
    bool m_ended = false;
    QElapsedTimer m_clock;
    qint64 m_stepStartMs = 0;
    std::atomic<qint64> m_lastReportMs = -1000;
};

} // namespace Slipway
