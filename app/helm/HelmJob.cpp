#include "HelmJob.h"

#include "HelmErrorText.h"
#include "HelmReaper.h"
#include "Logging.h"
#include "core/PrivateFile.h"

#include <QTemporaryDir>

#include <csignal>
#include <unistd.h>

namespace Slipway {

namespace {

constexpr int kSteps = 3; // values written, helm running, helm done

} // namespace

HelmJob::HelmJob(HelmInstallation helm, HelmRequest request, QObject *parent)
    : QObject(parent)
    , m_helm(std::move(helm))
    , m_request(std::move(request))
    , m_process(new QProcess(this))
{
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        m_killed = true;
        HelmReaper::signalGroup(m_process->processId(), SIGKILL);
    });
    // helm gets a process group of its own, so a Ctrl-C at the terminal reaches the front end
    // only, which decides what helm gets: a rollback or uninstall must not die half-way just
    // because it shares the terminal (helm-engine.md §3, §5). Only async-signal-safe calls
    // here: this runs in the child between fork and exec.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::finished, this, &HelmJob::onProcessFinished);
    connect(m_process, &QProcess::readyReadStandardError, this, &HelmJob::onStderr);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        HelmResult result;
        result.error = tr("helm could not be started (%1): %2")
                           .arg(m_helm.path, m_process->errorString());
        finish(std::move(result));
    });
}

HelmJob::~HelmJob()
{
    // A job destroyed mid-run must not leave helm running unsupervised, nor make its owner (the
    // GUI thread, typically) wait up to the grace period for it.
    m_process->disconnect(this);
    m_process->setParent(nullptr);
    HelmReaper::reap(m_process, m_graceMs);
}

qint64 HelmJob::processId() const
{
    return m_process->processId();
}

void HelmJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, &HelmJob::run);
}

void HelmJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_process->state() == QProcess::NotRunning) {
        if (!m_clock.isValid()) {
            HelmResult result;
            result.outcome = HelmResult::Outcome::Cancelled;
            result.error = tr("Cancelled before helm was started.");
            finish(std::move(result));
        }
        return;
    }
    Q_EMIT progress(kSteps - 1, kSteps, tr("Stopping helm…"));
    HelmReaper::signalGroup(m_process->processId(), SIGTERM);
    m_killTimer.start(m_graceMs);
}

void HelmJob::run()
{
    if (m_finished)
        return;
    m_clock.start();
    const Expected<QStringList> valuesPaths = writeValues();
    if (!valuesPaths) {
        HelmResult result;
        result.error = valuesPaths.error().message;
        finish(std::move(result));
        return;
    }
    Q_EMIT progress(1, kSteps, tr("Running helm %1…").arg(m_request.actionName()));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Predictable output and no hidden overrides of the explicit flags (helm-engine.md §7, §9).
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("HELM_NO_PLUGINS"), QStringLiteral("1"));
    for (const char *name : { "HELM_KUBECONTEXT", "HELM_NAMESPACE", "HELM_DEBUG" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HELM_DRIVER"), m_request.storage.driverName());
    m_process->setProcessEnvironment(env);
    m_process->setProgram(m_helm.path);
    const QStringList args = m_request.arguments(m_helm.version, valuesPaths.value());
    m_process->setArguments(args);
    qCInfo(lcHelm) << "helm" << args.first() << m_request.release << "in" << m_request.nameSpace;
    m_process->start();
}

Expected<QStringList> HelmJob::writeValues()
{
    QStringList paths;
    if (m_request.valuesFiles.isEmpty())
        return paths;
    m_valuesDir = std::make_unique<QTemporaryDir>(); // created 0700 by QTemporaryDir
    if (!m_valuesDir->isValid())
        return Error(tr("Could not create a private folder for the values: %1")
                         .arg(m_valuesDir->errorString()));
    int index = 0;
    for (const QByteArray &content : std::as_const(m_request.valuesFiles)) {
        const QString path = m_valuesDir->filePath(QStringLiteral("values-%1.yaml").arg(index++));
        // NewOnly: a file already there was not written by this job, and must not be used.
        const Expected<void> written
            = PrivateFile::write(path, content, PrivateFile::Mode::NewOnly);
        if (!written)
            return Error(
                tr("Could not write the values for helm: %1").arg(written.error().message));
        paths.append(path);
    }
    return paths;
}

void HelmJob::onStderr()
{
    const QByteArray chunk = m_process->readAllStandardError();
    m_stderr += chunk;
    m_stderrLine += chunk;
    qsizetype newline;
    while ((newline = m_stderrLine.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stderrLine.left(newline)).trimmed();
        m_stderrLine.remove(0, newline + 1);
        if (!line.isEmpty())
            Q_EMIT progress(1, kSteps, line);
    }
}

void HelmJob::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer.stop();
    onStderr();
    HelmResult result;
    result.exitCode = status == QProcess::NormalExit ? exitCode : -1;
    result.killed = m_killed;
    result.output = m_process->readAllStandardOutput();
    result.rawError = QString::fromUtf8(m_stderr);
    const HelmErrorText text(result.rawError);
    result.rolledBack = text.rolledBack();
    if (m_cancelled) {
        result.outcome = HelmResult::Outcome::Cancelled;
        result.error = m_killed
            ? tr("Cancelled: helm did not stop in time and was killed; the release may be left "
                 "pending — check its status and recover it.")
            : tr("Cancelled: helm stopped and marked the operation failed.");
    } else if (status == QProcess::NormalExit && exitCode == 0) {
        result.outcome = HelmResult::Outcome::Succeeded;
    } else {
        result.outcome = text.timedOut() && !result.rolledBack ? HelmResult::Outcome::TimedOut
                                                               : HelmResult::Outcome::Failed;
        result.error = status == QProcess::NormalExit
            ? text.readable()
            : tr("helm stopped unexpectedly (%1).").arg(m_process->errorString());
    }
    finish(std::move(result));
}

void HelmJob::finish(HelmResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    // The values may hold secrets: gone before anyone hears the job ended.
    m_valuesDir.reset();
    result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT progress(kSteps, kSteps,
                    result.ok() ? tr("helm %1 finished.").arg(m_request.actionName())
                                : tr("helm %1 failed.").arg(m_request.actionName()));
    Q_EMIT finished(result);
}

} // namespace Slipway
