#include "ReleaseRecord.h"

#include "kube/KubeTime.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <zlib.h>

namespace Slipway {

namespace {

std::optional<QByteArray> gunzip(const QByteArray &data)
{
    z_stream stream {};
    // 16 + MAX_WBITS: gzip framing, not zlib's.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[64 * 1024];
    int rc = Z_OK;
    do {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&stream);
            return std::nullopt;
        }
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        // A release must fit an etcd object (~1 MiB); anything far bigger is not one.
        if (out.size() > 256 * 1024 * 1024) {
            inflateEnd(&stream);
            return std::nullopt;
        }
    } while (rc != Z_STREAM_END);
    inflateEnd(&stream);
    return out;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream {};
    // 16 + MAX_WBITS: gzip framing; level 9 is Go's gzip.BestCompression.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8,
                     Z_DEFAULT_STRATEGY)
        != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))));
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    const qsizetype written = out.size() - qsizetype(stream.avail_out);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

void mergeInto(QJsonObject &base, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it) {
        if (it->isNull()) { // helm: null deletes a default
            base.remove(it.key());
        } else if (it->isObject() && base.value(it.key()).isObject()) {
            QJsonObject inner = base.value(it.key()).toObject();
            mergeInto(inner, it->toObject());
            base.insert(it.key(), inner);
        } else {
            base.insert(it.key(), *it);
        }
    }
}

Expected<ReleaseRecord> withObject(Expected<ReleaseRecord> record, const QJsonObject &object)
{
    if (!record)
        return record;
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    record.value().objectName = metadata.value(QLatin1String("name")).toString();
    record.value().createdAt = metadata.value(QLatin1String("creationTimestamp")).toString();
    record.value().modifiedAt = metadata.value(QLatin1String("labels"))
                                    .toObject()
                                    .value(QLatin1String("modifiedAt"))
                                    .toString();
    return record;
}

} // namespace

QJsonObject ReleaseRecord::computedValues() const
{
    QJsonObject values = chartValues;
    mergeInto(values, config);
    return values;
}

Expected<QByteArray> ReleaseRecord::decodePayload(const QByteArray &helmBase64)
{
    const auto decoded = QByteArray::fromBase64Encoding(helmBase64.trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error(tr("The release record is not valid base64."));
    const QByteArray &bytes = *decoded;
    if (bytes.startsWith(QByteArray("\x1f\x8b\x08", 3))) {
        const std::optional<QByteArray> json = gunzip(bytes);
        if (!json)
            return Error(tr("The release record is not valid gzip data."));
        return *json;
    }
    return bytes;
}

Expected<ReleaseRecord> ReleaseRecord::fromStored(const QJsonObject &object, ReleaseStorage storage)
{
    const QByteArray payload = storage.payloadOf(object);
    if (payload.isEmpty())
        return Error(tr("The %1 holds no readable helm release record.").arg(storage.objectKind()));
    const Expected<QByteArray> json = decodePayload(payload);
    if (!json)
        return json.error();
    return withObject(fromJson(*json), object);
}

Expected<ReleaseRecord> ReleaseRecord::fromSecret(const QJsonObject &secret)
{
    return fromStored(secret, ReleaseStorage(ReleaseStorage::Kind::Secrets));
}

Expected<ReleaseRecord> ReleaseRecord::fromConfigMap(const QJsonObject &configMap)
{
    return fromStored(configMap, ReleaseStorage(ReleaseStorage::Kind::ConfigMaps));
}

Expected<ReleaseRecord> ReleaseRecord::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error(tr("The release record is not a JSON object: %1")
                         .arg(parseError.errorString()));
    const QJsonObject release = document.object();
    const QJsonObject info = release.value(QLatin1String("info")).toObject();
    const QJsonObject chart = release.value(QLatin1String("chart")).toObject();
    const QJsonObject metadata = chart.value(QLatin1String("metadata")).toObject();
    ReleaseRecord record;
    record.name = release.value(QLatin1String("name")).toString();
    record.nameSpace = release.value(QLatin1String("namespace")).toString();
    record.revision = release.value(QLatin1String("version")).toInt();
    record.status = info.value(QLatin1String("status")).toString();
    record.firstDeployed = info.value(QLatin1String("first_deployed")).toString();
    record.lastDeployed = info.value(QLatin1String("last_deployed")).toString();
    record.description = info.value(QLatin1String("description")).toString();
    record.rollbackRevision = info.value(QLatin1String("rollback_revision")).toInt();
    record.notes = info.value(QLatin1String("notes")).toString();
    record.chartName = metadata.value(QLatin1String("name")).toString();
    record.chartVersion = metadata.value(QLatin1String("version")).toString();
    record.appVersion = metadata.value(QLatin1String("appVersion")).toString();
    record.chartValues = chart.value(QLatin1String("values")).toObject();
    record.config = release.value(QLatin1String("config")).toObject();
    record.manifest = release.value(QLatin1String("manifest")).toString();
    for (const QJsonValue &file : chart.value(QLatin1String("files")).toArray()) {
        const QString name = file[QLatin1String("name")].toString();
        if (!name.isEmpty())
            record.chartFiles.insert(name, QByteArray::fromBase64(
                                               file[QLatin1String("data")].toString().toLatin1()));
    }
    if (record.name.isEmpty() || record.revision <= 0)
        return Error(tr("The release record has no name or revision."));
    return record;
}

QByteArray ReleaseRecord::encodePayload(const QByteArray &json)
{
    return gzip(json).toBase64();
}

QDateTime ReleaseRecord::operationStartedAt() const
{
    if (status == QLatin1String("uninstalling") && !modifiedAt.isEmpty()) {
        bool number = false;
        const qint64 seconds = modifiedAt.toLongLong(&number);
        if (number)
            return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    }
    return KubeTime::parse(createdAt);
}

QJsonObject ReleaseRecord::historyEntry() const
{
    QJsonObject entry { { QStringLiteral("revision"), revision },
                        { QStringLiteral("status"), status },
                        { QStringLiteral("chart"), chart() },
                        { QStringLiteral("app_version"), appVersion },
                        { QStringLiteral("description"), description } };
    if (rollbackRevision > 0)
        entry.insert(QStringLiteral("rollback_revision"), rollbackRevision);
    if (!lastDeployed.isEmpty())
        entry.insert(QStringLiteral("updated"), lastDeployed);
    return entry;
}

} // namespace Slipway
