#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Slipway {

// Whether a workload (Deployment, StatefulSet, DaemonSet, Job, CronJob) has finished rolling
// out, from its JSON. The rules are those of `kubectl rollout status` tightened by kstatus
// (cli-utils) and by what an installer must wait for: a Job is done only when Complete, a
// StatefulSet only when its revisions agree.
struct RolloutStatus
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RolloutStatus)

public:
    enum class State
    {
        Current, // done: the desired state is running
        InProgress, // still converging; `reason` says on what
        Failed, // will not converge without help; `reason` says why
    };

    static RolloutStatus of(const QJsonObject &object);

    State state = State::InProgress;
    QString reason; // readable, for the user

    static QString stateName(State state); // "Current", "InProgress", "Failed": not translated
};

} // namespace Slipway
