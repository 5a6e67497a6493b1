#include "ImagePush.h"

#include "Logging.h"
#include "MediaTypes.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace Slipway {

namespace {

QString pushScope(const QString &repository)
{
    return QLatin1String("repository:") + repository + QLatin1String(":pull,push");
}

QByteArray withDigest(const QByteArray &location, const QString &digest)
{
    QUrl url = QUrl::fromEncoded(location);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("digest"), digest);
    url.setQuery(query);
    return url.toEncoded();
}

} // namespace

ImagePush::ImagePush(QString layoutDir, QString registryHost, PushOptions options, QObject *parent)
    : RegistryOperation(parent)
    , m_layoutDir(std::move(layoutDir))
    , m_host(std::move(registryHost))
    , m_options(std::move(options))
{ }

ImagePush::~ImagePush()
{
    stopWorker();
}

qint64 ImagePush::blobBytes(const OciLayout &layout, const QJsonObject &descriptor)
{
    const QString digest = descriptor.value(QLatin1String("digest")).toString();
    const QString type = descriptor.value(QLatin1String("mediaType")).toString();
    qint64 total = 0;
    const auto body = layout.readBlob(digest);
    if (!body)
        return 0;
    if (MediaTypes::isIndex(type)) {
        for (const QJsonValue &child : QJsonDocument::fromJson(*body).object().value(QLatin1String("manifests")).toArray())
            total += blobBytes(layout, child.toObject());
        return total;
    }
    for (const QJsonObject &blob : OciLayout::blobsOf(*body))
        total += blob.value(QLatin1String("size")).toInteger();
    return total;
}

void ImagePush::run(RegistryResult &result)
{
    auto layout = OciLayout::open(m_layoutDir);
    if (!layout) {
        result.error = layout.error();
        return;
    }
    RegistrySession &registry = session(m_host, m_options.registry);
    if (auto allowed = registry.check(); !allowed) {
        result.error = allowed.error();
        return;
    }
    for (const QJsonValue &value : layout->manifests()) {
        const QJsonObject descriptor = value.toObject();
        const QJsonObject annotations = descriptor.value(QLatin1String("annotations")).toObject();
        const QString sourceName = annotations.value(MediaTypes::kImageNameAnnotation).toString();
        auto source = ImageReference::parse(sourceName);
        if (!source) {
            result.error = Error(tr("the layout's image \"%1\" has no usable name (%2): %3")
                                     .arg(descriptor.value(QLatin1String("digest")).toString(),
                                          MediaTypes::kImageNameAnnotation, source.error().message));
            return;
        }
        Target target;
        target.repository = source->repository();
        target.tag = source->tag();
        target.name = m_host + QLatin1Char('/') + target.repository
            + (target.tag.isEmpty() ? QString() : QLatin1Char(':') + target.tag);
        target.total = blobBytes(*layout, descriptor);
        report(target.name, 0, target.total, true);
        Expected<void> pushed = result.images.isEmpty() ? registry.ping() : Expected<void>();
        if (pushed)
            pushed = pushManifest(registry, *layout, target, descriptor, !target.tag.isEmpty(), result);
        if (!pushed) {
            result.error = pushed.error();
            result.error.message = tr("pushing %1: %2").arg(target.name, pushed.error().message);
            return;
        }
        report(target.name, target.done, target.total, true);
        result.images << m_host + QLatin1Char('/') + target.repository + QLatin1Char('@')
                + descriptor.value(QLatin1String("digest")).toString();
    }
    result.ok = true;
}

Expected<void> ImagePush::pushManifest(RegistrySession &registry, const OciLayout &layout, Target &target,
                                       const QJsonObject &descriptor, bool byTag, RegistryResult &result)
{
    const QString digest = descriptor.value(QLatin1String("digest")).toString();
    const QString type = descriptor.value(QLatin1String("mediaType")).toString();
    auto body = layout.readBlob(digest);
    if (!body)
        return body.error();
    if (MediaTypes::isIndex(type)) {
        for (const QJsonValue &child : QJsonDocument::fromJson(*body).object().value(QLatin1String("manifests")).toArray()) {
            if (auto pushed = pushManifest(registry, layout, target, child.toObject(), false, result); !pushed)
                return pushed;
        }
    } else {
        for (const QJsonObject &blob : OciLayout::blobsOf(*body)) {
            if (auto pushed = pushBlob(registry, layout, target, blob, result); !pushed)
                return pushed;
        }
    }
    HttpRequest request;
    request.method = "PUT";
    request.url = registry.url(QLatin1String("/v2/") + target.repository + QLatin1String("/manifests/")
                               + (byTag ? target.tag : digest));
    request.headers << "Content-Type: " + type.toUtf8();
    request.body = *body;
    const HttpResponse response = registry.send(request, pushScope(target.repository));
    if (!response.ok())
        return registry.failure(tr("manifest %1").arg(digest), response);
    const QByteArray stored = response.header("docker-content-digest");
    if (!stored.isEmpty() && QString::fromLatin1(stored) != digest)
        return Error(tr("the registry stored manifest %1 as %2").arg(digest, QString::fromLatin1(stored)));
    return {};
}

Expected<void> ImagePush::pushBlob(RegistrySession &registry, const OciLayout &layout, Target &target,
                                   const QJsonObject &descriptor, RegistryResult &result)
{
    const QString digest = descriptor.value(QLatin1String("digest")).toString();
    const qint64 size = descriptor.value(QLatin1String("size")).toInteger();
    if (!ImageReference::isDigest(digest))
        return Error(tr("the manifest names a blob \"%1\" without a sha256 digest").arg(digest));
    HttpRequest head;
    head.method = "HEAD";
    head.url = registry.url(QLatin1String("/v2/") + target.repository + QLatin1String("/blobs/") + digest);
    const HttpResponse present = registry.send(head, pushScope(target.repository));
    if (present.ok()) {
        target.done += size;
        result.bytesSkipped += size;
        ++result.blobsSkipped;
        m_sentTo.insert(digest, target.repository);
        return {};
    }
    if (present.status != 404)
        return registry.failure(tr("blob %1").arg(digest), present);
    bool mounted = false;
    auto location = startUpload(registry, target, digest, &mounted);
    if (!location)
        return location.error();
    if (mounted) {
        target.done += size;
        ++result.blobsMounted;
        report(target.name, target.done, target.total);
        return {};
    }
    if (auto sent = upload(registry, layout, target, *location, digest, size, &result.chunks); !sent)
        return sent;
    result.bytesTransferred += size;
    ++result.blobsTransferred;
    m_sentTo.insert(digest, target.repository);
    return {};
}

Expected<QByteArray> ImagePush::startUpload(RegistrySession &registry, const Target &target,
                                            const QString &digest, bool *mounted)
{
    HttpRequest post;
    post.method = "POST";
    QString path = QLatin1String("/v2/") + target.repository + QLatin1String("/blobs/uploads/");
    QString scope = pushScope(target.repository);
    const QString from = m_sentTo.value(digest);
    if (!from.isEmpty() && from != target.repository) {
        path += QLatin1String("?mount=") + digest + QLatin1String("&from=") + from;
        scope += QLatin1String(" repository:") + from + QLatin1String(":pull");
    }
    post.url = registry.url(path);
    const HttpResponse response = registry.send(post, scope);
    // 201: mounted. 202: an upload session (also what a registry answers that cannot mount).
    if (response.status == 201 && !from.isEmpty()) {
        *mounted = true;
        qCDebug(lcBundle) << "mounted" << digest << "from" << from;
        return QByteArray();
    }
    const QByteArray location = response.header("location");
    if (response.status != 202 || location.isEmpty())
        return registry.failure(tr("starting the upload of blob %1").arg(digest), response);
    return registry.resolve(location);
}

Expected<void> ImagePush::upload(RegistrySession &registry, const OciLayout &layout, Target &target,
                                 QByteArray location, const QString &digest, qint64 size, int *chunks)
{
    const QString scope = pushScope(target.repository);
    const auto progressed = [this, &target](qint64 bytes) {
        target.done += bytes;
        report(target.name, target.done, target.total);
    };
    qint64 offset = 0;
    // Big blobs in chunks: a registry (or a proxy before it) may bound one request's body.
    if (size > m_options.chunkSize) {
        while (offset < size) {
            const qint64 length = qMin(m_options.chunkSize, size - offset);
            HttpRequest patch;
            patch.method = "PATCH";
            patch.url = location;
            patch.uploadFile = layout.blobPath(digest);
            patch.uploadOffset = offset;
            patch.uploadLength = length;
            patch.sent = progressed;
            patch.headers << "Content-Type: application/octet-stream"
                          << "Content-Range: " + QByteArray::number(offset) + '-' + QByteArray::number(offset + length - 1);
            const HttpResponse response = registry.send(patch, scope);
            const QByteArray next = response.header("location");
            if (response.status != 202 || next.isEmpty())
                return registry.failure(tr("uploading blob %1 at byte %2").arg(digest).arg(offset), response);
            location = registry.resolve(next);
            offset += length;
            ++*chunks;
        }
    }
    HttpRequest put;
    put.method = "PUT";
    put.url = withDigest(location, digest);
    put.headers << "Content-Type: application/octet-stream";
    if (offset < size) {
        put.uploadFile = layout.blobPath(digest);
        put.uploadLength = size;
        put.sent = progressed;
    }
    const HttpResponse response = registry.send(put, scope);
    if (response.status != 201)
        return registry.failure(tr("uploading blob %1").arg(digest), response);
    return {};
}

} // namespace Slipway
