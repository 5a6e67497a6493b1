#pragma once

#include "helm/ReleaseRecord.h"
#include "helm/ReleaseStorage.h"

#include <QJsonDocument>
#include <QJsonObject>

// Helm release records as helm's storage drivers keep them, for tests that serve them from a
// scripted server.

struct Revision
{
    int number;
    const char *status;
    QString lastDeployed; // as helm writes it: RFC 3339 with nanoseconds, any offset
};

// One release record as helm's driver stores it: a Secret (data base64 once more) or a
// ConfigMap (helm's payload as it is, no type).
inline QJsonObject record(const Revision &r, Slipway::ReleaseStorage storage,
                          const QString &createdAt = QStringLiteral("2026-11-01T08:00:00Z"))
{
    const QJsonObject release {
        { QStringLiteral("name"), QStringLiteral("rel") },
        { QStringLiteral("namespace"), QStringLiteral("ns") },
        { QStringLiteral("version"), r.number },
        { QStringLiteral("info"),
          QJsonObject { { QStringLiteral("status"), QString::fromLatin1(r.status) },
                        { QStringLiteral("first_deployed"), QStringLiteral("2026-11-01T08:00:00.5Z") },
                        { QStringLiteral("last_deployed"), r.lastDeployed },
                        { QStringLiteral("description"), QStringLiteral("revision %1").arg(r.number) } } },
        { QStringLiteral("chart"),
          QJsonObject { { QStringLiteral("metadata"),
                          QJsonObject { { QStringLiteral("name"), QStringLiteral("smoke") },
                                        { QStringLiteral("version"), QStringLiteral("0.1.0") } } } } },
    };
    const QByteArray payload
        = Slipway::ReleaseRecord::encodePayload(QJsonDocument(release).toJson(QJsonDocument::Compact));
    const QString name = QStringLiteral("sh.helm.release.v1.rel.v%1").arg(r.number);
    QJsonObject object {
        { QStringLiteral("metadata"),
          QJsonObject { { QStringLiteral("name"), name },
                        { QStringLiteral("namespace"), QStringLiteral("ns") },
                        { QStringLiteral("creationTimestamp"), createdAt },
                        { QStringLiteral("labels"),
                          QJsonObject { { QStringLiteral("name"), QStringLiteral("rel") },
                                        { QStringLiteral("owner"), QStringLiteral("helm") },
                                        { QStringLiteral("status"), QString::fromLatin1(r.status) },
                                        { QStringLiteral("version"), QString::number(r.number) } } } } },
        { QStringLiteral("data"),
          QJsonObject { { QStringLiteral("release"), storage.dataFor(payload) } } },
    };
    if (storage.kind() == Slipway::ReleaseStorage::Kind::Secrets)
        object.insert(QStringLiteral("type"), QStringLiteral("helm.sh/release.v1"));
    return object;
}


// Records of one release "rel", revisions 1, 2, … with these statuses, oldest first.
inline QList<Slipway::ReleaseRecord> recordsWithStatuses(const QStringList &statuses)
{
    QList<Slipway::ReleaseRecord> list;
    for (const QString &status : statuses) {
        Slipway::ReleaseRecord record;
        record.name = QStringLiteral("rel");
        record.revision = int(list.size()) + 1;
        record.status = status;
        list.append(record);
    }
    return list;
}
