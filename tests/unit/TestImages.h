#pragma once

#include "bundle/MediaTypes.h"
#include "bundle/OciLayout.h"

#include <QJsonDocument>
#include <QRandomGenerator>

// Test images written straight into an OCI layout: random bytes as layers (a registry does not
// look inside them), a config naming the platform, a manifest, and for multi-platform images
// an index. Pushed from there to a source registry, they are what the pull tests fetch.
class TestImages
{
public:
    explicit TestImages(const QString &dir)
        : m_layout(Slipway::OciLayout::create(dir).value())
    { }

    static QByteArray randomBytes(qint64 size)
    {
        QByteArray data(size, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
        return data;
    }

    QJsonObject blob(const QByteArray &data, QLatin1String mediaType)
    {
        m_layout.writeBlob(data);
        return {{QStringLiteral("mediaType"), mediaType},
                {QStringLiteral("digest"), Slipway::OciLayout::digestOf(data)},
                {QStringLiteral("size"), qint64(data.size())}};
    }

    // A single-platform image manifest; its descriptor carries the platform linux/`arch` for an
    // index. Its config names that platform too, unless `configPlatform` ("linux/arm64/v8")
    // names another.
    QJsonObject manifest(const QList<QByteArray> &layers, const QString &arch = QStringLiteral("amd64"),
                         const QString &configPlatform = QString())
    {
        const QJsonObject platform{{QStringLiteral("os"), QStringLiteral("linux")},
                                   {QStringLiteral("architecture"), arch}};
        QJsonObject config = platform;
        if (!configPlatform.isEmpty()) {
            const QStringList parts = configPlatform.split(QLatin1Char('/'));
            config = {{QStringLiteral("os"), parts.value(0)}, {QStringLiteral("architecture"), parts.value(1)}};
            if (parts.size() > 2)
                config.insert(QStringLiteral("variant"), parts.value(2));
        }
        config.insert(QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")}});
        config.insert(QStringLiteral("created"), QString::number(QRandomGenerator::global()->generate64()));
        QJsonArray layerDescriptors;
        for (const QByteArray &layer : layers)
            layerDescriptors.append(blob(layer, QLatin1String("application/vnd.oci.image.layer.v1.tar")));
        const QJsonObject manifest{
            {QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), Slipway::MediaTypes::kOciManifest},
            {QStringLiteral("config"), blob(QJsonDocument(config).toJson(QJsonDocument::Compact),
                                            QLatin1String("application/vnd.oci.image.config.v1+json"))},
            {QStringLiteral("layers"), layerDescriptors}};
        QJsonObject descriptor = blob(QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                                      Slipway::MediaTypes::kOciManifest);
        descriptor.insert(QStringLiteral("platform"), platform);
        return descriptor;
    }

    QJsonObject index(const QList<QJsonObject> &manifests)
    {
        QJsonArray entries;
        for (const QJsonObject &m : manifests)
            entries.append(m);
        const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                                {QStringLiteral("mediaType"), Slipway::MediaTypes::kOciIndex},
                                {QStringLiteral("manifests"), entries}};
        return blob(QJsonDocument(index).toJson(QJsonDocument::Compact), Slipway::MediaTypes::kOciIndex);
    }

    // Lists the image in index.json under its full name and tag.
    void name(QJsonObject descriptor, const QString &fullName)
    {
        descriptor.remove(QStringLiteral("platform"));
        descriptor.insert(QStringLiteral("annotations"),
                          QJsonObject{{Slipway::MediaTypes::kImageNameAnnotation, fullName},
                                      {Slipway::MediaTypes::kRefNameAnnotation, fullName.section(QLatin1Char(':'), -1)}});
        m_layout.addManifest(descriptor);
    }

    const Slipway::OciLayout &layout() const { return m_layout; }

private:
    Slipway::OciLayout m_layout;
};
