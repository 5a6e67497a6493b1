#include "ImageCommands.h"

#include "Cli.h"
#include "Console.h"
#include "ExitCode.h"
#include "ForegroundRun.h"
#include "bundle/ImagePull.h"
#include "bundle/ImagePush.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Slipway {

QString ImageCommands::mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString ImageCommands::progressText(const QString &image, qint64 done, qint64 total, double bytesPerSecond)
{
    return tr("%1: %2 / %3 MiB, %4 MiB/s")
        .arg(image, mebibytes(done), mebibytes(total), mebibytes(qint64(bytesPerSecond)));
}

ImageCommands::ImageCommands(Options options)
    : m_options(std::move(options))
{ }

Expected<RegistryOptions> ImageCommands::registryOptions(const Options &given, const QString &host)
{
    RegistryOptions options;
    options.plainHttp = given.plainHttp;
    options.tls.caFile = given.caFile;
    if (!given.username.isEmpty()) {
        options.credentials.username = given.username;
        if (given.passwordStdin) {
            // As docker login --password-stdin: the first line, so no password is on the command line.
            QTextStream in(stdin);
            options.credentials.password = in.readLine();
        }
        return options;
    }
    auto fromConfig = RegistryCredentials::fromDockerConfig(host, given.dockerConfig);
    if (!fromConfig)
        return fromConfig.error();
    options.credentials = *fromConfig;
    return options;
}

int ImageCommands::pullImage(const QStringList &arguments)
{
    if (arguments.size() != 1 || m_options.layout.isEmpty()) {
        return Cli::usageError(tr("usage: slipway-cli bundle pull-image REFERENCE --layout DIR [--platform OS/ARCH]"));
    }
    const auto image = ImageReference::parse(arguments.first());
    if (!image) {
        return Cli::usageError(image.error().message);
    }
    PullOptions options;
    if (!m_options.platform.isEmpty() && !options.setPlatform(m_options.platform)) {
        return Cli::usageError(tr("--platform must be OS/ARCH[/VARIANT], for example linux/arm64, not “%1”")
                                   .arg(m_options.platform));
    }
    auto registry = registryOptions(m_options, image->apiHost());
    if (!registry) {
        return Cli::usageError(registry.error().toString());
    }
    options.registry = *registry;
    ImagePull operation(*image, m_options.layout, options);
    return run(operation);
}

int ImageCommands::pushImages(const QStringList &arguments)
{
    if (!arguments.isEmpty() || m_options.layout.isEmpty() || m_options.registry.isEmpty()) {
        return Cli::usageError(tr("usage: slipway-cli bundle push-images --layout DIR --registry HOST[:PORT]"));
    }
    auto registry = registryOptions(m_options, m_options.registry);
    if (!registry) {
        return Cli::usageError(registry.error().toString());
    }
    PushOptions options;
    options.registry = *registry;
    ImagePush operation(m_options.layout, m_options.registry, options);
    return run(operation);
}

int ImageCommands::run(RegistryOperation &operation)
{
    RegistryResult result;
    if (int rc = runInForeground(operation, &result))
        return rc;
    print(result);
    return result.ok ? ExitOk : ExitRegistry;
}

void ImageCommands::print(const RegistryResult &result) const
{
    if (m_options.json) {
        const QJsonObject json{{QStringLiteral("ok"), result.ok},
                               {QStringLiteral("error"), result.ok ? QJsonValue() : QJsonValue(result.error.toString())},
                               {QStringLiteral("images"), QJsonArray::fromStringList(result.images)},
                               {QStringLiteral("bytesTransferred"), result.bytesTransferred},
                               {QStringLiteral("bytesSkipped"), result.bytesSkipped},
                               {QStringLiteral("blobsTransferred"), result.blobsTransferred},
                               {QStringLiteral("blobsSkipped"), result.blobsSkipped},
                               {QStringLiteral("blobsMounted"), result.blobsMounted},
                               {QStringLiteral("seconds"), result.seconds}};
        Console::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
        return;
    }
    if (!result.ok) {
        Console::err(tr("slipway-cli: %1").arg(result.error.toString()));
        return;
    }
    for (const QString &image : result.images)
        Console::out(image);
    Console::err(tr("%1 MiB in %2 blobs transferred, %3 MiB in %4 already there, %5 mounted, in %6 s")
                     .arg(mebibytes(result.bytesTransferred)).arg(result.blobsTransferred)
                     .arg(mebibytes(result.bytesSkipped)).arg(result.blobsSkipped)
                     .arg(result.blobsMounted).arg(result.seconds, 0, 'f', 2));
}

} // namespace Slipway
