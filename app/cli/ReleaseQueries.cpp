#include "ReleaseQueries.h"

#include "CliSession.h"
#include "Console.h"
#include "ExitCode.h"
#include "helm/ReleaseHistory.h"
#include "install/InstallPlan.h"
#include "install/ReleaseDiff.h"
#include "install/UpgradePreview.h"
#include "kube/KubeClient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Slipway {

namespace {

void printJson(const QJsonValue &value)
{
    const QByteArray text = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    Console::out(QString::fromUtf8(text).trimmed());
}

// The product's descriptor, when --product gave one: ReleaseDiff adds the one stored with each
// revision's chart.
const Descriptor *productOf(const CliSession &session)
{
    return session.chart() && session.chart()->descriptor ? &*session.chart()->descriptor
                                                           : nullptr;
}

} // namespace

ReleaseQueries::ReleaseQueries(CliSession &session)
    : m_session(session)
{ }

int ReleaseQueries::status()
{
    int rc = ExitOk;
    const auto history = m_session.openHistory(false, &rc);
    if (!history)
        return rc;
    const ReleaseRecord *latest = history->latest();
    if (!latest)
        return m_session.noRelease();
    const bool pending = latest->isPending();
    // The uninstall counterpart of pending-*: stuck unless an uninstall is running right now.
    const bool stuck = pending || latest->status == QLatin1String("uninstalling");
    if (m_session.options().json) {
        printJson(QJsonObject {
            { QStringLiteral("name"), latest->name },
            { QStringLiteral("namespace"), latest->nameSpace },
            { QStringLiteral("revision"), latest->revision },
            { QStringLiteral("status"), latest->status },
            { QStringLiteral("chart"), latest->chart() },
            { QStringLiteral("appVersion"), latest->appVersion },
            { QStringLiteral("firstDeployed"), latest->firstDeployed },
            { QStringLiteral("lastDeployed"), latest->lastDeployed },
            { QStringLiteral("description"), latest->description },
            { QStringLiteral("pending"), pending },
            { QStringLiteral("stuck"), stuck },
            { QStringLiteral("pendingSince"),
              stuck ? latest->operationStartedAt().toString(Qt::ISODate) : QString() },
        });
    } else {
        Console::out(tr("NAME:          %1").arg(latest->name));
        Console::out(tr("NAMESPACE:     %1").arg(latest->nameSpace));
        Console::out(tr("REVISION:      %1").arg(latest->revision));
        Console::out(tr("STATUS:        %1").arg(latest->status));
        Console::out(tr("CHART:         %1").arg(latest->chart()));
        Console::out(tr("APP VERSION:   %1").arg(latest->appVersion));
        Console::out(tr("LAST DEPLOYED: %1").arg(latest->lastDeployed));
        Console::out(tr("DESCRIPTION:   %1").arg(latest->description));
    }
    if (stuck) {
        const QDateTime since = latest->operationStartedAt();
        Console::err(tr("slipway-cli: revision %1 has been %2 since %3 and no helm of this run "
                        "is working on it. If no other helm is either, run “slipway-cli recover”.")
                         .arg(latest->revision)
                         .arg(latest->status,
                              since.isValid() ? since.toString(Qt::ISODate) : latest->createdAt));
        return ExitPending;
    }
    return ExitOk;
}

int ReleaseQueries::history()
{
    int rc = ExitOk;
    const auto history = m_session.openHistory(false, &rc);
    if (!history)
        return rc;
    if (history->records().isEmpty())
        return m_session.noRelease();
    if (m_session.options().json) {
        QJsonArray rows;
        for (const ReleaseRecord &record : history->records())
            rows.append(record.historyEntry());
        printJson(rows);
        return ExitOk;
    }
    Console::out(tr("REVISION  UPDATED                         STATUS            CHART             "
                    "APP VERSION  DESCRIPTION"));
    for (const ReleaseRecord &record : history->records())
        Console::out(QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(QString::number(record.revision), -9)
                         .arg(record.lastDeployed, -31)
                         .arg(record.status, -17)
                         .arg(record.chart(), -17)
                         .arg(record.appVersion, -12)
                         .arg(record.description));
    return ExitOk;
}

int ReleaseQueries::values()
{
    int rc = ExitOk;
    const auto history = m_session.openHistory(false, &rc);
    if (!history)
        return rc;
    if (!history->latest())
        return m_session.noRelease();
    const int wanted = m_session.options().revision;
    const ReleaseRecord *record = wanted > 0 ? history->revision(wanted) : history->latest();
    if (!record)
        return m_session.fail(ExitUsage, tr("Release “%1” has no revision %2; “slipway-cli "
                                            "history” lists the ones it has.")
                                             .arg(m_session.release())
                                             .arg(wanted));
    const QJsonObject values = m_session.options().showSecrets
        ? record->config
        : ReleaseDiff::maskedValues(*record, productOf(m_session));
    if (m_session.options().json)
        printJson(values);
    else
        Console::out(ReleaseDiff::valuesYaml(values));
    return ExitOk;
}

int ReleaseQueries::diff()
{
    const CliOptions &options = m_session.options();
    const bool planned
        = !options.answers.isEmpty() || !options.values.isEmpty() || !options.sets.isEmpty();
    if (planned && !options.arguments.isEmpty())
        return m_session.fail(ExitUsage,
                              tr("diff compares either two revisions or the deployed revision "
                                 "with --answers / --values / --set, not both"));
    return planned ? diffPlanned() : diffRevisions();
}

int ReleaseQueries::diffRevisions()
{
    const QStringList args = m_session.options().arguments;
    if (args.size() > 2)
        return m_session.fail(ExitUsage, tr("diff takes at most two revisions"));
    int rc = ExitOk;
    const auto history = m_session.openHistory(false, &rc);
    if (!history)
        return rc;
    const QList<ReleaseRecord> &records = history->records();
    if (records.isEmpty())
        return m_session.noRelease();
    int from = records.size() >= 2 ? records[records.size() - 2].revision : records.last().revision;
    int to = records.last().revision;
    if (args.size() >= 1)
        from = args[0].toInt();
    if (args.size() == 2)
        to = args[1].toInt();
    const ReleaseRecord *a = history->revision(from);
    const ReleaseRecord *b = history->revision(to);
    if (!a || !b)
        return m_session.fail(ExitUsage, tr("Release “%1” has no revision %2.")
                                             .arg(m_session.release())
                                             .arg(!a ? from : to));
    return printDiff(QStringLiteral("@%1").arg(from), *a, QStringLiteral("@%1").arg(to), *b,
                     QJsonObject { { QStringLiteral("from"), from }, { QStringLiteral("to"), to } });
}

int ReleaseQueries::diffPlanned()
{
    InstallPlan plan;
    PreparedValues prepared;
    int rc = ExitOk;
    if ((rc = m_session.openPlan(&plan, &prepared, false)))
        return rc;
    const auto history = m_session.history(&rc);
    if (!history)
        return rc;
    const ReleaseRecord *latest = history->latest();
    if (!latest || latest->status == QLatin1String("uninstalled"))
        return m_session.noRelease();
    if (latest->isPending())
        return m_session.fail(ExitPending,
                              tr("Release “%1” is stuck in %2 (revision %3), so no upgrade can "
                                 "be previewed. Run “slipway-cli recover” first.")
                                  .arg(latest->name, latest->status)
                                  .arg(latest->revision));
    // What the upgrade is measured against: what runs now, the last deployed revision.
    const ReleaseRecord *deployed = history->lastDeployed() ? history->lastDeployed() : latest;
    if ((rc = m_session.keepGeneratedSecrets(&plan, &prepared, *deployed)))
        return rc;

    UpgradePreview preview(m_session.helm());
    preview.start(m_session.upgradeRequest(plan, prepared, true));
    CliSession::waitFor(&preview, &UpgradePreview::finished);
    const Expected<ReleaseRecord> &planned = preview.planned();
    switch (preview.failure()) {
    case UpgradePreview::Failure::None:
        break;
    case UpgradePreview::Failure::Pending:
        return m_session.fail(ExitPending, planned.error().message);
    case UpgradePreview::Failure::Render:
        return m_session.fail(ExitValidation, planned.error().message);
    case UpgradePreview::Failure::Output:
        return m_session.fail(ExitFailure, planned.error().message);
    }
    return printDiff(QStringLiteral("@%1").arg(deployed->revision), *deployed,
                     QStringLiteral("@upgrade"), planned.value(),
                     QJsonObject { { QStringLiteral("from"), deployed->revision },
                                   { QStringLiteral("to"), QStringLiteral("upgrade") } });
}

int ReleaseQueries::printDiff(const QString &fromName, const ReleaseRecord &from,
                              const QString &toName, const ReleaseRecord &to,
                              const QJsonObject &extra)
{
    ReleaseDiff diff(from, to, productOf(m_session), m_session.options().showSecrets);
    diff.setNames(fromName, toName);
    const QStringList valuesDiff = diff.valuesUnified();
    const QStringList manifestDiff = diff.manifestUnified();
    if (m_session.options().json) {
        QJsonObject out = extra;
        out.insert(QStringLiteral("values"), QJsonArray::fromStringList(valuesDiff));
        out.insert(QStringLiteral("manifest"), QJsonArray::fromStringList(manifestDiff));
        out.insert(QStringLiteral("different"), diff.different());
        printJson(out);
    } else {
        for (const QString &line : valuesDiff + manifestDiff)
            Console::out(line);
    }
    return m_session.options().exitCode && diff.different() ? int(ExitDifferent) : int(ExitOk);
}

} // namespace Slipway
