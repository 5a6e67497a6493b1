#include "StartupClock.h"

#include <QElapsedTimer>
#include <QFile>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace Slipway {

namespace {

// Started during static initialisation: the fallback where /proc is not available.
const QElapsedTimer g_sinceStaticInit = [] {
    QElapsedTimer timer;
    timer.start();
    return timer;
}();

#ifdef Q_OS_LINUX
// Field 22 of /proc/self/stat is the start time in clock ticks since boot (CLOCK_BOOTTIME).
qint64 procStartMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces and parentheses; count from its last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int kStartTimeAfterComm = 22 - 3;
    if (fields.size() <= kStartTimeAfterComm)
        return -1;
    bool ok = false;
    const qint64 ticks = fields.at(kStartTimeAfterComm).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (!ok || ticksPerSecond <= 0)
        return -1;
    return ticks * 1000 / ticksPerSecond;
}
#endif

} // namespace

qint64 StartupClock::elapsedMs()
{
#ifdef Q_OS_LINUX
    timespec now {};
    const qint64 startMs = procStartMs();
    if (startMs >= 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
        const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
        if (nowMs >= startMs)
            return nowMs - startMs;
    }
#endif
    return g_sinceStaticInit.elapsed();
}

} // namespace Slipway
