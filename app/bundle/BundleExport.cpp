#include "BundleExport.h"

#include "BundleWriter.h"
#include "OciLayout.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace Slipway {

BundleExport::BundleExport(ExportSpec spec, QObject *parent)
    : BundleOperation(parent)
    , m_spec(std::move(spec))
{
    if (m_spec.stagingDir.isEmpty())
        m_spec.stagingDir = m_spec.output + QStringLiteral(".staging");
}

BundleExport::~BundleExport()
{
    stopWorker();
}

void BundleExport::begin()
{
    m_result.bundlePath = m_spec.output;
    if (!QDir().mkpath(m_spec.stagingDir))
        return fail(BundleResult::Failure::Files, Error(tr("cannot create the folder"), m_spec.stagingDir));
    pull(0);
}

void BundleExport::pull(int index)
{
    if (index == m_spec.images.size()) {
        onWorker([this] { return write(); }, [this] { succeed(); });
        return;
    }
    const auto reference = ImageReference::parse(m_spec.images.at(index));
    if (!reference)
        return fail(BundleResult::Failure::Files,
                    Error(tr("image “%1”: %2").arg(m_spec.images.at(index), reference.error().message)));
    PullOptions options = m_spec.pull;
    options.registry = m_spec.registries.value(reference->apiHost(), m_spec.pull.registry);
    auto operation = std::make_unique<ImagePull>(*reference, m_spec.stagingDir + QStringLiteral("/images"), options);
    runRegistry(std::move(operation), [this, index, reference](const RegistryResult &r) {
        const QString done = r.images.value(0);
        // The platform the image's config names, not the one asked for (ImagePull).
        const QString platform = r.platforms.value(0);
        m_pulled.append({ reference->toString(), done.section(QLatin1Char('@'), 1),
                          platform.isEmpty() ? QStringList() : QStringList { platform } });
        m_result.images.append(done);
        pull(index + 1);
    });
}

Expected<void> BundleExport::write()
{
    auto layout = OciLayout::open(m_spec.stagingDir + QStringLiteral("/images"));
    if (!layout && !m_spec.images.isEmpty())
        return layout.error();
    // Only the blobs of this export's images: the staging folder may hold others from an
    // earlier export of the same file with other images.
    struct Source
    {
        QString archivePath;
        QString file;
        bool store;
    };
    QList<Source> sources;
    sources.append({ QStringLiteral("charts/%1-%2.tgz").arg(m_spec.header.chartName, m_spec.header.chartVersion),
                     m_spec.chartArchive, true });
    QJsonArray index;
    QSet<QString> blobs;
    const auto addBlob = [&](const QString &digest) {
        if (blobs.contains(digest))
            return;
        blobs.insert(digest);
        sources.append({ QStringLiteral("images/blobs/sha256/") + digest.mid(7), layout->blobPath(digest), true });
    };
    QSet<QString> wanted;
    for (const BundleManifest::Image &image : std::as_const(m_pulled))
        wanted.insert(image.digest);
    if (layout) {
        for (const QJsonValue &value : layout->manifests()) {
            const QString digest = value[QLatin1String("digest")].toString();
            if (!wanted.contains(digest))
                continue;
            index.append(value);
            auto body = layout->readBlob(digest);
            if (!body)
                return body.error();
            addBlob(digest);
            for (const QJsonObject &blob : OciLayout::blobsOf(*body))
                addBlob(blob.value(QLatin1String("digest")).toString());
        }
    }
    if (!m_spec.helmBinary.isEmpty())
        sources.append({ QStringLiteral("bin/helm"), m_spec.helmBinary, false });

    qint64 total = m_spec.valuesYaml.size();
    for (const Source &source : std::as_const(sources))
        total += QFileInfo(source.file).size();
    BundleWriter writer(m_spec.output);
    if (auto opened = writer.open(); !opened)
        return opened;
    const auto progress = [this, total](qint64 bytes) {
        report(QStringLiteral("bundle"), bytes, total);
        return !isCancelled();
    };
    report(QStringLiteral("bundle"), 0, total, true);
    for (const Source &source : std::as_const(sources)) {
        if (auto added = writer.addFile(source.archivePath, source.file, source.store, progress); !added)
            return added;
    }
    if (auto added = writer.addData(QStringLiteral("values/values.yaml"), m_spec.valuesYaml); !added)
        return added;
    if (!m_spec.images.isEmpty()) {
        if (auto added = writer.addData(QStringLiteral("images/oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
            !added)
            return added;
        const QJsonObject indexJson { { QStringLiteral("schemaVersion"), 2 }, { QStringLiteral("manifests"), index } };
        if (auto added = writer.addData(QStringLiteral("images/index.json"), QJsonDocument(indexJson).toJson());
            !added)
            return added;
    }
    BundleManifest header = m_spec.header;
    header.images = m_pulled;
    auto written = writer.finish(header, m_spec.signingKey ? &*m_spec.signingKey : nullptr);
    if (!written)
        return written.error();
    report(QStringLiteral("bundle"), total, total, true);
    m_result.manifest = *written;
    m_result.bundleBytes = QFileInfo(m_spec.output).size();
    m_result.isSigned = m_spec.signingKey.has_value();
    if (m_result.isSigned)
        m_result.signerKeyId = m_spec.signingKey->publicHalf().idText();
    QDir(m_spec.stagingDir).removeRecursively();
    return {};
}

} // namespace Slipway
