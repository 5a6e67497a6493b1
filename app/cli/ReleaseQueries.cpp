#include "ReleaseQueries.h"

#include "CliSession.h"
#include "Console.h"
#include "ExitCode.h"
#include "TextDiff.h"
#include "helm/ReleaseHistory.h"
#include "kube/KubeClient.h"
#include "product/ValueTree.h"
#include "product/YamlWriter.h"

#include <QCryptographicHash>
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

QString valuesYaml(const QJsonObject &values)
{
    if (values.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(YamlWriter::write(ValueTree::fromVariant(values.toVariantMap())))
        .trimmed();
}

// A diff must show that a secret changed, never the secret: each value of a secret field, and
// its base64 form in rendered Secrets, becomes a short fingerprint.
struct SecretMask
{
    QList<std::pair<QString, QString>> replacements;

    void collect(const std::optional<Chart> &chart, const QJsonObject &config)
    {
        if (!chart || !chart->descriptor)
            return;
        const ValueTree tree = ValueTree::fromVariant(config.toVariantMap());
        for (const Field &field : chart->descriptor->fields) {
            if (field.type != FieldType::Secret || field.path.isEmpty())
                continue;
            const ValueTree *value = tree.at(field.path);
            if (!value || !value->isScalar() || value->toString().isEmpty())
                continue;
            const QString secret = value->toString();
            const QString mask = QStringLiteral("<secret %1>").arg(QString::fromLatin1(
                QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256)
                    .toHex()
                    .left(8)));
            replacements.append({ QString::fromLatin1(secret.toUtf8().toBase64()), mask });
            replacements.append({ secret, mask });
        }
    }
    QString apply(QString text) const
    {
        for (const auto &[secret, mask] : replacements)
            text.replace(secret, mask);
        return text;
    }
};

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
            { QStringLiteral("pendingSince"), pending ? latest->createdAt : QString() },
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
    if (pending) {
        Console::err(tr("slipway-cli: revision %1 has been %2 since %3 and no helm of this run "
                        "is working on it. If no other helm is either, run “slipway-cli recover”.")
                         .arg(latest->revision)
                         .arg(latest->status, latest->createdAt));
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
    const int wanted = m_session.options().revision;
    const ReleaseRecord *record = wanted > 0 ? history->revision(wanted) : history->latest();
    if (!record)
        return m_session.fail(ExitHelmFailed, tr("Release “%1” has no revision %2.")
                                                  .arg(m_session.release())
                                                  .arg(wanted));
    // The user values as stored: they include secrets, which the caller asked for by name.
    if (m_session.options().json)
        printJson(record->config);
    else
        Console::out(valuesYaml(record->config));
    return ExitOk;
}

int ReleaseQueries::diff()
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
    SecretMask mask;
    mask.collect(m_session.chart(), a->config);
    mask.collect(m_session.chart(), b->config);
    const QStringList valuesDiff = TextDiff::unified(mask.apply(valuesYaml(a->config)),
                                                     mask.apply(valuesYaml(b->config)),
                                                     QStringLiteral("values@%1").arg(from),
                                                     QStringLiteral("values@%1").arg(to));
    const QStringList manifestDiff
        = TextDiff::unified(mask.apply(a->manifest), mask.apply(b->manifest), QStringLiteral("manifest@%1").arg(from),
                            QStringLiteral("manifest@%1").arg(to));
    if (m_session.options().json) {
        printJson(QJsonObject { { QStringLiteral("from"), from },
                                { QStringLiteral("to"), to },
                                { QStringLiteral("values"), QJsonArray::fromStringList(valuesDiff) },
                                { QStringLiteral("manifest"),
                                  QJsonArray::fromStringList(manifestDiff) } });
    } else {
        for (const QString &line : valuesDiff + manifestDiff)
            Console::out(line);
    }
    return ExitOk;
}

} // namespace Slipway
