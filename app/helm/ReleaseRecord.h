#pragma once

#include "ReleaseStorage.h"

#include "core/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace Slipway {

// One revision of a helm release, decoded from its storage object (helm-engine.md §1):
// Secret data is base64(base64(gzip(JSON))), a ConfigMap's base64(gzip(JSON)), and very old
// releases skip the gzip.
struct ReleaseRecord
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReleaseRecord)

public:
    QString name;
    QString nameSpace;
    int revision = 0;
    QString status;
    QString chartName;
    QString chartVersion;
    QString appVersion;
    QString firstDeployed; // as helm wrote them (RFC 3339), so they compare with helm's output
    QString lastDeployed;
    QString description;
    int rollbackRevision = 0; // Helm 4.3+: the revision a rollback restored (info.rollback_revision)
    QString notes;
    QJsonObject config; // user-supplied values
    QJsonObject chartValues; // the chart's defaults
    QString manifest;
    QString objectName; // sh.helm.release.v1.<name>.v<revision>
    QString createdAt; // metadata.creationTimestamp: when a pending operation started
    QString modifiedAt; // the modifiedAt label (unix seconds): helm's last Update of the record
    // The chart's non-template files as stored (chart.files): README, installer.yaml, …
    QHash<QString, QByteArray> chartFiles;

    QString chart() const { return chartName + QLatin1Char('-') + chartVersion; }
    // Chart defaults with the user values merged over them, as `helm get values --all`.
    QJsonObject computedValues() const;
    bool isPending() const { return status.startsWith(QLatin1String("pending-")); }
    // When the operation that left this revision in its state began (helm-engine.md §5): a
    // pending revision is created at the start and never updated before its final status; an
    // uninstall updates the existing record, so its modifiedAt label is the start. Invalid when
    // neither is known.
    QDateTime operationStartedAt() const;

    // A record object as `storage` keeps it (ReleaseStorage::payloadOf says where the payload is).
    static Expected<ReleaseRecord> fromStored(const QJsonObject &object, ReleaseStorage storage);
    static Expected<ReleaseRecord> fromSecret(const QJsonObject &secret);
    static Expected<ReleaseRecord> fromConfigMap(const QJsonObject &configMap);
    // The release JSON from helm's own payload (base64 of gzip, or of plain JSON).
    static Expected<QByteArray> decodePayload(const QByteArray &helmBase64);
    static Expected<ReleaseRecord> fromJson(const QByteArray &json);
    // The inverse of decodePayload, exactly as helm writes it: base64(gzip(JSON)), gzip at
    // best compression (pkg/storage/driver/util.go:encodeRelease).
    static QByteArray encodePayload(const QByteArray &json);

    // `helm history -o json` row for this revision.
    QJsonObject historyEntry() const;
};

} // namespace Slipway
