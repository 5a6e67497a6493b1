#include "RolloutStatus.h"

#include <QJsonArray>

namespace Slipway {

namespace {

using State = RolloutStatus::State;

RolloutStatus make(State state, const QString &reason)
{
    RolloutStatus s;
    s.state = state;
    s.reason = reason;
    return s;
}

RolloutStatus inProgress(const QString &reason)
{
    return make(State::InProgress, reason);
}

QJsonObject condition(const QJsonObject &object, QStringView type)
{
    for (const QJsonValue &c : object[u"status"][u"conditions"].toArray()) {
        if (c[u"type"].toString() == type)
            return c.toObject();
    }
    return {};
}

bool conditionTrue(const QJsonObject &object, QStringView type)
{
    return condition(object, type)[u"status"].toString() == u"True";
}

// Status integers are omitempty: absent means 0. spec.replicas defaults to 1.
int number(const QJsonObject &object, QStringView field)
{
    return object[u"status"][field].toInt();
}

int specReplicas(const QJsonObject &object)
{
    return object[u"spec"][u"replicas"].toInt(1);
}

QString conditionText(const QJsonObject &c)
{
    const QString message = c[u"message"].toString();
    return message.isEmpty() ? c[u"reason"].toString() : message;
}

RolloutStatus deployment(const QJsonObject &d)
{
    const QJsonObject progressing = condition(d, u"Progressing");
    if (progressing[u"reason"].toString() == u"ProgressDeadlineExceeded")
        return make(State::Failed, RolloutStatus::tr("The rollout did not progress within its "
                                                     "deadline: %1")
                                       .arg(conditionText(progressing)));
    const QJsonObject replicaFailure = condition(d, u"ReplicaFailure");
    if (replicaFailure[u"status"].toString() == u"True")
        return make(State::Failed, RolloutStatus::tr("Pods cannot be created: %1")
                                       .arg(conditionText(replicaFailure)));
    const int spec = specReplicas(d);
    const int updated = number(d, u"updatedReplicas");
    const int replicas = number(d, u"replicas");
    const int available = number(d, u"availableReplicas");
    const int ready = number(d, u"readyReplicas");
    if (updated < spec)
        return inProgress(RolloutStatus::tr("%1 of %2 new replicas have been updated")
                              .arg(updated)
                              .arg(spec));
    if (replicas > updated)
        return inProgress(RolloutStatus::tr("%n old replica(s) pending termination", nullptr,
                                            replicas - updated));
    if (available < updated)
        return inProgress(RolloutStatus::tr("%1 of %2 updated replicas are available")
                              .arg(available)
                              .arg(updated));
    if (ready < spec)
        return inProgress(RolloutStatus::tr("%1 of %2 replicas are ready").arg(ready).arg(spec));
    if (spec > 0 && !conditionTrue(d, u"Available"))
        return inProgress(RolloutStatus::tr("The Deployment is not reported Available yet"));
    return make(State::Current, RolloutStatus::tr("%1 of %2 replicas are ready").arg(ready).arg(spec));
}

RolloutStatus statefulSet(const QJsonObject &s)
{
    const int spec = specReplicas(s);
    const int ready = number(s, u"readyReplicas");
    const int updated = number(s, u"updatedReplicas");
    if (number(s, u"observedGeneration") == 0)
        return inProgress(RolloutStatus::tr("Waiting for the controller to observe the change"));
    if (number(s, u"replicas") < spec)
        return inProgress(RolloutStatus::tr("%1 of %2 pods have been created")
                              .arg(number(s, u"replicas"))
                              .arg(spec));
    if (ready < spec)
        return inProgress(RolloutStatus::tr("Waiting for %n pod(s) to be ready", nullptr,
                                            spec - ready));
    const QJsonValue strategy = s[u"spec"][u"updateStrategy"];
    if (strategy[u"type"].toString() == u"OnDelete")
        return make(State::Current,
                    RolloutStatus::tr("%1 pods are ready; pods are updated only when deleted "
                                      "(OnDelete)")
                        .arg(ready));
    const int partition = strategy[u"rollingUpdate"][u"partition"].toInt();
    if (updated < spec - partition)
        return inProgress(RolloutStatus::tr("%1 of %2 pods have been updated")
                              .arg(updated)
                              .arg(spec - partition));
    // kubectl stops at the partition check; a partition of 0 means the whole set, and then the
    // revisions must agree too, or old pods are still around.
    const QString current = s[u"status"][u"currentRevision"].toString();
    const QString update = s[u"status"][u"updateRevision"].toString();
    if (partition == 0 && current != update)
        return inProgress(RolloutStatus::tr("Rolling update to revision %1 in progress").arg(update));
    return make(State::Current, RolloutStatus::tr("%1 of %2 pods are ready").arg(ready).arg(spec));
}

RolloutStatus daemonSet(const QJsonObject &d)
{
    const QJsonValue desiredValue = d[u"status"][u"desiredNumberScheduled"];
    if (desiredValue.isUndefined())
        return inProgress(RolloutStatus::tr("Waiting for the controller to schedule pods"));
    const int desired = desiredValue.toInt();
    const bool onDelete = d[u"spec"][u"updateStrategy"][u"type"].toString() == u"OnDelete";
    if (number(d, u"currentNumberScheduled") < desired)
        return inProgress(RolloutStatus::tr("%1 of %2 pods are scheduled")
                              .arg(number(d, u"currentNumberScheduled"))
                              .arg(desired));
    if (!onDelete && number(d, u"updatedNumberScheduled") < desired)
        return inProgress(RolloutStatus::tr("%1 of %2 new pods have been updated")
                              .arg(number(d, u"updatedNumberScheduled"))
                              .arg(desired));
    if (number(d, u"numberAvailable") < desired)
        return inProgress(RolloutStatus::tr("%1 of %2 updated pods are available")
                              .arg(number(d, u"numberAvailable"))
                              .arg(desired));
    if (number(d, u"numberReady") < desired)
        return inProgress(RolloutStatus::tr("%1 of %2 pods are ready")
                              .arg(number(d, u"numberReady"))
                              .arg(desired));
    return make(State::Current, RolloutStatus::tr("%1 of %2 pods are ready").arg(desired).arg(desired));
}

RolloutStatus job(const QJsonObject &j)
{
    if (conditionTrue(j, u"Complete"))
        return make(State::Current, RolloutStatus::tr("Completed"));
    for (QStringView type : { QStringView(u"Failed"), QStringView(u"FailureTarget") }) {
        if (conditionTrue(j, type))
            return make(State::Failed,
                        RolloutStatus::tr("The Job failed: %1").arg(conditionText(condition(j, type))));
    }
    if (j[u"spec"][u"suspend"].toBool())
        return inProgress(RolloutStatus::tr("The Job is suspended"));
    if (j[u"status"][u"startTime"].toString().isEmpty())
        return inProgress(RolloutStatus::tr("The Job has not started yet"));
    const int completions = j[u"spec"][u"completions"].toInt(1);
    return inProgress(RolloutStatus::tr("%1 of %2 completions, %3 running")
                          .arg(number(j, u"succeeded"))
                          .arg(completions)
                          .arg(number(j, u"active")));
}

RolloutStatus cronJob(const QJsonObject &c)
{
    if (c[u"spec"][u"suspend"].toBool())
        return make(State::Current, RolloutStatus::tr("Suspended: no new Jobs are started"));
    const qsizetype active = c[u"status"][u"active"].toArray().size();
    return make(State::Current,
                RolloutStatus::tr("Scheduled “%1”; %n Job(s) running", nullptr, int(active))
                    .arg(c[u"spec"][u"schedule"].toString()));
}

} // namespace

RolloutStatus RolloutStatus::of(const QJsonObject &object)
{
    const QJsonValue metadata = object[u"metadata"];
    if (!metadata[u"deletionTimestamp"].toString().isEmpty())
        return inProgress(tr("Being deleted"));
    // The apps controllers report observedGeneration (absent: nothing observed yet); Jobs and
    // CronJobs have none; other kinds are judged by it only when they carry it (kstatus).
    const QString kind = object[u"kind"].toString();
    const QJsonValue observed = object[u"status"][u"observedGeneration"];
    const bool appsKind = kind == u"Deployment" || kind == u"StatefulSet" || kind == u"DaemonSet";
    const bool generic = !appsKind && kind != u"Job" && kind != u"CronJob";
    if ((appsKind || (generic && !observed.isUndefined()))
        && metadata[u"generation"].toInteger() > observed.toInteger())
        return inProgress(tr("Waiting for the controller to observe the change"));
    if (kind == u"Deployment")
        return deployment(object);
    if (kind == u"StatefulSet")
        return statefulSet(object);
    if (kind == u"DaemonSet")
        return daemonSet(object);
    if (kind == u"Job")
        return job(object);
    if (kind == u"CronJob")
        return cronJob(object);
    // Other kinds: the generic kstatus conditions.
    if (conditionTrue(object, u"Stalled"))
        return make(State::Failed, conditionText(condition(object, u"Stalled")));
    if (conditionTrue(object, u"Reconciling"))
        return inProgress(conditionText(condition(object, u"Reconciling")));
    return make(State::Current, QString());
}

QString RolloutStatus::stateName(State state)
{
    switch (state) {
    case State::Current:
        return QStringLiteral("Current");
    case State::InProgress:
        return QStringLiteral("InProgress");
    case State::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

} // namespace Slipway
