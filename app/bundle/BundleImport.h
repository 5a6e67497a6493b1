#pragma once

#include "BundleOperation.h"
#include "BundleReader.h"
#include "ImagePush.h"

namespace Slipway {

struct ImportSpec
{
    QString bundle;
    BundleReader::Trust trust;
    // Created 0700; must not exist yet. The bundle is extracted here only as it verifies.
    QString extractTo;
    QString registry; // HOST[:PORT] the images go to; empty: verify only, nothing is pushed
    PushOptions push;
    // Only the images: just images/ is extracted (every file is still checked), nothing else is
    // written, and the result names no chart or values to install from.
    bool imagesOnly = false;
};

// Imports an offline bundle: verifies it (signature first, then every checksum) while
// extracting into a private folder, pushes its images to the target registry (ImagePush), and
// writes the bundle's values with the image references rewritten to that registry
// (ImageValuesRewrite) as values/values.import.yaml, mode 0600. Installing is left to the
// caller, from BundleResult's chart and values files. With ImportSpec::imagesOnly it stops once
// the images are pushed.
class BundleImport final : public BundleOperation
{
    Q_OBJECT

public:
    explicit BundleImport(ImportSpec spec, QObject *parent = nullptr);
    ~BundleImport() override;
    Q_DISABLE_COPY_MOVE(BundleImport)

    // Where a bundle is extracted unless told otherwise: a new folder named after the bundle and
    // the time, under <cache>/slipway/imports (made private, 0700).
    static QString defaultExtractFolder(const QString &bundle);
    // Where imports extract by default (created, 0700), under the user's cache folder.
    static QString importsFolder();

protected:
    void begin() override;

private:
    Expected<void> verify();
    void push();
    Expected<void> rewriteValues();

    const ImportSpec m_spec;
};

} // namespace Slipway
