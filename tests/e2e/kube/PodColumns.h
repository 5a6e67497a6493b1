#pragma once

#include "Kubectl.h"
#include "kube/PodStatus.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

// One line of `kubectl get pods --no-headers`: NAME READY STATUS RESTARTS AGE, where RESTARTS
// may read "5 (2m ago)".
struct PodColumns
{
    QString ready;
    QString status;
    QString restarts;
    QString age;

    static QHash<QString, PodColumns> fromKubectl(const QString &ns)
    {
        QHash<QString, PodColumns> rows;
        const Kubectl::Result r = Kubectl::run(
            { QStringLiteral("-n"), ns, QStringLiteral("get"), QStringLiteral("pods"),
              QStringLiteral("--no-headers") });
        for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
            const QStringList t = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (t.size() < 5)
                continue;
            rows.insert(t[0], { t[1], t[2], t.mid(3, t.size() - 4).join(QLatin1Char(' ')), t.last() });
        }
        return rows;
    }

    // Slipway's columns for `pod`, accepting any instant in [from, to] (kubectl printed at one
    // of them, to the second).
    static QString diff(const QJsonObject &pod, const PodColumns &kubectl, const QDateTime &from,
                        const QDateTime &to)
    {
        const Slipway::PodStatus mine = Slipway::PodStatus::of(pod);
        QStringList problems;
        if (mine.status != kubectl.status)
            problems << QStringLiteral("STATUS %1 ≠ kubectl %2").arg(mine.status, kubectl.status);
        if (mine.ready() != kubectl.ready)
            problems << QStringLiteral("READY %1 ≠ kubectl %2").arg(mine.ready(), kubectl.ready);
        bool restartsOk = false;
        bool ageOk = false;
        for (QDateTime t = from.addSecs(-1); t <= to.addSecs(1); t = t.addMSecs(250)) {
            restartsOk = restartsOk || mine.restartsText(t) == kubectl.restarts;
            ageOk = ageOk || mine.age(t) == kubectl.age;
        }
        if (!restartsOk)
            problems << QStringLiteral("RESTARTS %1 ≠ kubectl %2").arg(mine.restartsText(to), kubectl.restarts);
        if (!ageOk)
            problems << QStringLiteral("AGE %1 ≠ kubectl %2").arg(mine.age(to), kubectl.age);
        return problems.join(QLatin1String("; "));
    }
};
