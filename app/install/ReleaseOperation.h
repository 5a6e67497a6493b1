#pragma once

#include "AuditJournal.h"
#include "Operation.h"
#include "helm/HelmJob.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Slipway {

class KubeClient;
class KubeReply;
class Reflector;

// One change to a release as the install pipeline runs it: the revision before, the helm job
// (upgrade --install, rollback, uninstall), the revision after, and a line in the audit journal.
// A plain upgrade (HelmRequest::install false) reads nothing before helm: helm itself refuses a
// missing or locked release, the revision before is the new one's predecessor, and after a
// failure the history tells which revisions are older than the run. That keeps a second TLS
// connection and list off the path of every upgrade.
// While helm waits, the release's pods (label app.kubernetes.io/instance=<release>) are
// followed through a list+watch — the window's own pod watch when it hands one over — so that
// progress counts them as they change and a failure names the pod that kept the release from
// becoming ready. The container that failed in such a pod has its last lines read at once
// (OperationResult::failureLogs): a rollback deletes the pod, and the log that says why.
class ReleaseOperation final : public Operation
{
    Q_OBJECT

public:
    ReleaseOperation(KubeClient *client, HelmInstallation helm, HelmRequest request,
                     QObject *parent = nullptr);
    ~ReleaseOperation() override;
    Q_DISABLE_COPY_MOVE(ReleaseOperation)

    void setJournal(const AuditJournal *journal, QString auditAction, QByteArray valuesSha256);
    // What preflight said before this install or upgrade, for the journal line (AuditEntry).
    void setPreflight(QString verdict, QStringList ignoredChecks)
    {
        m_preflight = std::move(verdict);
        m_preflightIgnored = std::move(ignoredChecks);
    }
    // The latest revision, when the caller has just read the history itself (to check the
    // release exists or is not pending): start() then skips reading it again.
    void setRevisionBefore(std::optional<int> revision) { m_knownRevisionBefore = revision; }
    // A watch of the release's pods the caller already runs (the window's pods table): used
    // instead of starting one. Not owned.
    void setPodWatch(Reflector *pods);
    // uninstall: also delete the release's PersistentVolumeClaims once helm has uninstalled it.
    // Volumes outlive an uninstall on purpose; deleting them is an explicit choice.
    void setDeleteVolumes(bool deleteVolumes) { m_deleteVolumes = deleteVolumes; }

    void start() override;
    void cancel() override;
    QString actionName() const override { return m_request.actionName(); }
    bool cancelIsClean() const override;
    qint64 helmProcessId() const;

    // The release's objects — pods, volume claims — as helm charts label them (app.kubernetes.io/instance).
    static QString instanceSelector(const QString &release);
    // One of OperationResult::failureLogs as both front ends show it: a heading naming the pod,
    // the container and the instance, then its lines indented.
    static QString failureLogText(const ContainerLog &log);

private:
    void readHistory(bool before);
    void runHelmAfter(int revisionBefore);
    void runHelm();
    void watchPods();
    void summarisePods();
    void readFailureLog(const QJsonObject &pod);
    static bool isFailure(const QString &podStatus);
    void onHelmFinished(const HelmResult &result);
    void deleteVolumes();
    void finish();

    QPointer<KubeClient> m_client;
    HelmInstallation m_helm;
    HelmRequest m_request;
    const AuditJournal *m_journal = nullptr;
    QString m_auditAction;
    QByteArray m_valuesSha256;
    QString m_preflight;
    QStringList m_preflightIgnored;
    HelmJob *m_job = nullptr;
    QPointer<Reflector> m_pods;
    bool m_ownsPods = false;
    QDateTime m_started;
    OperationResult m_result;
    struct PodProblem
    {
        QString pod; // its name
        QString status; // kubectl's STATUS
        QString line; // "name: STATUS (ready, restarts)"
    };
    // The release's pods that were not ready when last seen, by uid. A pod that went away
    // (helm's rollback deleted it) stays when it had failed: it is why the operation failed.
    QMap<QString, PodProblem> m_podProblems;
    PodSummary m_podSummary;
    // The failing containers' logs as last read, by "pod/container"; and the reads under way,
    // by the same key with the restart count they read ("pod/container#3") so a container that
    // crashes again is read again.
    QMap<QString, ContainerLog> m_failureLogs;
    QSet<QString> m_logReads;
    QHash<QString, int> m_logRetries; // by read: an empty or failed read is tried again
    bool m_waitingAnnounced = false;
    std::optional<int> m_knownRevisionBefore;
    bool m_revisionBeforeFromHelm = false;
    bool m_deleteVolumes = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Slipway
