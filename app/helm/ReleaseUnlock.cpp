#include "ReleaseUnlock.h"

#include "ReleaseRecord.h"

#include <QJsonDocument>

namespace Slipway {

QString ReleaseUnlock::description(const QString &staleStatus)
{
    // Kept in English like helm's own descriptions: tools and people grep history for them.
    return QStringLiteral("Release unlocked from stale '%1' state by Slipway").arg(staleStatus);
}

Expected<QJsonObject> ReleaseUnlock::markFailed(const QJsonObject &object, ReleaseStorage storage,
                                                const QDateTime &now)
{
    QJsonObject data = object.value(QLatin1String("data")).toObject();
    const QByteArray helmBase64 = storage.payloadOf(object);
    if (helmBase64.isEmpty())
        return Error(tr("The %1 holds no readable helm release record.").arg(storage.objectKind()));
    const Expected<QByteArray> json = ReleaseRecord::decodePayload(helmBase64);
    if (!json)
        return json.error();
    QJsonParseError parseError;
    QJsonObject release = QJsonDocument::fromJson(*json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || release.isEmpty())
        return Error(tr("The release record is not a JSON object: %1")
                         .arg(parseError.errorString()));
    QJsonObject info = release.value(QLatin1String("info")).toObject();
    const QString status = info.value(QLatin1String("status")).toString();
    if (!status.startsWith(QLatin1String("pending-")))
        return Error(tr("Revision %1 is %2, not pending: there is nothing to unlock.")
                         .arg(release.value(QLatin1String("version")).toInt())
                         .arg(status));
    info.insert(QStringLiteral("status"), QStringLiteral("failed"));
    info.insert(QStringLiteral("description"), description(status));
    release.insert(QStringLiteral("info"), info);

    // Field order and number spelling may differ from Go's encoder; helm decodes into structs,
    // so neither matters — the values are the same.
    const QByteArray encoded
        = ReleaseRecord::encodePayload(QJsonDocument(release).toJson(QJsonDocument::Compact));
    if (encoded.isEmpty())
        return Error(tr("The release record could not be compressed."));
    // A Secret's data is base64 of helm's own base64 string, a ConfigMap's that string (§1.2).
    data.insert(QStringLiteral("release"), storage.dataFor(encoded));

    QJsonObject out = object;
    out.insert(QStringLiteral("data"), data);
    out.remove(QStringLiteral("stringData"));
    QJsonObject metadata = out.value(QLatin1String("metadata")).toObject();
    // Let the server account the fields to this update.
    metadata.remove(QStringLiteral("managedFields"));
    QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
    labels.insert(QStringLiteral("status"), QStringLiteral("failed"));
    labels.insert(QStringLiteral("modifiedAt"), QString::number(now.toSecsSinceEpoch()));
    labels.remove(QStringLiteral("createdAt"));
    metadata.insert(QStringLiteral("labels"), labels);
    out.insert(QStringLiteral("metadata"), metadata);
    if (!out.contains(QLatin1String("apiVersion")))
        out.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
    if (!out.contains(QLatin1String("kind")))
        out.insert(QStringLiteral("kind"), storage.objectKind());
    return out;
}

} // namespace Slipway
