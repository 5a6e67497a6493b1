#pragma once

#include "BundleManifest.h"
#include "Minisign.h"

#include <functional>

namespace Slipway {

// Opens a .slipway.zip and trusts nothing in it until it is checked (app/README.md §6), in
// this order: the entries' names (no absolute path, no "..", no link), manifest.json's
// signature against the trusted keys, the manifest itself, every entry listed and every listed
// file present at its declared size, then each file's SHA-256 — read at most to its declared
// size. The first problem stops it, naming the file. Extraction writes only into a private
// (0700) folder of its own, under a temporary name that becomes the folder's only once every
// file has matched.
class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::BundleReader)

public:
    struct Trust
    {
        QList<MinisignPublicKey> keys;
        bool allowUnsigned = false; // also: signed by a key that is not trusted
    };
    // Called with the bytes checked so far of `total`; returning false stops (cancel).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit BundleReader(QString zipPath);

    // The names, the signature and the manifest; no file content is read yet.
    Expected<void> open(const Trust &trust);
    // Every file's checksum; with `extractTo`, also writes the files there (the folder must not
    // exist; it is created 0700 and, on failure, removed again). With `onlyUnder` ("images/"),
    // only the files whose path starts with it are written; every file is still checked.
    Expected<void> verifyFiles(const QString &extractTo = QString(), const Progress &progress = {},
                               const QString &onlyUnder = QString());

    const BundleManifest &manifest() const { return m_manifest; }
    bool isSigned() const { return m_signed; }
    // The key that signed it ("5B75944763BBD40C"), empty when unsigned or not trusted.
    QString signerKeyId() const { return m_signer; }
    // Whether the last failure was the bundle's own (invalid, tampered: exit 13) rather than
    // this machine's (a file that cannot be read or written).
    bool failedOnBundle() const { return m_bundleFault; }
    qint64 totalBytes() const;

private:
    Expected<void> bundleFault(const Error &error);

    const QString m_path;
    BundleManifest m_manifest;
    QHash<QString, qint64> m_entrySizes; // from the zip's central directory
    bool m_signed = false;
    QString m_signer;
    bool m_bundleFault = false;
};

} // namespace Slipway
