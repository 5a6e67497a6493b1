#pragma once

#include "InstallPlan.h"
#include "bundle/BundleExport.h"
#include "helm/HelmLocator.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace Slipway {

// What an export of an offline bundle starts from: the chart, the plan's values (answers or
// values files), the helm that renders it and the choices that go into the bundle.
struct ExportRequest
{
    Chart chart;
    InstallPlan plan; // chartPath, answers / valuesFiles, setValues
    HelmInstallation helm;
    QString product; // the product id; empty: the chart's name
    QString release; // for helm template; empty: the product's, else the chart's name
    QString nameSpace; // for helm template; empty: the product's, else "default"
    QStringList extraImages; // besides those the chart renders
    bool includeSecrets = false;
    bool includeHelm = false;
    QString output; // the bundle file; empty: "<product>-<version>.slipway.zip" in `outputFolder`
    QString outputFolder;
};

// Turns an ExportRequest into the ExportSpec BundleExport writes (app/README.md §6): the values
// prepared and composed for the bundle (secrets left out unless asked), the chart rendered by
// helm to list its images, the chart packed when it is a folder. The GUI and the CLI both use
// it; it runs helm processes and waits for them, so never on the GUI thread.
class ExportPreparation
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ExportPreparation)

public:
    ExportSpec spec; // everything but the signing key, the pull options and the credentials
    QStringList redacted; // the secret paths left out of the values
    bool secretsUnknown = false; // no installer.yaml: the values files are bundled as they are
    std::shared_ptr<QTemporaryDir> packed; // holds spec.chartArchive when helm packed it

    static Expected<ExportPreparation> prepare(const ExportRequest &request);

    // The images of rendered manifests: every container, init container and ephemeral
    // container of every pod template (Pods, workloads, Jobs, CronJobs), in order, once each.
    static Expected<QStringList> imagesOf(const QByteArray &manifests);
    // helm template of the plan, waited for.
    static Expected<QByteArray> render(const HelmInstallation &helm, const HelmRequest &request);
    // The chart as a .tgz: `source` itself when it is a file, else packed by helm into `into`.
    static Expected<QString> archive(const HelmInstallation &helm, const QString &source, const QString &into);
};

} // namespace Slipway
