// Helm's release records as Slipway reads them from the cluster. The first byte says what the
// rest is: 0 a Secret's data.release, 1 a ConfigMap's, 2 the release JSON (encoded here as helm
// encodes it), 3 the bytes under the base64 (gzip or plain JSON, encoded here). Decoding ends in
// a record or an Error, and a record that decodes, its JSON encoded again (ReleaseRecord::
// encodePayload) and stored by either driver, decodes to the same record.

#include "FuzzTarget.h"

#include "helm/ReleaseRecord.h"

#include <QJsonDocument>

using namespace Slipway;

namespace {

QJsonObject stored(const ReleaseStorage &storage, const QString &data)
{
    const QJsonObject metadata { { QStringLiteral("name"), QStringLiteral("sh.helm.release.v1.fuzz.v1") },
                                 { QStringLiteral("creationTimestamp"), QStringLiteral("2026-07-01T10:00:00Z") } };
    return { { QStringLiteral("kind"), storage.objectKind() },
             { QStringLiteral("metadata"), metadata },
             { QStringLiteral("data"), QJsonObject { { QStringLiteral("release"), data } } } };
}

bool same(const ReleaseRecord &a, const ReleaseRecord &b)
{
    return a.name == b.name && a.nameSpace == b.nameSpace && a.revision == b.revision
        && a.status == b.status && a.chartName == b.chartName && a.chartVersion == b.chartVersion
        && a.appVersion == b.appVersion && a.firstDeployed == b.firstDeployed
        && a.lastDeployed == b.lastDeployed && a.description == b.description
        && a.rollbackRevision == b.rollbackRevision && a.notes == b.notes && a.config == b.config
        && a.chartValues == b.chartValues && a.manifest == b.manifest && a.objectName == b.objectName
        && a.createdAt == b.createdAt && a.modifiedAt == b.modifiedAt && a.chartFiles == b.chartFiles
        && a.computedValues() == b.computedValues() && a.historyEntry() == b.historyEntry();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using SlipwayFuzz::require;
    if (size == 0)
        return 0;
    const QByteArray input = SlipwayFuzz::bytes(data + 1, size - 1);
    const ReleaseStorage secrets(ReleaseStorage::Kind::Secrets);
    const ReleaseStorage configMaps(ReleaseStorage::Kind::ConfigMaps);

    QJsonObject object;
    ReleaseStorage storage = configMaps;
    switch (data[0] % 4) {
    case 0:
        storage = secrets;
        object = stored(secrets, QString::fromLatin1(input));
        break;
    case 1:
        object = stored(configMaps, QString::fromLatin1(input));
        break;
    case 2: {
        const QByteArray payload = ReleaseRecord::encodePayload(input);
        const Expected<QByteArray> json = ReleaseRecord::decodePayload(payload);
        require(json && *json == input); // helm's encoding, undone
        object = stored(configMaps, configMaps.dataFor(payload));
        break;
    }
    default:
        object = stored(configMaps, QString::fromLatin1(input.toBase64()));
        break;
    }

    const Expected<ReleaseRecord> record = storage.decode(object);
    if (!record) {
        require(!record.error().message.isEmpty());
        return 0;
    }
    (void)record->operationStartedAt();

    const Expected<QByteArray> json = ReleaseRecord::decodePayload(storage.payloadOf(object));
    require(json.hasValue());
    const QByteArray payload = ReleaseRecord::encodePayload(*json);
    for (const ReleaseStorage &to : { secrets, configMaps }) {
        const Expected<ReleaseRecord> again = to.decode(stored(to, to.dataFor(payload)));
        require(again.hasValue());
        require(same(*record, *again));
    }
    return 0;
}
