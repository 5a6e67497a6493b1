#pragma once

#include <QCoreApplication>

namespace Slipway {

class CliSession;

// The read-only release commands — status, history, values, diff — answered from the release
// Secrets and the workloads, never through helm.
class ReleaseQueries
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReleaseQueries)

public:
    explicit ReleaseQueries(CliSession &session);

    int status();
    int history();
    int values();
    int diff();

private:
    CliSession &m_session;
};

} // namespace Slipway
