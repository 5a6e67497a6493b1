#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace Slipway {

class CliSession;
class ReleaseHistory;
struct ReleaseRecord;

// The read-only release commands — status, history, values, diff — answered from the release
// Secrets and the workloads; a diff against new answers asks helm for a server-side dry run.
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
    int diffRevisions();
    int diffPlanned();
    // Prints both diffs; returns the exit code (--exit-code: 1 when something differs).
    int printDiff(const QString &fromName, const ReleaseRecord &from, const QString &toName,
                  const ReleaseRecord &to, const QJsonObject &extra);

    CliSession &m_session;
};

} // namespace Slipway
