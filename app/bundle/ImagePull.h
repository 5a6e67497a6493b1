#pragma once

#include "ImageReference.h"
#include "OciLayout.h"
#include "RegistryOperation.h"

namespace Slipway {

struct PullOptions
{
    RegistryOptions registry;
    // The platform taken from an image index (a multi-platform image).
    QString os = QStringLiteral("linux");
    QString architecture = QStringLiteral("amd64");
    QString variant; // empty: any

    // "linux/amd64" or "linux/arm64/v8"; false when it is not os/arch[/variant].
    bool setPlatform(const QString &platform);
    QString platform() const;
};

// Pulls one image into an OCI image layout: the tag (or digest) resolved to a manifest, from an
// index the manifest of the chosen platform, then the config and layers streamed to disk and
// verified while they stream. A blob already in the layout and verified is not fetched again,
// so a pull that was stopped resumes where it left off.
// The image's platform is what its config says (os, architecture, variant), not what was asked
// for: a single-platform image is taken whatever it is built for (with a notice when that is
// not the requested platform). From an index, the entry's platform must agree with the config
// it leads to — the same os and architecture, and the same variant when both name one — else
// the pull is refused, naming both: such an image would run elsewhere than it claims. A variant
// only the index names is kept. The platform goes into the layout's index.json entry and
// RegistryResult::platforms.
class ImagePull final : public RegistryOperation
{
    Q_OBJECT

public:
    ImagePull(ImageReference image, QString layoutDir, PullOptions options, QObject *parent = nullptr);
    ~ImagePull() override;
    Q_DISABLE_COPY_MOVE(ImagePull)

protected:
    void run(RegistryResult &result) override;

private:
    struct Manifest
    {
        QByteArray body;
        QString digest;
        QString mediaType;
        QJsonObject platform; // of the index entry it was chosen by; empty when not from an index
    };
    Expected<Manifest> fetchManifest(RegistrySession &registry, const QString &reference);
    Expected<Manifest> choosePlatform(RegistrySession &registry, const Manifest &index);
    Expected<void> fetchBlob(RegistrySession &registry, const OciLayout &layout,
                             const QJsonObject &descriptor, RegistryResult &result,
                             qint64 &done, qint64 total);
    QString scope() const;
    Expected<QJsonObject> platformOf(const OciLayout &layout, const QJsonObject &config, const Manifest &image) const;

    const ImageReference m_image;
    const QString m_layoutDir;
    const PullOptions m_options;
};

} // namespace Slipway
