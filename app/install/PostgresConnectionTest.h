#pragma once

#include "ConnectionAttempt.h"
#include "ConnectionTestRequest.h"
#include "ConnectionTestResult.h"

#include <QCoreApplication>

namespace Slipway {

// PostgreSQL through libpq, asynchronously (PQconnectStartParams / PQconnectPoll) so that the
// deadline and cancel() are seen while the server is slow; then `SELECT version()`. Runs on
// ConnectionTest's worker thread.
class PostgresConnectionTest
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::PostgresConnectionTest)

public:
    static ConnectionTestResult run(const ConnectionTestRequest &request, const ConnectionAttempt &attempt);

    // The failure libpq's message (verbose: it carries the SQLSTATE) stands for.
    static ConnectionTestResult connectFailure(const QString &libpqMessage,
                                               const ConnectionTestRequest &request);
    // "PostgreSQL 15.18 (Debian 15.18-0+deb12u1)" from version()'s longer text.
    static QString shortVersion(const QString &version);
};

} // namespace Slipway
