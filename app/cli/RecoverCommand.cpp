#include "RecoverCommand.h"

#include "CliSession.h"
#include "Console.h"
#include "ExitCode.h"
#include "ReleaseCommands.h"
#include "core/Duration.h"
#include "helm/ReleaseHistory.h"
#include "helm/ReleaseUnlock.h"
#include "install/AuditJournal.h"
#include "kube/KubeClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace Slipway {

RecoverCommand::RecoverCommand(CliSession &session)
    : m_session(session)
{ }

int RecoverCommand::run()
{
    int rc = ExitOk;
    const auto history = m_session.openHistory(true, &rc);
    if (!history)
        return rc;
    const ReleaseRecord *latest = history->latest();
    if (!latest)
        return m_session.noRelease();
    const bool uninstalling = latest->status == QLatin1String("uninstalling");
    if (!latest->isPending() && !uninstalling) {
        Console::err(tr("Release “%1” is %2 at revision %3: nothing to recover.")
                         .arg(latest->name, latest->status)
                         .arg(latest->revision));
        return ExitOk;
    }
    if (uninstalling && m_session.options().markFailed)
        return m_session.fail(ExitUsage,
                              tr("--mark-failed unlocks a pending install, upgrade or rollback; "
                                 "release “%1” is stuck uninstalling, which only finishing the "
                                 "uninstall clears. Run “slipway-cli recover” without it.")
                                  .arg(latest->name));
    Fresh fresh;
    if (int fetched = fetch(*latest, &fresh))
        return fetched;
    if (int refused = checkAge(*latest, fresh.serverNow))
        return refused;

    QString error;
    const QString backup
        = writeBackup(QJsonDocument(history->objects()).toJson(QJsonDocument::Indented), &error);
    if (backup.isEmpty())
        return m_session.fail(ExitFailure,
                              tr("Could not save a backup of the release records, so nothing "
                                 "was changed: %1")
                                  .arg(error));
    Console::err(tr("Saved the release records to %1.").arg(backup));
    if (m_session.options().markFailed)
        return markFailed(*latest, fresh,
                          history->lastDeployed() ? history->lastDeployed()->revision : 0);
    return helmRecovery(*history, *latest);
}

int RecoverCommand::fetch(const ReleaseRecord &latest, Fresh *fresh)
{
    KubeReply *reply = m_session.client()->send(KubeRequest::get(
        m_session.options().storage.objectPath(m_session.nameSpace(), latest.objectName)));
    CliSession::waitFor(reply, &KubeReply::finished);
    reply->deleteLater();
    if (!reply->ok())
        return m_session.fail(ExitClusterError, reply->error().message());
    fresh->record = reply->json();
    // The age is measured on the API server's clock, which wrote creationTimestamp: a skewed
    // local clock must not make a running operation look abandoned.
    fresh->serverNow = QDateTime::fromString(QString::fromLatin1(reply->header("date")),
                                             Qt::RFC2822Date);
    if (!fresh->serverNow.isValid())
        fresh->serverNow = QDateTime::currentDateTimeUtc();
    const Expected<ReleaseRecord> now = m_session.options().storage.decode(fresh->record);
    if (!now || now->status != latest.status)
        return m_session.fail(ExitPending,
                              tr("Revision %1 of “%2” changed while it was being read (it is %3 "
                                 "now): some helm is working on the release. Nothing was changed.")
                                  .arg(latest.revision)
                                  .arg(latest.name, now ? now->status : tr("unreadable")));
    return ExitOk;
}

int RecoverCommand::checkAge(const ReleaseRecord &latest, const QDateTime &now) const
{
    const QDateTime started = latest.operationStartedAt();
    const int timeout = m_session.operationTimeoutSeconds();
    const qint64 ageMs = started.isValid() ? started.msecsTo(now) : -1;
    if (m_session.options().force) {
        if (ageMs >= 0)
            Console::err(tr("Revision %1 has been %2 for %3; going ahead as --force says.")
                             .arg(latest.revision)
                             .arg(latest.status, Duration::human(ageMs)));
        return ExitOk;
    }
    if (ageMs >= (qint64(timeout) + kMarginSeconds) * 1000)
        return ExitOk;
    const QString age = ageMs >= 0 ? tr("for %1").arg(Duration::human(ageMs))
                                   : tr("for an unknown time");
    return m_session.fail(
        ExitPending,
        tr("Revision %1 of “%2” in %3 has been %4 %5, less than the operation timeout (%6) plus "
           "%7 minutes, so another helm or Slipway may still be working on it — helm cannot "
           "tell. Nothing was changed. Wait, or if you are sure nothing else is working on this "
           "release, run “slipway-cli recover --force”.")
            .arg(latest.revision)
            .arg(latest.name, m_session.nameSpace(), latest.status, age,
                 Duration::human(qint64(timeout) * 1000))
            .arg(kMarginSeconds / 60));
}

int RecoverCommand::markFailed(const ReleaseRecord &latest, const Fresh &fresh, int lastDeployed)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const Expected<QJsonObject> unlocked
        = ReleaseUnlock::markFailed(fresh.record, m_session.options().storage, fresh.serverNow);
    if (!unlocked)
        return m_session.fail(ExitFailure, unlocked.error().message);
    KubeRequest put = KubeRequest::get(
        m_session.options().storage.objectPath(m_session.nameSpace(), latest.objectName));
    put.method = KubeRequest::Method::Put;
    put.body = QJsonDocument(*unlocked).toJson(QJsonDocument::Compact);
    put.maxRetries = 0; // a conflict must be reported, never retried over
    KubeReply *reply = m_session.client()->send(put);
    CliSession::waitFor(reply, &KubeReply::finished);
    reply->deleteLater();
    if (!reply->ok()) {
        journal(latest, QStringLiteral("failed"), started);
        if (reply->error().kind == ApiError::Kind::Conflict)
            return m_session.fail(ExitPending,
                                  tr("Revision %1 of “%2” changed while it was being unlocked: "
                                     "some helm is working on the release. Nothing was changed.")
                                      .arg(latest.revision)
                                      .arg(latest.name));
        return m_session.fail(ExitClusterError, reply->error().message());
    }
    journal(latest, QStringLiteral("succeeded"), started);
    if (m_session.options().json) {
        Console::out(QString::fromUtf8(
                         QJsonDocument(QJsonObject {
                                           { QStringLiteral("release"), latest.name },
                                           { QStringLiteral("namespace"), m_session.nameSpace() },
                                           { QStringLiteral("action"), QStringLiteral("recover") },
                                           { QStringLiteral("method"), QStringLiteral("mark-failed") },
                                           { QStringLiteral("ok"), true },
                                           { QStringLiteral("revision"), latest.revision },
                                           { QStringLiteral("statusBefore"), latest.status },
                                           { QStringLiteral("status"), QStringLiteral("failed") } })
                             .toJson(QJsonDocument::Indented))
                         .trimmed());
    } else {
        const QString from = lastDeployed > 0
            ? tr("revision %1, the last deployed one").arg(lastDeployed)
            : tr("the failed revision");
        Console::out(tr("recover: revision %1 of %2 in %3 is marked failed (it was %4); the "
                        "cluster's objects are as the interrupted run left them. “slipway-cli "
                        "upgrade” continues from %5.")
                         .arg(latest.revision)
                         .arg(latest.name, m_session.nameSpace(), latest.status, from));
    }
    return ExitOk;
}

int RecoverCommand::helmRecovery(const ReleaseHistory &history, const ReleaseRecord &latest)
{
    ReleaseCommands commands(m_session);
    const bool uninstalling = latest.status == QLatin1String("uninstalling");
    int target = 0;
    for (const char *good : { "deployed", "superseded" }) {
        for (auto it = history.records().crbegin(); target == 0 && it != history.records().crend();
             ++it) {
            if (it->revision < latest.revision && it->status == QLatin1String(good))
                target = it->revision;
        }
    }
    if (uninstalling) {
        Console::err(tr("Revision %1 is stuck uninstalling: running the uninstall again.")
                         .arg(latest.revision));
        return commands.run(commands.baseRequest(HelmRequest::Action::Uninstall),
                            QStringLiteral("recover"), {});
    }
    if (target == 0) {
        // Nothing good to go back to (a first install that never finished): remove it.
        Console::err(tr("Revision %1 is %2 with no earlier good revision: uninstalling it.")
                         .arg(latest.revision)
                         .arg(latest.status));
        return commands.run(commands.baseRequest(HelmRequest::Action::Uninstall),
                            QStringLiteral("recover"), {});
    }
    Console::err(tr("Revision %1 is %2: rolling back to revision %3, the last good one.")
                     .arg(latest.revision)
                     .arg(latest.status)
                     .arg(target));
    HelmRequest request = commands.baseRequest(HelmRequest::Action::Rollback);
    request.revision = target;
    return commands.run(request, QStringLiteral("recover"), {});
}

void RecoverCommand::journal(const ReleaseRecord &latest, const QString &outcome,
                             const QDateTime &started) const
{
    AuditEntry entry;
    entry.time = started;
    entry.user = AuditJournal::localUser();
    entry.cluster = m_session.client()->context().cluster.server;
    entry.context = m_session.contextName();
    entry.nameSpace = m_session.nameSpace();
    entry.release = latest.name;
    entry.action = QStringLiteral("recover");
    entry.revisionBefore = latest.revision;
    entry.revisionAfter = latest.revision; // the same revision, now failed
    entry.outcome = outcome;
    entry.durationMs = started.msecsTo(QDateTime::currentDateTimeUtc());
    const Expected<void> appended = AuditJournal(AuditJournal::defaultPath()).append(entry);
    if (!appended)
        Console::err(tr("warning: %1").arg(appended.error().message));
}

QString RecoverCommand::writeBackup(const QByteArray &json, QString *error) const
{
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("backups"));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(
        QStringLiteral("%1-%2-%3.json")
            .arg(m_session.nameSpace(), m_session.release(),
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"))));
    QFile file(path);
    // The records carry the release's values, secrets included: owner-only, never replaced.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(json) != json.size() || !file.flush()) {
        *error = file.errorString();
        return {};
    }
    return path;
}

} // namespace Slipway
