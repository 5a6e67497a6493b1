#include "PreflightReport.h"

#include <QJsonArray>

#include <algorithm>

namespace Slipway {

QJsonObject PreflightCheck::toJson() const
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("title"), title },
        { QStringLiteral("severity"), PreflightReport::severityName(severity) },
        { QStringLiteral("message"), message },
        { QStringLiteral("remediation"), remediation },
        { QStringLiteral("items"), QJsonArray::fromStringList(items) },
        { QStringLiteral("durationMs"), durationMs },
    };
}

TimedCheck::TimedCheck(const QString &id, const QString &title)
{
    m_timer.start();
    check.id = id;
    check.title = title;
}

PreflightCheck TimedCheck::done()
{
    check.durationMs = m_timer.elapsed();
    return check;
}

QString TimedCheck::remediationOf(std::initializer_list<std::pair<bool, QString>> fixes)
{
    QStringList applying;
    for (const auto &[applies, fix] : fixes) {
        if (applies)
            applying.append(fix);
    }
    return applying.join(QLatin1Char(' '));
}

void PreflightReport::add(PreflightCheck check)
{
    m_checks.append(std::move(check));
}

const PreflightCheck *PreflightReport::check(QStringView id) const
{
    const auto it = std::find_if(m_checks.cbegin(), m_checks.cend(),
                                 [&](const PreflightCheck &c) { return c.id == id; });
    return it == m_checks.cend() ? nullptr : &*it;
}

int PreflightReport::count(Severity severity) const
{
    return int(std::count_if(m_checks.cbegin(), m_checks.cend(),
                             [&](const PreflightCheck &c) { return c.severity == severity; }));
}

qint64 PreflightReport::durationMs() const
{
    qint64 total = 0;
    for (const PreflightCheck &c : m_checks)
        total += c.durationMs;
    return total;
}

void PreflightReport::setTimings(qint64 readMs, qint64 renderMs, qint64 elapsedMs)
{
    m_readMs = readMs;
    m_renderMs = renderMs;
    m_elapsedMs = elapsedMs;
}

QList<PreflightCheck> PreflightReport::blocking(const QStringList &ignored) const
{
    QList<PreflightCheck> found;
    for (const PreflightCheck &c : m_checks) {
        if (c.severity == Severity::Fail && !ignored.contains(c.id))
            found.append(c);
    }
    return found;
}

QJsonObject PreflightReport::toJson() const
{
    QJsonArray checks;
    for (const PreflightCheck &c : m_checks)
        checks.append(c.toJson());
    const QJsonObject counts {
        { severityName(Severity::Pass), count(Severity::Pass) },
        { severityName(Severity::Warn), count(Severity::Warn) },
        { severityName(Severity::Fail), count(Severity::Fail) },
    };
    QJsonObject json {
        { QStringLiteral("checks"), checks },
        { QStringLiteral("counts"), counts },
        { QStringLiteral("failed"), failed() },
        { QStringLiteral("durationMs"), durationMs() },
    };
    if (m_elapsedMs > 0) {
        json.insert(QStringLiteral("readMs"), m_readMs);
        json.insert(QStringLiteral("renderMs"), m_renderMs);
        json.insert(QStringLiteral("elapsedMs"), m_elapsedMs);
    }
    return json;
}

QStringList PreflightReport::toText() const
{
    QStringList lines;
    qsizetype idWidth = 0;
    for (const PreflightCheck &c : m_checks)
        idWidth = std::max(idWidth, c.id.size());
    const QString indent(6, QLatin1Char(' '));
    for (const PreflightCheck &c : m_checks) {
        lines.append(tr("%1  %2  %3: %4 (%5 ms)")
                         .arg(severityLabel(c.severity).leftJustified(4), c.id.leftJustified(idWidth),
                              c.title, c.message)
                         .arg(c.durationMs));
        for (const QString &item : c.items)
            lines.append(indent + QStringLiteral("- ") + item);
        if (!c.remediation.isEmpty())
            lines.append(indent + tr("Fix: %1").arg(c.remediation));
    }
    lines.append(tr("%n check(s): %1 passed, %2 with warnings, %3 failed", nullptr,
                    int(m_checks.size()))
                     .arg(count(Severity::Pass))
                     .arg(count(Severity::Warn))
                     .arg(count(Severity::Fail)));
    if (m_elapsedMs > 0)
        lines.append(tr("Took %1 ms: %2 ms reading the cluster, and alongside it %3 ms rendering "
                        "the chart.")
                         .arg(m_elapsedMs)
                         .arg(m_readMs)
                         .arg(m_renderMs));
    return lines;
}

QString PreflightReport::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Pass:
        return QStringLiteral("pass");
    case Severity::Warn:
        return QStringLiteral("warn");
    case Severity::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

QString PreflightReport::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Pass:
        return tr("PASS");
    case Severity::Warn:
        return tr("WARN");
    case Severity::Fail:
        return tr("FAIL");
    }
    return {};
}

} // namespace Slipway
