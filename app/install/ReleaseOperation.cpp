#include "ReleaseOperation.h"

#include "Logging.h"
#include "ReleasePolicy.h"
#include "helm/HelmErrorText.h"
#include "helm/ReleaseHistory.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/PodLogStream.h"
#include "kube/PodStatus.h"
#include "kube/Reflector.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace Slipway {

namespace {

QString outcomeName(const OperationResult &result)
{
    switch (result.helm.outcome) {
    case HelmResult::Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case HelmResult::Outcome::Failed:
        return result.helm.rolledBack ? QStringLiteral("rolled-back") : QStringLiteral("failed");
    case HelmResult::Outcome::TimedOut:
        return QStringLiteral("timed-out");
    case HelmResult::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case HelmResult::Outcome::NotStarted:
        return QStringLiteral("not-started");
    }
    return {};
}

} // namespace

ReleaseOperation::ReleaseOperation(KubeClient *client, HelmInstallation helm,
                                   HelmRequest request, QObject *parent)
    : Operation(parent)
    , m_client(client)
    , m_helm(std::move(helm))
    , m_request(std::move(request))
{
    m_revisionBeforeFromHelm = m_request.action == HelmRequest::Action::UpgradeInstall
        && !m_request.install && !m_request.dryRun;
}

ReleaseOperation::~ReleaseOperation() = default;

void ReleaseOperation::setJournal(const AuditJournal *journal, QString auditAction,
                                  QByteArray valuesSha256)
{
    m_journal = journal;
    m_auditAction = std::move(auditAction);
    m_valuesSha256 = std::move(valuesSha256);
}

void ReleaseOperation::setPodWatch(Reflector *pods)
{
    m_pods = pods;
    m_ownsPods = false;
}

QString ReleaseOperation::instanceSelector(const QString &release)
{
    return QStringLiteral("app.kubernetes.io/instance=%1").arg(release);
}

bool ReleaseOperation::cancelIsClean() const
{
    return m_request.action == HelmRequest::Action::UpgradeInstall;
}

qint64 ReleaseOperation::helmProcessId() const
{
    return m_job ? m_job->processId() : 0;
}

void ReleaseOperation::start()
{
    m_started = QDateTime::currentDateTimeUtc();
    QTimer::singleShot(0, this, [this] {
        if (m_revisionBeforeFromHelm) {
            runHelmAfter(0); // known once helm has answered
            return;
        }
        if (!m_knownRevisionBefore) {
            readHistory(true);
            return;
        }
        runHelmAfter(*m_knownRevisionBefore);
    });
}

void ReleaseOperation::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

void ReleaseOperation::readHistory(bool before)
{
    Q_EMIT progress(before ? 0 : 3, 4,
                    before ? tr("Reading the release history…") : tr("Reading the release back…"));
    auto *history = new ReleaseHistory(m_client, m_request.nameSpace, m_request.release,
                                       m_request.storage, this);
    connect(history, &ReleaseHistory::finished, this, [this, history, before] {
        history->deleteLater();
        const ReleaseRecord *latest = history->ok() ? history->latest() : nullptr;
        if (before) {
            runHelmAfter(latest ? latest->revision : 0);
            return;
        }
        if (!history->ok())
            m_result.readError = history->apiError();
        if (m_revisionBeforeFromHelm && history->ok()) {
            const ReleaseRecord *older = history->latestBefore(m_started);
            m_result.revisionBefore = older ? older->revision : 0;
        }
        m_result.revisionAfter = latest ? latest->revision : 0;
        m_result.statusAfter = latest ? latest->status : QString();
        m_result.descriptionAfter = latest ? latest->description : QString();
        m_result.rollbackTarget = latest ? ReleasePolicy::rollbackTarget(*latest) : 0;
        if (m_deleteVolumes && m_result.ok())
            deleteVolumes();
        else
            finish();
    });
    history->start();
}

void ReleaseOperation::runHelmAfter(int revisionBefore)
{
    m_result.revisionBefore = revisionBefore;
    if (m_cancelled) {
        m_result.helm.outcome = HelmResult::Outcome::Cancelled;
        m_result.message = tr("Cancelled before helm was started.");
        finish();
        return;
    }
    runHelm();
}

void ReleaseOperation::runHelm()
{
    m_job = new HelmJob(m_helm, m_request, this);
    connect(m_job, &HelmJob::progress, this, [this](int done, int total, const QString &text) {
        // Steps of the whole operation: 1 helm runs, 2 helm waits for the workloads, 3 done.
        Q_EMIT progress(done >= total ? 3 : m_waitingAnnounced ? 2 : 1, 4, text);
    });
    connect(m_job, &HelmJob::finished, this, &ReleaseOperation::onHelmFinished);
    const bool waits = m_request.wait || m_request.rollbackOnFailure;
    if (waits && !m_request.dryRun
        && (m_request.action == HelmRequest::Action::UpgradeInstall
            || m_request.action == HelmRequest::Action::Rollback)) {
        watchPods();
    }
    m_job->start();
}

void ReleaseOperation::watchPods()
{
    if (!m_pods && m_client) {
        Reflector::Options options;
        options.nameSpace = m_request.nameSpace;
        options.labelSelector = instanceSelector(m_request.release);
        m_pods = new Reflector(m_client, options, this);
        m_ownsPods = true;
    }
    if (!m_pods)
        return;
    connect(m_pods, &Reflector::changed, this, &ReleaseOperation::summarisePods);
    if (m_ownsPods)
        m_pods->start();
    else if (m_pods->hasSynced())
        summarisePods();
}

bool ReleaseOperation::isFailure(const QString &podStatus)
{
    // What a pod shows on its way through a rollout: not a reason an operation failed.
    static const QStringList passing { QStringLiteral("Running"), QStringLiteral("Pending"),
                                       QStringLiteral("ContainerCreating"),
                                       QStringLiteral("PodInitializing"),
                                       QStringLiteral("Terminating"), QStringLiteral("Completed") };
    static const QRegularExpression initializing(QStringLiteral("^Init:\\d+/\\d+$"));
    return !passing.contains(podStatus) && !initializing.match(podStatus).hasMatch();
}

void ReleaseOperation::summarisePods()
{
    if (!m_pods || !m_job || !m_job->isRunning())
        return;
    QMap<QString, PodProblem> problems;
    PodSummary pods;
    const QHash<QString, Reflector::Entry> &cache = m_pods->cache();
    for (auto cached = cache.cbegin(); cached != cache.cend(); ++cached) {
        const Reflector::Entry &entry = *cached;
        const PodStatus status = PodStatus::of(entry.object());
        const bool completed = status.status == QLatin1String("Completed");
        const bool ready = status.status == QLatin1String("Running")
            && status.readyContainers == status.totalContainers;
        if (completed)
            continue;
        ++pods.total;
        pods.ready += ready ? 1 : 0;
        if (ready)
            continue;
        // The cache is a hash: the first problem by name keeps the line steady between changes.
        const QString problem = QStringLiteral("%1: %2").arg(entry.name, status.status);
        if (pods.firstProblem.isEmpty() || problem < pods.firstProblem)
            pods.firstProblem = problem;
        const auto before = m_podProblems.constFind(cached.key());
        if (status.status == QLatin1String("Terminating") && before != m_podProblems.cend()
            && isFailure(before->status)) {
            problems.insert(cached.key(), *before); // deleted by a rollback: why it failed stays
            continue;
        }
        // Running with a container not ready: kubectl's STATUS says Running, READY says why.
        const bool notReady = status.status == QLatin1String("Running");
        if (notReady || isFailure(status.status))
            readFailureLog(entry.object());
        problems.insert(cached.key(),
                        PodProblem { entry.name, status.status,
                                     QStringLiteral("%1: %2 (%3 ready, %4 restarts)")
                                         .arg(entry.name,
                                              notReady ? tr("Running, not ready") : status.status,
                                              status.ready())
                                         .arg(status.restarts) });
    }
    // Pods gone since the last look: the way through a rollout is no failure, a crash is.
    for (auto it = m_podProblems.cbegin(); it != m_podProblems.cend(); ++it) {
        if (!cache.contains(it.key()) && isFailure(it->status))
            problems.insert(it.key(), *it);
    }
    m_podProblems = problems;
    if (!m_waitingAnnounced) {
        m_waitingAnnounced = true;
        Q_EMIT progress(2, 4, tr("Waiting for the workloads…"));
    }
    if (pods != m_podSummary) {
        m_podSummary = pods;
        Q_EMIT podsChanged(pods);
    }
}

namespace {

constexpr int failureLogLines = 30;
constexpr int failureLogPods = 5; // a rollout of hundreds of crashing pods reads five

// The container that keeps `pod` from being ready, as its status tells: an init container that
// fails first (the others wait for it), else the first container that is not ready and has run
// or crashed. None while containers are still being created or their images pulled: no log yet.
QJsonObject failingContainer(const QJsonObject &pod)
{
    const QJsonObject status = pod.value(QLatin1String("status")).toObject();
    for (const QLatin1String list : { QLatin1String("initContainerStatuses"),
                                      QLatin1String("containerStatuses") }) {
        for (const QJsonValue &value : status.value(list).toArray()) {
            const QJsonObject container = value.toObject();
            if (container.value(QLatin1String("ready")).toBool())
                continue;
            const QJsonObject state = container.value(QLatin1String("state")).toObject();
            const QJsonObject terminated = state.value(QLatin1String("terminated")).toObject();
            if (state.contains(QLatin1String("terminated"))
                && terminated.value(QLatin1String("exitCode")).toInt() == 0)
                continue; // an init container that did its work
            const bool ran = container.value(QLatin1String("restartCount")).toInt() > 0
                || state.contains(QLatin1String("running")) || state.contains(QLatin1String("terminated"));
            if (ran)
                return container;
        }
    }
    return {};
}

} // namespace

void ReleaseOperation::readFailureLog(const QJsonObject &pod)
{
    const QJsonObject container = failingContainer(pod);
    if (container.isEmpty() || !m_client)
        return;
    const QString name = pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    const QString containerName = container.value(QLatin1String("name")).toString();
    const int restarts = container.value(QLatin1String("restartCount")).toInt();
    const QString key = name + QLatin1Char('/') + containerName;
    const QString read = key + QLatin1Char('#') + QString::number(restarts);
    if (m_logReads.contains(read))
        return;
    QSet<QString> pods;
    for (const ContainerLog &log : std::as_const(m_failureLogs))
        pods.insert(log.pod);
    for (const QString &reading : std::as_const(m_logReads))
        pods.insert(reading.section(QLatin1Char('/'), 0, 0));
    if (!pods.contains(name) && pods.size() >= failureLogPods)
        return;
    m_logReads.insert(read);

    PodLogStream::Options options;
    options.nameSpace = m_request.nameSpace;
    options.pod = name;
    options.container = containerName;
    options.tailLines = failureLogLines;
    // A container that restarted: the instance that crashed says why, the new one may not
    // have written a line yet.
    options.previous = restarts > 0;
    options.reconnect = false;
    options.limitBytes = 64 * 1024; // thirty lines, unless a container writes lines of megabytes
    auto *stream = new PodLogStream(m_client, options, this);
    auto log = std::make_shared<ContainerLog>(ContainerLog { name, containerName, options.previous, restarts, {}, {} });
    connect(stream, &PodLogStream::linesReceived, this,
            [log](const QStringList &lines) { log->lines += lines; });
    connect(stream, &PodLogStream::finished, this, [this, stream, log, key, read, pod] {
        stream->deleteLater();
        if (stream->error().isError())
            log->error = stream->error().message();
        // A failed read does not replace lines an earlier read of the same container got.
        if (log->error.isEmpty() || !m_failureLogs.contains(key))
            m_failureLogs.insert(key, *log);
        // The node may not have the crashed instance's log yet when its status already counts
        // the restart: read again a little later, twice at most, while helm still waits.
        if ((!log->error.isEmpty() || log->lines.isEmpty()) && m_logRetries.value(read) < 2) {
            ++m_logRetries[read];
            QTimer::singleShot(2000, this, [this, read, pod] {
                if (m_job && m_job->isRunning() && m_logReads.remove(read))
                    readFailureLog(pod);
            });
        }
    });
    stream->start();
}

QString ReleaseOperation::failureLogText(const ContainerLog &log)
{
    const QString heading = log.previous
        ? tr("The last lines of %1/%2 before its restart %3:").arg(log.pod, log.container).arg(log.restarts)
        : tr("The last lines of %1/%2:").arg(log.pod, log.container);
    if (!log.error.isEmpty())
        return heading + QLatin1Char(' ') + tr("(not readable: %1)").arg(log.error);
    if (log.lines.isEmpty())
        return heading + QLatin1Char(' ') + tr("(it wrote nothing)");
    return heading + QLatin1String("\n  ") + log.lines.join(QLatin1String("\n  "));
}

void ReleaseOperation::onHelmFinished(const HelmResult &result)
{
    if (m_pods) {
        disconnect(m_pods, nullptr, this, nullptr);
        if (m_ownsPods)
            m_pods->stop();
    }
    m_result.helm = result;
    if (!result.ok()) {
        const HelmErrorText error(result.rawError);
        m_result.refused = result.outcome == HelmResult::Outcome::Failed
            && (error.pendingOperation() || error.noDeployedRelease());
        // The pods that stayed broken tell why: a crash loop, a pull that fails, and a pod
        // that runs but never passes its readiness probe. A pod on its way (Pending,
        // ContainerCreating) when helm gave up is named too: it kept the release from being ready.
        for (const PodProblem &problem : std::as_const(m_podProblems))
            m_result.failingPods << problem.line;
        m_result.failingPods.sort();
        QString message = result.error;
        if (result.rolledBack && error.uninstalledOnFailure())
            message = tr("helm %1 failed and, as this was the release's first install, helm "
                         "uninstalled it again: nothing is left of it. %2")
                          .arg(m_request.actionName(), message);
        else if (result.rolledBack)
            message = tr("helm %1 failed and the release was rolled back to its previous "
                         "revision. %2")
                          .arg(m_request.actionName(), message);
        if (!m_result.failingPods.isEmpty())
            message += QLatin1Char(' ') + tr("Pods that did not become ready: %1.")
                                              .arg(m_result.failingPods.join(QLatin1String("; ")));
        m_result.message = message;
    } else if (m_request.action == HelmRequest::Action::UpgradeInstall && !m_request.dryRun) {
        // helm printed the release it stored (--output json): that is the new revision, with no
        // second read of the history.
        const Expected<ReleaseRecord> stored = ReleaseRecord::fromJson(result.output);
        if (stored && stored->revision > 0 && stored->name == m_request.release) {
            if (m_revisionBeforeFromHelm)
                m_result.revisionBefore = stored->revision - 1; // helm numbers it latest + 1
            m_result.revisionAfter = stored->revision;
            m_result.statusAfter = stored->status;
            m_result.descriptionAfter = stored->description;
            Q_EMIT progress(3, 4, tr("helm stored revision %1.").arg(stored->revision));
            finish();
            return;
        }
    }
    readHistory(false);
}

void ReleaseOperation::deleteVolumes()
{
    if (!m_client) {
        m_result.volumesError = tr("the cluster connection is gone");
        finish();
        return;
    }
    Q_EMIT progress(3, 4, tr("Deleting the release's volumes…"));
    KubeRequest request = KubeRequest::get(
        QStringLiteral("/api/v1/namespaces/%1/persistentvolumeclaims").arg(m_request.nameSpace));
    request.method = KubeRequest::Method::Delete;
    request.withQuery(QStringLiteral("labelSelector"), instanceSelector(m_request.release));
    KubeReply *reply = m_client->send(request, this);
    connect(reply, &KubeReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->ok())
            m_result.deletedVolumes
                = int(reply->json().value(QLatin1String("items")).toArray().size());
        else
            m_result.volumesError = reply->error().message();
        finish();
    });
}

void ReleaseOperation::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_journal && !m_result.refused) {
        AuditEntry entry = AuditJournal::entryFor(
            m_client ? m_client->context().cluster.server : QString(), m_request.context,
            m_request.nameSpace, m_request.release,
            m_auditAction.isEmpty() ? m_request.actionName() : m_auditAction, m_started);
        entry.revisionBefore = m_result.revisionBefore;
        entry.revisionAfter = m_result.revisionAfter;
        entry.valuesSha256 = m_valuesSha256;
        entry.outcome = outcomeName(m_result);
        entry.preflight = m_preflight;
        entry.preflightIgnored = m_preflightIgnored;
        if (const Expected<void> appended = m_journal->append(entry); !appended)
            qCWarning(lcInstall) << appended.error().message;
    }
    if (!m_result.ok()) {
        QSet<QString> failing;
        for (const PodProblem &problem : std::as_const(m_podProblems))
            failing.insert(problem.pod);
        for (const ContainerLog &log : std::as_const(m_failureLogs)) {
            if (failing.contains(log.pod))
                m_result.failureLogs.append(log);
        }
    }
    Q_EMIT progress(4, 4, m_result.ok() ? tr("Done.") : tr("Failed."));
    Q_EMIT finished(m_result);
}

} // namespace Slipway
