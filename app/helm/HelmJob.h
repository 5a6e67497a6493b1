#pragma once

#include "HelmLocator.h"
#include "HelmRequest.h"
#include "HelmResult.h"
#include "core/Expected.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <memory>

class QTemporaryDir;

namespace Slipway {

// One helm run as an operation (app/README.md §4): start() only schedules; progress() reports
// helm's stages; cancel() works at any time — helm gets SIGTERM, which install / upgrade turn
// into a clean `failed` (helm-engine.md §3), and SIGKILL only after the grace period; exactly
// one finished() follows. The values files live in a private folder for the run only.
// Destroying a job never waits: a helm still running is handed to a HelmReaper, which stops it
// the same way in the background.
class HelmJob final : public QObject
{
    Q_OBJECT

public:
    HelmJob(HelmInstallation helm, HelmRequest request, QObject *parent = nullptr);
    ~HelmJob() override;
    Q_DISABLE_COPY_MOVE(HelmJob)

    void start();
    void cancel();
    void setKillGraceMs(int ms) { m_graceMs = ms; }

    const HelmRequest &request() const { return m_request; }
    bool isRunning() const { return m_started && !m_finished; }
    qint64 processId() const;

Q_SIGNALS:
    void progress(int done, int total, const QString &text);
    void finished(const Slipway::HelmResult &result);

private:
    void run();
    // The private files holding the request's values documents, in order.
    Expected<QStringList> writeValues();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onStderr();
    void finish(HelmResult result);

    HelmInstallation m_helm;
    HelmRequest m_request;
    QProcess *m_process; // a child, handed to a HelmReaper if still running at destruction
    QTimer m_killTimer;
    QElapsedTimer m_clock;
    std::unique_ptr<QTemporaryDir> m_valuesDir;
    QByteArray m_stderr;
    QByteArray m_stderrLine;
    int m_graceMs = 10000;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_killed = false;
    bool m_finished = false;
};

} // namespace Slipway
