#include "PreflightCommand.h"

#include "CliSession.h"
#include "Console.h"
#include "ExitCode.h"
#include "SignalWatcher.h"
#include "install/InstallPlan.h"
#include "install/PreflightRun.h"
#include "install/ReleasePolicy.h"
#include "product/Chart.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Slipway {

PreflightCommand::PreflightCommand(CliSession &session)
    : m_session(session)
{ }

PreflightCommand::~PreflightCommand() = default;

QString PreflightCommand::unknownCheckMessage(const QStringList &ids)
{
    const QStringList known = PreflightRun::checkIds();
    for (const QString &id : ids) {
        if (!known.contains(id))
            return tr("--ignore-preflight: there is no check “%1”; the checks are: %2")
                .arg(id, known.join(QStringLiteral(", ")));
    }
    return {};
}

int PreflightCommand::runPreflight(const HelmRequest &request, bool upgrade)
{
    PreflightInput input;
    input.request = request;
    input.upgrade = upgrade;
    if (m_session.chart())
        input.chartKubeVersion = m_session.chart()->kubeVersion;
    m_run = std::make_unique<PreflightRun>(m_session.client(), m_session.helm());
    if (Console::errIsTerminal())
        QObject::connect(m_run.get(), &PreflightRun::progress, m_run.get(),
                         [](const QString &text) { Console::err(QStringLiteral("preflight: ") + text); });
    // Ctrl-C stops it at once: nothing has been changed.
    SignalWatcher signals;
    int signalNumber = 0;
    QObject::connect(&signals, &SignalWatcher::caught, m_run.get(), [&](int number) {
        signalNumber = number;
        m_run->cancel();
    });
    m_run->start(input);
    CliSession::waitFor(m_run.get(), &PreflightRun::finished);
    if (signalNumber != 0) {
        Console::err(tr("slipway-cli: preflight cancelled; nothing was changed."));
        return SignalWatcher::exitCodeFor(signalNumber);
    }
    if (const QString error = m_run->connectionError(); !error.isEmpty())
        return m_session.fail(ExitClusterError, error);
    // helm could not do anything with a release whose records it may not read: the cluster
    // refuses this identity, as install's own history read would say.
    if (const QString error = m_run->historyError(); !error.isEmpty())
        return m_session.fail(ExitClusterError, error);
    return ExitOk;
}

void PreflightCommand::printReport(bool toStdout) const
{
    for (const QString &line : m_run->report().toText())
        toStdout ? Console::out(line) : Console::err(line);
}

int PreflightCommand::run()
{
    InstallPlan plan;
    PreparedValues prepared;
    if (int rc = m_session.openPlan(&plan, &prepared, true))
        return rc;
    // Upgrade or install, the manifests are rendered the same way; whether the release exists
    // is read by the run itself.
    const HelmRequest request = m_session.upgradeRequest(plan, prepared, false);
    if (int rc = runPreflight(request, false))
        return rc;
    const PreflightReport &report = m_run->report();
    const QStringList ignored = m_session.options().ignorePreflight;
    if (m_session.options().json) {
        QJsonObject json = report.toJson();
        json.insert(QStringLiteral("release"), m_session.release());
        json.insert(QStringLiteral("namespace"), m_session.nameSpace());
        json.insert(QStringLiteral("upgrade"), m_run->releaseExists());
        json.insert(QStringLiteral("ignored"), QJsonArray::fromStringList(ignored));
        Console::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        printReport(true);
    }
    return report.blocking(ignored).isEmpty() ? ExitOk : ExitPreflight;
}

int PreflightCommand::gate(const HelmRequest &request, bool upgrade, Verdict *verdict)
{
    const CliOptions &options = m_session.options();
    if (options.skipPreflight) {
        verdict->name = QStringLiteral("skipped");
        Console::err(tr("warning: preflight skipped (--skip-preflight); the journal records it."));
        return ExitOk;
    }
    if (int rc = runPreflight(request, upgrade))
        return rc;
    const PreflightReport &report = m_run->report();
    if (ReleasePolicy::isStuckStatus(m_run->latestStatus())) {
        verdict->stuckStatus = m_run->latestStatus();
        verdict->stuckRevision = m_run->latestRevision();
        return ExitPending;
    }
    const QList<PreflightCheck> blocking = report.blocking(options.ignorePreflight);
    QStringList overridden;
    for (const PreflightCheck &check : report.checks()) {
        if (check.severity == PreflightCheck::Severity::Fail && options.ignorePreflight.contains(check.id))
            overridden << check.id;
    }
    // The whole report when anything is not a pass; one line when all is well.
    if (report.count(PreflightCheck::Severity::Pass) == report.checks().size())
        Console::err(tr("preflight: all %n check(s) passed in %1 ms.", nullptr,
                        int(report.checks().size()))
                         .arg(report.elapsedMs()));
    else
        printReport(false);
    if (!blocking.isEmpty()) {
        QStringList ids;
        for (const PreflightCheck &check : blocking)
            ids << check.id;
        return m_session.fail(
            ExitPreflight,
            tr("preflight failed (%1): nothing was changed. Fix what the report names, or "
               "override a check you know to be wrong with --ignore-preflight=ID.")
                .arg(ids.join(QStringLiteral(", "))));
    }
    verdict->name = overridden.isEmpty() ? QStringLiteral("passed") : QStringLiteral("overridden");
    verdict->ignored = overridden;
    for (const QString &id : std::as_const(overridden))
        Console::err(tr("warning: the failed preflight check “%1” is overridden "
                        "(--ignore-preflight); the journal records it.")
                         .arg(id));
    return ExitOk;
}

} // namespace Slipway
