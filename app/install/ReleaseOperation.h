#pragma once

#include "AuditJournal.h"
#include "helm/HelmJob.h"
#include "kube/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Slipway {

class KubeClient;
class ReleaseHistory;

// The namespace's pods while helm waits, in one line's worth: how many are ready, and the
// first one that is not, with its kubectl STATUS ("worker-5d…: ContainerCreating").
struct PodSummary
{
    int total = 0; // pods meant to run: finished Job pods (Completed) do not count
    int ready = 0;
    QString firstProblem;

    bool operator==(const PodSummary &) const = default;
};

// What a release operation ended with.
struct OperationResult
{
    HelmResult helm;
    int revisionBefore = 0;
    int revisionAfter = 0;
    QString statusAfter; // the latest revision's status, read back from the cluster
    QString descriptionAfter; // its description ("Rollback to 3", "Upgrade … failed: …")
    int rollbackTarget = 0; // when the latest revision is a rollback: the revision it restored
    QStringList failingPods; // "worker-5d…: CrashLoopBackOff", seen while helm waited
    QString message; // readable, one paragraph; empty on success
    // helm turned the operation down before changing anything: the release is locked by an
    // operation that never finished, or a plain upgrade found nothing to upgrade. Such a
    // refusal has no line in the audit journal.
    bool refused = false;
    // The release could not be read back after helm failed (the cluster's words): most often
    // what made helm fail as well — unreachable, or credentials it does not accept.
    ApiError readError;

    bool ok() const { return helm.ok(); }
};

// One change to a release as the install pipeline runs it: the revision before, the helm job
// (upgrade --install, rollback, uninstall), the revision after, and a line in the audit journal.
// A plain upgrade (HelmRequest::install false) reads nothing before helm: helm itself refuses a
// missing or locked release, the revision before is the new one's predecessor, and after a
// failure the history tells which revisions are older than the run. That keeps a second TLS
// connection and list off the path of every upgrade.
// While helm waits, the namespace's pods are sampled so that a failure can name the pod that
// kept the release from becoming ready. The operation contract of DESIGN.md §2.
class ReleaseOperation final : public QObject
{
    Q_OBJECT

public:
    ReleaseOperation(KubeClient *client, HelmInstallation helm, HelmRequest request,
                     QObject *parent = nullptr);
    ~ReleaseOperation() override;
    Q_DISABLE_COPY_MOVE(ReleaseOperation)

    void setJournal(const AuditJournal *journal, QString auditAction, QByteArray valuesSha256);
    // The latest revision, when the caller has just read the history itself (to check the
    // release exists or is not pending): start() then skips reading it again.
    void setRevisionBefore(std::optional<int> revision) { m_knownRevisionBefore = revision; }
    void start();
    void cancel();
    qint64 helmProcessId() const;

Q_SIGNALS:
    void progress(int done, int total, const QString &text);
    // While helm runs a waiting install, upgrade or rollback: each time the pods change.
    void podsChanged(const Slipway::PodSummary &pods);
    void finished(const Slipway::OperationResult &result);

private:
    void readHistory(bool before);
    void runHelmAfter(int revisionBefore);
    void runHelm();
    void samplePods();
    void onHelmFinished(const HelmResult &result);
    void finish();

    QPointer<KubeClient> m_client;
    HelmInstallation m_helm;
    HelmRequest m_request;
    const AuditJournal *m_journal = nullptr;
    QString m_auditAction;
    QByteArray m_valuesSha256;
    HelmJob *m_job = nullptr;
    QTimer m_podTimer;
    QDateTime m_started;
    OperationResult m_result;
    QStringList m_podProblems;
    PodSummary m_pods;
    bool m_waitingAnnounced = false;
    std::optional<int> m_knownRevisionBefore;
    bool m_revisionBeforeFromHelm = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::OperationResult)
Q_DECLARE_METATYPE(Slipway::PodSummary)
