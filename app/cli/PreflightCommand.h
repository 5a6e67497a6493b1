#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Slipway {

class CliSession;
class PreflightRun;
struct HelmRequest;

// `slipway-cli preflight`, and the preflight that install and upgrade run first. Both print the
// same PreflightReport that the wizard's Preflight page shows; failed checks block an install
// unless the administrator names them with --ignore-preflight (or skips preflight with
// --skip-preflight), and the journal line of the install records that choice.
class PreflightCommand
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::PreflightCommand)

public:
    // What install / upgrade write to the journal (AuditEntry::preflight, preflightIgnored).
    struct Verdict
    {
        QString name; // passed, overridden, skipped
        QStringList ignored; // the failed checks the administrator overrode
        QString stuckStatus; // the release is stuck in this state: the caller says so
        int stuckRevision = 0;
    };

    explicit PreflightCommand(CliSession &session);
    ~PreflightCommand();
    Q_DISABLE_COPY_MOVE(PreflightCommand)

    int run(); // `slipway-cli preflight`
    // Before install / upgrade: 0 when it may go on (*verdict filled in), else the exit code,
    // the report and the reason already printed.
    int gate(const HelmRequest &request, bool upgrade, Verdict *verdict);
    // The ids --ignore-preflight accepts; a usage error names them.
    static QString unknownCheckMessage(const QStringList &ids);

private:
    int runPreflight(const HelmRequest &request, bool upgrade);
    void printReport(bool toStdout) const;

    CliSession &m_session;
    std::unique_ptr<PreflightRun> m_run;
};

} // namespace Slipway
