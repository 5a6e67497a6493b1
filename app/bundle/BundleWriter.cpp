#include "BundleWriter.h"

#include "Minisign.h"
#include "Sha256.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <zlib.h>

namespace Slipway {

const QString BundleWriter::kManifest = QStringLiteral("manifest.json");
const QString BundleWriter::kSignature = QStringLiteral("manifest.json.minisig");

BundleWriter::BundleWriter(QString outputPath)
    : m_output(std::move(outputPath))
{ }

BundleWriter::~BundleWriter()
{
    if (m_finished)
        return;
    if (m_zip && m_zip->isOpen())
        m_zip->close();
    QFile::remove(partialPath());
}

Expected<void> BundleWriter::open()
{
    QFile::remove(partialPath());
    m_zip = std::make_unique<QuaZip>(partialPath());
    m_zip->setZip64Enabled(true);
    m_zip->setUtf8Enabled(true);
    if (!m_zip->open(QuaZip::mdCreate))
        return Error(tr("cannot create the bundle (zip error %1)").arg(m_zip->getZipError()), partialPath(), 0, 0,
                     tr("check that the folder exists and can be written"));
    return {};
}

Expected<void> BundleWriter::addFile(const QString &archivePath, const QString &sourceFile, bool store,
                                     const Progress &progress)
{
    QFile source(sourceFile);
    if (!source.open(QIODevice::ReadOnly))
        return Error(source.errorString(), sourceFile);
    const bool executable = QFileInfo(sourceFile).isExecutable();
    return write(archivePath, source, store, executable, progress);
}

Expected<void> BundleWriter::addData(const QString &archivePath, const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return write(archivePath, buffer, false, false, {});
}

Expected<void> BundleWriter::write(const QString &archivePath, QIODevice &source, bool store, bool executable,
                                   const Progress &progress)
{
    Q_ASSERT(BundleManifest::isSafePath(archivePath));
    QuaZipNewInfo info(archivePath);
    info.setPermissions(executable ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                    | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther
                                        : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QuaZipFile entry(m_zip.get());
    if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, store ? 0 : Z_DEFLATED,
                    store ? 0 : Z_DEFAULT_COMPRESSION))
        return Error(tr("cannot add %1 to the bundle (zip error %2)").arg(archivePath).arg(entry.getZipError()),
                     partialPath());
    Sha256 hash;
    qint64 size = 0;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 got = source.read(buffer.data(), buffer.size());
        if (got < 0)
            return Error(tr("cannot read %1: %2").arg(archivePath, source.errorString()));
        if (got == 0)
            break;
        hash.addData(buffer.constData(), got);
        if (entry.write(buffer.constData(), got) != got)
            return Error(tr("cannot write %1 into the bundle: %2").arg(archivePath, entry.errorString()), partialPath(),
                         0, 0, tr("is the disk full?"));
        size += got;
        m_bytes += got;
        if (progress && !progress(m_bytes))
            return Error(tr("cancelled"));
    }
    entry.close();
    if (entry.getZipError() != 0)
        return Error(tr("cannot write %1 into the bundle (zip error %2)").arg(archivePath).arg(entry.getZipError()),
                     partialPath(), 0, 0, tr("is the disk full?"));
    m_files.append({ archivePath, size, hash.digest() });
    return {};
}

Expected<BundleManifest> BundleWriter::finish(BundleManifest manifest, const MinisignSecretKey *key)
{
    manifest.files = m_files;
    const QByteArray json = manifest.toJson();
    if (auto written = addData(kManifest, json); !written)
        return written.error();
    if (key) {
        const QString comment = QStringLiteral("timestamp:%1\tfile:%2\thashed\tbundle:%3")
                                    .arg(QDateTime::currentSecsSinceEpoch())
                                    .arg(kManifest, manifest.fileName());
        auto signature = Minisign::sign(json, *key, comment);
        if (!signature)
            return signature.error();
        if (auto written = addData(kSignature, *signature); !written)
            return written.error();
    }
    m_zip->close();
    if (m_zip->getZipError() != 0)
        return Error(tr("cannot finish the bundle (zip error %1)").arg(m_zip->getZipError()), partialPath(), 0, 0,
                     tr("is the disk full?"));
    QFile::remove(m_output);
    if (!QFile::rename(partialPath(), m_output))
        return Error(tr("cannot rename %1 to its name").arg(partialPath()), m_output);
    m_finished = true;
    return manifest;
}

} // namespace Slipway
