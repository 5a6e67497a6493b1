#include "ReleaseCommands.h"

#include "CliSession.h"
#include "Console.h"
#include "ExitCode.h"
#include "helm/HelmErrorText.h"
#include "helm/ReleaseHistory.h"
#include "install/InstallPlan.h"
#include "install/ReleaseOperation.h"
#include "kube/KubeClient.h"
#include "product/ValueTree.h"
#include "product/YamlWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace Slipway {

ReleaseCommands::ReleaseCommands(CliSession &session)
    : m_session(session)
{ }

HelmRequest ReleaseCommands::baseRequest(HelmRequest::Action action) const
{
    HelmRequest request;
    request.action = action;
    request.kubeconfig = m_session.kubeconfigFile();
    request.context = m_session.contextName();
    request.nameSpace = m_session.nameSpace();
    request.release = m_session.release();
    request.timeoutSeconds
        = m_session.options().timeoutSeconds > 0 ? m_session.options().timeoutSeconds : 300;
    return request;
}

int ReleaseCommands::run(HelmRequest request, const QString &auditAction,
                         const QByteArray &valuesSha256, OperationResult *resultOut)
{
    const AuditJournal journal(AuditJournal::defaultPath());
    ReleaseOperation operation(m_session.client(), m_session.helm(), std::move(request));
    operation.setJournal(&journal, auditAction, valuesSha256);
    operation.setRevisionBefore(m_session.latestRevision());
    QObject::connect(&operation, &ReleaseOperation::progress, &operation,
                     [](int done, int total, const QString &text) {
                         Console::err(QStringLiteral("[%1/%2] %3").arg(done).arg(total).arg(text));
                     });
    OperationResult result;
    QObject::connect(&operation, &ReleaseOperation::finished, &operation,
                     [&result](const OperationResult &r) { result = r; });
    operation.start();
    CliSession::waitFor(&operation, &ReleaseOperation::finished);
    if (resultOut)
        *resultOut = result;
    const QJsonObject summary { { QStringLiteral("release"), m_session.release() },
                                { QStringLiteral("namespace"), m_session.nameSpace() },
                                { QStringLiteral("action"), auditAction },
                                { QStringLiteral("ok"), result.ok() },
                                { QStringLiteral("rolledBack"), result.helm.rolledBack },
                                { QStringLiteral("revisionBefore"), result.revisionBefore },
                                { QStringLiteral("revisionAfter"), result.revisionAfter },
                                { QStringLiteral("status"), result.statusAfter },
                                { QStringLiteral("failingPods"),
                                  QJsonArray::fromStringList(result.failingPods) },
                                { QStringLiteral("error"), result.message } };
    if (m_session.options().json)
        Console::out(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented)).trimmed());
    else if (result.ok())
        Console::out(tr("%1: %2 in %3 is at revision %4 (%5).")
                         .arg(auditAction, m_session.release(), m_session.nameSpace())
                         .arg(result.revisionAfter)
                         .arg(result.statusAfter.isEmpty() ? tr("no revisions left")
                                                           : result.statusAfter));
    if (result.ok())
        return ExitOk;
    Console::err(QStringLiteral("slipway-cli: ") + result.message);
    switch (result.helm.outcome) {
    case HelmResult::Outcome::Failed:
        if (result.helm.rolledBack)
            return ExitRolledBack;
        return HelmErrorText(result.helm.rawError).pendingOperation() ? ExitPending : ExitHelmFailed;
    case HelmResult::Outcome::TimedOut:
        return ExitTimeout;
    case HelmResult::Outcome::Cancelled:
        return ExitHelmFailed;
    case HelmResult::Outcome::NotStarted:
    case HelmResult::Outcome::Succeeded:
        break;
    }
    return ExitFailure;
}

int ReleaseCommands::install(bool upgrade)
{
    InstallPlan plan;
    if (int rc = m_session.fillPlan(&plan))
        return rc;
    const Chart &chart = *m_session.chart();
    if (!plan.hasAnswers && !upgrade && chart.descriptor)
        return m_session.fail(ExitUsage, tr("install of a product needs --answers FILE"));
    const Expected<PreparedValues> prepared = plan.prepare(chart);
    if (!prepared)
        return m_session.fail(ExitValidation, prepared.error().toString());
    for (const Issue &warning : prepared->warnings)
        Console::err(tr("warning: %1").arg(warning.message));
    if (int rc = m_session.connect())
        return rc;
    if (int rc = m_session.locateHelm())
        return rc;
    int rc = ExitOk;
    const auto history = m_session.history(&rc);
    if (!history)
        return rc;
    const ReleaseRecord *latest = history->latest();
    const bool exists = latest && latest->status != QLatin1String("uninstalled");
    if (latest && latest->isPending())
        return m_session.fail(ExitPending,
                              tr("Release “%1” is stuck in %2 (revision %3). Run “slipway-cli "
                                 "recover” first.")
                                  .arg(latest->name, latest->status)
                                  .arg(latest->revision));
    if (!upgrade && exists)
        return m_session.fail(ExitValidation,
                              tr("Release “%1” is already installed in %2 (revision %3); use "
                                 "“upgrade”.")
                                  .arg(latest->name, latest->nameSpace)
                                  .arg(latest->revision));
    if (upgrade && !exists)
        return m_session.fail(ExitHelmFailed, tr("There is no release “%1” in namespace %2 to "
                                                 "upgrade; use “install”.")
                                                  .arg(m_session.release(), m_session.nameSpace()));
    plan.kubeconfig = m_session.kubeconfigFile();
    plan.context = m_session.contextName();
    plan.nameSpace = m_session.nameSpace();
    plan.release = m_session.release();
    HelmRequest request = plan.helmRequest(chart, prepared.value());
    // helm drops the deployed values as soon as any new ones are given; an upgrade that only
    // sets a few values must keep the rest, so they go first.
    if (upgrade && !plan.hasAnswers && !latest->config.isEmpty())
        request.valuesFiles.prepend(
            YamlWriter::write(ValueTree::fromVariant(latest->config.toVariantMap())));
    return run(request, upgrade ? QStringLiteral("upgrade") : QStringLiteral("install"),
               prepared->sha256);
}

int ReleaseCommands::rollback()
{
    int rc = ExitOk;
    const auto history = m_session.openHistory(true, &rc);
    if (!history)
        return rc;
    int target = m_session.options().to;
    if (target <= 0) {
        // Helm's default is latest−1 whatever its state; the last good one is what people mean.
        const ReleaseRecord *latest = history->latest();
        for (auto it = history->records().crbegin(); it != history->records().crend(); ++it) {
            if (latest && it->revision < latest->revision
                && (it->status == QLatin1String("deployed")
                    || it->status == QLatin1String("superseded"))) {
                target = it->revision;
                break;
            }
        }
    }
    if (target <= 0 || !history->revision(target))
        return m_session.fail(ExitUsage, tr("Release “%1” has no revision to roll back to%2.")
                                             .arg(m_session.release(),
                                                  target > 0 ? QStringLiteral(" (%1)").arg(target)
                                                             : QString()));
    HelmRequest request = baseRequest(HelmRequest::Action::Rollback);
    request.revision = target;
    return run(request, QStringLiteral("rollback"), {});
}

int ReleaseCommands::uninstall()
{
    if (int rc = m_session.openRelease(true))
        return rc;
    HelmRequest request = baseRequest(HelmRequest::Action::Uninstall);
    request.keepHistory = m_session.options().keepHistory;
    const int rc = run(request, QStringLiteral("uninstall"), {});
    if (rc != ExitOk || !m_session.options().deletePvcs)
        return rc;
    return deletePvcs();
}

int ReleaseCommands::deletePvcs()
{
    // Volumes outlive an uninstall on purpose; deleting them is the explicit, separate choice.
    KubeRequest request = KubeRequest::get(
        QStringLiteral("/api/v1/namespaces/%1/persistentvolumeclaims").arg(m_session.nameSpace()));
    request.method = KubeRequest::Method::Delete;
    request.withQuery(QStringLiteral("labelSelector"),
                      QStringLiteral("app.kubernetes.io/instance=%1").arg(m_session.release()));
    KubeReply *reply = m_session.client()->send(request);
    CliSession::waitFor(reply, &KubeReply::finished);
    reply->deleteLater();
    if (!reply->ok())
        return m_session.fail(ExitClusterError,
                              tr("The release is uninstalled, but its volumes could not be "
                                 "deleted: %1")
                                  .arg(reply->error().message()));
    const int count = int(reply->json().value(QLatin1String("items")).toArray().size());
    Console::err(tr("Deleted %n persistent volume claim(s).", nullptr, count));
    return ExitOk;
}

QString ReleaseCommands::writeBackup(const QByteArray &json, QString *error) const
{
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("backups"));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(
        QStringLiteral("%1-%2-%3.json")
            .arg(m_session.nameSpace(), m_session.release(),
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"))));
    QFile file(path);
    // The Secrets carry the release's values, secrets included: owner-only, never replaced.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(json) != json.size() || !file.flush()) {
        *error = file.errorString();
        return {};
    }
    return path;
}

int ReleaseCommands::recover()
{
    int rc = ExitOk;
    const auto history = m_session.openHistory(true, &rc);
    if (!history)
        return rc;
    const ReleaseRecord *latest = history->latest();
    if (!latest)
        return m_session.noRelease();
    const bool uninstalling = latest->status == QLatin1String("uninstalling");
    if (!latest->isPending() && !uninstalling) {
        Console::err(tr("Release “%1” is %2 at revision %3: nothing to recover.")
                         .arg(latest->name, latest->status)
                         .arg(latest->revision));
        return ExitOk;
    }
    QString error;
    const QString backup
        = writeBackup(QJsonDocument(history->objects()).toJson(QJsonDocument::Indented), &error);
    if (backup.isEmpty())
        return m_session.fail(ExitFailure,
                              tr("Could not save a backup of the release records, so nothing "
                                 "was changed: %1")
                                  .arg(error));
    Console::err(tr("Saved the release records to %1.").arg(backup));
    int target = 0;
    for (auto it = history->records().crbegin(); it != history->records().crend(); ++it) {
        if (it->revision < latest->revision && it->status == QLatin1String("deployed")) {
            target = it->revision;
            break;
        }
    }
    for (auto it = history->records().crbegin(); target == 0 && it != history->records().crend();
         ++it) {
        if (it->revision < latest->revision && it->status == QLatin1String("superseded"))
            target = it->revision;
    }
    if (uninstalling || target == 0) {
        // Nothing good to go back to (a first install that never finished): remove it.
        Console::err(tr("Revision %1 is %2 with no earlier good revision: uninstalling it.")
                         .arg(latest->revision)
                         .arg(latest->status));
        return run(baseRequest(HelmRequest::Action::Uninstall), QStringLiteral("recover"), {});
    }
    Console::err(tr("Revision %1 is %2: rolling back to revision %3, the last good one.")
                     .arg(latest->revision)
                     .arg(latest->status)
                     .arg(target));
    HelmRequest request = baseRequest(HelmRequest::Action::Rollback);
    request.revision = target;
    return run(request, QStringLiteral("recover"), {});
}

} // namespace Slipway
