#pragma once

#include <QObject>
#include <QTimer>

class QProcess;

namespace Slipway {

// Takes over a helm that is still running when its HelmJob goes away, so that destroying a job
// never blocks the caller's thread: helm's process group gets SIGTERM at once and SIGKILL after
// the grace period, and the process is reaped when it ends; then the reaper deletes itself, the
// process with it. A helm still running when the application quits is killed then (aboutToQuit,
// and a post routine for one handed over after that), never left behind. Internal to
// slipway_helm.
class HelmReaper final : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of the running `process`, whose signal connections the caller has cut.
    static void reap(QProcess *process, int graceMs);

    // Sends `signal` to the process group `pid` leads (helm runs in one of its own), so the
    // programs helm started (a post-renderer) go with it.
    static void signalGroup(qint64 pid, int signal);

    ~HelmReaper() override;
    Q_DISABLE_COPY_MOVE(HelmReaper)

private:
    HelmReaper(QProcess *process, int graceMs);
    void killNow();
    static void killAllAtExit();

    QProcess *m_process;
    qint64 m_pid;
    QTimer m_killTimer;
};

} // namespace Slipway
