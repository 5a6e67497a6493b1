#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Slipway {

// The READY, STATUS, RESTARTS and AGE columns of `kubectl get pods`, computed from a Pod's JSON
// by the rules of kubectl 1.36's printPod (k8s.io/kubernetes pkg/printers/internalversion):
// init containers and sidecars, "Init:" prefixes, waiting and terminated reasons, Completed,
// Terminating, SchedulingGated. The parts that age are kept apart so a view can refresh them
// without recomputing the rest.
struct PodStatus
{
    static PodStatus of(const QJsonObject &pod);

    QString status; // "Running", "Init:0/2", "CrashLoopBackOff", "Terminating", …
    int readyContainers = 0;
    int totalContainers = 0; // containers plus sidecars (restartable init containers)
    int restarts = 0;
    QDateTime lastRestart; // invalid when no container has terminated before
    QDateTime created;

    QString ready() const; // "1/2"
    QString restartsText(const QDateTime &now) const; // "5 (2m ago)"
    QString age(const QDateTime &now) const; // "3d4h"

    friend bool operator==(const PodStatus &, const PodStatus &) = default;
};

} // namespace Slipway
