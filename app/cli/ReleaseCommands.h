#pragma once

#include "helm/HelmRequest.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Slipway {

class CliSession;
struct OperationResult;

// The commands that change a release — install, upgrade, rollback, uninstall — each one
// ReleaseOperation (helm job + history before / after + audit journal line), run in the
// foreground with progress and signal handling (OperationRunner).
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
    HelmRequest baseRequest(HelmRequest::Action action) const;

private:
    int deletePvcs();
    QString cancelledMessage(const OperationResult &result, bool rollbackOnFailure) const;

    CliSession &m_session;
};

} // namespace Slipway
