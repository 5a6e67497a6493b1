#pragma once

#include "BundleOperation.h"
#include "ImagePull.h"
#include "MinisignKey.h"

#include <QHash>

#include <optional>

namespace Slipway {

// What goes into one bundle; the caller renders the chart and lists its images.
struct ExportSpec
{
    QString output; // "<product>-<version>.slipway.zip"
    // Where images are pulled first; kept when the export fails or is stopped, so that the
    // next export of the same file resumes (blobs already there are not fetched again), and
    // removed once the bundle is written. Default: "<output>.staging".
    QString stagingDir;
    BundleManifest header; // product, chart, versions; files and images are filled in
    QString chartArchive; // the chart as a .tgz
    QByteArray valuesYaml; // secrets already removed unless header.containsSecrets
    QStringList images; // references to pull
    PullOptions pull; // platform; its registry options are the default for every host
    QHash<QString, RegistryOptions> registries; // per API host, where they differ
    QString helmBinary; // empty: none bundled
    std::optional<MinisignSecretKey> signingKey;
};

// Writes an offline bundle: each image pulled into the staging OCI layout (ImagePull), then
// the chart, values, the images' blobs, helm and manifest.json (signed when a key is given)
// written as one .slipway.zip (BundleWriter), progress in bytes.
class BundleExport final : public BundleOperation
{
    Q_OBJECT

public:
    explicit BundleExport(ExportSpec spec, QObject *parent = nullptr);
    ~BundleExport() override;
    Q_DISABLE_COPY_MOVE(BundleExport)

    QString stagingDir() const { return m_spec.stagingDir; }

protected:
    void begin() override;

private:
    void pull(int index);
    Expected<void> write();

    ExportSpec m_spec;
    QList<BundleManifest::Image> m_pulled;
};

} // namespace Slipway
