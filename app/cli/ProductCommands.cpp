#include "ProductCommands.h"

#include "product/ProductCatalog.h"

#include "CliSession.h"
#include "Console.h"
#include "ExitCode.h"
#include "helm/HelmJob.h"
#include "install/InstallPlan.h"
#include "install/ReleasePolicy.h"
#include "product/ChartLoader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Slipway {

ProductCommands::ProductCommands(CliSession &session)
    : m_session(session)
{ }

int ProductCommands::products()
{
    QJsonArray list;
    for (const Chart &chart : ProductCatalog::products()) {
        const QString id = QFileInfo(chart.source).fileName();
        list.append(QJsonObject { { QStringLiteral("id"), id },
                                  { QStringLiteral("title"), chart.descriptor->title },
                                  { QStringLiteral("chart"), chart.name },
                                  { QStringLiteral("version"), chart.version },
                                  { QStringLiteral("appVersion"), chart.appVersion },
                                  { QStringLiteral("path"), chart.source } });
    }
    if (m_session.options().json) {
        Console::out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    Console::out(tr("ID            VERSION   APP VERSION  TITLE"));
    for (const QJsonValue &product : std::as_const(list))
        Console::out(QStringLiteral("%1 %2 %3 %4")
                         .arg(product[QLatin1String("id")].toString(), -13)
                         .arg(product[QLatin1String("version")].toString(), -9)
                         .arg(product[QLatin1String("appVersion")].toString(), -12)
                         .arg(product[QLatin1String("title")].toString()));
    return ExitOk;
}

int ProductCommands::render()
{
    InstallPlan plan;
    if (int rc = m_session.fillPlan(&plan))
        return rc;
    const Expected<PreparedValues> prepared = plan.prepare(*m_session.chart());
    if (!prepared)
        return m_session.fail(ExitValidation, prepared.error().toString());
    QByteArray manifests;
    if (int rc = renderManifests(m_session, plan, *prepared, &manifests))
        return rc;
    Console::out(QString::fromUtf8(manifests).trimmed());
    return ExitOk;
}

int ProductCommands::renderManifests(CliSession &session, const InstallPlan &plan, const PreparedValues &prepared,
                                     QByteArray *manifests)
{
    if (int rc = session.locateHelm())
        return rc;
    HelmRequest request;
    request.action = HelmRequest::Action::Template;
    request.chart = session.chart()->source;
    request.release = session.release();
    // No cluster is asked: the context's namespace does not count here.
    request.nameSpace = ReleasePolicy::nameSpace(session.options().nameSpace, session.descriptor(), {});
    request.valuesFiles = prepared.files;
    request.setValues = plan.setValues;
    HelmJob job(session.helm(), request);
    HelmResult result;
    QObject::connect(&job, &HelmJob::finished, &job, [&result](const HelmResult &r) { result = r; });
    job.start();
    CliSession::waitFor(&job, &HelmJob::finished);
    if (!result.ok())
        return session.fail(ExitValidation, result.error);
    *manifests = result.output;
    return ExitOk;
}

} // namespace Slipway

namespace Slipway {

int ProductCommands::lint()
{
    const QString chart = m_session.options().chart;
    if (chart.isEmpty())
        return m_session.fail(ExitUsage, tr("lint needs --chart PATH"));
    const Diagnostics problems = ChartLoader::lint(chart);
    if (m_session.options().json) {
        QJsonArray list;
        for (const Diagnostic &problem : problems)
            list.append(QJsonObject { { QStringLiteral("file"), problem.file },
                                      { QStringLiteral("line"), problem.line },
                                      { QStringLiteral("column"), problem.column },
                                      { QStringLiteral("message"), problem.message },
                                      { QStringLiteral("hint"), problem.hint } });
        Console::out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (const Diagnostic &problem : problems)
            Console::out(problem.toString());
        if (problems.isEmpty())
            Console::out(tr("%1: no problems found").arg(chart));
    }
    return problems.isEmpty() ? ExitOk : ExitValidation;
}

} // namespace Slipway
