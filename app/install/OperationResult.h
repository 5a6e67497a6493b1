#pragma once

#include "helm/HelmResult.h"
#include "kube/ApiError.h"

#include <QMetaType>
#include <QStringList>

namespace Slipway {

// The release's pods while helm waits, in one line's worth: how many are ready, and the
// first one that is not, with its kubectl STATUS ("worker-5d…: ContainerCreating").
struct PodSummary
{
    int total = 0; // pods meant to run: finished Job pods (Completed) do not count
    int ready = 0;
    QString firstProblem;

    bool operator==(const PodSummary &) const = default;
};

// The last lines a container logged before it kept its release from becoming ready, read while
// helm waited: a rollback (or the uninstall after a failed first install) deletes the pod, and
// its log with it, before anyone could look.
struct ContainerLog
{
    QString pod;
    QString container;
    bool previous = false; // the instance that crashed, not the one waiting to start again
    int restarts = 0;
    QStringList lines;
    QString error; // why the log could not be read; lines then empty

    bool operator==(const ContainerLog &) const = default;
};

// What an operation on a release ended with: the one value Operation::finished() carries.
struct OperationResult
{
    // Why an operation stopped before helm, or without it: each front end words and exits on
    // it its own way (slipway-cli's exit codes, the window's result panel).
    enum class Problem
    {
        None,
        Busy, // the release is stuck and its operation may still be running elsewhere
        Changed, // the release changed while it was being worked on: someone else is at it
        Cluster, // the cluster refused or could not be reached; readError says why
        Local, // a file on this machine could not be written (a backup, the journal)
        Invalid, // the operation does not apply to the release as it is
    };

    HelmResult helm;
    Problem problem = Problem::None;
    int revisionBefore = 0;
    int revisionAfter = 0;
    QString statusAfter; // the latest revision's status, read back from the cluster
    QString descriptionAfter; // its description ("Rollback to 3", "Upgrade … failed: …")
    int rollbackTarget = 0; // when the latest revision is a rollback: the revision it restored
    QStringList failingPods; // "worker-5d…: CrashLoopBackOff", seen while helm waited
    // Of those pods, the last log lines of the container that failed (at most a few pods).
    QList<ContainerLog> failureLogs;
    QString message; // readable, one paragraph; empty on success
    // helm turned the operation down before changing anything: the release is locked by an
    // operation that never finished, or a plain upgrade found nothing to upgrade. Such a
    // refusal has no line in the audit journal.
    bool refused = false;
    // The release could not be read back after helm failed (the cluster's words): most often
    // what made helm fail as well — unreachable, or credentials it does not accept.
    ApiError readError;
    // The operation did its work without helm (recover by marking the revision failed).
    bool withoutHelm = false;
    // uninstall with its volumes: how many PersistentVolumeClaims were deleted (-1: not asked).
    int deletedVolumes = -1;
    // …or why they could not be deleted: the release is uninstalled all the same.
    QString volumesError;
    QString backupPath; // recover: where the release records were saved first
    QString recoverMethod; // recover: "rollback", "uninstall" or "mark-failed"

    bool ok() const { return problem == Problem::None && (withoutHelm || helm.ok()); }
    bool cancelled() const { return helm.outcome == HelmResult::Outcome::Cancelled; }
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::OperationResult)
Q_DECLARE_METATYPE(Slipway::PodSummary)
