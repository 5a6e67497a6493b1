#pragma once

#include "OperationRunner.h"
#include "helm/HelmRequest.h"

#include <QByteArray>
#include <QJsonArray>
#include <QCoreApplication>
#include <QStringList>

namespace Slipway {

class CliSession;

// The commands that change a release — install, upgrade, rollback, uninstall — each one
// ReleaseOperation (helm job + history before / after + audit journal line), run in the
// foreground with progress and signal handling (OperationRunner). install, rollback and
// uninstall check the release's history first; upgrade leaves that to helm, which refuses a
// missing or locked release by itself, and words helm's refusal afterwards.
class ReleaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReleaseCommands)

public:
    explicit ReleaseCommands(CliSession &session);

    int install(bool upgrade);
    int rollback();
    int uninstall();

    // Runs one operation and prints its result; returns the exit code.
    int run(HelmRequest request, const QString &auditAction, const QByteArray &valuesSha256,
            OperationResult *result = nullptr);
    // Prints how an operation that ran `request` ended (the summary, or the error) and returns
    // its exit code; `resultOut` gets the result with its message worded for the terminal.
    int report(const OperationRunner::Outcome &outcome, const HelmRequest &request,
               const QString &auditAction, OperationResult *resultOut = nullptr);
    HelmRequest baseRequest(HelmRequest::Action action) const;

private:
    static QJsonArray failureLogsJson(const QList<ContainerLog> &logs);
    QString cancelledMessage(const OperationResult &result, bool rollbackOnFailure) const;
    QString stuckMessage(const QString &status, int revision) const;
    // `uninstalledRevision`: the kept revision of an uninstalled release; 0 when there is none.
    QString nothingToUpgradeMessage(int uninstalledRevision) const;
    // When helm turned the operation down (nothing to upgrade, a locked release) or the cluster
    // failed it, the message that says so and its exit code; ExitOk (0) when neither.
    int refusalExitCode(const HelmRequest &request, OperationResult *result) const;

    // Runs preflight before install / upgrade; 0 to go on, else the exit code (printed).
    int preflight(const HelmRequest &request, bool upgrade);

    CliSession &m_session;
    QString m_preflight; // the journal's verdict for the operation run() starts
    QStringList m_preflightIgnored;
};

} // namespace Slipway
