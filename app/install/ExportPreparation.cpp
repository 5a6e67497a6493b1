#include "ExportPreparation.h"

#include "ReleasePolicy.h"
#include "SlipwayVersion.h"
#include "bundle/BundleValues.h"
#include "helm/HelmJob.h"
#include "preflight/ManifestWalk.h"
#include "product/YamlReader.h"
#include "product/YamlWriter.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QJsonObject>
#include <QJsonValue>
#include <QFileInfo>
#include <QProcess>

namespace Slipway {

Expected<QStringList> ExportPreparation::imagesOf(const QByteArray &manifests)
{
    Diagnostics errors;
    const QList<ValueTree> documents = YamlReader::parseDocuments(manifests, QStringLiteral("manifests"), &errors);
    if (!errors.isEmpty())
        return errors.first();
    QList<QJsonObject> objects;
    for (const ValueTree &document : documents) {
        if (document.isMap())
            objects.append(document.toJson().toObject());
    }
    QStringList images;
    for (const PodTemplate &pod : ManifestWalk::podTemplates(objects)) {
        for (const PodContainer &container : ManifestWalk::containers(pod.spec)) {
            const QString image = container.object.value(QLatin1String("image")).toString();
            if (image.isEmpty())
                return Error(tr("%1: container “%2” names no image").arg(pod.workload(), container.name));
            if (!images.contains(image))
                images.append(image);
        }
    }
    return images;
}

Expected<QByteArray> ExportPreparation::render(const HelmInstallation &helm, const HelmRequest &request)
{
    // The job lives on the calling thread; its own event loop carries it to the end.
    HelmJob job(helm, request);
    HelmResult result;
    QEventLoop loop;
    QObject::connect(&job, &HelmJob::finished, &loop, [&result, &loop](const HelmResult &r) {
        result = r;
        loop.quit();
    });
    job.start();
    loop.exec();
    if (!result.ok())
        return Error(result.error);
    return result.output;
}

Expected<QString> ExportPreparation::archive(const HelmInstallation &helm, const QString &source, const QString &into)
{
    if (QFileInfo(source).isFile())
        return source;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(helm.path, { QStringLiteral("package"), source, QStringLiteral("--destination"), into });
    const bool ran = process.waitForFinished(120000);
    const QString output = QString::fromUtf8(process.readAll()).trimmed();
    const QStringList archives = QDir(into).entryList({ QStringLiteral("*.tgz") }, QDir::Files);
    if (!ran || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || archives.size() != 1)
        return Error(tr("helm package %1 failed: %2").arg(source, output));
    return QDir(into).filePath(archives.first());
}

Expected<ExportPreparation> ExportPreparation::prepare(const ExportRequest &request)
{
    const Chart &chart = request.chart;
    const Descriptor *descriptor = chart.descriptor ? &*chart.descriptor : nullptr;
    const Expected<PreparedValues> prepared = request.plan.prepare(chart);
    if (!prepared)
        return prepared.error();

    HelmRequest templating;
    templating.action = HelmRequest::Action::Template;
    templating.chart = chart.source;
    templating.release = ReleasePolicy::releaseName(request.release, &chart);
    // No cluster is asked: a context's namespace does not count here.
    templating.nameSpace = ReleasePolicy::nameSpace(request.nameSpace, descriptor, {});
    templating.valuesFiles = prepared->files;
    templating.setValues = request.plan.setValues;
    const Expected<QByteArray> manifests = render(request.helm, templating);
    if (!manifests)
        return manifests.error();
    const Expected<QStringList> rendered = imagesOf(*manifests);
    if (!rendered)
        return Error(tr("the rendered manifests: %1").arg(rendered.error().toString()));
    QStringList images = *rendered;
    for (const QString &image : request.extraImages) {
        if (!images.contains(image))
            images.append(image);
    }
    for (const QString &image : std::as_const(images)) {
        if (auto parsed = ImageReference::parse(image); !parsed)
            return Error(tr("the chart renders image “%1”: %2").arg(image, parsed.error().message));
    }

    const auto values = BundleValues::compose(prepared->files, descriptor, request.includeSecrets);
    if (!values)
        return values.error();

    ExportPreparation result;
    result.redacted = values->redacted;
    result.secretsUnknown = !descriptor && !request.includeSecrets && !request.plan.valuesFiles.isEmpty();
    ExportSpec &spec = result.spec;
    spec.header.product = request.product.isEmpty() ? chart.name : request.product;
    spec.header.chartName = chart.name;
    spec.header.chartVersion = chart.version;
    spec.header.appVersion = chart.appVersion;
    spec.header.created = QDateTime::currentDateTimeUtc();
    spec.header.created.setTime(QTime(spec.header.created.time().hour(), spec.header.created.time().minute(),
                                      spec.header.created.time().second()));
    spec.header.slipwayVersion = QStringLiteral(SLIPWAY_VERSION_STRING);
    spec.header.helmVersion = request.helm.version.toString();
    spec.header.containsSecrets = values->containsSecrets;
    spec.output = !request.output.isEmpty()
        ? QFileInfo(request.output).absoluteFilePath()
        : QDir(request.outputFolder.isEmpty() ? QDir::currentPath() : request.outputFolder).absoluteFilePath(spec.header.fileName());
    spec.valuesYaml = YamlWriter::write(values->values);
    spec.images = images;
    if (request.includeHelm)
        spec.helmBinary = request.helm.path;

    result.packed = std::make_shared<QTemporaryDir>();
    const Expected<QString> archived = archive(request.helm, chart.source, result.packed->path());
    if (!archived)
        return archived.error();
    spec.chartArchive = *archived;
    return result;
}

} // namespace Slipway
