#include "HelmReaper.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QProcess>

#include <csignal>
#include <mutex>
#include <set>

#include <sys/types.h>

namespace Slipway {

namespace {

// Reapers not yet finished, for the kill at application exit. Jobs live on any thread.
std::mutex g_mutex;
std::set<HelmReaper *> g_reapers;

} // namespace

void HelmReaper::reap(QProcess *process, int graceMs)
{
    const bool noMoreEvents = !QCoreApplication::instance() || QCoreApplication::closingDown();
    if (process->state() != QProcess::NotRunning && noMoreEvents) {
        // No event loop will run again to deliver the kill timer: the final kill, now.
        signalGroup(process->processId(), SIGKILL);
        process->waitForFinished(1000);
    }
    if (process->state() == QProcess::NotRunning) {
        delete process;
        return;
    }
    new HelmReaper(process, graceMs);
}

void HelmReaper::signalGroup(qint64 pid, int signal)
{
    if (pid > 0)
        ::kill(-pid_t(pid), signal);
}

HelmReaper::HelmReaper(QProcess *process, int graceMs)
    : m_process(process)
    , m_pid(process->processId())
{
    m_process->setParent(this);
    connect(m_process, &QProcess::finished, this, &QObject::deleteLater);
    {
        const std::lock_guard lock(g_mutex);
        static std::once_flag postRoutine;
        // After aboutToQuit no event loop runs to deliver the kill timer: ~QCoreApplication
        // kills whatever is left.
        std::call_once(postRoutine, [] { qAddPostRoutine(&HelmReaper::killAllAtExit); });
        g_reapers.insert(this);
    }
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &HelmReaper::killNow);
    qCInfo(lcHelm) << "stopping helm" << m_pid << "left running by a discarded job";
    signalGroup(m_pid, SIGTERM);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalGroup(m_pid, SIGKILL); });
    m_killTimer.start(graceMs);
}

HelmReaper::~HelmReaper()
{
    const std::lock_guard lock(g_mutex);
    g_reapers.erase(this);
}

void HelmReaper::killNow()
{
    signalGroup(m_pid, SIGKILL);
    // SIGKILL cannot be caught: the wait is only for the kernel to take the process down.
    m_process->waitForFinished(1000);
}

void HelmReaper::killAllAtExit()
{
    std::set<HelmReaper *> left;
    {
        const std::lock_guard lock(g_mutex);
        left = g_reapers;
    }
    for (HelmReaper *reaper : left) {
        reaper->killNow(); // the whole group: ~QProcess would kill helm itself only
        delete reaper;
    }
}

} // namespace Slipway
