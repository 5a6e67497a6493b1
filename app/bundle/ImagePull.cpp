#include "ImagePull.h"

#include "BlobWriter.h"
#include "Logging.h"
#include "MediaTypes.h"

#include <QJsonDocument>

namespace Slipway {

namespace {

QString platformText(const QString &os, const QString &architecture, const QString &variant)
{
    return os + QLatin1Char('/') + architecture + (variant.isEmpty() ? QString() : QLatin1Char('/') + variant);
}

QString platformText(const QJsonObject &platform)
{
    return platformText(platform.value(QLatin1String("os")).toString(),
                        platform.value(QLatin1String("architecture")).toString(),
                        platform.value(QLatin1String("variant")).toString());
}

// os, architecture and variant of a config or an index entry's platform, as far as it names them;
// empty unless it names at least the os and the architecture.
QJsonObject platformFields(const QJsonObject &object)
{
    QJsonObject platform;
    for (const QLatin1String key : { QLatin1String("os"), QLatin1String("architecture"), QLatin1String("variant") }) {
        const QString value = object.value(key).toString();
        if (!value.isEmpty())
            platform.insert(key, value);
    }
    if (!platform.contains(QLatin1String("os")) || !platform.contains(QLatin1String("architecture")))
        return {};
    return platform;
}

} // namespace

bool PullOptions::setPlatform(const QString &platform)
{
    const QStringList parts = platform.split(QLatin1Char('/'));
    if (parts.size() < 2 || parts.size() > 3 || parts.contains(QString()))
        return false;
    os = parts[0];
    architecture = parts[1];
    variant = parts.value(2);
    return true;
}

QString PullOptions::platform() const
{
    return platformText(os, architecture, variant);
}

ImagePull::ImagePull(ImageReference image, QString layoutDir, PullOptions options, QObject *parent)
    : RegistryOperation(parent)
    , m_image(std::move(image))
    , m_layoutDir(std::move(layoutDir))
    , m_options(std::move(options))
{ }

ImagePull::~ImagePull()
{
    stopWorker();
}

QString ImagePull::scope() const
{
    return QLatin1String("repository:") + m_image.repository() + QLatin1String(":pull");
}

void ImagePull::run(RegistryResult &result)
{
    const QString name = m_image.toString();
    const auto fail = [&](const Error &error) {
        result.error = error;
        result.error.message = tr("pulling %1: %2").arg(name, error.message);
    };
    auto layout = OciLayout::create(m_layoutDir);
    if (!layout)
        return fail(layout.error());
    RegistrySession &registry = session(m_image.apiHost(), m_options.registry);
    if (auto allowed = registry.check(); !allowed)
        return fail(allowed.error());

    if (auto reachable = registry.ping(); !reachable)
        return fail(reachable.error());
    auto top = fetchManifest(registry, m_image.manifestReference());
    if (!top)
        return fail(top.error());
    Expected<Manifest> image = top;
    if (MediaTypes::isIndex(top->mediaType))
        image = choosePlatform(registry, *top);
    if (!image)
        return fail(image.error());

    const QList<QJsonObject> blobs = OciLayout::blobsOf(image->body);
    qint64 total = 0;
    for (const QJsonObject &blob : blobs)
        total += blob.value(QLatin1String("size")).toInteger();
    qint64 done = 0;
    report(name, done, total, true);
    QJsonObject platform;
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        if (auto fetched = fetchBlob(registry, *layout, blobs.at(i), result, done, total); !fetched)
            return fail(fetched.error());
        if (i > 0)
            continue;
        // The config comes first: a platform that does not agree stops the pull before the layers.
        auto read = platformOf(*layout, blobs.at(i), *image);
        if (!read)
            return fail(read.error());
        platform = *read;
    }
    if (!MediaTypes::isIndex(top->mediaType) && !platform.isEmpty()
        && (platform.value(QLatin1String("os")).toString() != m_options.os
            || platform.value(QLatin1String("architecture")).toString() != m_options.architecture))
        say(tr("%1 is built for %2 only, not %3: it is taken as it is").arg(name, platformText(platform), m_options.platform()));
    if (auto written = layout->writeBlob(image->body); !written)
        return fail(written.error());

    // Pulled by digest, the image keeps its digest as its name; by tag, the tag.
    const QString fullName = m_image.tag().isEmpty()
        ? m_image.registry() + QLatin1Char('/') + m_image.repository() + QLatin1Char('@') + image->digest
        : m_image.registry() + QLatin1Char('/') + m_image.repository() + QLatin1Char(':') + m_image.tag();
    QJsonObject annotations{{MediaTypes::kImageNameAnnotation, fullName}};
    if (!m_image.tag().isEmpty())
        annotations.insert(MediaTypes::kRefNameAnnotation, m_image.tag());
    QJsonObject descriptor{{QLatin1String("mediaType"), image->mediaType},
                           {QLatin1String("digest"), image->digest},
                           {QLatin1String("size"), qint64(image->body.size())},
                           {QLatin1String("annotations"), annotations}};
    if (!platform.isEmpty())
        descriptor.insert(QLatin1String("platform"), platform);
    if (auto added = layout.value().addManifest(descriptor); !added)
        return fail(added.error());
    report(name, done, total, true);
    result.images << fullName.section(QLatin1Char('@'), 0, 0) + QLatin1Char('@') + image->digest;
    result.platforms << (platform.isEmpty() ? QString() : platformText(platform));
    result.ok = true;
}

Expected<ImagePull::Manifest> ImagePull::fetchManifest(RegistrySession &registry, const QString &reference)
{
    HttpRequest request;
    request.url = registry.url(QLatin1String("/v2/") + m_image.repository() + QLatin1String("/manifests/") + reference);
    request.headers << MediaTypes::kAcceptHeader;
    const HttpResponse response = registry.send(request, scope());
    if (!response.ok())
        return registry.failure(tr("manifest %1").arg(reference), response);
    Manifest manifest;
    manifest.body = response.body;
    manifest.digest = OciLayout::digestOf(response.body);
    if (ImageReference::isDigest(reference) && manifest.digest != reference)
        return Error(tr("manifest %1 does not match its digest: the registry sent %2").arg(reference, manifest.digest));
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    manifest.mediaType = json.value(QLatin1String("mediaType")).toString();
    if (manifest.mediaType.isEmpty())
        manifest.mediaType = QString::fromLatin1(response.header("content-type")).section(QLatin1Char(';'), 0, 0);
    if (!MediaTypes::isIndex(manifest.mediaType) && !MediaTypes::isManifest(manifest.mediaType))
        return Error(tr("manifest %1 has media type \"%2\", which is neither an image manifest nor an index")
                         .arg(reference, manifest.mediaType));
    return manifest;
}

Expected<ImagePull::Manifest> ImagePull::choosePlatform(RegistrySession &registry, const Manifest &index)
{
    QStringList offered;
    const QJsonArray entries = QJsonDocument::fromJson(index.body).object().value(QLatin1String("manifests")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QJsonObject platform = entry.value(QLatin1String("platform")).toObject();
        const QString os = platform.value(QLatin1String("os")).toString();
        const QString arch = platform.value(QLatin1String("architecture")).toString();
        const QString variant = platform.value(QLatin1String("variant")).toString();
        offered << platformText(os, arch, variant);
        if (os != m_options.os || arch != m_options.architecture
            || (!m_options.variant.isEmpty() && variant != m_options.variant))
            continue;
        const QString digest = entry.value(QLatin1String("digest")).toString();
        if (!ImageReference::isDigest(digest))
            return Error(tr("the index names platform %1 with digest \"%2\", which is not sha256").arg(offered.last(), digest));
        auto chosen = fetchManifest(registry, digest);
        if (chosen && !MediaTypes::isManifest(chosen->mediaType))
            return Error(tr("the index's entry for %1 is not an image manifest").arg(offered.last()));
        if (chosen)
            chosen.value().platform = platform;
        return chosen;
    }
    return Error(tr("the image has no platform %1; it offers %2")
                     .arg(m_options.platform(), offered.isEmpty() ? tr("none") : offered.join(QLatin1String(", "))),
                 QString(), 0, 0, tr("choose one of them with --platform"));
}

Expected<QJsonObject> ImagePull::platformOf(const OciLayout &layout, const QJsonObject &config,
                                            const Manifest &image) const
{
    auto body = layout.readBlob(config.value(QLatin1String("digest")).toString());
    if (!body)
        return body.error();
    QJsonObject platform = platformFields(QJsonDocument::fromJson(*body).object());
    const QJsonObject listed = platformFields(image.platform);
    if (listed.isEmpty())
        return platform;
    if (platform.isEmpty())
        return listed; // a config that names no platform contradicts none
    const auto field = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    const bool agree = field(listed, "os") == field(platform, "os")
        && field(listed, "architecture") == field(platform, "architecture")
        && (field(listed, "variant").isEmpty() || field(platform, "variant").isEmpty()
            || field(listed, "variant") == field(platform, "variant"));
    if (!agree)
        return Error(tr("the index lists manifest %1 as %2, but the image's config says %3")
                         .arg(image.digest, platformText(listed), platformText(platform)),
                     QString(), 0, 0,
                     tr("the image was built or pushed inconsistently: ask its maker for a corrected one"));
    if (!platform.contains(QLatin1String("variant")) && listed.contains(QLatin1String("variant")))
        platform.insert(QLatin1String("variant"), listed.value(QLatin1String("variant")));
    return platform;
}

Expected<void> ImagePull::fetchBlob(RegistrySession &registry, const OciLayout &layout,
                                    const QJsonObject &descriptor, RegistryResult &result,
                                    qint64 &done, qint64 total)
{
    const QString digest = descriptor.value(QLatin1String("digest")).toString();
    const qint64 size = descriptor.value(QLatin1String("size")).toInteger(-1);
    if (!ImageReference::isDigest(digest) || size < 0)
        return Error(tr("the manifest names a blob \"%1\" without a sha256 digest and size").arg(digest));
    const QString name = m_image.toString();
    if (layout.hasVerifiedBlob(digest, size)) {
        done += size;
        result.bytesSkipped += size;
        ++result.blobsSkipped;
        report(name, done, total);
        return {};
    }
    BlobWriter writer(layout.blobPath(digest), digest, size);
    if (auto opened = writer.open(); !opened)
        return opened.error();
    const qint64 before = done;
    HttpRequest request;
    request.url = registry.url(QLatin1String("/v2/") + m_image.repository() + QLatin1String("/blobs/") + digest);
    bool tooLong = false;
    bool writeFailed = false;
    request.sink = [&](const char *data, qsizetype bytes) {
        tooLong = writer.written() + bytes > size;
        writeFailed = !tooLong && !writer.write(data, bytes);
        done += bytes;
        report(name, done, total);
        return !tooLong && !writeFailed;
    };
    const HttpResponse response = registry.send(request, scope());
    if (tooLong)
        return Error(tr("blob %1 does not match its digest: the registry sent more than its %2 bytes; "
                        "nothing of it was kept").arg(digest).arg(size));
    if (writeFailed)
        return Error(tr("cannot write blob %1: %2").arg(digest, writer.writeError()), layout.blobPath(digest));
    if (!response.ok())
        return registry.failure(tr("blob %1").arg(digest), response);
    if (auto verified = writer.finish(); !verified)
        return verified.error();
    result.bytesTransferred += done - before;
    ++result.blobsTransferred;
    qCDebug(lcBundle) << "pulled" << digest << size << "bytes";
    return {};
}

} // namespace Slipway
