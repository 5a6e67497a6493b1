#include "BundleReader.h"

#include "BundleWriter.h"
#include "Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>

namespace Slipway {

namespace {

constexpr qint64 kMaxManifestBytes = 16 << 20;
constexpr qint64 kMaxSignatureBytes = 64 << 10;

bool isLink(const QuaZipFileInfo64 &info)
{
    // Unix mode in the high 16 bits of the external attributes (S_IFLNK = 0120000).
    return ((info.externalAttr >> 16) & 0170000) == 0120000;
}

} // namespace

BundleReader::BundleReader(QString zipPath)
    : m_path(std::move(zipPath))
{ }

Expected<void> BundleReader::bundleFault(const Error &error)
{
    m_bundleFault = true;
    Error e = error;
    if (e.hint.isEmpty())
        e.hint = tr("the bundle is damaged or was changed: get it again from its source, and do not use this one");
    return e;
}

qint64 BundleReader::totalBytes() const
{
    qint64 total = 0;
    for (const BundleManifest::File &file : m_manifest.files)
        total += file.size;
    return total;
}

Expected<void> BundleReader::open(const Trust &trust)
{
    m_bundleFault = false;
    if (!QFileInfo(m_path).isFile())
        return Error(tr("no such file"), m_path);
    QuaZip zip(m_path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdUnzip))
        return bundleFault(Error(tr("not a zip archive (zip error %1)").arg(zip.getZipError()), m_path));
    m_entrySizes.clear();
    QuaZipFileInfo64 info;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (!zip.getCurrentFileInfo(&info))
            return bundleFault(Error(tr("cannot read the archive's directory"), m_path));
        QString name = info.name;
        if (name.endsWith(QLatin1Char('/')) && info.uncompressedSize == 0 && !isLink(info))
            name.chop(1); // a folder entry: checked as a path, holds nothing
        else if (m_entrySizes.contains(name))
            return bundleFault(Error(tr("the archive holds “%1” twice").arg(name), m_path));
        if (!BundleManifest::isSafePath(name))
            return bundleFault(Error(tr("the archive holds “%1”, which would be written outside the folder it is "
                                        "extracted to (absolute path or “..”)")
                                         .arg(info.name),
                                     m_path));
        if (isLink(info))
            return bundleFault(Error(tr("the archive holds “%1”, a symbolic link; bundles hold no links")
                                         .arg(info.name),
                                     m_path));
        if (!info.name.endsWith(QLatin1Char('/')))
            m_entrySizes.insert(name, qint64(info.uncompressedSize));
    }
    if (zip.getZipError() != 0)
        return bundleFault(Error(tr("cannot read the archive's directory (zip error %1)").arg(zip.getZipError()), m_path));

    const auto readSmall = [&zip, this](const QString &name, qint64 limit) -> Expected<QByteArray> {
        if (!zip.setCurrentFile(name))
            return Error(tr("the bundle has no %1").arg(name), m_path);
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly))
            return Error(tr("cannot read %1 (zip error %2)").arg(name).arg(entry.getZipError()), m_path);
        const QByteArray data = entry.read(limit + 1);
        if (data.size() > limit)
            return Error(tr("%1 is too large").arg(name), m_path);
        return data;
    };
    if (!m_entrySizes.contains(BundleWriter::kManifest))
        return bundleFault(Error(tr("no manifest.json: this is not a Slipway bundle"), m_path));
    auto manifestJson = readSmall(BundleWriter::kManifest, kMaxManifestBytes);
    if (!manifestJson)
        return bundleFault(manifestJson.error());

    m_signed = false;
    m_signer.clear();
    if (m_entrySizes.contains(BundleWriter::kSignature)) {
        auto signature = readSmall(BundleWriter::kSignature, kMaxSignatureBytes);
        if (!signature)
            return bundleFault(signature.error());
        auto verified = Minisign::verify(*manifestJson, *signature, trust.keys);
        if (verified) {
            m_signed = true;
            m_signer = verified->key.idText();
        } else {
            const QByteArray keyId = Minisign::keyIdOf(*signature);
            const bool unknownKey = !keyId.isEmpty()
                && std::none_of(trust.keys.cbegin(), trust.keys.cend(),
                                [&keyId](const MinisignPublicKey &key) { return key.keyId == keyId; });
            if (!unknownKey || !trust.allowUnsigned) {
                Error e = verified.error();
                e.file = m_path;
                e.message = tr("signature refused: %1").arg(e.message);
                if (unknownKey)
                    e.hint += tr("; or, having checked the bundle another way, pass --allow-unsigned");
                return bundleFault(e);
            }
        }
    } else if (!trust.allowUnsigned) {
        return bundleFault(Error(tr("the bundle is not signed"), m_path, 0, 0,
                                 tr("ask for a signed bundle (slipway-cli bundle export --sign-key), or, having "
                                    "checked it another way, pass --allow-unsigned")));
    }

    auto manifest = BundleManifest::parse(*manifestJson);
    if (!manifest) {
        Error e = manifest.error();
        e.message = tr("manifest.json: %1").arg(e.message);
        e.file = m_path;
        return bundleFault(e);
    }
    m_manifest = *manifest;
    for (auto it = m_entrySizes.cbegin(); it != m_entrySizes.cend(); ++it) {
        if (it.key() == BundleWriter::kManifest || it.key() == BundleWriter::kSignature)
            continue;
        const BundleManifest::File *listed = m_manifest.file(it.key());
        if (!listed)
            return bundleFault(Error(tr("“%1” is in the archive but not in its manifest").arg(it.key()), m_path));
        if (it.value() != listed->size)
            return bundleFault(Error(tr("“%1” is %2 bytes in the archive, but the manifest says %3")
                                         .arg(it.key())
                                         .arg(it.value())
                                         .arg(listed->size),
                                     m_path));
    }
    for (const BundleManifest::File &file : std::as_const(m_manifest.files)) {
        if (!m_entrySizes.contains(file.path))
            return bundleFault(Error(tr("“%1” is in the manifest but missing from the archive").arg(file.path), m_path));
    }
    return {};
}

Expected<void> BundleReader::verifyFiles(const QString &extractTo, const Progress &progress, const QString &onlyUnder)
{
    m_bundleFault = false;
    QString staging;
    if (!extractTo.isEmpty()) {
        if (QFileInfo::exists(extractTo))
            return Error(tr("already exists"), extractTo, 0, 0, tr("choose a folder that does not exist yet"));
        staging = extractTo + QStringLiteral(".partial");
        QDir(staging).removeRecursively();
        if (!QDir().mkpath(staging)
            || !QFile::setPermissions(staging, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return Error(tr("cannot create the folder"), staging);
    }
    struct Cleanup
    {
        QString dir;
        ~Cleanup()
        {
            if (!dir.isEmpty())
                QDir(dir).removeRecursively();
        }
    } cleanup { staging };

    QuaZip zip(m_path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdUnzip))
        return bundleFault(Error(tr("not a zip archive (zip error %1)").arg(zip.getZipError()), m_path));
    const qint64 total = totalBytes();
    qint64 done = 0;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const BundleManifest::File &file : std::as_const(m_manifest.files)) {
        if (!zip.setCurrentFile(file.path))
            return bundleFault(Error(tr("“%1” is missing from the archive").arg(file.path), m_path));
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly))
            return bundleFault(Error(tr("cannot read “%1” (zip error %2)").arg(file.path).arg(entry.getZipError()),
                                     m_path));
        QFile out;
        if (!staging.isEmpty() && file.path.startsWith(onlyUnder)) {
            const QString target = staging + QLatin1Char('/') + file.path;
            QDir().mkpath(QFileInfo(target).path());
            out.setFileName(target);
            if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return Error(out.errorString(), target);
            const bool executable = file.path.startsWith(QLatin1String("bin/"));
            out.setPermissions(executable ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          : QFile::ReadOwner | QFile::WriteOwner);
        }
        Sha256 hash;
        qint64 size = 0;
        for (;;) {
            // Never more than declared plus one byte: an entry whose header lies about its
            // size is caught without reading the rest of it.
            const qint64 want = qMin<qint64>(buffer.size(), file.size - size + 1);
            const qint64 got = entry.read(buffer.data(), want);
            if (got < 0)
                return bundleFault(Error(tr("“%1” cannot be read: the archive is damaged").arg(file.path), m_path));
            if (got == 0)
                break;
            size += got;
            if (size > file.size)
                return bundleFault(
                    Error(tr("“%1” is bigger than the %2 bytes its manifest declares").arg(file.path).arg(file.size),
                          m_path));
            hash.addData(buffer.constData(), got);
            if (out.isOpen() && out.write(buffer.constData(), got) != got)
                return Error(tr("cannot write: %1").arg(out.errorString()), out.fileName(), 0, 0, tr("is the disk full?"));
            done += got;
            if (progress && !progress(done, total))
                return Error(tr("cancelled"));
        }
        if (entry.getZipError() != 0)
            return bundleFault(Error(tr("“%1” cannot be read: the archive is damaged (zip error %2)")
                                         .arg(file.path)
                                         .arg(entry.getZipError()),
                                     m_path));
        if (size != file.size)
            return bundleFault(Error(
                tr("“%1” is %2 bytes, but its manifest declares %3").arg(file.path).arg(size).arg(file.size), m_path));
        if (hash.digest() != file.sha256)
            return bundleFault(Error(tr("“%1” does not match its checksum in the manifest").arg(file.path), m_path));
        if (out.isOpen() && !out.flush())
            return Error(tr("cannot write: %1").arg(out.errorString()), out.fileName(), 0, 0, tr("is the disk full?"));
    }
    if (!staging.isEmpty()) {
        if (!QDir().rename(staging, extractTo))
            return Error(tr("cannot rename %1 to its name").arg(staging), extractTo);
        cleanup.dir.clear();
    }
    return {};
}

} // namespace Slipway
