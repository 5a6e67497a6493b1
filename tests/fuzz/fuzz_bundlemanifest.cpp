// Any bytes as a bundle's manifest.json: parsing ends in an Error about manifest.json that names
// the key at fault (“files[2].size”), or in a manifest every field of which passes the checks a
// bundle relies on — safe relative file paths listed once, sizes a file can have, sha256
// digests, a UTC time. Never a crash.

#include "FuzzTarget.h"

#include "bundle/BundleManifest.h"

#include <QSet>

using namespace Slipway;
using SlipwayFuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = SlipwayFuzz::bytes(data, size);
    const Expected<BundleManifest> parsed = BundleManifest::parse(json);
    if (!parsed) {
        const Error &error = parsed.error();
        require(error.file == QLatin1String("manifest.json"));
        // Only a document that is no JSON object, or of another format version, has no key to name.
        const bool wholeDocument = error.message.startsWith(QLatin1String("not valid JSON"))
            || error.message == QLatin1String("must be a JSON object")
            || error.message.startsWith(QLatin1String("format version "));
        require(wholeDocument || error.message.contains(QChar(0x201C)));
        return 0;
    }
    const BundleManifest &m = *parsed;
    require(m.formatVersion == BundleManifest::kFormatVersion);
    require(!m.product.isEmpty() && !m.chartName.isEmpty() && !m.chartVersion.isEmpty()
            && !m.slipwayVersion.isEmpty());
    require(m.created.isValid() && m.created.timeSpec() == Qt::UTC);
    QSet<QString> paths;
    for (const BundleManifest::File &file : m.files) {
        require(BundleManifest::isSafePath(file.path));
        require(!paths.contains(file.path));
        paths.insert(file.path);
        require(m.file(file.path) == &file);
        require(file.size >= 0 && file.size <= (qint64(1) << 53));
        require(BundleManifest::isSha256(file.sha256));
    }
    for (const BundleManifest::Image &image : m.images) {
        require(!image.reference.isEmpty());
        require(BundleManifest::isSha256(image.digest));
        for (const QString &platform : image.platforms)
            require(!platform.isEmpty());
    }
    return 0;
}
