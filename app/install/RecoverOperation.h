#pragma once

#include "Operation.h"
#include "core/Expected.h"
#include "ReleaseTarget.h"
#include "helm/HelmLocator.h"
#include "helm/ReleaseRecord.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>

namespace Slipway {

class AuditJournal;
class KubeClient;
class KubeReply;
class ReleaseHistory;
class ReleaseOperation;

// Brings back a release stuck in pending-* or uninstalling (helm-engine.md §5), for both
// front ends. It refuses while the stuck operation may still be running elsewhere — younger
// than the operation timeout plus ReleasePolicy::kRecoverMarginSeconds on the API server's
// clock — unless forced; re-reads the stuck record and refuses when it changed meanwhile;
// saves every revision's record (0600) before touching anything; then rolls back to the last
// good revision, uninstalls a first install that never finished or re-runs a stuck uninstall,
// or — when asked — only marks the pending revision failed so the next upgrade proceeds.
class RecoverOperation final : public Operation
{
    Q_OBJECT

public:
    enum class Method
    {
        Rollback, // to the last good revision
        Uninstall, // a first install that never finished, or a stuck uninstall run again
        MarkFailed, // the pending revision marked failed; the cluster's objects stay as they are
    };
    // What recovering would do, for a front end to show before it starts.
    struct Plan
    {
        Method method = Method::Rollback;
        int stuckRevision = 0;
        QString stuckStatus;
        int targetRevision = 0; // Rollback: the revision restored
        QDateTime stuckSince; // invalid when unknown
        // Empty when the plan can run; else why not (no release, not stuck, mark-failed asked
        // for an uninstall).
        QString refusal;
    };
    struct Options
    {
        bool markFailed = false;
        bool force = false; // even if the operation may still be running elsewhere
        QString backupFolder; // default: defaultBackupFolder()
    };

    // `history` must have been read; its records and storage objects are copied.
    RecoverOperation(KubeClient *client, HelmInstallation helm, ReleaseTarget target,
                     const ReleaseHistory &history, Options options, QObject *parent = nullptr);
    ~RecoverOperation() override;
    Q_DISABLE_COPY_MOVE(RecoverOperation)

    static Plan planFor(const QList<ReleaseRecord> &records, bool markFailed);
    static QString methodName(Method method); // "rollback", "uninstall", "mark-failed"
    // <AppDataLocation>/release-backups-with-secrets
    static QString defaultBackupFolder();
    // Creates `folder` 0700 (narrowing an existing one) with a README.txt that says the files
    // hold secrets and how to put a record back.
    static Expected<void> prepareBackupFolder(const QString &folder);

    const Plan &plan() const { return m_plan; }
    void setJournal(const AuditJournal *journal) { m_journal = journal; }

    void start() override;
    void cancel() override;
    QString actionName() const override;
    bool cancelIsClean() const override { return false; }

private:
    void onFetched(KubeReply *reply);
    bool checkAge();
    bool writeBackup();
    void markFailed();
    void runHelm();
    void journal(const QString &outcome);
    void fail(OperationResult::Problem problem, const QString &message);
    void finish();

    QPointer<KubeClient> m_client;
    HelmInstallation m_helm;
    ReleaseTarget m_target;
    Options m_options;
    QList<ReleaseRecord> m_records;
    QJsonArray m_objects;
    Plan m_plan;
    ReleaseRecord m_stuck;
    const AuditJournal *m_journal = nullptr;
    QJsonObject m_fresh; // the stuck record's object as GET returned it (kind, resourceVersion)
    QDateTime m_serverNow; // the API server's clock (Date header), else ours
    QDateTime m_started;
    ReleaseOperation *m_helmOperation = nullptr;
    OperationResult m_result;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Slipway
