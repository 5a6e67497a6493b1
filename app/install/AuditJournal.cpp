#include "AuditJournal.h"

#include "core/PrivateFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Slipway {

AuditJournal::AuditJournal(QString path)
    : m_path(std::move(path))
{ }

QString AuditJournal::defaultPath()
{
    const QString overridden = qEnvironmentVariable("SLIPWAY_AUDIT_JOURNAL");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("audit.jsonl"));
}

QString AuditJournal::localUser()
{
    for (const char *name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

AuditEntry AuditJournal::entryFor(const QString &cluster, const QString &context,
                                  const QString &nameSpace, const QString &release,
                                  const QString &action, const QDateTime &started)
{
    AuditEntry entry;
    entry.time = started;
    entry.user = localUser();
    entry.cluster = cluster;
    entry.context = context;
    entry.nameSpace = nameSpace;
    entry.release = release;
    entry.action = action;
    entry.durationMs = started.msecsTo(QDateTime::currentDateTimeUtc());
    return entry;
}

Expected<void> AuditJournal::append(const AuditEntry &entry) const
{
    QJsonObject line {
        { QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("user"), entry.user },
        { QStringLiteral("cluster"), entry.cluster },
        { QStringLiteral("context"), entry.context },
        { QStringLiteral("namespace"), entry.nameSpace },
        { QStringLiteral("release"), entry.release },
        { QStringLiteral("action"), entry.action },
        { QStringLiteral("revisionBefore"), entry.revisionBefore },
        { QStringLiteral("revisionAfter"), entry.revisionAfter },
        { QStringLiteral("valuesSha256"), QString::fromLatin1(entry.valuesSha256) },
        { QStringLiteral("outcome"), entry.outcome },
        { QStringLiteral("durationMs"), entry.durationMs },
    };
    if (!entry.preflight.isEmpty()) {
        line.insert(QStringLiteral("preflight"), entry.preflight);
        if (!entry.preflightIgnored.isEmpty())
            line.insert(QStringLiteral("preflightIgnored"),
                        QJsonArray::fromStringList(entry.preflightIgnored));
    }
    // Append-only, and private: it says who changed which cluster when.
    const Expected<void> appended = PrivateFile::append(
        m_path, QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    if (!appended)
        return Error(tr("Cannot write the audit journal %1: %2")
                         .arg(m_path, appended.error().message));
    return {};
}

} // namespace Slipway
