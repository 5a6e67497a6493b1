#pragma once

#include <QCoreApplication>

namespace Slipway {

class CliSession;

// `recover`: the terminal front end of RecoverOperation (install/RecoverOperation.h), which
// brings back a release stuck in pending-* or uninstalling. Here: the options, the checks that
// are usage errors, the lines printed and the exit codes.
class RecoverCommand
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RecoverCommand)

public:
    explicit RecoverCommand(CliSession &session);

    int run();

private:
    CliSession &m_session;
};

} // namespace Slipway
