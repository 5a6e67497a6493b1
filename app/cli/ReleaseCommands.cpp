#include "ReleaseCommands.h"


#include "CliSession.h"
#include "Console.h"
#include "ExitCode.h"
#include "OperationRunner.h"
#include "PreflightCommand.h"
#include "SignalWatcher.h"
#include "helm/HelmErrorText.h"
#include "helm/ReleaseHistory.h"
#include "install/InstallPlan.h"
#include "install/ReleaseOperation.h"
#include "install/ReleasePolicy.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Slipway {

ReleaseCommands::ReleaseCommands(CliSession &session)
    : m_session(session)
{ }

HelmRequest ReleaseCommands::baseRequest(HelmRequest::Action action) const
{
    return m_session.target().request(action);
}

QString ReleaseCommands::cancelledMessage(const OperationResult &result,
                                         bool rollbackOnFailure) const
{
    const QString release = m_session.release();
    if (result.revisionAfter == 0)
        return rollbackOnFailure && result.revisionBefore == 0
            ? tr("Cancelled. helm uninstalled what it had begun to install of %1: nothing is "
                 "left of it.")
                  .arg(release)
            : tr("Cancelled. Release %1 has no revisions left.").arg(release);
    if (result.revisionAfter == result.revisionBefore && !result.helm.killed)
        return tr("Cancelled before helm changed anything. Release %1 is at revision %2: %3.")
            .arg(release)
            .arg(result.revisionAfter)
            .arg(result.statusAfter);
    QString text = tr("Cancelled. Release %1 is at revision %2: %3")
                       .arg(release)
                       .arg(result.revisionAfter)
                       .arg(result.statusAfter);
    if (result.rollbackTarget > 0 && result.revisionAfter > result.revisionBefore + 1)
        text += QLatin1Char(' ')
            + tr("(helm rolled it back to revision %1)").arg(result.rollbackTarget);
    text += QLatin1Char('.');
    if (ReleasePolicy::isStuckStatus(result.statusAfter))
        text += QLatin1Char(' ')
            + tr("helm was stopped half-way, so the release is stuck: run “slipway-cli recover "
                 "--force” to bring it back.");
    return text;
}

int ReleaseCommands::run(HelmRequest request, const QString &auditAction,
                         const QByteArray &valuesSha256, OperationResult *resultOut)
{
    const AuditJournal journal(AuditJournal::defaultPath());
    ReleaseOperation operation(m_session.client(), m_session.helm(), request);
    operation.setJournal(&journal, auditAction, valuesSha256);
    operation.setPreflight(m_preflight, m_preflightIgnored);
    operation.setRevisionBefore(m_session.latestRevision());
    operation.setDeleteVolumes(request.action == HelmRequest::Action::Uninstall
                               && m_session.options().deletePvcs);
    return report(OperationRunner::run(operation), request, auditAction, resultOut);
}

QJsonArray ReleaseCommands::failureLogsJson(const QList<ContainerLog> &logs)
{
    QJsonArray out;
    for (const ContainerLog &log : logs)
        out.append(QJsonObject { { QStringLiteral("pod"), log.pod },
                                 { QStringLiteral("container"), log.container },
                                 { QStringLiteral("previous"), log.previous },
                                 { QStringLiteral("restarts"), log.restarts },
                                 { QStringLiteral("lines"), QJsonArray::fromStringList(log.lines) },
                                 { QStringLiteral("error"), log.error } });
    return out;
}

int ReleaseCommands::report(const OperationRunner::Outcome &outcome, const HelmRequest &request,
                            const QString &auditAction, OperationResult *resultOut)
{
    const bool rollbackOnFailure = request.rollbackOnFailure;
    OperationResult result = outcome.result;
    const bool cancelled = result.helm.outcome == HelmResult::Outcome::Cancelled;
    if (cancelled)
        result.message = cancelledMessage(result, rollbackOnFailure);
    const int refusal = refusalExitCode(request, &result);
    if (resultOut)
        *resultOut = result;
    const QJsonObject summary { { QStringLiteral("release"), m_session.release() },
                                { QStringLiteral("namespace"), m_session.nameSpace() },
                                { QStringLiteral("action"), auditAction },
                                { QStringLiteral("ok"), result.ok() },
                                { QStringLiteral("cancelled"), cancelled },
                                { QStringLiteral("rolledBack"), result.helm.rolledBack },
                                { QStringLiteral("revisionBefore"), result.revisionBefore },
                                { QStringLiteral("revisionAfter"), result.revisionAfter },
                                { QStringLiteral("status"), result.statusAfter },
                                { QStringLiteral("failingPods"),
                                  QJsonArray::fromStringList(result.failingPods) },
                                { QStringLiteral("failureLogs"), failureLogsJson(result.failureLogs) },
                                { QStringLiteral("error"), result.message } };
    if (m_session.options().json)
        Console::out(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented)).trimmed());
    else if (result.ok())
        Console::out(tr("%1: %2 in %3 is at revision %4 (%5).")
                         .arg(auditAction, m_session.release(), m_session.nameSpace())
                         .arg(result.revisionAfter)
                         .arg(result.statusAfter.isEmpty() ? tr("no revisions left")
                                                           : result.statusAfter));
    if (result.ok())
        return ExitOk;
    Console::err(QStringLiteral("slipway-cli: ") + result.message);
    if (!m_session.options().json) {
        for (const ContainerLog &log : std::as_const(result.failureLogs))
            Console::err(ReleaseOperation::failureLogText(log));
    }
    if (refusal != ExitOk)
        return refusal;
    switch (result.helm.outcome) {
    case HelmResult::Outcome::Failed:
        if (result.helm.rolledBack)
            return ExitRolledBack;
        return HelmErrorText(result.helm.rawError).pendingOperation() ? ExitPending : ExitHelmFailed;
    case HelmResult::Outcome::TimedOut:
        return ExitTimeout;
    case HelmResult::Outcome::Cancelled:
        return outcome.signalNumber > 0 ? SignalWatcher::exitCodeFor(outcome.signalNumber)
                                        : int(ExitHelmFailed);
    case HelmResult::Outcome::NotStarted:
    case HelmResult::Outcome::Succeeded:
        break;
    }
    return ExitFailure;
}

QString ReleaseCommands::stuckMessage(const QString &status, int revision) const
{
    return tr("Release “%1” is stuck in %2 (revision %3). Run “slipway-cli recover” first.")
        .arg(m_session.release(), status)
        .arg(revision);
}

QString ReleaseCommands::nothingToUpgradeMessage(int uninstalledRevision) const
{
    // Not a failure of helm or the cluster: the wrong command for the state it is in.
    if (uninstalledRevision > 0)
        return tr("Release “%1” in namespace %2 was uninstalled (revision %3 is kept in its "
                  "history), so there is nothing to upgrade. Use “slipway-cli install” with the "
                  "same options to install it again.")
            .arg(m_session.release(), m_session.nameSpace())
            .arg(uninstalledRevision);
    if (const QString elsewhere = m_session.otherStorageMessage(); !elsewhere.isEmpty())
        return elsewhere;
    return tr("There is no release “%1” in namespace %2, so there is nothing to upgrade. Use "
              "“slipway-cli install” with the same options to install it (or check --release "
              "and --namespace).")
        .arg(m_session.release(), m_session.nameSpace());
}

int ReleaseCommands::refusalExitCode(const HelmRequest &request, OperationResult *result) const
{
    if (result->ok() || result->helm.outcome != HelmResult::Outcome::Failed)
        return ExitOk;
    const HelmErrorText helmError(result->helm.rawError);
    if (result->refused && helmError.noDeployedRelease()
        && request.action == HelmRequest::Action::UpgradeInstall && !request.install) {
        result->message = nothingToUpgradeMessage(
            result->statusAfter == QLatin1String("uninstalled") ? result->revisionAfter : 0);
        return ExitUsage;
    }
    if (result->refused && helmError.pendingOperation() && result->revisionAfter > 0) {
        result->message = stuckMessage(result->statusAfter, result->revisionAfter);
        return ExitPending;
    }
    // helm failed and the release cannot be read either: the cluster is what is wrong, and its
    // own words are clearer than helm's.
    if (result->readError.isError()) {
        result->message = tr("helm %1 failed, and the release cannot be read: %2")
                              .arg(request.actionName(), result->readError.message());
        return ExitClusterError;
    }
    return ExitOk;
}

int ReleaseCommands::install(bool upgrade)
{
    InstallPlan plan;
    PreparedValues prepared;
    if (int rc = m_session.openPlan(&plan, &prepared, !upgrade))
        return rc;
    // An upgrade from an answers file that leaves a generated password empty keeps the one the
    // release runs with (else a new one would be made): only then is the history read first.
    if (upgrade && plan.hasAnswers && plan.leavesGeneratedSecretEmpty(*m_session.chart())) {
        int rc = ExitOk;
        const auto history = m_session.history(&rc);
        if (!history)
            return rc;
        const ReleaseRecord *deployed = history->lastDeployed() ? history->lastDeployed() : history->latest();
        if (deployed && (rc = m_session.keepGeneratedSecrets(&plan, &prepared, *deployed)))
            return rc;
    }
    const HelmRequest request = m_session.upgradeRequest(plan, prepared, upgrade);
    // An upgrade asks helm straight away: helm refuses a missing or locked release itself
    // (run() words the refusal), and a read of the history first would cost every upgrade a
    // connection and a list of its revisions.
    if (upgrade) {
        if (int rc = preflight(request, true))
            return rc;
        return run(request, QStringLiteral("upgrade"), prepared.sha256);
    }
    int rc = ExitOk;
    // Alongside the history read: a release whose records another storage driver keeps must not
    // be installed a second time beside them.
    const std::unique_ptr<KubeReply> otherStorage = m_session.probeOtherStorage();
    const auto history = m_session.history(&rc);
    if (!history)
        return rc;
    const ReleaseRecord *latest = history->latest();
    const int elsewhere = latest ? 0 : CliSession::otherStorageRevisions(otherStorage.get());
    if (elsewhere > 0) {
        const ReleaseStorage other = m_session.options().storage.other();
        return m_session.fail(
            ExitValidation,
            tr("Release “%1” is already installed in %2: helm's “%3” storage driver keeps %4 "
               "revision(s) of it as %5 objects, and installing it with the “%6” driver would "
               "make a second release of the same name beside it. Run with --helm-driver %3 "
               "(or HELM_DRIVER=%3) to work on it.")
                .arg(m_session.release(), m_session.nameSpace(), other.driverName())
                .arg(elsewhere)
                .arg(other.objectKind(), m_session.options().storage.driverName()));
    }
    if (latest && ReleasePolicy::isStuck(*latest))
        return m_session.fail(ExitPending, stuckMessage(latest->status, latest->revision));
    if (latest && latest->status != QLatin1String("uninstalled"))
        return m_session.fail(ExitValidation,
                              tr("Release “%1” is already installed in %2 (revision %3); use "
                                 "“upgrade”.")
                                  .arg(latest->name, latest->nameSpace)
                                  .arg(latest->revision));
    if (int refused = preflight(request, false))
        return refused;
    return run(request, QStringLiteral("install"), prepared.sha256);
}

int ReleaseCommands::preflight(const HelmRequest &request, bool upgrade)
{
    PreflightCommand::Verdict verdict;
    const int rc = PreflightCommand(m_session).gate(request, upgrade, &verdict);
    if (rc == ExitPending && !verdict.stuckStatus.isEmpty())
        return m_session.fail(ExitPending, stuckMessage(verdict.stuckStatus, verdict.stuckRevision));
    m_preflight = verdict.name;
    m_preflightIgnored = verdict.ignored;
    return rc;
}

int ReleaseCommands::rollback()
{
    int rc = ExitOk;
    const auto history = m_session.openHistory(true, &rc);
    if (!history)
        return rc;
    if (!history->latest()) {
        const QString elsewhere = m_session.otherStorageMessage();
        return m_session.fail(ExitUsage,
                              !elsewhere.isEmpty()
                                  ? elsewhere
                                  : tr("There is no release “%1” in namespace %2, so there is "
                                       "nothing to roll back. Use “slipway-cli install” to "
                                       "install it.")
                                        .arg(m_session.release(), m_session.nameSpace()));
    }
    // helm rolls back a release another helm is still upgrading, and the two then write over
    // each other's objects and records: a pending revision is refused, as for install.
    if (const ReleaseRecord *latest = history->latest(); ReleasePolicy::isStuck(*latest))
        return m_session.fail(ExitPending, stuckMessage(latest->status, latest->revision));
    int target = m_session.options().to;
    if (target <= 0) {
        // Helm's default is latest−1 whatever its state; the last good one is what people mean.
        const ReleaseRecord *good
            = ReleasePolicy::lastGood(history->records(), history->latest()->revision);
        target = good ? good->revision : 0;
    }
    if (target <= 0 || !history->revision(target))
        return m_session.fail(ExitUsage, tr("Release “%1” has no revision to roll back to%2.")
                                             .arg(m_session.release(),
                                                  target > 0 ? QStringLiteral(" (%1)").arg(target)
                                                             : QString()));
    HelmRequest request = baseRequest(HelmRequest::Action::Rollback);
    request.revision = target;
    return run(request, QStringLiteral("rollback"), {});
}

int ReleaseCommands::uninstall()
{
    int rc = ExitOk;
    const auto history = m_session.openHistory(true, &rc);
    if (!history)
        return rc;
    if (!history->latest())
        return m_session.noRelease();
    // Nor does helm refuse to uninstall a release whose upgrade is still running: the upgrade
    // would then report a revision that no longer exists. `recover` is the way out of a stuck one.
    if (const ReleaseRecord *latest = history->latest(); ReleasePolicy::isStuck(*latest))
        return m_session.fail(ExitPending, stuckMessage(latest->status, latest->revision));
    HelmRequest request = baseRequest(HelmRequest::Action::Uninstall);
    request.keepHistory = m_session.options().keepHistory;
    OperationResult result;
    rc = run(request, QStringLiteral("uninstall"), {}, &result);
    if (rc != ExitOk || !m_session.options().deletePvcs)
        return rc;
    if (!result.volumesError.isEmpty())
        return m_session.fail(ExitClusterError,
                              tr("The release is uninstalled, but its volumes could not be "
                                 "deleted: %1")
                                  .arg(result.volumesError));
    Console::err(tr("Deleted %n persistent volume claim(s).", nullptr, result.deletedVolumes));
    return ExitOk;
}

} // namespace Slipway
