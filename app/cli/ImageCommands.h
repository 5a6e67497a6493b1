#pragma once

#include "bundle/RegistrySession.h"

#include <QCoreApplication>
#include <QStringList>

namespace Slipway {

class RegistryOperation;
struct RegistryResult;

// `slipway-cli bundle pull-image` and `bundle push-images`: the registry client of
// app/bundle in the foreground, progress on stderr, the images done on stdout.
class ImageCommands
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ImageCommands)

public:
    struct Options
    {
        QString layout;
        QString platform; // empty: linux/amd64
        QString registry; // push-images: HOST[:PORT]
        QString username;
        bool passwordStdin = false;
        QString dockerConfig; // empty: $DOCKER_CONFIG or ~/.docker/config.json
        QString caFile;
        bool plainHttp = false;
        bool json = false;
    };

    explicit ImageCommands(Options options);

    int pullImage(const QStringList &arguments);
    int pushImages(const QStringList &arguments);

    // Credentials for `host`: --username with the password on stdin, else the docker config.
    static Expected<RegistryOptions> registryOptions(const Options &options, const QString &host);
    // One progress line: "image: 12.0 / 50.0 MiB, 80.1 MiB/s".
    static QString progressText(const QString &image, qint64 done, qint64 total, double bytesPerSecond);
    static QString mebibytes(qint64 bytes);

private:
    int run(RegistryOperation &operation);
    void print(const RegistryResult &result) const;

    const Options m_options;
};

} // namespace Slipway
