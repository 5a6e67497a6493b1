#include "RegistryOperation.h"

#include <QMetaObject>
#include <QTimer>

#include <mutex>

namespace Slipway {

namespace {
std::mutex g_sessionMutex; // cancel() on the owner's thread against session() on the worker's
}

RegistryOperation::RegistryOperation(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Slipway::RegistryResult>();
}

RegistryOperation::~RegistryOperation()
{
    stopWorker();
}

void RegistryOperation::stopWorker()
{
    if (!m_worker)
        return;
    cancel();
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
}

void RegistryOperation::start()
{
    if (m_started.exchange(true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_clock.start();
        m_worker = QThread::create([this] {
            RegistryResult result;
            if (!m_cancelled)
                run(result);
            if (m_cancelled) {
                result.ok = false;
                result.cancelled = true;
                result.error = Error(tr("cancelled"));
            }
            result.seconds = double(m_clock.nsecsElapsed()) / 1e9;
            QMetaObject::invokeMethod(this, [this, result] { end(result); }, Qt::QueuedConnection);
        });
        m_worker->start();
    });
}

void RegistryOperation::cancel()
{
    m_cancelled = true;
    std::lock_guard lock(g_sessionMutex);
    if (m_session)
        m_session->cancel();
}

void RegistryOperation::end(const RegistryResult &result)
{
    if (m_worker)
        m_worker->wait();
    Q_EMIT finished(result);
}

RegistrySession &RegistryOperation::session(const QString &host, const RegistryOptions &options)
{
    std::lock_guard lock(g_sessionMutex);
    if (!m_session || m_session->host() != host) {
        m_session = std::make_unique<RegistrySession>(host, options);
        if (m_cancelled)
            m_session->cancel();
    }
    return *m_session;
}

void RegistryOperation::report(const QString &image, qint64 done, qint64 total, bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastReportMs < 100)
        return;
    m_lastReportMs = now;
    const double seconds = qMax(1e-3, double(now) / 1000.0);
    const double rate = double(m_session ? m_session->bytesMoved() : 0) / seconds;
    QMetaObject::invokeMethod(this, [this, image, done, total, rate] {
        Q_EMIT progress(image, done, total, rate);
    }, Qt::QueuedConnection);
}

void RegistryOperation::say(const QString &text)
{
    QMetaObject::invokeMethod(this, [this, text] { Q_EMIT notice(text); }, Qt::QueuedConnection);
}

} // namespace Slipway
