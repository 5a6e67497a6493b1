#pragma once

#include <QDeadlineTimer>

#include <algorithm>
#include <atomic>

namespace Slipway {

// The clock and the cancel flag one backend of ConnectionTest works against on its worker
// thread: every wait is cut into short slices so that cancel() is seen within ~100 ms.
class ConnectionAttempt
{
public:
    ConnectionAttempt(int timeoutMs, const std::atomic_bool *cancelled)
        : m_deadline(timeoutMs)
        , m_timeoutMs(timeoutMs)
        , m_cancelled(cancelled)
    { }

    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }
    bool isExpired() const { return m_deadline.hasExpired(); }
    bool shouldStop() const { return isCancelled() || isExpired(); }
    int timeoutMs() const { return m_timeoutMs; }
    int remainingMs() const { return int(std::max<qint64>(0, m_deadline.remainingTime())); }
    int sliceMs() const { return std::min(remainingMs(), 100); }

private:
    QDeadlineTimer m_deadline;
    int m_timeoutMs;
    const std::atomic_bool *m_cancelled;
};

} // namespace Slipway
