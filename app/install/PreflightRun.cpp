#include "PreflightRun.h"

#include "Logging.h"
#include "helm/HelmJob.h"
#include "helm/ReleaseHistory.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "preflight/ApiCheck.h"
#include "preflight/ClusterCapacity.h"
#include "preflight/ImagesCheck.h"
#include "preflight/KubernetesVersionCheck.h"
#include "preflight/PermissionsCheck.h"
#include "preflight/PodSecurityCheck.h"
#include "preflight/QuotaCheck.h"
#include "preflight/ReleaseStateCheck.h"
#include "preflight/StorageCheck.h"
#include "product/YamlReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Slipway {

namespace {

// Aggregated discovery (one answer for every group, Kubernetes 1.26+ as v2beta1, 1.30+ as v2),
// else plain JSON: the older APIVersions / APIGroupList, which the fallback walks group by group.
constexpr char kDiscoveryAccept[]
    = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
      "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,"
      "application/json";
// Only the metadata of an object: enough for ownership and existence, and a Secret's data never
// leaves the API server.
constexpr char kMetadataAccept[]
    = "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1,application/json";

QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString objectPath(const ServedResource &resource, const QString &nameSpace, const QString &name)
{
    QString path = resource.group.isEmpty() ? QStringLiteral("/api/v1")
                                            : QStringLiteral("/apis/%1").arg(resource.apiVersion());
    if (resource.group.isEmpty() && resource.version != u"v1")
        path = QStringLiteral("/api/%1").arg(resource.version);
    if (resource.namespaced)
        path += QStringLiteral("/namespaces/%1").arg(segment(nameSpace));
    return path + QStringLiteral("/%1/%2").arg(resource.resource, segment(name));
}

PreflightCheck unreadable(const QString &id, const QString &title, const QString &what,
                          const QString &error)
{
    PreflightCheck check;
    check.id = id;
    check.title = title;
    check.severity = PreflightCheck::Severity::Warn;
    check.message = PreflightRun::tr("Not checked: %1 could not be read: %2").arg(what, error);
    check.remediation = PreflightRun::tr(
        "Ask the cluster administrator for read access to %1, or check it by hand before "
        "installing.")
                            .arg(what);
    return check;
}

} // namespace

PreflightRun::PreflightRun(KubeClient *client, HelmInstallation helm, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_helm(std::move(helm))
{ }

PreflightRun::~PreflightRun()
{
    cancel();
}

QStringList PreflightRun::checkIds()
{
    return { QStringLiteral("kubernetes-version"), QStringLiteral("render"),
             QStringLiteral("apis"), QStringLiteral("permissions"), QStringLiteral("namespace"),
             QStringLiteral("release-state"), QStringLiteral("storage"),
             QStringLiteral("capacity"), QStringLiteral("gpu"), QStringLiteral("quota"),
             QStringLiteral("images") };
}

void PreflightRun::cancel()
{
    if (!m_running)
        return;
    stop();
    m_cancelled = true;
    // One finished(), also after cancel(); never from inside the caller's call, and not at all
    // when start() comes first (the new run's finished() answers for both).
    later([this] { Q_EMIT finished(); });
}

void PreflightRun::stop()
{
    ++m_generation;
    m_all = {};
    m_renderInputs = {};
    // A reply's handler removes it from m_replies: delete from a copy.
    const QList<QPointer<KubeReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<KubeReply> &reply : replies)
        delete reply.data();
    delete std::exchange(m_job, nullptr);
    delete std::exchange(m_history, nullptr);
    m_running = false;
}

void PreflightRun::start(PreflightInput input)
{
    stop();
    m_input = std::move(input);
    m_cancelled = false;
    m_running = true;
    m_reads.clear();
    m_discovery.clear();
    m_aggregated = true;
    m_served = {};
    m_renderError.clear();
    m_manifests.clear();
    m_needed.clear();
    m_decisions.clear();
    m_liveObjects.clear();
    m_pullSecrets.clear();
    m_historyError.clear();
    m_latestStatus.clear();
    m_latestRevision = 0;
    m_deployedValues.clear();
    m_report = {};
    m_readMs = m_renderMs = m_renderStartMs = 0;
    m_clusterRead = m_rendered = m_asking = false;
    m_clock.start();
    later([this] { readCluster(); });
}

void PreflightRun::sendWith(const KubeRequest &request, Handler handler, Gate *gate)
{
    if (!m_client)
        return;
    enter(gate);
    KubeReply *reply = m_client->send(request, this);
    m_replies.append(reply);
    connect(reply, &KubeReply::finished, this, [this, reply, gate, handler = std::move(handler)] {
        reply->deleteLater();
        m_replies.removeAll(reply);
        handler(reply);
        leave(gate);
    });
}

// Runs `step` from the event loop, unless the run was stopped or started again meanwhile.
void PreflightRun::later(std::function<void()> step)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, step = std::move(step)] {
            if (generation == m_generation)
                step();
        },
        Qt::QueuedConnection);
}

void PreflightRun::enter(Gate *gate)
{
    ++m_all.pending;
    if (gate)
        ++gate->pending;
}

void PreflightRun::leave(Gate *gate)
{
    // What a gate opens runs from the event loop, not from inside the reply's signal.
    for (Gate *g : { gate, &m_all }) {
        if (g && --g->pending == 0 && g->then)
            later(std::exchange(g->then, nullptr));
    }
}

void PreflightRun::send(const QString &key, const KubeRequest &request, Gate *gate)
{
    sendWith(request, [this, key](KubeReply *reply) {
        Read &read = m_reads[key];
        read.done = true;
        read.httpStatus = reply->httpStatus();
        if (reply->ok())
            read.json = reply->json();
        else
            read.error = reply->error().message();
    }, gate);
}

void PreflightRun::readCluster()
{
    if (!m_client) {
        m_renderError = tr("There is no connection to the cluster.");
        finish();
        return;
    }
    Q_EMIT progress(tr("Reading the cluster"));
    const QString ns = m_input.request.nameSpace;
    // What rendering needs — the version, discovery and the release's records — is a gate of
    // its own: helm renders while the large lists (pods, nodes) are still arriving.
    send(QStringLiteral("version"), KubeRequest::get(QStringLiteral("/version")), &m_renderInputs);
    for (const QString &root : { QStringLiteral("/api"), QStringLiteral("/apis") }) {
        KubeRequest request = KubeRequest::get(root);
        request.accept = kDiscoveryAccept;
        send(root, request, &m_renderInputs);
    }
    // resourceVersion=0: served from the API server's watch cache, not a quorum read of etcd —
    // a preflight may be a moment behind, and at a thousand pods that is most of the time saved.
    const auto cached = [](const QString &path) {
        return KubeRequest::get(path).withQuery(QStringLiteral("resourceVersion"), QStringLiteral("0"));
    };
    send(QStringLiteral("nodes"), cached(QStringLiteral("/api/v1/nodes")));
    // Finished pods hold no resources; the scheduler does not count them either.
    send(QStringLiteral("pods"),
         cached(QStringLiteral("/api/v1/pods"))
             .withQuery(QStringLiteral("fieldSelector"),
                        QStringLiteral("status.phase!=Succeeded,status.phase!=Failed")));
    send(QStringLiteral("namespace"),
         KubeRequest::get(QStringLiteral("/api/v1/namespaces/%1").arg(segment(ns))));
    send(QStringLiteral("storageclasses"), cached(QStringLiteral("/apis/storage.k8s.io/v1/storageclasses")));
    send(QStringLiteral("persistentvolumes"), cached(QStringLiteral("/api/v1/persistentvolumes")));
    send(QStringLiteral("resourcequotas"),
         KubeRequest::get(QStringLiteral("/api/v1/namespaces/%1/resourcequotas").arg(segment(ns))));
    send(QStringLiteral("limitranges"),
         KubeRequest::get(QStringLiteral("/api/v1/namespaces/%1/limitranges").arg(segment(ns))));
    send(QStringLiteral("create-namespace"),
         AccessReview::accessRequest({ QStringLiteral("create"), QString(),
                                       QStringLiteral("namespaces"), QString(), QString(), ns }));

    enter(&m_renderInputs);
    m_history = new ReleaseHistory(m_client, ns, m_input.request.release, m_input.request.storage,
                                   this);
    connect(m_history, &ReleaseHistory::finished, this, [this] {
        if (m_history->ok()) {
            if (const ReleaseRecord *latest = m_history->latest()) {
                m_latestStatus = latest->status;
                m_latestRevision = latest->revision;
            }
            // An upgrade that keeps the deployed values (helm's --reset-then-reuse-values)
            // renders with them under the new ones, as helm will.
            const ReleaseRecord *deployed = m_history->lastDeployed();
            if (!deployed)
                deployed = m_history->latest();
            if (deployed && m_input.request.reuseValues)
                m_deployedValues = QJsonDocument(deployed->config).toJson(QJsonDocument::Compact);
        } else {
            m_historyError = m_history->errorText();
        }
        m_history->deleteLater();
        m_history = nullptr;
        leave(&m_renderInputs);
    });
    m_history->start();
    m_renderInputs.then = [this] {
        const Read &api = m_reads.value(QStringLiteral("/api"));
        const Read &apis = m_reads.value(QStringLiteral("/apis"));
        const auto aggregated = [](const Read &read) {
            return read.ok() && read.json.value(u"kind").toString() == u"APIGroupDiscoveryList";
        };
        if (aggregated(api) && aggregated(apis)) {
            m_served = ServedApis::fromAggregated({ api.json, apis.json });
            render();
        } else {
            readDiscoveryFallback();
        }
    };
    m_all.then = [this] {
        m_readMs = m_clock.elapsed();
        m_clusterRead = true;
        askForManifests();
    };
}

void PreflightRun::askForManifests()
{
    // Both halves of the first phase must be in: every read, and the rendered manifests.
    if (m_clusterRead && m_rendered && !m_asking) {
        m_asking = true;
        readForManifests();
    }
}

// Clusters before aggregated discovery: /api names the core versions, /apis the groups with
// their versions; each group version's resources are one more request, all in parallel.
void PreflightRun::readDiscoveryFallback()
{
    m_aggregated = false;
    const Read &api = m_reads.value(QStringLiteral("/api"));
    const Read &apis = m_reads.value(QStringLiteral("/apis"));
    QStringList paths;
    for (const QJsonValue &version : api.json.value(u"versions").toArray())
        paths << QStringLiteral("/api/%1").arg(version.toString());
    for (const QJsonValue &group : apis.json.value(u"groups").toArray()) {
        for (const QJsonValue &version : group.toObject().value(u"versions").toArray())
            paths << QStringLiteral("/apis/%1").arg(version.toObject().value(u"groupVersion").toString());
    }
    if (paths.isEmpty()) {
        render(); // the APIs check says discovery could not be read
        return;
    }
    for (const QString &path : std::as_const(paths)) {
        sendWith(KubeRequest::get(path), [this](KubeReply *reply) {
            if (reply->ok())
                m_discovery.append(reply->json());
        }, &m_renderInputs);
    }
    m_renderInputs.then = [this] {
        m_served = ServedApis::fromResourceLists(m_discovery);
        render();
    };
}

void PreflightRun::render()
{
    m_renderStartMs = m_clock.elapsed();
    Q_EMIT progress(tr("Rendering the chart"));
    HelmRequest request = m_input.request;
    request.action = HelmRequest::Action::Template;
    request.kubeVersion = m_reads.value(QStringLiteral("version")).json.value(u"gitVersion").toString();
    request.apiVersions = m_served.helmApiVersions();
    request.includeCrds = true;
    request.isUpgrade = m_input.upgrade || releaseExists();
    if (!m_deployedValues.isEmpty())
        request.valuesFiles.prepend(m_deployedValues);
    m_job = new HelmJob(m_helm, std::move(request), this);
    connect(m_job, &HelmJob::finished, this, [this](const HelmResult &result) {
        m_job->deleteLater();
        m_job = nullptr;
        onRendered(result.output, result.ok() ? QString() : result.error);
    });
    m_job->start();
}

void PreflightRun::onRendered(const QByteArray &output, const QString &error)
{
    m_renderMs = m_clock.elapsed() - m_renderStartMs;
    if (!error.isEmpty()) {
        m_renderError = error;
        finish();
        return;
    }
    Diagnostics problems;
    const QList<ValueTree> documents
        = YamlReader::parseDocuments(output, QStringLiteral("helm template"), &problems);
    if (!problems.isEmpty()) {
        m_renderError = tr("helm's output is not YAML: %1").arg(problems.constFirst().toString());
        finish();
        return;
    }
    for (const ValueTree &document : documents) {
        const QJsonValue json = document.toJson();
        if (json.isObject())
            m_manifests.append(json.toObject());
    }
    m_rendered = true;
    askForManifests();
}

void PreflightRun::readForManifests()
{
    Q_EMIT progress(tr("Checking permissions and existing objects"));
    const qint64 phaseStart = m_clock.elapsed();
    const QString ns = m_input.request.nameSpace;

    m_needed = PermissionsCheck::needed(m_manifests, m_served, ns,
                                        m_input.request.storage.driverName(), m_input.upgrade);
    m_decisions = QList<AccessReview::Decision>(m_needed.size());
    for (qsizetype i = 0; i < m_needed.size(); ++i) {
        sendWith(AccessReview::accessRequest(m_needed.at(i)), [this, i](KubeReply *reply) {
            AccessReview::Decision &decision = m_decisions[i];
            if (reply->ok())
                decision = AccessReview::decision(reply->json());
            else
                decision.evaluationError = reply->error().message();
        });
    }

    const QList<ManifestRef> refs = ReleaseStateCheck::refs(m_manifests, ns);
    m_liveObjects = QList<QJsonObject>(refs.size());
    for (qsizetype i = 0; i < refs.size(); ++i) {
        const ManifestRef &ref = refs.at(i);
        const ServedResource *resource = m_served.find(ref.apiVersion, ref.kind);
        if (!resource || ref.name.isEmpty() || ref.hook)
            continue; // not served (the APIs check names it), or a hook helm recreates
        KubeRequest request = KubeRequest::get(
            objectPath(*resource, ref.nameSpace.isEmpty() ? ns : ref.nameSpace, ref.name));
        request.accept = kMetadataAccept;
        sendWith(request, [this, i](KubeReply *reply) {
            if (reply->ok())
                m_liveObjects[i] = reply->json();
        });
    }

    for (const QString &secret : ImagesCheck::pullSecretNames(m_manifests)) {
        KubeRequest request = KubeRequest::get(
            QStringLiteral("/api/v1/namespaces/%1/secrets/%2").arg(segment(ns), segment(secret)));
        request.accept = kMetadataAccept;
        sendWith(request, [this, secret](KubeReply *reply) {
            m_pullSecrets.insert(secret, reply->ok() ? 200 : reply->httpStatus());
        });
    }
    m_all.then = [this, phaseStart] {
        m_readMs += m_clock.elapsed() - phaseStart;
        evaluate();
    };
    if (m_all.pending == 0)
        later(std::exchange(m_all.then, nullptr));
}

void PreflightRun::evaluate()
{
    Q_EMIT progress(tr("Running the checks"));
    const QString ns = m_input.request.nameSpace;
    m_report.add(versionCheck());
    m_report.add(ApiCheck::run(m_manifests, m_served));

    {
        PreflightCheck permissions = PermissionsCheck::run(m_needed, m_decisions);
        m_report.add(permissions);
    }

    const Read &nsRead = m_reads.value(QStringLiteral("namespace"));
    const Read &create = m_reads.value(QStringLiteral("create-namespace"));
    if (nsRead.ok() || nsRead.httpStatus == 404) {
        const bool mayCreate = create.ok() && AccessReview::decision(create.json).allowed;
        m_report.add(PodSecurityCheck::run(ns, nsRead.ok() ? nsRead.json : QJsonObject(),
                                           nsRead.ok(), mayCreate, m_manifests));
    } else {
        m_report.add(unreadable(QStringLiteral("namespace"), tr("Namespace"),
                                tr("namespace %1").arg(ns), nsRead.error));
    }

    if (m_historyError.isEmpty())
        m_report.add(ReleaseStateCheck::run(m_input.request.release, ns, m_latestStatus,
                                            m_latestRevision, m_manifests, m_liveObjects));
    else
        m_report.add(unreadable(QStringLiteral("release-state"), tr("Release state"),
                                tr("the release's records"), m_historyError));

    const Read &classes = m_reads.value(QStringLiteral("storageclasses"));
    const Read &volumes = m_reads.value(QStringLiteral("persistentvolumes"));
    if (classes.ok())
        m_report.add(StorageCheck::run(m_manifests, classes.json, volumes.json));
    else
        m_report.add(unreadable(QStringLiteral("storage"), tr("Storage"), tr("the storage classes"),
                                classes.error));

    const Read &nodes = m_reads.value(QStringLiteral("nodes"));
    const Read &pods = m_reads.value(QStringLiteral("pods"));
    if (nodes.ok() && pods.ok()) {
        const ClusterCapacity capacity(nodes.json, pods.json, m_manifests, ns);
        m_report.add(capacity.capacityCheck());
        m_report.add(capacity.gpuCheck());
    } else {
        const QString what = nodes.ok() ? tr("the pods of all namespaces") : tr("the nodes");
        const QString error = nodes.ok() ? pods.error : nodes.error;
        m_report.add(unreadable(QStringLiteral("capacity"), tr("Capacity"), what, error));
        m_report.add(unreadable(QStringLiteral("gpu"), tr("GPUs"), what, error));
    }

    const Read &quotas = m_reads.value(QStringLiteral("resourcequotas"));
    const Read &limits = m_reads.value(QStringLiteral("limitranges"));
    if (quotas.ok() && limits.ok())
        m_report.add(QuotaCheck::run(m_manifests, quotas.json, limits.json));
    else
        m_report.add(unreadable(QStringLiteral("quota"), tr("Quota and limits"),
                                tr("the namespace's quotas and limit ranges"),
                                quotas.ok() ? limits.error : quotas.error));

    m_report.add(ImagesCheck::run(m_manifests, m_pullSecrets));
    finish();
}

QString PreflightRun::connectionError() const
{
    const Read &version = m_reads.value(QStringLiteral("version"));
    return version.done && !version.ok() && version.httpStatus == 0 ? version.error : QString();
}

bool PreflightRun::releaseExists() const
{
    return !m_latestStatus.isEmpty() && m_latestStatus != u"uninstalled";
}

PreflightCheck PreflightRun::versionCheck() const
{
    const Read &version = m_reads.value(QStringLiteral("version"));
    if (!version.ok())
        return unreadable(QStringLiteral("kubernetes-version"), tr("Kubernetes version"),
                          tr("the cluster's version"), version.error);
    return KubernetesVersionCheck::run(m_input.chartKubeVersion,
                                       version.json.value(u"gitVersion").toString());
}

void PreflightRun::finish()
{
    stop(); // a render that failed leaves reads outstanding: they are of no use any more
    if (!m_renderError.isEmpty()) {
        if (m_reads.contains(QStringLiteral("version")))
            m_report.add(versionCheck());
        // Nothing that depends on the manifests can be judged: one failed check says why, and
        // none passes by default.
        PreflightCheck check;
        check.id = QStringLiteral("render");
        check.title = tr("Rendering");
        check.severity = PreflightCheck::Severity::Fail;
        check.message = tr("The chart could not be rendered: %1").arg(m_renderError);
        check.remediation = tr("Correct the values (or the chart) that helm names above; no "
                               "other check can run until the chart renders.");
        m_report.add(check);
    }
    m_report.setTimings(m_readMs, m_renderMs, std::max<qint64>(1, m_clock.elapsed()));
    m_running = false;
    qCInfo(lcInstall) << "preflight finished in" << m_clock.elapsed() << "ms:"
                      << m_report.count(PreflightCheck::Severity::Fail) << "failed";
    Q_EMIT finished();
}

} // namespace Slipway
