#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Slipway {

class CliSession;
class ReleaseHistory;
struct ReleaseRecord;

// `recover`: brings back a release stuck in pending-* or uninstalling (helm-engine.md §5).
// It refuses while the stuck operation may still be running elsewhere (unless --force), saves
// every revision's record first, then rolls back to the last good revision (A), uninstalls a
// first install that never finished or re-runs a stuck uninstall (B), or — with --mark-failed
// — only marks the pending revision failed (C).
class RecoverCommand
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RecoverCommand)

public:
    explicit RecoverCommand(CliSession &session);

    int run();

    // How much longer than the operation's timeout a pending operation may take: helm's
    // --timeout bounds each wait, not the whole run (hooks, the apply, the rollback after).
    static constexpr int kMarginSeconds = 120;

private:
    struct Fresh
    {
        QJsonObject record; // the Secret or ConfigMap as GET returned it: kind, apiVersion, resourceVersion
        QDateTime serverNow; // the API server's clock (Date header), else ours
    };
    int fetch(const ReleaseRecord &latest, Fresh *fresh);
    int checkAge(const ReleaseRecord &latest, const QDateTime &now) const;
    int markFailed(const ReleaseRecord &latest, const Fresh &fresh, int lastDeployed);
    int helmRecovery(const ReleaseHistory &history, const ReleaseRecord &latest);
    QString writeBackup(const QByteArray &json, QString *error) const;
    void journal(const ReleaseRecord &latest, const QString &outcome, const QDateTime &started) const;

    CliSession &m_session;
};

} // namespace Slipway
