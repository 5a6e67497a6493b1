#include "RecoverCommand.h"

#include "CliSession.h"
#include "Console.h"
#include "ExitCode.h"
#include "OperationRunner.h"
#include "ReleaseCommands.h"
#include "helm/ReleaseHistory.h"
#include "install/AuditJournal.h"
#include "install/RecoverOperation.h"
#include "install/ReleasePolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Slipway {

RecoverCommand::RecoverCommand(CliSession &session)
    : m_session(session)
{ }

int RecoverCommand::run()
{
    int rc = ExitOk;
    const auto history = m_session.openHistory(true, &rc);
    if (!history)
        return rc;
    const ReleaseRecord *latest = history->latest();
    if (!latest)
        return m_session.noRelease();
    const bool markFailed = m_session.options().markFailed;
    const RecoverOperation::Plan plan = RecoverOperation::planFor(history->records(), markFailed);
    if (!ReleasePolicy::isStuck(*latest)) {
        Console::err(plan.refusal); // nothing to recover: not an error
        return ExitOk;
    }
    if (!plan.refusal.isEmpty())
        return m_session.fail(ExitUsage,
                              tr("--mark-failed unlocks a pending install, upgrade or rollback; "
                                 "release “%1” is stuck uninstalling, which only finishing the "
                                 "uninstall clears. Run “slipway-cli recover” without it.")
                                  .arg(latest->name));

    const AuditJournal journal(AuditJournal::defaultPath());
    RecoverOperation::Options options;
    options.markFailed = markFailed;
    options.force = m_session.options().force;
    RecoverOperation operation(m_session.client(), m_session.helm(), m_session.target(),
                               *history, options);
    operation.setJournal(&journal);
    const OperationRunner::Outcome outcome = OperationRunner::run(operation);
    const OperationResult &result = outcome.result;
    switch (result.problem) {
    case OperationResult::Problem::None:
        break;
    case OperationResult::Problem::Busy:
        return m_session.fail(ExitPending,
                              result.message + QLatin1Char(' ')
                                  + tr("Wait, or if you are sure nothing else is working on this "
                                       "release, run “slipway-cli recover --force”."));
    case OperationResult::Problem::Changed:
        return m_session.fail(ExitPending, result.message);
    case OperationResult::Problem::Cluster:
        return m_session.fail(ExitClusterError, result.message);
    case OperationResult::Problem::Local:
    case OperationResult::Problem::Invalid:
        return m_session.fail(ExitFailure, result.message);
    }
    if (plan.method != RecoverOperation::Method::MarkFailed) {
        ReleaseCommands commands(m_session);
        const HelmRequest request = commands.baseRequest(
            plan.method == RecoverOperation::Method::Rollback ? HelmRequest::Action::Rollback
                                                              : HelmRequest::Action::Uninstall);
        return commands.report(outcome, request, QStringLiteral("recover"));
    }
    if (!result.ok())
        return m_session.fail(ExitFailure, result.message);
    if (m_session.options().json) {
        Console::out(QString::fromUtf8(
                         QJsonDocument(QJsonObject {
                                           { QStringLiteral("release"), latest->name },
                                           { QStringLiteral("namespace"), m_session.nameSpace() },
                                           { QStringLiteral("action"), QStringLiteral("recover") },
                                           { QStringLiteral("method"), QStringLiteral("mark-failed") },
                                           { QStringLiteral("ok"), true },
                                           { QStringLiteral("revision"), latest->revision },
                                           { QStringLiteral("statusBefore"), latest->status },
                                           { QStringLiteral("status"), QStringLiteral("failed") } })
                             .toJson(QJsonDocument::Indented))
                         .trimmed());
        return ExitOk;
    }
    const ReleaseRecord *deployed = history->lastDeployed();
    const QString from = deployed ? tr("revision %1, the last deployed one").arg(deployed->revision)
                                  : tr("the failed revision");
    Console::out(tr("recover: revision %1 of %2 in %3 is marked failed (it was %4); the cluster's "
                    "objects are as the interrupted run left them. “slipway-cli upgrade” "
                    "continues from %5.")
                     .arg(latest->revision)
                     .arg(latest->name, m_session.nameSpace(), latest->status, from));
    return ExitOk;
}

} // namespace Slipway
