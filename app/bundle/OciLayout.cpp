#include "OciLayout.h"

#include "MediaTypes.h"
#include "Sha256.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Slipway {

namespace {

constexpr qint64 kMaxSmallBlob = 4 << 20; // manifests and configs are kilobytes

QString indexPath(const QString &dir)
{
    return dir + QLatin1String("/index.json");
}

} // namespace

QString OciLayout::digestOf(const QByteArray &data)
{
    return Sha256::digestOf(data);
}

QList<QJsonObject> OciLayout::blobsOf(const QByteArray &manifest)
{
    const QJsonObject json = QJsonDocument::fromJson(manifest).object();
    QList<QJsonObject> blobs{json.value(QLatin1String("config")).toObject()};
    for (const QJsonValue &layer : json.value(QLatin1String("layers")).toArray())
        blobs << layer.toObject();
    return blobs;
}

Expected<OciLayout> OciLayout::create(const QString &dir)
{
    if (!QDir().mkpath(dir + QLatin1String("/blobs/sha256")))
        return Error(tr("cannot create the OCI layout folder"), dir);
    const QString marker = dir + QLatin1String("/oci-layout");
    if (!QFile::exists(marker)) {
        QSaveFile out(marker);
        if (!out.open(QIODevice::WriteOnly) || out.write("{\"imageLayoutVersion\":\"1.0.0\"}") < 0 || !out.commit())
            return Error(tr("cannot write oci-layout: %1").arg(out.errorString()), marker);
    }
    if (!QFile::exists(indexPath(dir))) {
        OciLayout layout;
        layout.m_dir = dir;
        if (auto saved = layout.saveIndex(); !saved)
            return saved.error();
    }
    return open(dir);
}

Expected<OciLayout> OciLayout::open(const QString &dir)
{
    if (!QFile::exists(dir + QLatin1String("/oci-layout")))
        return Error(tr("not an OCI image layout: there is no oci-layout file"), dir);
    QFile in(indexPath(dir));
    if (!in.open(QIODevice::ReadOnly))
        return Error(tr("cannot read index.json: %1").arg(in.errorString()), in.fileName());
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll());
    if (!doc.isObject())
        return Error(tr("index.json is not a JSON object"), in.fileName());
    OciLayout layout;
    layout.m_dir = dir;
    layout.m_manifests = doc.object().value(QLatin1String("manifests")).toArray();
    return layout;
}

QString OciLayout::blobPath(const QString &digest) const
{
    return m_dir + QLatin1String("/blobs/sha256/") + digest.mid(7);
}

bool OciLayout::hasVerifiedBlob(const QString &digest, qint64 size) const
{
    QFile in(blobPath(digest));
    if (!in.open(QIODevice::ReadOnly) || (size >= 0 && in.size() != size))
        return false;
    Sha256 hash;
    return hash.addData(&in) && hash.digest() == digest;
}

Expected<QByteArray> OciLayout::readBlob(const QString &digest) const
{
    QFile in(blobPath(digest));
    if (!in.open(QIODevice::ReadOnly))
        return Error(tr("blob %1 is missing from the layout").arg(digest), in.fileName());
    if (in.size() > kMaxSmallBlob)
        return Error(tr("blob %1 is too big for a manifest").arg(digest), in.fileName());
    const QByteArray data = in.readAll();
    if (digestOf(data) != digest)
        return Error(tr("blob %1 in the layout does not match its digest").arg(digest), in.fileName());
    return data;
}

Expected<void> OciLayout::writeBlob(const QByteArray &data) const
{
    QSaveFile out(blobPath(digestOf(data)));
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        return Error(tr("cannot write blob: %1").arg(out.errorString()), out.fileName());
    return {};
}

Expected<void> OciLayout::addManifest(const QJsonObject &descriptor)
{
    const auto nameOf = [](const QJsonObject &d) {
        return d.value(QLatin1String("annotations")).toObject().value(MediaTypes::kImageNameAnnotation).toString();
    };
    const QString name = nameOf(descriptor);
    for (qsizetype i = m_manifests.size() - 1; i >= 0; --i) {
        if (!name.isEmpty() && nameOf(m_manifests.at(i).toObject()) == name)
            m_manifests.removeAt(i);
    }
    m_manifests.append(descriptor);
    return saveIndex();
}

Expected<void> OciLayout::saveIndex() const
{
    const QJsonObject index{{QLatin1String("schemaVersion"), 2},
                            {QLatin1String("mediaType"), MediaTypes::kOciIndex},
                            {QLatin1String("manifests"), m_manifests}};
    QSaveFile out(indexPath(m_dir));
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(index).toJson()) < 0 || !out.commit())
        return Error(tr("cannot write index.json: %1").arg(out.errorString()), out.fileName());
    return {};
}

} // namespace Slipway
