#pragma once

#include "CliOptions.h"
#include "ImageCommands.h"

#include <QCoreApplication>

namespace Slipway {

class BundleOperation;
struct BundleResult;
struct ImportSpec;

// `slipway-cli bundle keygen | export | verify | import | push-images BUNDLE`: offline bundles
// (app/README.md §6). export renders the chart to find its images, pulls them and writes the
// .slipway.zip; verify checks one; import verifies, extracts privately, pushes the images,
// rewrites the values to the target registry and installs the bundled chart as
// `install --chart` does; push-images verifies as import does and only pushes the images.
class BundleCommands
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::BundleCommands)

public:
    struct Options
    {
        ImageCommands::Options registry; // credentials, --plain-http, --registry-ca, --platform
        QString out; // keygen: the folder; export: the bundle file
        QStringList images; // export: --image, besides those the chart renders
        QString signKey;
        bool includeHelm = false;
        bool includeSecrets = false;
        QStringList trustedKeys; // --trusted-key files, besides the trusted-keys folder
        bool allowUnsigned = false;
        QString extractTo;
        bool noInstall = false;
    };

    BundleCommands(CliOptions cli, Options options);

    int keygen();
    int exportBundle();
    int verify();
    int import();
    int pushImages();

private:
    int run(BundleOperation &operation, BundleResult *result);
    int exitCodeFor(const BundleResult &result) const;
    int verifyOrImport(bool import);
    // The bundle argument and the trust of verify, import and push-images; 0, else the exit code.
    int prepare(ImportSpec *spec) const;
    // --registry and its credentials; 0, else the exit code.
    int prepareRegistry(ImportSpec *spec) const;
    void printPushed(const BundleResult &result, const QString &registry) const;
    void printManifest(const BundleResult &result) const;

    const CliOptions m_cli;
    const Options m_options;
};

} // namespace Slipway
