#include "BundleImport.h"

#include "ImageValuesRewrite.h"
#include "core/PrivateFile.h"
#include "product/ChartLoader.h"
#include "product/YamlReader.h"
#include "product/YamlWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Slipway {

BundleImport::BundleImport(ImportSpec spec, QObject *parent)
    : BundleOperation(parent)
    , m_spec(std::move(spec))
{ }

QString BundleImport::importsFolder()
{
    // Private: the folder above an extraction is the user's only.
    const QString imports = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/slipway/imports");
    QDir().mkpath(imports);
    QFile::setPermissions(imports, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return imports;
}

QString BundleImport::defaultExtractFolder(const QString &bundle)
{
    const QString base = importsFolder() + QLatin1Char('/') + QFileInfo(bundle).fileName()
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("'-'yyyyMMdd'T'HHmmss"));
    // A second import within the same second gets a folder of its own.
    QString folder = base;
    for (int n = 2; QFileInfo::exists(folder); ++n)
        folder = base + QLatin1Char('-') + QString::number(n);
    return folder;
}

BundleImport::~BundleImport()
{
    stopWorker();
}

void BundleImport::begin()
{
    m_result.bundlePath = m_spec.bundle;
    onWorker([this] { return verify(); }, [this] {
        if (m_spec.extractTo.isEmpty())
            return succeed();
        push();
    });
}

Expected<void> BundleImport::verify()
{
    BundleReader reader(m_spec.bundle);
    const auto failed = [&](const Error &error) -> Expected<void> {
        m_workFailure = reader.failedOnBundle() ? BundleResult::Failure::Invalid : BundleResult::Failure::Files;
        return error;
    };
    if (auto opened = reader.open(m_spec.trust); !opened)
        return failed(opened.error());
    m_result.manifest = reader.manifest();
    m_result.isSigned = reader.isSigned();
    m_result.signerKeyId = reader.signerKeyId();
    if (!reader.isSigned())
        say(tr("the bundle is not signed by a trusted key; its checksums are checked, but not who made it"));
    const qint64 total = reader.totalBytes();
    report(QStringLiteral("bundle"), 0, total, true);
    auto verified = reader.verifyFiles(
        m_spec.extractTo,
        [this](qint64 done, qint64 all) {
            report(QStringLiteral("bundle"), done, all);
            return !isCancelled();
        },
        m_spec.imagesOnly ? QStringLiteral("images/") : QString());
    if (!verified)
        return failed(verified.error());
    report(QStringLiteral("bundle"), total, total, true);
    m_result.bundleBytes = total;
    if (!m_spec.extractTo.isEmpty() && !m_spec.imagesOnly) {
        m_result.extractedTo = m_spec.extractTo;
        for (const BundleManifest::File &file : reader.manifest().files) {
            const QString path = m_spec.extractTo + QLatin1Char('/') + file.path;
            if (file.path.startsWith(QLatin1String("charts/")) && file.path.endsWith(QLatin1String(".tgz")))
                m_result.chartFile = path;
            else if (file.path == QLatin1String("bin/helm"))
                m_result.helmFile = path;
        }
    }
    return {};
}

void BundleImport::push()
{
    const auto next = [this] {
        if (m_spec.imagesOnly)
            return succeed();
        if (auto rewritten = rewriteValues(); !rewritten)
            return fail(m_result.valuesFile.isEmpty() ? BundleResult::Failure::Files : BundleResult::Failure::Invalid,
                        rewritten.error());
        succeed();
    };
    if (m_result.manifest.images.isEmpty() || m_spec.registry.isEmpty())
        return next();
    auto operation = std::make_unique<ImagePush>(m_spec.extractTo + QStringLiteral("/images"), m_spec.registry,
                                                 m_spec.push);
    runRegistry(std::move(operation), [this, next](const RegistryResult &r) {
        m_result.images = r.images;
        next();
    });
}

Expected<void> BundleImport::rewriteValues()
{
    const QString valuesPath = m_spec.extractTo + QStringLiteral("/values/values.yaml");
    QFile in(valuesPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error(tr("the bundle has no values/values.yaml"), m_spec.bundle);
    Diagnostics problems;
    const ValueTree values = YamlReader::parse(in.readAll(), QStringLiteral("values/values.yaml"), &problems);
    if (!problems.isEmpty()) {
        m_result.valuesFile = valuesPath; // the bundle's fault, not this machine's
        return problems.first();
    }
    ValueTree rewritten = values;
    if (!m_spec.registry.isEmpty() && !m_result.manifest.images.isEmpty()) {
        Diagnostics chartProblems;
        const Chart chart = ChartLoader::load(m_result.chartFile, &chartProblems);
        QList<ImageReference> images;
        for (const BundleManifest::Image &image : std::as_const(m_result.manifest.images)) {
            if (auto parsed = ImageReference::parse(image.reference))
                images.append(*parsed);
        }
        rewritten.merge(ImageValuesRewrite::overlay(chart.defaults, values, images, m_spec.registry,
                                                    &m_result.valueChanges));
    }
    m_result.valuesFile = m_spec.extractTo + QStringLiteral("/values/values.import.yaml");
    if (auto written = PrivateFile::write(m_result.valuesFile, YamlWriter::write(rewritten)); !written) {
        m_result.valuesFile.clear();
        return written.error();
    }
    return {};
}

} // namespace Slipway
