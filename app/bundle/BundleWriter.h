#pragma once

#include "BundleManifest.h"
#include "MinisignKey.h"

#include <functional>
#include <memory>

class QuaZip;

namespace Slipway {

// Writes a .slipway.zip: every file added is hashed as it goes in and listed in manifest.json,
// which finish() adds last, with its signature when a key is given. The archive is written to
// "<output>.partial" and renamed to its name only when complete, so a bundle under its own
// name is always whole; a writer destroyed before finish() removes the partial file.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::BundleWriter)

public:
    // Called with the bytes written so far; returning false stops the write (cancel).
    using Progress = std::function<bool(qint64 bytes)>;

    explicit BundleWriter(QString outputPath);
    ~BundleWriter();
    Q_DISABLE_COPY_MOVE(BundleWriter)

    Expected<void> open();
    // `store`: no compression, for content that is compressed already (image layers).
    Expected<void> addFile(const QString &archivePath, const QString &sourceFile, bool store,
                           const Progress &progress = {});
    Expected<void> addData(const QString &archivePath, const QByteArray &data);
    // Lists every file added in `manifest`, writes it (and manifest.json.minisig when `key` is
    // given), closes the archive and gives it its name.
    Expected<BundleManifest> finish(BundleManifest manifest, const MinisignSecretKey *key);

    QString partialPath() const { return m_output + QStringLiteral(".partial"); }
    qint64 bytesWritten() const { return m_bytes; }

    static const QString kManifest; // "manifest.json"
    static const QString kSignature; // "manifest.json.minisig"

private:
    Expected<void> write(const QString &archivePath, QIODevice &source, bool store, bool executable,
                         const Progress &progress);

    const QString m_output;
    std::unique_ptr<QuaZip> m_zip;
    QList<BundleManifest::File> m_files;
    qint64 m_bytes = 0;
    bool m_finished = false;
};

} // namespace Slipway
