#include "PodStatus.h"

#include "KubeTime.h"

#include <QJsonArray>
#include <QSet>

namespace Slipway {

namespace {

bool conditionIsTrue(const QJsonArray &conditions, QStringView type)
{
    for (const QJsonValue &c : conditions) {
        if (c[u"type"].toString() == type)
            return c[u"status"].toString() == u"True";
    }
    return false;
}

bool hasTrueCondition(const QJsonArray &conditions, QStringView type)
{
    for (const QJsonValue &c : conditions) {
        if (c[u"type"].toString() == type && c[u"status"].toString() == u"True")
            return true;
    }
    return false;
}

// "Signal:9" / "ExitCode:137" for a terminated state that gives no reason.
QString exitText(const QJsonValue &terminated)
{
    const int signal = terminated[u"signal"].toInt();
    if (signal != 0)
        return QStringLiteral("Signal:") + QString::number(signal);
    return QStringLiteral("ExitCode:") + QString::number(terminated[u"exitCode"].toInt());
}

// Keeps the latest lastState.terminated.finishedAt seen, as printPod's lastRestartDate does.
void noteLastTermination(const QJsonValue &containerStatus, QDateTime &latest)
{
    const QJsonValue terminated = containerStatus[u"lastState"][u"terminated"];
    if (!terminated.isObject())
        return;
    const QDateTime finished = KubeTime::parse(terminated[u"finishedAt"].toString());
    if (finished.isValid() && (!latest.isValid() || latest < finished))
        latest = finished;
}

} // namespace

PodStatus PodStatus::of(const QJsonObject &pod)
{
    PodStatus out;
    const QJsonValue spec = pod[u"spec"];
    const QJsonValue status = pod[u"status"];
    const QJsonArray conditions = status[u"conditions"].toArray();
    const QString phase = status[u"phase"].toString();
    const QString podReason = status[u"reason"].toString();
    out.created = KubeTime::parse(pod[u"metadata"][u"creationTimestamp"].toString());
    out.totalContainers = int(spec[u"containers"].toArray().size());

    QString reason = podReason.isEmpty() ? phase : podReason;
    for (const QJsonValue &c : conditions) {
        if (c[u"type"].toString() == u"PodScheduled"
            && c[u"reason"].toString() == u"SchedulingGated")
            reason = QStringLiteral("SchedulingGated");
    }

    // Sidecars are init containers with restartPolicy Always: they count as containers.
    const QJsonArray initSpecs = spec[u"initContainers"].toArray();
    QSet<QString> sidecars;
    for (const QJsonValue &c : initSpecs) {
        if (c[u"restartPolicy"].toString() == u"Always") {
            sidecars.insert(c[u"name"].toString());
            ++out.totalContainers;
        }
    }

    int sidecarRestarts = 0;
    QDateTime lastSidecarRestart;
    bool initializing = false;
    const QJsonArray initStatuses = status[u"initContainerStatuses"].toArray();
    for (qsizetype i = 0; i < initStatuses.size(); ++i) {
        const QJsonValue c = initStatuses[i];
        const bool sidecar = sidecars.contains(c[u"name"].toString());
        out.restarts += c[u"restartCount"].toInt();
        noteLastTermination(c, out.lastRestart);
        if (sidecar) {
            sidecarRestarts += c[u"restartCount"].toInt();
            noteLastTermination(c, lastSidecarRestart);
        }
        const QJsonValue terminated = c[u"state"][u"terminated"];
        const QJsonValue waiting = c[u"state"][u"waiting"];
        if (terminated.isObject() && terminated[u"exitCode"].toInt() == 0)
            continue;
        if (sidecar && c[u"started"].toBool()) {
            if (c[u"ready"].toBool())
                ++out.readyContainers;
            continue;
        }
        if (terminated.isObject()) {
            const QString r = terminated[u"reason"].toString();
            reason = QStringLiteral("Init:") + (r.isEmpty() ? exitText(terminated) : r);
        } else if (waiting.isObject() && !waiting[u"reason"].toString().isEmpty()
                   && waiting[u"reason"].toString() != u"PodInitializing") {
            reason = QStringLiteral("Init:") + waiting[u"reason"].toString();
        } else {
            reason = QStringLiteral("Init:%1/%2").arg(i).arg(initSpecs.size());
        }
        initializing = true;
        break;
    }

    if (!initializing || conditionIsTrue(conditions, u"Initialized")) {
        out.restarts = sidecarRestarts;
        out.lastRestart = lastSidecarRestart;
        bool hasRunning = false;
        QString errorReason;
        const QJsonArray statuses = status[u"containerStatuses"].toArray();
        // Walked backwards so that the first container's reason is the one that stays.
        for (qsizetype i = statuses.size() - 1; i >= 0; --i) {
            const QJsonValue c = statuses[i];
            out.restarts += c[u"restartCount"].toInt();
            noteLastTermination(c, out.lastRestart);
            const QJsonValue waiting = c[u"state"][u"waiting"];
            const QJsonValue terminated = c[u"state"][u"terminated"];
            if (waiting.isObject() && !waiting[u"reason"].toString().isEmpty()) {
                reason = waiting[u"reason"].toString();
            } else if (terminated.isObject()) {
                const QString r = terminated[u"reason"].toString();
                reason = r.isEmpty() ? exitText(terminated) : r;
                if (terminated[u"exitCode"].toInt() != 0)
                    errorReason = reason;
            } else if (c[u"ready"].toBool() && c[u"state"][u"running"].isObject()) {
                hasRunning = true;
                ++out.readyContainers;
            }
        }
        if (reason == u"Completed") {
            if (hasRunning && hasTrueCondition(conditions, u"Ready"))
                reason = QStringLiteral("Running");
            else if (!errorReason.isEmpty())
                reason = errorReason;
            else if (hasRunning)
                reason = QStringLiteral("NotReady");
        }
    }

    const bool deleting = !pod[u"metadata"][u"deletionTimestamp"].toString().isEmpty();
    if (deleting && podReason == u"NodeLost")
        reason = QStringLiteral("Unknown");
    else if (deleting && phase != u"Succeeded" && phase != u"Failed")
        reason = QStringLiteral("Terminating");
    out.status = reason;
    return out;
}

QString PodStatus::ready() const
{
    return QString::number(readyContainers) + QLatin1Char('/') + QString::number(totalContainers);
}

QString PodStatus::restartsText(const QDateTime &now) const
{
    if (restarts == 0 || !lastRestart.isValid())
        return QString::number(restarts);
    return QStringLiteral("%1 (%2 ago)").arg(restarts).arg(KubeTime::since(lastRestart, now));
}

QString PodStatus::age(const QDateTime &now) const
{
    return KubeTime::since(created, now);
}

} // namespace Slipway
