// Any bytes as a .slipway.zip: BundleReader refuses it with an Error or verifies it, and writes
// nothing outside the extraction folder it was given — checked after every input: the scratch
// folder then holds the input, and the extraction folder only when the bundle verified, with
// exactly the files its manifest lists at their declared sizes (no ".partial" folder left).
// The seeds are signed by the key below, which is trusted, and unsigned bundles are allowed,
// so that the fuzzer reaches the files' checks. Never a crash.

#include "FuzzTarget.h"

#include "bundle/BundleReader.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

using namespace Slipway;
using SlipwayFuzz::require;

namespace {

const QByteArray kTrustedKey = "untrusted comment: minisign public key 583019DE70B27A57\n"
                               "RWRXerJw3hkwWPKlzjWrayAiJuZZzdP0ID4FV2Xcyarv9PmA63VJeAIW\n";

// Every path under `dir`, links and hidden files included, none followed.
QStringList everythingUnder(const QString &dir)
{
    QStringList paths;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    return paths;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir scratch;
    static const BundleReader::Trust trust { { MinisignPublicKey::parse(kTrustedKey).value() }, true };
    require(scratch.isValid());
    const QString input = scratch.filePath(QStringLiteral("in.slipway.zip"));
    const QString outDir = scratch.filePath(QStringLiteral("out"));
    const QString extractTo = outDir + QStringLiteral("/x");
    {
        QFile file(input);
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        require(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    require(QDir().mkpath(outDir));

    BundleReader reader(input);
    bool verified = false;
    if (reader.open(trust)) {
        require(reader.totalBytes() >= 0);
        verified = bool(reader.verifyFiles(extractTo));
    }

    QSet<QString> listed;
    for (const BundleManifest::File &file : reader.manifest().files)
        listed.insert(extractTo + QLatin1Char('/') + file.path);
    for (const QString &path : everythingUnder(scratch.path())) {
        if (path == input || path == outDir)
            continue;
        // Only a verified bundle leaves its folder, holding its listed files and their folders.
        require(verified);
        require(path == extractTo || path.startsWith(extractTo + QLatin1Char('/')));
        const QFileInfo info(path);
        require(!info.isSymLink());
        if (info.isFile())
            require(listed.contains(path));
    }
    if (verified) {
        for (const BundleManifest::File &file : reader.manifest().files) {
            const QFileInfo info(extractTo + QLatin1Char('/') + file.path);
            require(info.isFile() && !info.isSymLink() && info.size() == file.size);
        }
    }
    QDir(outDir).removeRecursively();
    return 0;
}
