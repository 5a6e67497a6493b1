#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace Slipway {

// One line of the audit journal. Deliberately no free text from helm or the user: an error
// message can quote a value, and a value can be a secret (app/README.md §7).
struct AuditEntry
{
    QDateTime time;
    QString user; // the local account
    QString cluster; // the API server URL
    QString context;
    QString nameSpace;
    QString release;
    QString action; // install, upgrade, rollback, uninstall, recover
    int revisionBefore = 0;
    int revisionAfter = 0;
    QByteArray valuesSha256;
    QString outcome; // succeeded, failed, rolled-back, timed-out, cancelled, not-started
    qint64 durationMs = 0;
    // install / upgrade: what preflight said — "passed", "overridden" (failed checks the
    // administrator chose to ignore, by id in preflightIgnored) or "skipped"; empty: not run.
    QString preflight;
    QStringList preflightIgnored;
};

// The audit journal: JSON lines appended to a file in the application data folder, one per
// operation that changed (or tried to change) a release.
class AuditJournal
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::AuditJournal)

public:
    explicit AuditJournal(QString path);
    // <AppDataLocation>/audit.jsonl, or $SLIPWAY_AUDIT_JOURNAL when set (tests, packaging).
    static QString defaultPath();
    static QString localUser();
    // The entry of one operation on a release that began at `started` and ends now, by this
    // machine's user; the caller adds revisions, outcome and the values' fingerprint.
    static AuditEntry entryFor(const QString &cluster, const QString &context,
                               const QString &nameSpace, const QString &release,
                               const QString &action, const QDateTime &started);

    QString path() const { return m_path; }
    // The file is created 0600.
    Expected<void> append(const AuditEntry &entry) const;

private:
    QString m_path;
};

} // namespace Slipway
