#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway {

// One preflight check's verdict: what both front ends show, and what an administrator
// overrides by its id (`--ignore-preflight=capacity`), so ids never change once shipped.
struct PreflightCheck
{
    enum class Severity
    {
        Pass,
        Warn,
        Fail,
    };

    QString id; // stable: "capacity", "gpu", "storage", "kubernetes-version", …
    QString title; // translated: "Capacity"
    Severity severity = Severity::Pass;
    QString message; // with the numbers: "2 of 12 pods cannot be placed"
    QString remediation; // what to do about it; empty on a pass
    QStringList items; // what the message counts: the pods that cannot be placed, …
    qint64 durationMs = 0;

    QJsonObject toJson() const;
    bool operator==(const PreflightCheck &) const = default;
};

// A check as it runs: its id and title from the start, and the clock that gives durationMs when
// it is done.
class TimedCheck
{
public:
    TimedCheck(const QString &id, const QString &title);

    PreflightCheck check;
    PreflightCheck done(); // the check, its durationMs measured from the constructor

    // The remediations whose condition holds, in order, as one paragraph.
    static QString remediationOf(std::initializer_list<std::pair<bool, QString>> fixes);

private:
    QElapsedTimer m_timer;
};

// The checks of one preflight run, in the order they ran: the model behind the wizard's
// Preflight page and `slipway-cli preflight` (text, and JSON whose keys are kept stable for
// scripts).
class PreflightReport
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::PreflightReport)

public:
    using Severity = PreflightCheck::Severity;

    void add(PreflightCheck check);
    const QList<PreflightCheck> &checks() const { return m_checks; }
    const PreflightCheck *check(QStringView id) const; // nullptr when it did not run

    int count(Severity severity) const;
    bool failed() const { return count(Severity::Fail) > 0; }
    qint64 durationMs() const; // the checks' own time, summed
    // The whole run as the administrator waited for it: reading the cluster (in parallel),
    // rendering the chart, and everything; 0 when the report was not made by a run.
    void setTimings(qint64 readMs, qint64 renderMs, qint64 elapsedMs);
    qint64 readMs() const { return m_readMs; }
    qint64 renderMs() const { return m_renderMs; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    // The failed checks whose ids are not in `ignored`: what blocks an install.
    QList<PreflightCheck> blocking(const QStringList &ignored) const;

    // {"checks": [...], "counts": {"pass", "warn", "fail"}, "failed", "durationMs", and when a
    // run made it "readMs", "renderMs", "elapsedMs"}.
    QJsonObject toJson() const;
    // One line per check ("FAIL  capacity  …"), its items and remediation indented below it,
    // then a summary line.
    QStringList toText() const;

    static QString severityName(Severity severity); // "pass", "warn", "fail": for JSON
    static QString severityLabel(Severity severity); // translated, for people

private:
    QList<PreflightCheck> m_checks;
    qint64 m_readMs = 0;
    qint64 m_renderMs = 0;
    qint64 m_elapsedMs = 0;
};

} // namespace Slipway
