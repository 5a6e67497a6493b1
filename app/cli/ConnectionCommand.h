#pragma once

#include "install/ConnectionTestRequest.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

namespace Slipway {

// `slipway-cli test-connection`: the wizard's "Test connection" without a window. The password
// (for S3, the secret key) comes from SLIPWAY_CONNECTION_PASSWORD only, never from an argument
// that `ps` and shell histories would show.
class ConnectionCommand
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ConnectionCommand)

public:
    static constexpr const char *kPasswordVariable = "SLIPWAY_CONNECTION_PASSWORD";

    // The command's own options, for the shared parser (--timeout is the global one).
    static QList<QCommandLineOption> options();
    static QString help();

    // Exit 0 when the connection works, ExitConnectionFailed when it does not, 2 on usage errors.
    static int run(const QCommandLineParser &parser, bool json);

private:
    // The request the options describe, or a usage error's text in `error`.
    static ConnectionTestRequest request(const QCommandLineParser &parser, QString *error);
};

} // namespace Slipway
