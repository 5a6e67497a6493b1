#include "RecoverOperation.h"

#include "AuditJournal.h"
#include "ReleaseOperation.h"
#include "ReleasePolicy.h"
#include "core/Duration.h"
#include "core/PrivateFile.h"
#include "helm/ReleaseHistory.h"
#include "helm/ReleaseUnlock.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/KubeTime.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimer>

namespace Slipway {

RecoverOperation::RecoverOperation(KubeClient *client, HelmInstallation helm,
                                   ReleaseTarget target, const ReleaseHistory &history,
                                   Options options, QObject *parent)
    : Operation(parent)
    , m_client(client)
    , m_helm(std::move(helm))
    , m_target(std::move(target))
    , m_options(std::move(options))
    , m_records(history.records())
    , m_objects(history.objects())
    , m_plan(planFor(m_records, m_options.markFailed))
{
    if (!m_records.isEmpty())
        m_stuck = m_records.last();
    if (m_options.backupFolder.isEmpty())
        m_options.backupFolder = defaultBackupFolder();
}

RecoverOperation::~RecoverOperation() = default;

RecoverOperation::Plan RecoverOperation::planFor(const QList<ReleaseRecord> &records,
                                                 bool markFailed)
{
    Plan plan;
    if (records.isEmpty()) {
        plan.refusal = tr("There is no such release.");
        return plan;
    }
    const ReleaseRecord &latest = records.last();
    plan.stuckRevision = latest.revision;
    plan.stuckStatus = latest.status;
    plan.stuckSince = latest.operationStartedAt();
    const bool uninstalling = latest.status == QLatin1String("uninstalling");
    if (!ReleasePolicy::isStuck(latest)) {
        plan.refusal = tr("Release “%1” is %2 at revision %3: nothing to recover.")
                           .arg(latest.name, latest.status)
                           .arg(latest.revision);
        return plan;
    }
    if (markFailed) {
        plan.method = Method::MarkFailed;
        if (uninstalling)
            plan.refusal = tr("Marking the revision failed unlocks a pending install, upgrade or "
                              "rollback; release “%1” is stuck uninstalling, which only "
                              "finishing the uninstall clears.")
                               .arg(latest.name);
        return plan;
    }
    const ReleaseRecord *good
        = uninstalling ? nullptr : ReleasePolicy::lastGood(records, latest.revision);
    plan.method = good ? Method::Rollback : Method::Uninstall;
    plan.targetRevision = good ? good->revision : 0;
    return plan;
}

QString RecoverOperation::methodName(Method method)
{
    switch (method) {
    case Method::Rollback:
        return QStringLiteral("rollback");
    case Method::Uninstall:
        return QStringLiteral("uninstall");
    case Method::MarkFailed:
        return QStringLiteral("mark-failed");
    }
    return {};
}

QString RecoverOperation::defaultBackupFolder()
{
    // The name says what is inside: whoever finds the folder later knows before opening a file.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("release-backups-with-secrets"));
}

Expected<void> RecoverOperation::prepareBackupFolder(const QString &folder)
{
    // Owner-only, like the files in it; a folder that already exists is narrowed too.
    if (!QDir().mkpath(folder))
        return Error(tr("cannot create the folder"), folder);
    if (!QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return Error(tr("cannot make the folder private (0700)"), folder);
    const QString readme = QDir(folder).filePath(QStringLiteral("README.txt"));
    if (QFile::exists(readme))
        return {};
    const QByteArray text = tr(
        "Slipway saves here every revision of a release as it was before `recover` changed it:\n"
        "the release records (Kubernetes Secrets or ConfigMaps) exactly as helm stored them.\n"
        "\n"
        "THESE FILES HOLD SECRETS. Each record carries the release's values, secret answers\n"
        "included (base64 + gzip, not encrypted). Keep them private and delete them once the\n"
        "release is healthy again.\n"
        "\n"
        "To put a record back: take one object from the file's \"items\", remove its\n"
        "metadata.resourceVersion and uid, and `kubectl apply -f` it in the release's namespace.\n")
                                 .toUtf8();
    return PrivateFile::write(readme, text, PrivateFile::Mode::NewOnly);
}

QString RecoverOperation::actionName() const
{
    return m_plan.method == Method::MarkFailed ? QStringLiteral("recover")
                                               : methodName(m_plan.method);
}

void RecoverOperation::start()
{
    m_started = QDateTime::currentDateTimeUtc();
    m_result.recoverMethod = methodName(m_plan.method);
    m_result.revisionBefore = m_stuck.revision;
    QTimer::singleShot(0, this, [this] {
        if (!m_plan.refusal.isEmpty()) {
            fail(OperationResult::Problem::Invalid, m_plan.refusal);
            return;
        }
        if (!m_client) {
            fail(OperationResult::Problem::Cluster, tr("The cluster connection is gone."));
            return;
        }
        Q_EMIT progress(0, 4, tr("Reading revision %1 again…").arg(m_stuck.revision));
        KubeReply *reply = m_client->send(
            KubeRequest::get(m_target.storage.objectPath(m_target.nameSpace, m_stuck.objectName)),
            this);
        connect(reply, &KubeReply::finished, this, [this, reply] { onFetched(reply); });
    });
}

void RecoverOperation::cancel()
{
    m_cancelled = true;
    if (m_helmOperation)
        m_helmOperation->cancel();
}

void RecoverOperation::fail(OperationResult::Problem problem, const QString &message)
{
    m_result.problem = problem;
    m_result.message = message;
    finish();
}

void RecoverOperation::onFetched(KubeReply *reply)
{
    reply->deleteLater();
    if (!reply->ok()) {
        m_result.readError = reply->error();
        fail(OperationResult::Problem::Cluster, reply->error().message());
        return;
    }
    m_fresh = reply->json();
    // The age is measured on the API server's clock, which wrote creationTimestamp: a skewed
    // local clock must not make a running operation look abandoned.
    m_serverNow = KubeTime::parseHttpDate(reply->header("date"));
    if (!m_serverNow.isValid())
        m_serverNow = QDateTime::currentDateTimeUtc();
    const Expected<ReleaseRecord> now = m_target.storage.decode(m_fresh);
    if (!now || now->status != m_stuck.status) {
        fail(OperationResult::Problem::Changed,
             tr("Revision %1 of “%2” changed while it was being read (it is %3 now): some helm "
                "is working on the release. Nothing was changed.")
                 .arg(m_stuck.revision)
                 .arg(m_stuck.name, now ? now->status : tr("unreadable")));
        return;
    }
    if (m_cancelled) {
        m_result.helm.outcome = HelmResult::Outcome::Cancelled;
        fail(OperationResult::Problem::None, tr("Cancelled before anything was changed."));
        return;
    }
    if (!checkAge() || !writeBackup())
        return;
    if (m_plan.method == Method::MarkFailed)
        markFailed();
    else
        runHelm();
}

bool RecoverOperation::checkAge()
{
    const QDateTime started = m_stuck.operationStartedAt();
    const qint64 ageMs = started.isValid() ? started.msecsTo(m_serverNow) : -1;
    if (m_options.force) {
        if (ageMs >= 0)
            Q_EMIT notice(tr("Revision %1 has been %2 for %3; going ahead as --force says.")
                              .arg(m_stuck.revision)
                              .arg(m_stuck.status, Duration::human(ageMs)));
        return true;
    }
    if (!ReleasePolicy::mayStillRun(ageMs, m_target.timeoutSeconds))
        return true;
    const QString age = ageMs >= 0 ? tr("for %1").arg(Duration::human(ageMs))
                                   : tr("for an unknown time");
    fail(OperationResult::Problem::Busy,
         tr("Revision %1 of “%2” in %3 has been %4 %5, less than the operation timeout (%6) plus "
            "%7 minutes, so another helm or Slipway may still be working on it — helm cannot "
            "tell. Nothing was changed.")
             .arg(m_stuck.revision)
             .arg(m_stuck.name, m_target.nameSpace, m_stuck.status, age,
                  Duration::human(qint64(m_target.timeoutSeconds) * 1000))
             .arg(ReleasePolicy::kRecoverMarginSeconds / 60));
    return false;
}

bool RecoverOperation::writeBackup()
{
    const QString path = QDir(m_options.backupFolder)
                             .filePath(QStringLiteral("%1-%2-%3.json")
                                           .arg(m_target.nameSpace, m_target.release,
                                                QDateTime::currentDateTimeUtc().toString(
                                                    QStringLiteral("yyyyMMddTHHmmsszzz"))));
    // The records carry the release's values, secrets included: owner-only, never replaced.
    Expected<void> written = prepareBackupFolder(m_options.backupFolder);
    if (written)
        written = PrivateFile::write(path, QJsonDocument(m_objects).toJson(QJsonDocument::Indented),
                                     PrivateFile::Mode::NewOnly);
    if (!written) {
        fail(OperationResult::Problem::Local,
             tr("Could not save a backup of the release records, so nothing was changed: %1")
                 .arg(written.error().toString()));
        return false;
    }
    m_result.backupPath = path;
    Q_EMIT notice(tr("Saved the release records to %1. The file holds the release's values, "
                     "secret answers included: keep it private, delete it once the release is "
                     "healthy.")
                      .arg(path));
    return true;
}

void RecoverOperation::markFailed()
{
    Q_EMIT progress(2, 4, tr("Marking revision %1 failed…").arg(m_stuck.revision));
    const Expected<QJsonObject> unlocked
        = ReleaseUnlock::markFailed(m_fresh, m_target.storage, m_serverNow);
    if (!unlocked) {
        fail(OperationResult::Problem::Invalid, unlocked.error().message);
        return;
    }
    KubeRequest put
        = KubeRequest::get(m_target.storage.objectPath(m_target.nameSpace, m_stuck.objectName));
    put.method = KubeRequest::Method::Put;
    put.body = QJsonDocument(*unlocked).toJson(QJsonDocument::Compact);
    put.maxRetries = 0; // a conflict must be reported, never retried over
    KubeReply *reply = m_client->send(put, this);
    connect(reply, &KubeReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->ok()) {
            journal(QStringLiteral("failed"));
            if (reply->error().kind == ApiError::Kind::Conflict) {
                fail(OperationResult::Problem::Changed,
                     tr("Revision %1 of “%2” changed while it was being unlocked: some helm is "
                        "working on the release. Nothing was changed.")
                         .arg(m_stuck.revision)
                         .arg(m_stuck.name));
                return;
            }
            m_result.readError = reply->error();
            fail(OperationResult::Problem::Cluster, reply->error().message());
            return;
        }
        journal(QStringLiteral("succeeded"));
        m_result.withoutHelm = true;
        m_result.revisionAfter = m_stuck.revision; // the same revision, now failed
        m_result.statusAfter = QStringLiteral("failed");
        finish();
    });
}

void RecoverOperation::runHelm()
{
    HelmRequest request;
    if (m_plan.method == Method::Rollback) {
        Q_EMIT notice(tr("Revision %1 is %2: rolling back to revision %3, the last good one.")
                          .arg(m_stuck.revision)
                          .arg(m_stuck.status)
                          .arg(m_plan.targetRevision));
        request = m_target.request(HelmRequest::Action::Rollback);
        request.revision = m_plan.targetRevision;
    } else {
        if (m_stuck.status == QLatin1String("uninstalling"))
            Q_EMIT notice(tr("Revision %1 is stuck uninstalling: running the uninstall again.")
                              .arg(m_stuck.revision));
        else
            // Nothing good to go back to (a first install that never finished): remove it.
            Q_EMIT notice(tr("Revision %1 is %2 with no earlier good revision: uninstalling it.")
                              .arg(m_stuck.revision)
                              .arg(m_stuck.status));
        request = m_target.request(HelmRequest::Action::Uninstall);
    }
    m_helmOperation = new ReleaseOperation(m_client, m_helm, request, this);
    m_helmOperation->setJournal(m_journal, QStringLiteral("recover"), {});
    m_helmOperation->setRevisionBefore(m_stuck.revision);
    connect(m_helmOperation, &Operation::progress, this, &Operation::progress);
    connect(m_helmOperation, &Operation::podsChanged, this, &Operation::podsChanged);
    connect(m_helmOperation, &Operation::notice, this, &Operation::notice);
    connect(m_helmOperation, &Operation::finished, this, [this](const OperationResult &result) {
        const QString backup = m_result.backupPath;
        const QString method = m_result.recoverMethod;
        m_result = result;
        m_result.backupPath = backup;
        m_result.recoverMethod = method;
        finish();
    });
    m_helmOperation->start();
}

void RecoverOperation::journal(const QString &outcome)
{
    if (!m_journal)
        return;
    AuditEntry entry = AuditJournal::entryFor(
        m_client ? m_client->context().cluster.server : QString(), m_target.context,
        m_target.nameSpace, m_stuck.name, QStringLiteral("recover"), m_started);
    entry.revisionBefore = m_stuck.revision;
    entry.revisionAfter = m_stuck.revision; // the same revision, now failed
    entry.outcome = outcome;
    if (const Expected<void> appended = m_journal->append(entry); !appended)
        Q_EMIT notice(tr("warning: %1").arg(appended.error().message));
}

void RecoverOperation::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (!m_helmOperation)
        Q_EMIT progress(4, 4, m_result.ok() ? tr("Done.") : tr("Failed."));
    Q_EMIT finished(m_result);
}

} // namespace Slipway
