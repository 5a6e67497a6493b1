#include "CliSession.h"

#include "product/ProductCatalog.h"

#include "Console.h"
#include "ExitCode.h"
#include "core/Duration.h"
#include "helm/ReleaseHistory.h"
#include "install/AnswersFile.h"
#include "install/InstallPlan.h"
#include "install/ReleasePolicy.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/Kubeconfig.h"
#include "product/ChartLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace Slipway {

CliSession::CliSession(CliOptions options)
    : m_options(std::move(options))
{ }

CliSession::~CliSession() = default;

int CliSession::fail(int exitCode, const QString &message) const
{
    Console::err(QStringLiteral("slipway-cli: ") + message);
    return exitCode;
}

int CliSession::connect()
{
    const Expected<Kubeconfig> config
        = Kubeconfig::load(Kubeconfig::sourcesFromEnvironment(m_options.kubeconfig));
    if (!config)
        return fail(ExitClusterError, config.error().toString());
    const Expected<ResolvedContext> context = config->resolve(m_options.context);
    if (!context)
        return fail(ExitClusterError, context.error().toString());
    m_context = context.value();
    // helm is given exactly one file: a merged KUBECONFIG list is not read the same way by
    // every helm (helm-engine.md §0), so the file defining the context is passed.
    m_kubeconfigFile = m_options.kubeconfig;
    if (m_kubeconfigFile.isEmpty()) {
        if (config->files().size() != 1)
            return fail(ExitClusterError,
                        tr("KUBECONFIG names %1 files; pass the one to use with --kubeconfig.")
                            .arg(config->files().size()));
        m_kubeconfigFile = config->files().first();
    }
    m_kubeconfigFile = QFileInfo(m_kubeconfigFile).absoluteFilePath();
    m_client = std::make_unique<KubeClient>(m_context);
    return ExitOk;
}

int CliSession::locateHelm()
{
    const Expected<HelmInstallation> helm
        = HelmLocator(HelmLocator::sourcesFromEnvironment(m_options.helm)).locate();
    if (!helm)
        return fail(ExitFailure, helm.error().toString());
    m_helm = helm.value();
    return ExitOk;
}

int CliSession::loadChart(bool required)
{
    QString path = m_options.chart;
    if (!m_options.product.isEmpty()) {
        if (!path.isEmpty())
            return fail(ExitUsage, tr("give either --product or --chart, not both"));
        path = ProductCatalog::chartPath(m_options.product);
        if (path.isEmpty())
            return fail(ExitValidation,
                        tr("There is no product “%1”. Run “slipway-cli products” for the ones "
                           "this Slipway has, or give a chart with --chart.")
                            .arg(m_options.product));
    }
    if (path.isEmpty())
        return required ? fail(ExitUsage, tr("give the product with --product ID or --chart PATH"))
                        : int(ExitOk);
    Diagnostics errors;
    Chart chart = ChartLoader::load(path, &errors);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const Diagnostic &error : std::as_const(errors))
            lines << error.toString();
        return fail(ExitValidation,
                    tr("The chart cannot be used:") + QLatin1String("\n  ")
                        + lines.join(QLatin1String("\n  ")));
    }
    chart.source = QFileInfo(path).absoluteFilePath();
    m_chart = std::move(chart);
    return ExitOk;
}

QString CliSession::nameSpace() const
{
    return ReleasePolicy::nameSpace(m_options.nameSpace, descriptor(),
                                    m_context.context.nameSpace);
}

QString CliSession::release() const
{
    return ReleasePolicy::releaseName(m_options.release, m_chart ? &*m_chart : nullptr);
}

const Descriptor *CliSession::descriptor() const
{
    return m_chart && m_chart->descriptor ? &*m_chart->descriptor : nullptr;
}

ReleaseTarget CliSession::target() const
{
    ReleaseTarget target;
    target.kubeconfig = m_kubeconfigFile;
    target.context = contextName();
    target.nameSpace = nameSpace();
    target.release = release();
    target.storage = m_options.storage;
    target.timeoutSeconds = operationTimeoutSeconds();
    return target;
}

int CliSession::requireRelease() const
{
    if (release().isEmpty())
        return fail(ExitUsage, tr("name the release with --release, or give --product / --chart"));
    return ExitOk;
}

std::unique_ptr<ReleaseHistory> CliSession::history(int *exitCode)
{
    auto history = std::make_unique<ReleaseHistory>(m_client.get(), nameSpace(), release(),
                                                    m_options.storage);
    history->start();
    waitFor(history.get(), &ReleaseHistory::finished);
    if (!history->ok()) {
        *exitCode = fail(history->apiError().isError() ? ExitClusterError : ExitFailure,
                         history->errorText());
        return nullptr;
    }
    *exitCode = ExitOk;
    const ReleaseRecord *latest = history->latest();
    m_latestRevision = latest ? latest->revision : 0;
    return history;
}

int CliSession::openRelease(bool needHelm)
{
    if (int rc = loadChart(false))
        return rc;
    if (int rc = requireRelease())
        return rc;
    if (int rc = connect())
        return rc;
    return needHelm ? locateHelm() : int(ExitOk);
}

std::unique_ptr<ReleaseHistory> CliSession::openHistory(bool needHelm, int *exitCode)
{
    *exitCode = openRelease(needHelm);
    return *exitCode == ExitOk ? history(exitCode) : nullptr;
}

int CliSession::fillPlan(InstallPlan *plan)
{
    if (int rc = loadChart(true))
        return rc;
    const Chart &chart = *m_chart;
    plan->chartPath = chart.source;
    plan->valuesFiles = m_options.values;
    plan->setValues = m_options.sets;
    plan->timeoutSeconds = m_options.timeoutSeconds;
    if (m_options.answers.isEmpty())
        return ExitOk;
    if (!chart.descriptor)
        return fail(ExitValidation,
                    tr("The chart %1 has no installer.yaml: use --values instead of --answers.")
                        .arg(chart.name));
    const Expected<Answers> answers = AnswersFile::read(m_options.answers, *chart.descriptor);
    if (!answers)
        return fail(ExitValidation, answers.error().toString());
    plan->answers = answers.value();
    plan->hasAnswers = true;
    return ExitOk;
}

int CliSession::openPlan(InstallPlan *plan, PreparedValues *prepared, bool answersRequired)
{
    if (int rc = fillPlan(plan))
        return rc;
    if (answersRequired && !plan->hasAnswers && m_chart->descriptor)
        return fail(ExitUsage, tr("install of a product needs --answers FILE"));
    if (int rc = preparePlan(*plan, prepared))
        return rc;
    if (int rc = connect())
        return rc;
    return locateHelm();
}

int CliSession::preparePlan(const InstallPlan &plan, PreparedValues *prepared)
{
    const Expected<PreparedValues> values = plan.prepare(*m_chart);
    if (!values)
        return fail(ExitValidation, values.error().toString());
    for (const Issue &warning : values->warnings)
        Console::err(tr("warning: %1").arg(warning.message));
    *prepared = values.value();
    return ExitOk;
}

int CliSession::keepGeneratedSecrets(InstallPlan *plan, PreparedValues *prepared,
                                     const ReleaseRecord &deployed)
{
    if (!plan->hasAnswers || !plan->leavesGeneratedSecretEmpty(*m_chart))
        return ExitOk;
    plan->keepGeneratedSecrets(*m_chart, deployed.config);
    return preparePlan(*plan, prepared);
}

HelmRequest CliSession::upgradeRequest(InstallPlan plan, const PreparedValues &prepared,
                                       bool upgrade) const
{
    plan.kubeconfig = m_kubeconfigFile;
    plan.context = contextName();
    plan.nameSpace = nameSpace();
    plan.release = release();
    plan.storage = m_options.storage;
    plan.upgrade = upgrade;
    return plan.upgradeRequest(*m_chart, prepared);
}

int CliSession::operationTimeoutSeconds() const
{
    return ReleasePolicy::timeoutSeconds(m_options.timeoutSeconds, descriptor());
}

int CliSession::noRelease() const
{
    const QString elsewhere = otherStorageMessage();
    return fail(ExitNotFound,
                elsewhere.isEmpty()
                    ? tr("There is no release “%1” in namespace %2.").arg(release(), nameSpace())
                    : elsewhere);
}

std::unique_ptr<KubeReply> CliSession::probeOtherStorage() const
{
    if (!m_client)
        return nullptr;
    KubeRequest request = m_options.storage.other().recordsRequest(nameSpace(), release());
    request.withQuery(QStringLiteral("limit"), QStringLiteral("100"));
    request.maxRetries = 0;
    return std::unique_ptr<KubeReply>(m_client->send(request));
}

int CliSession::otherStorageRevisions(KubeReply *probe)
{
    if (!probe)
        return 0;
    if (!probe->isFinished())
        waitFor(probe, &KubeReply::finished);
    return probe->ok() ? int(probe->json().value(QLatin1String("items")).toArray().size()) : 0;
}

QString CliSession::otherStorageMessage() const
{
    if (otherStorageRevisions(probeOtherStorage().get()) == 0)
        return {};
    const ReleaseStorage other = m_options.storage.other();
    return tr("There is no release “%1” in namespace %2 in the records of helm's “%3” storage "
              "driver, but there is in the %4 objects of its “%5” driver: run with "
              "--helm-driver %5 (or HELM_DRIVER=%5).")
        .arg(release(), nameSpace(), m_options.storage.driverName(), other.objectKind(),
             other.driverName());
}

} // namespace Slipway
