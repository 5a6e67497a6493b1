#include "BundleOperation.h"

#include "RegistryOperation.h"

#include <QTimer>

namespace Slipway {

BundleOperation::BundleOperation(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Slipway::BundleResult>();
}

BundleOperation::~BundleOperation()
{
    stopWorker();
}

void BundleOperation::stopWorker()
{
    m_cancelled = true;
    if (m_registry)
        m_registry->cancel();
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    m_registry.reset();
}

void BundleOperation::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        m_clock.start();
        if (m_cancelled)
            return fail(BundleResult::Failure::Cancelled, Error(tr("cancelled")));
        begin();
    });
}

void BundleOperation::cancel()
{
    m_cancelled = true;
    if (m_registry)
        m_registry->cancel();
}

void BundleOperation::onWorker(std::function<Expected<void>()> work, std::function<void()> then)
{
    if (m_cancelled)
        return fail(BundleResult::Failure::Cancelled, Error(tr("cancelled")));
    m_stepStartMs = m_clock.elapsed();
    m_workFailure = BundleResult::Failure::Files;
    m_worker = QThread::create([this, work = std::move(work), then = std::move(then)] {
        const Expected<void> done = work();
        QMetaObject::invokeMethod(this, [this, done, then] {
            if (m_worker) {
                m_worker->wait();
                delete m_worker;
                m_worker = nullptr;
            }
            if (m_cancelled)
                return fail(BundleResult::Failure::Cancelled, Error(tr("cancelled")));
            if (!done)
                return fail(m_workFailure, done.error());
            then();
        }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void BundleOperation::runRegistry(std::unique_ptr<RegistryOperation> operation,
                                  std::function<void(const RegistryResult &)> then)
{
    if (m_cancelled)
        return fail(BundleResult::Failure::Cancelled, Error(tr("cancelled")));
    m_registry = std::move(operation);
    connect(m_registry.get(), &RegistryOperation::progress, this, &BundleOperation::progress);
    connect(m_registry.get(), &RegistryOperation::notice, this, &BundleOperation::notice);
    connect(m_registry.get(), &RegistryOperation::finished, this, [this, then](const RegistryResult &r) {
        // The operation is deleted later: this runs inside its signal.
        m_registry.release()->deleteLater();
        RegistryResult &sum = m_result.registry;
        sum.bytesTransferred += r.bytesTransferred;
        sum.bytesSkipped += r.bytesSkipped;
        sum.blobsTransferred += r.blobsTransferred;
        sum.blobsSkipped += r.blobsSkipped;
        sum.blobsMounted += r.blobsMounted;
        sum.chunks += r.chunks;
        if (r.cancelled || m_cancelled)
            return fail(BundleResult::Failure::Cancelled, Error(tr("cancelled")));
        if (!r.ok) {
            sum.error = r.error;
            return fail(BundleResult::Failure::Registry, r.error);
        }
        then(r);
    });
    m_registry->start();
}

void BundleOperation::report(const QString &what, qint64 done, qint64 total, bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastReportMs < 100)
        return;
    m_lastReportMs = now;
    const double seconds = qMax(1e-3, double(now - m_stepStartMs) / 1000.0);
    const double rate = double(done) / seconds;
    QMetaObject::invokeMethod(this, [this, what, done, total, rate] { Q_EMIT progress(what, done, total, rate); },
                              Qt::QueuedConnection);
}

void BundleOperation::say(const QString &text)
{
    QMetaObject::invokeMethod(this, [this, text] { Q_EMIT notice(text); }, Qt::QueuedConnection);
}

void BundleOperation::fail(BundleResult::Failure failure, const Error &error)
{
    m_result.ok = false;
    m_result.failure = m_cancelled ? BundleResult::Failure::Cancelled : failure;
    m_result.error = m_cancelled ? Error(tr("cancelled")) : error;
    end();
}

void BundleOperation::succeed()
{
    m_result.ok = true;
    m_result.failure = BundleResult::Failure::None;
    end();
}

void BundleOperation::end()
{
    if (m_ended)
        return;
    m_ended = true;
    m_result.seconds = double(m_clock.nsecsElapsed()) / 1e9;
    m_result.registry.seconds = m_result.seconds;
    // Queued, so that a caller never sees finished() inside its own call.
    QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
}

} // namespace Slipway
