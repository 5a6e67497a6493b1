#include "BundleCommands.h"

#include "Cli.h"
#include "CliSession.h"
#include "Console.h"
#include "ExitCode.h"
#include "ForegroundRun.h"
#include "ReleaseCommands.h"
#include "SignalWatcher.h"
#include "bundle/BundleExport.h"
#include "bundle/BundleImport.h"
#include "install/ExportPreparation.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Slipway {

namespace {

QString shellQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@=+-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

BundleCommands::BundleCommands(CliOptions cli, Options options)
    : m_cli(std::move(cli))
    , m_options(std::move(options))
{ }

int BundleCommands::keygen()
{
    if (!m_cli.arguments.isEmpty() || m_options.out.isEmpty())
        return Cli::usageError(tr("usage: slipway-cli bundle keygen --out DIR"));
    const auto key = MinisignSecretKey::writePair(m_options.out);
    if (!key) {
        Console::err(tr("slipway-cli: %1").arg(key.error().toString()));
        return ExitFailure;
    }
    const QString secretFile = QDir(m_options.out).filePath(QStringLiteral("slipway.key"));
    const QString publicFile = QDir(m_options.out).filePath(QStringLiteral("slipway.pub"));
    if (m_cli.json) {
        const QJsonObject json { { QStringLiteral("keyId"), key->publicHalf().idText() },
                                 { QStringLiteral("secretKey"), secretFile },
                                 { QStringLiteral("publicKey"), publicFile } };
        Console::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    Console::out(tr("key %1").arg(key->publicHalf().idText()));
    Console::out(tr("secret key: %1 (mode 0600, not encrypted: keep it private; sign with "
                    "“bundle export --sign-key %1”)")
                     .arg(secretFile));
    Console::out(tr("public key: %1 (give it to whoever imports your bundles: they copy it into %2 or "
                    "pass --trusted-key; “minisign -V -p” reads it too)")
                     .arg(publicFile, Minisign::defaultTrustedKeysFolder()));
    return ExitOk;
}

int BundleCommands::exportBundle()
{
    if (!m_cli.arguments.isEmpty())
        return Cli::usageError(tr("usage: slipway-cli bundle export --product ID | --chart PATH [-f VALUES]… "
                                  "[--answers FILE] [--image REF]… [--sign-key FILE] [--out FILE]"));
    if (!m_cli.sets.isEmpty())
        return Cli::usageError(tr("bundle export takes values files (-f FILE), not --set: the bundle keeps "
                                  "its values as one file"));
    std::optional<MinisignSecretKey> key;
    if (!m_options.signKey.isEmpty()) {
        auto loaded = MinisignSecretKey::load(m_options.signKey);
        if (!loaded)
            return Cli::usageError(tr("--sign-key: %1").arg(loaded.error().toString()));
        key = *loaded;
    }
    PullOptions pull;
    if (!m_options.registry.platform.isEmpty() && !pull.setPlatform(m_options.registry.platform))
        return Cli::usageError(tr("--platform must be OS/ARCH[/VARIANT], for example linux/arm64, not “%1”")
                                   .arg(m_options.registry.platform));
    QStringList extra;
    for (const QString &image : m_options.images) {
        auto parsed = ImageReference::parse(image);
        if (!parsed)
            return Cli::usageError(tr("--image %1: %2").arg(image, parsed.error().message));
        extra.append(image);
    }

    CliSession session(m_cli);
    ExportRequest request;
    if (int rc = session.fillPlan(&request.plan))
        return rc;
    if (int rc = session.locateHelm())
        return rc;
    request.chart = *session.chart();
    request.helm = session.helm();
    request.product = m_cli.product;
    request.release = m_cli.release;
    request.nameSpace = m_cli.nameSpace;
    request.extraImages = extra;
    request.includeSecrets = m_options.includeSecrets;
    request.includeHelm = m_options.includeHelm;
    request.output = m_options.out;
    const Expected<ExportPreparation> prepared = ExportPreparation::prepare(request);
    if (!prepared)
        return session.fail(ExitValidation, prepared.error().toString());
    if (!prepared->redacted.isEmpty())
        Console::err(tr("Left out of the bundle, as secrets (--include-secrets keeps them): %1. Give them at "
                        "import with -f FILE.")
                         .arg(prepared->redacted.join(QStringLiteral(", "))));
    else if (prepared->secretsUnknown)
        Console::err(tr("The chart has no installer.yaml, so Slipway cannot tell its secrets: the -f files are "
                        "bundled as they are."));
    ExportSpec spec = prepared->spec;
    const QStringList &images = spec.images;
    spec.pull = pull;
    spec.signingKey = key;

    // Credentials per source registry; a password from stdin is read once, for all of them.
    bool first = true;
    RegistryOptions shared;
    for (const QString &image : images) {
        const QString host = ImageReference::parse(image)->apiHost();
        if (spec.registries.contains(host))
            continue;
        if (!first && !m_options.registry.username.isEmpty()) {
            spec.registries.insert(host, shared);
            continue;
        }
        auto options = ImageCommands::registryOptions(m_options.registry, host);
        if (!options)
            return Cli::usageError(options.error().toString());
        shared = *options;
        first = false;
        spec.registries.insert(host, *options);
    }
    spec.pull.registry = shared;

    BundleExport operation(spec);
    if (QFileInfo::exists(operation.stagingDir()))
        Console::err(tr("Resuming from %1: images already pulled there are not fetched again.").arg(operation.stagingDir()));
    BundleResult result;
    const int rc = run(operation, &result);
    if (m_cli.json) {
        QJsonArray list;
        for (const BundleManifest::Image &image : std::as_const(result.manifest.images))
            list.append(QJsonObject { { QStringLiteral("reference"), image.reference },
                                      { QStringLiteral("digest"), image.digest } });
        const QJsonObject json { { QStringLiteral("ok"), result.ok },
                                 { QStringLiteral("error"), result.ok ? QJsonValue() : QJsonValue(result.error.toString()) },
                                 { QStringLiteral("bundle"), result.bundlePath },
                                 { QStringLiteral("bytes"), result.bundleBytes },
                                 { QStringLiteral("signed"), result.isSigned },
                                 { QStringLiteral("keyId"), result.signerKeyId },
                                 { QStringLiteral("containsSecrets"), result.manifest.containsSecrets },
                                 { QStringLiteral("images"), list },
                                 { QStringLiteral("bytesPulled"), result.registry.bytesTransferred },
                                 { QStringLiteral("bytesReused"), result.registry.bytesSkipped },
                                 { QStringLiteral("seconds"), result.seconds } };
        Console::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
        return rc;
    }
    if (!result.ok)
        return rc;
    for (const BundleManifest::Image &image : std::as_const(result.manifest.images))
        Console::out(tr("image %1@%2").arg(image.reference, image.digest));
    Console::out(result.bundlePath);
    Console::err(tr("%1 MiB written, %2 image(s) (%3 MiB pulled, %4 MiB already staged), %5, in %6 s")
                     .arg(ImageCommands::mebibytes(result.bundleBytes))
                     .arg(result.manifest.images.size())
                     .arg(ImageCommands::mebibytes(result.registry.bytesTransferred),
                          ImageCommands::mebibytes(result.registry.bytesSkipped),
                          result.isSigned ? tr("signed with key %1").arg(result.signerKeyId) : tr("not signed"))
                     .arg(result.seconds, 0, 'f', 2));
    return rc;
}

int BundleCommands::verify()
{
    return verifyOrImport(false);
}

int BundleCommands::import()
{
    return verifyOrImport(true);
}

int BundleCommands::pushImages()
{
    if (m_cli.arguments.size() != 1 || m_options.registry.registry.isEmpty())
        return Cli::usageError(tr("usage: slipway-cli bundle push-images BUNDLE --registry HOST[:PORT] "
                                  "[--trusted-key FILE]… [--allow-unsigned]"));
    if (!m_options.extractTo.isEmpty() || m_options.noInstall)
        return Cli::usageError(tr("bundle push-images extracts and installs nothing: --extract-to and "
                                  "--no-install are for bundle import"));
    ImportSpec spec;
    if (int rc = prepare(&spec))
        return rc;
    if (int rc = prepareRegistry(&spec))
        return rc;
    // Only the image layout is extracted, into a private folder that goes once it is pushed.
    const QString imports = BundleImport::importsFolder();
    QTemporaryDir scratch(imports + QStringLiteral("/push-XXXXXX"));
    if (!scratch.isValid()) {
        Console::err(tr("slipway-cli: %1: cannot create a folder: %2").arg(imports, scratch.errorString()));
        return ExitFailure;
    }
    spec.extractTo = scratch.filePath(QStringLiteral("bundle"));
    spec.imagesOnly = true;
    BundleImport operation(spec);
    BundleResult result;
    const int rc = run(operation, &result);
    printPushed(result, spec.registry);
    return rc;
}

void BundleCommands::printPushed(const BundleResult &result, const QString &registry) const
{
    // The pushes as they happened, each with the bundle's reference it came from.
    QList<QStringList> rows { { tr("SOURCE"), tr("TARGET") } };
    QJsonArray list;
    for (const QString &pushed : result.images) {
        const QString digest = pushed.section(QLatin1Char('@'), 1);
        const QString repository = pushed.section(QLatin1Char('@'), 0, 0).mid(registry.size() + 1);
        QString source;
        QString target = pushed;
        for (const BundleManifest::Image &image : result.manifest.images) {
            const auto reference = ImageReference::parse(image.reference);
            if (image.digest != digest || !reference || reference->repository() != repository)
                continue;
            source = image.reference;
            const ImageReference moved = reference->withRegistry(registry);
            target = moved.toString() + (moved.digest().isEmpty() ? QLatin1Char('@') + digest : QString());
            break;
        }
        rows.append(QStringList { source.isEmpty() ? QStringLiteral("-") : source, target });
        list.append(QJsonObject { { QStringLiteral("source"), source },
                                  { QStringLiteral("target"), target },
                                  { QStringLiteral("digest"), digest } });
    }
    if (m_cli.json) {
        const QJsonObject json { { QStringLiteral("ok"), result.ok },
                                 { QStringLiteral("error"), result.ok ? QJsonValue() : QJsonValue(result.error.toString()) },
                                 { QStringLiteral("signed"), result.isSigned },
                                 { QStringLiteral("keyId"), result.signerKeyId },
                                 { QStringLiteral("product"), result.manifest.product },
                                 { QStringLiteral("version"), result.manifest.chartVersion },
                                 { QStringLiteral("registry"), registry },
                                 { QStringLiteral("images"), list },
                                 { QStringLiteral("bytesPushed"), result.registry.bytesTransferred },
                                 { QStringLiteral("bytesPresent"), result.registry.bytesSkipped },
                                 { QStringLiteral("blobsMounted"), result.registry.blobsMounted },
                                 { QStringLiteral("seconds"), result.seconds } };
        Console::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
        return;
    }
    if (!result.ok)
        return;
    if (list.isEmpty())
        Console::err(tr("The bundle holds no images: nothing was pushed."));
    else
        Console::table(rows);
    Console::err(tr("%1, %2 image(s) pushed to %3: %4 MiB sent, %5 MiB already there, in %6 s")
                     .arg(result.isSigned ? tr("signed by trusted key %1").arg(result.signerKeyId)
                                          : tr("no accepted signature (--allow-unsigned)"))
                     .arg(list.size())
                     .arg(registry, ImageCommands::mebibytes(result.registry.bytesTransferred),
                          ImageCommands::mebibytes(result.registry.bytesSkipped))
                     .arg(result.seconds, 0, 'f', 2));
}

int BundleCommands::prepare(ImportSpec *spec) const
{
    const QString folder = Minisign::defaultTrustedKeysFolder();
    auto keys = Minisign::loadTrustedKeys(folder, m_options.trustedKeys);
    if (!keys)
        return Cli::usageError(tr("trusted key %1").arg(keys.error().toString()));
    spec->bundle = QFileInfo(m_cli.arguments.first()).absoluteFilePath();
    spec->trust = { *keys, m_options.allowUnsigned };
    return ExitOk;
}

int BundleCommands::prepareRegistry(ImportSpec *spec) const
{
    spec->registry = m_options.registry.registry;
    auto registry = ImageCommands::registryOptions(m_options.registry, spec->registry);
    if (!registry)
        return Cli::usageError(registry.error().toString());
    spec->push.registry = *registry;
    return ExitOk;
}

int BundleCommands::verifyOrImport(bool import)
{
    if (m_cli.arguments.size() != 1 || (import && m_options.registry.registry.isEmpty()))
        return Cli::usageError(import ? tr("usage: slipway-cli bundle import FILE --registry HOST[:PORT] "
                                           "[--trusted-key FILE]… [--release NAME] [-n NAMESPACE] [-f VALUES]…")
                                      : tr("usage: slipway-cli bundle verify FILE [--trusted-key FILE]… "
                                           "[--allow-unsigned]"));
    ImportSpec spec;
    if (int rc = prepare(&spec))
        return rc;
    if (import) {
        if (int rc = prepareRegistry(&spec))
            return rc;
        if (!m_options.extractTo.isEmpty())
            spec.extractTo = QFileInfo(m_options.extractTo).absoluteFilePath();
        else
            spec.extractTo = BundleImport::defaultExtractFolder(spec.bundle);
    }
    BundleImport operation(spec);
    BundleResult result;
    const int rc = run(operation, &result);
    printManifest(result);
    if (!result.ok || !import)
        return rc;

    for (const QString &change : std::as_const(result.valueChanges))
        Console::err(tr("values: %1").arg(change));
    QStringList command { QStringLiteral("slipway-cli"), QStringLiteral("install"), QStringLiteral("--chart"),
                          result.chartFile, QStringLiteral("-f"), result.valuesFile };
    for (const QString &values : m_cli.values)
        command << QStringLiteral("-f") << values;
    if (!m_cli.release.isEmpty())
        command << QStringLiteral("--release") << m_cli.release;
    if (!m_cli.nameSpace.isEmpty())
        command << QStringLiteral("-n") << m_cli.nameSpace;
    if (!m_cli.kubeconfig.isEmpty())
        command << QStringLiteral("--kubeconfig") << m_cli.kubeconfig;
    const QString helm = m_cli.helm.isEmpty() ? result.helmFile : m_cli.helm;
    if (!helm.isEmpty())
        command << QStringLiteral("--helm") << helm;
    if (m_options.noInstall) {
        Console::err(tr("Extracted to %1. To install, run:").arg(result.extractedTo));
        QStringList quoted;
        for (const QString &word : std::as_const(command))
            quoted << shellQuote(word);
        Console::out(quoted.join(QLatin1Char(' ')));
        return ExitOk;
    }
    if (result.manifest.containsSecrets == false && m_cli.values.isEmpty())
        Console::err(tr("The bundle holds no secrets: if the product needs some, give them with -f FILE."));
    CliOptions install = m_cli;
    install.arguments.clear();
    install.product.clear();
    install.answers.clear();
    install.chart = result.chartFile;
    install.values = QStringList { result.valuesFile } + m_cli.values;
    install.helm = helm;
    CliSession session(install);
    return ReleaseCommands(session).install(false);
}

void BundleCommands::printManifest(const BundleResult &result) const
{
    const BundleManifest &m = result.manifest;
    if (m_cli.json) {
        QJsonArray images;
        for (const BundleManifest::Image &image : m.images)
            images.append(QJsonObject { { QStringLiteral("reference"), image.reference },
                                        { QStringLiteral("digest"), image.digest },
                                        { QStringLiteral("platforms"), QJsonArray::fromStringList(image.platforms) } });
        QJsonObject json { { QStringLiteral("ok"), result.ok },
                           { QStringLiteral("error"), result.ok ? QJsonValue() : QJsonValue(result.error.toString()) },
                           { QStringLiteral("signed"), result.isSigned },
                           { QStringLiteral("keyId"), result.signerKeyId },
                           { QStringLiteral("product"), m.product },
                           { QStringLiteral("chart"), m.chartName },
                           { QStringLiteral("version"), m.chartVersion },
                           { QStringLiteral("appVersion"), m.appVersion },
                           { QStringLiteral("created"), m.created.isValid() ? m.created.toString(Qt::ISODate) : QString() },
                           { QStringLiteral("containsSecrets"), m.containsSecrets },
                           { QStringLiteral("files"), int(m.files.size()) },
                           { QStringLiteral("bytes"), result.bundleBytes },
                           { QStringLiteral("images"), images },
                           { QStringLiteral("seconds"), result.seconds } };
        if (!result.extractedTo.isEmpty()) {
            json.insert(QStringLiteral("extractedTo"), result.extractedTo);
            json.insert(QStringLiteral("chartFile"), result.chartFile);
            json.insert(QStringLiteral("valuesFile"), result.valuesFile);
            json.insert(QStringLiteral("pushed"), QJsonArray::fromStringList(result.images));
            json.insert(QStringLiteral("valueChanges"), QJsonArray::fromStringList(result.valueChanges));
        }
        Console::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
        return;
    }
    if (!result.ok)
        return;
    Console::out(tr("%1 %2 (chart %3, app %4), made %5 by Slipway %6%7")
                     .arg(m.product, m.chartVersion, m.chartName, m.appVersion, m.created.toString(Qt::ISODate),
                          m.slipwayVersion,
                          m.helmVersion.isEmpty() ? QString() : tr(" with helm %1").arg(m.helmVersion)));
    Console::out(result.isSigned ? tr("signature: good, by trusted key %1").arg(result.signerKeyId)
                                 : tr("signature: none accepted (--allow-unsigned)"));
    Console::out(tr("files: %1, %2 MiB, every checksum matches").arg(m.files.size()).arg(ImageCommands::mebibytes(result.bundleBytes)));
    for (const BundleManifest::Image &image : m.images)
        Console::out(tr("image %1@%2 (%3)").arg(image.reference, image.digest, image.platforms.join(QStringLiteral(", "))));
    for (const QString &image : result.images)
        Console::out(tr("pushed %1").arg(image));
    if (m.containsSecrets)
        Console::out(tr("the bundle contains secrets"));
}

int BundleCommands::run(BundleOperation &operation, BundleResult *result)
{
    if (int rc = runInForeground(operation, result))
        return rc;
    if (!result->ok && !m_cli.json)
        Console::err(tr("slipway-cli: %1").arg(result->error.toString()));
    return exitCodeFor(*result);
}

int BundleCommands::exitCodeFor(const BundleResult &result) const
{
    switch (result.failure) {
    case BundleResult::Failure::None:
        return ExitOk;
    case BundleResult::Failure::Invalid:
        return ExitBundleInvalid;
    case BundleResult::Failure::Registry:
        return ExitRegistry;
    case BundleResult::Failure::Cancelled:
        return SignalWatcher::exitCodeFor(2);
    case BundleResult::Failure::Files:
        break;
    }
    return ExitFailure;
}

} // namespace Slipway
