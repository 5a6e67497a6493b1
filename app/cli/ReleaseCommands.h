#pragma once

#include "helm/HelmRequest.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Slipway {

class CliSession;
struct OperationResult;

// The commands that change a release — install, upgrade, rollback, uninstall, recover — each
// one ReleaseOperation (helm job + history before / after + audit journal line).
class ReleaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReleaseCommands)

public:
    explicit ReleaseCommands(CliSession &session);

    int install(bool upgrade);
    int rollback();
    int uninstall();
    int recover();

private:
    int run(HelmRequest request, const QString &auditAction, const QByteArray &valuesSha256,
            OperationResult *result = nullptr);
    int deletePvcs();
    QString writeBackup(const QByteArray &json, QString *error) const;
    HelmRequest baseRequest(HelmRequest::Action action) const;

    CliSession &m_session;
};

} // namespace Slipway
