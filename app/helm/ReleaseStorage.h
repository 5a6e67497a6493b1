#pragma once

#include "core/Expected.h"
#include "kube/KubeRequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Slipway {

struct ReleaseRecord;

// Where helm keeps a namespace's release records: its storage driver (helm-engine.md §1.1,
// §7). helm picks it from HELM_DRIVER; Slipway reads and repairs the records itself, so it must
// look where helm writes and tell helm the same driver. Only the drivers whose records live in
// the cluster as objects Slipway can read are supported: `secret` (helm's default) and
// `configmap`. `memory` keeps nothing and `sql` keeps the records outside the cluster.
class ReleaseStorage
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReleaseStorage)

public:
    enum class Kind
    {
        Secrets,
        ConfigMaps,
    };

    ReleaseStorage() = default;
    constexpr explicit ReleaseStorage(Kind kind)
        : m_kind(kind)
    { }

    // A HELM_DRIVER value, spelled as helm accepts it: "", "secret", "secrets", "configmap",
    // "configmaps". `memory`, `sql` and anything else are refused with what to do instead.
    static Expected<ReleaseStorage> fromDriver(const QString &driver);
    // HELM_DRIVER of this process's environment.
    static Expected<ReleaseStorage> fromEnvironment();

    Kind kind() const { return m_kind; }
    // The value helm is given in HELM_DRIVER: "secret" or "configmap".
    QString driverName() const;
    // The object kind: "Secret" or "ConfigMap".
    QString objectKind() const;
    // The API path of the namespace's collection, and of one object in it.
    QString collectionPath(const QString &nameSpace) const;
    QString objectPath(const QString &nameSpace, const QString &name) const;
    // The list of one release's records (helm's owner=helm,name=<release> labels).
    KubeRequest recordsRequest(const QString &nameSpace, const QString &release) const;
    // The other driver that keeps records in the cluster: where a release not found here may be.
    ReleaseStorage other() const;
    // Decodes one record object of this storage; an error names the object.
    Expected<ReleaseRecord> decode(const QJsonObject &object) const;
    // The record object's `data.release` for helm's base64(gzip(JSON)) payload: a Secret's data
    // is base64 once more, a ConfigMap's is the payload itself.
    QString dataFor(const QByteArray &helmBase64) const;
    // The payload back from `data.release`; empty when it is not valid for this storage.
    QByteArray payloadOf(const QJsonObject &object) const;

    friend bool operator==(ReleaseStorage, ReleaseStorage) = default;

private:
    Kind m_kind = Kind::Secrets;
};

} // namespace Slipway
