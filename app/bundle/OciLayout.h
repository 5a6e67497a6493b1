#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Slipway {

// An OCI image layout folder (image-spec's image-layout.md): `oci-layout`, `index.json`, and
// every blob under `blobs/sha256/<hex>`. index.json lists one descriptor per image, annotated
// with its tag and its full name (MediaTypes.h).
class OciLayout
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::OciLayout)

public:
    // Creates what is missing; an existing layout is opened as it is.
    static Expected<OciLayout> create(const QString &dir);
    static Expected<OciLayout> open(const QString &dir);

    QString path() const { return m_dir; }
    QString blobPath(const QString &digest) const;
    // Present under its name and its content hashes to its digest (and size, when given).
    bool hasVerifiedBlob(const QString &digest, qint64 size = -1) const;
    // A small blob (a manifest, an index, a config) read and checked against its digest.
    Expected<QByteArray> readBlob(const QString &digest) const;
    Expected<void> writeBlob(const QByteArray &data) const;

    QJsonArray manifests() const { return m_manifests; }
    // Adds the image's descriptor to index.json, replacing an entry of the same name.
    Expected<void> addManifest(const QJsonObject &descriptor);

    static QString digestOf(const QByteArray &data);
    // An image manifest's blobs: its config, then its layers.
    static QList<QJsonObject> blobsOf(const QByteArray &manifest);

private:
    Expected<void> saveIndex() const;

    QString m_dir;
    QJsonArray m_manifests;
};

} // namespace Slipway
