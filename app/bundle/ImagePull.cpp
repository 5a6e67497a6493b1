#include "ImagePull.h"

#include "BlobWriter.h"
#include "Logging.h"
#include "MediaTypes.h"

#include <QJsonDocument>

namespace Slipway {

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
    return os + QLatin1Char('/') + architecture + (variant.isEmpty() ? QString() : QLatin1Char('/') + variant);
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
    for (const QJsonObject &blob : blobs) {
        if (auto fetched = fetchBlob(registry, *layout, blob, result, done, total); !fetched)
            return fail(fetched.error());
    }
    if (auto written = layout->writeBlob(image->body); !written)
        return fail(written.error());

    // Pulled by digest, the image keeps its digest as its name; by tag, the tag.
    const QString fullName = m_image.tag().isEmpty()
        ? m_image.registry() + QLatin1Char('/') + m_image.repository() + QLatin1Char('@') + image->digest
        : m_image.registry() + QLatin1Char('/') + m_image.repository() + QLatin1Char(':') + m_image.tag();
    QJsonObject annotations{{MediaTypes::kImageNameAnnotation, fullName}};
    if (!m_image.tag().isEmpty())
        annotations.insert(MediaTypes::kRefNameAnnotation, m_image.tag());
    const QJsonObject descriptor{{QLatin1String("mediaType"), image->mediaType},
                                 {QLatin1String("digest"), image->digest},
                                 {QLatin1String("size"), qint64(image->body.size())},
                                 {QLatin1String("platform"), QJsonObject{{QLatin1String("os"), m_options.os},
                                                                         {QLatin1String("architecture"), m_options.architecture}}},
                                 {QLatin1String("annotations"), annotations}};
    if (auto added = layout.value().addManifest(descriptor); !added)
        return fail(added.error());
    report(name, done, total, true);
    result.images << fullName.section(QLatin1Char('@'), 0, 0) + QLatin1Char('@') + image->digest;
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
        offered << os + QLatin1Char('/') + arch + (variant.isEmpty() ? QString() : QLatin1Char('/') + variant);
        if (os != m_options.os || arch != m_options.architecture
            || (!m_options.variant.isEmpty() && variant != m_options.variant))
            continue;
        const QString digest = entry.value(QLatin1String("digest")).toString();
        if (!ImageReference::isDigest(digest))
            return Error(tr("the index names platform %1 with digest \"%2\", which is not sha256").arg(offered.last(), digest));
        auto chosen = fetchManifest(registry, digest);
        if (chosen && !MediaTypes::isManifest(chosen->mediaType))
            return Error(tr("the index's entry for %1 is not an image manifest").arg(offered.last()));
        return chosen;
    }
    return Error(tr("the image has no platform %1; it offers %2")
                     .arg(m_options.platform(), offered.isEmpty() ? tr("none") : offered.join(QLatin1String(", "))),
                 QString(), 0, 0, tr("choose one of them with --platform"));
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
