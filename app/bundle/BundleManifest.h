#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway {

// manifest.json of an offline bundle (app/README.md §6): what the bundle is, every file it
// holds with its size and SHA-256, and every image with its digest. Import trusts nothing of
// the archive that is not listed here, and this file is what the signature covers.
struct BundleManifest
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::BundleManifest)

public:
    static constexpr int kFormatVersion = 1;

    struct File
    {
        QString path; // relative, '/'-separated: "charts/smoke-0.1.0.tgz"
        qint64 size = 0;
        QString sha256; // "sha256:<64 hex>"
        bool operator==(const File &) const = default;
    };
    struct Image
    {
        QString reference; // as exported: "registry/repository:tag"
        QString digest; // the manifest's "sha256:…"
        QStringList platforms; // "linux/amd64"
        bool operator==(const Image &) const = default;
    };

    int formatVersion = kFormatVersion;
    QString product; // the product id, else the chart name
    QString chartName;
    QString chartVersion;
    QString appVersion;
    QDateTime created; // UTC
    QString slipwayVersion;
    QString helmVersion; // empty when unknown
    QList<File> files;
    QList<Image> images;
    bool containsSecrets = false;

    QByteArray toJson() const;
    // Strict: an unknown key, a missing one or one of the wrong type is refused, naming it
    // ("files[2].size"), as is an unsafe file path or a malformed digest.
    static Expected<BundleManifest> parse(const QByteArray &json);

    const File *file(const QString &path) const;
    // "<product>-<chartVersion>.slipway.zip"
    QString fileName() const;
    // Whether a path may stand in an archive: relative, no "..", "." or empty segment, no
    // backslash or control character.
    static bool isSafePath(const QString &path);
    static bool isSha256(const QString &digest);

    bool operator==(const BundleManifest &) const = default;
};

} // namespace Slipway
