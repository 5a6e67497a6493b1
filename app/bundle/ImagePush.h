#pragma once

#include "ImageReference.h"
#include "OciLayout.h"
#include "RegistryOperation.h"

#include <QHash>

namespace Slipway {

struct PushOptions
{
    RegistryOptions registry;
    // Blobs bigger than this go up in PATCH chunks of this size; smaller ones in one PUT.
    qint64 chunkSize = 5 * 1024 * 1024;
};

// Pushes every image of an OCI image layout to one registry, each to the repository and tag
// its index.json entry names (the registry part replaced by the target). A blob the
// repository has is not sent; one this push already sent to another repository of the
// registry is mounted from there; the others go up in one PUT or, when big, in chunks. Then
// the manifests, an index after its platforms' manifests.
class ImagePush final : public RegistryOperation
{
    Q_OBJECT

public:
    ImagePush(QString layoutDir, QString registryHost, PushOptions options, QObject *parent = nullptr);
    ~ImagePush() override;
    Q_DISABLE_COPY_MOVE(ImagePush)

protected:
    void run(RegistryResult &result) override;

private:
    struct Target
    {
        QString repository;
        QString tag; // empty: by digest
        QString name; // host/repository[:tag], for messages
        qint64 done = 0;
        qint64 total = 0;
    };
    Expected<void> pushManifest(RegistrySession &registry, const OciLayout &layout, Target &target,
                                const QJsonObject &descriptor, bool byTag, RegistryResult &result);
    Expected<void> pushBlob(RegistrySession &registry, const OciLayout &layout, Target &target,
                            const QJsonObject &descriptor, RegistryResult &result);
    Expected<QByteArray> startUpload(RegistrySession &registry, const Target &target,
                                     const QString &digest, bool *mounted);
    Expected<void> upload(RegistrySession &registry, const OciLayout &layout, Target &target,
                          QByteArray location, const QString &digest, qint64 size, int *chunks);
    static qint64 blobBytes(const OciLayout &layout, const QJsonObject &descriptor);

    const QString m_layoutDir;
    const QString m_host;
    const PushOptions m_options;
    QHash<QString, QString> m_sentTo; // digest → a repository of this registry that has it
};

} // namespace Slipway
