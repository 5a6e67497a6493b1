#include "ClusterCapacity.h"

#include "core/Quantity.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace Slipway {

namespace {

const QString kCpu = QStringLiteral("cpu");
const QString kMemory = QStringLiteral("memory");

QString quantityText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 17) : value.toString();
}

// A v1 ResourceList: CPU in millicores, the rest in whole units.
ResourceAmounts readAmounts(const QJsonObject &list, const QString &where, QStringList *problems)
{
    ResourceAmounts amounts;
    for (auto it = list.constBegin(); it != list.constEnd(); ++it) {
        const Expected<Quantity> q = Quantity::parse(quantityText(it.value()));
        if (!q) {
            problems->append(ClusterCapacity::tr("%1: %2: %3").arg(where, it.key(), q.error().message));
            continue;
        }
        amounts.insert(it.key(), it.key() == kCpu ? q->milliValue() : q->value());
    }
    return amounts;
}

QMap<QString, QString> readStringMap(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QStringList readStrings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

QList<NodeSelectorRequirement> readRequirements(const QJsonArray &array)
{
    QList<NodeSelectorRequirement> list;
    for (const QJsonValue &v : array) {
        list.append({ v[u"key"].toString(), v[u"operator"].toString(),
                      readStrings(v[u"values"].toArray()) });
    }
    return list;
}

QList<ContainerRequests> readContainers(const QJsonArray &containers, bool init,
                                        const QString &owner, QStringList *problems)
{
    QList<ContainerRequests> list;
    for (const QJsonValue &c : containers) {
        const QString name = c[u"name"].toString();
        const QString where = ClusterCapacity::tr("%1: container %2").arg(owner, name);
        const QJsonObject resources = c[u"resources"].toObject();
        ResourceAmounts requests = readAmounts(resources[u"requests"].toObject(), where, problems);
        // The API server defaults a missing request to the limit (GPUs are often given as
        // limits only).
        const ResourceAmounts limits = readAmounts(resources[u"limits"].toObject(), where, problems);
        for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
            if (!requests.contains(it.key()))
                requests.insert(it.key(), it.value());
        }
        list.append({ name, requests,
                      init && c[u"restartPolicy"].toString() == QLatin1String("Always") });
    }
    return list;
}

PlacementPod readPodSpec(const QJsonObject &spec, const QString &name, const QString &owner,
                         QStringList *problems)
{
    PlacementPod pod;
    pod.name = name;
    pod.owner = owner;
    pod.containers = readContainers(spec[u"containers"].toArray(), false, owner, problems);
    pod.initContainers = readContainers(spec[u"initContainers"].toArray(), true, owner, problems);
    pod.overhead = readAmounts(spec[u"overhead"].toObject(), owner, problems);
    pod.nodeSelector = readStringMap(spec[u"nodeSelector"].toObject());
    const QJsonArray terms = spec[u"affinity"][u"nodeAffinity"]
                                 [u"requiredDuringSchedulingIgnoredDuringExecution"]
                                 [u"nodeSelectorTerms"].toArray();
    for (const QJsonValue &t : terms) {
        pod.requiredAffinity.append({ readRequirements(t[u"matchExpressions"].toArray()),
                                      readRequirements(t[u"matchFields"].toArray()) });
    }
    for (const QJsonValue &t : spec[u"tolerations"].toArray()) {
        pod.tolerations.append({ t[u"key"].toString(), t[u"operator"].toString(),
                                 t[u"value"].toString(), t[u"effect"].toString() });
    }
    return pod;
}

int replicasOf(const QJsonObject &spec)
{
    const QJsonValue replicas = spec[u"replicas"];
    return replicas.isUndefined() || replicas.isNull() ? 1 : replicas.toInt();
}

// A Job runs `parallelism` pods at once, no more than it has completions to reach.
int jobPods(const QJsonObject &jobSpec)
{
    const QJsonValue parallelism = jobSpec[u"parallelism"];
    int pods = parallelism.isUndefined() || parallelism.isNull() ? 1 : parallelism.toInt();
    const QJsonValue completions = jobSpec[u"completions"];
    if (completions.isDouble())
        pods = std::min(pods, completions.toInt());
    return pods;
}

void readWorkload(const QJsonObject &object, QList<PlacementPod> *pods, QStringList *problems)
{
    const QString kind = object[u"kind"].toString();
    const QString name = object[u"metadata"][u"name"].toString();
    const QString owner = kind + QLatin1Char('/') + name;
    const QJsonObject spec = object[u"spec"].toObject();
    const auto add = [&](const QJsonObject &podSpec, int replicas, bool daemonSet) {
        PlacementPod pod = readPodSpec(podSpec, name, owner, problems);
        pod.replicas = replicas;
        pod.daemonSet = daemonSet;
        if (daemonSet || replicas > 0)
            pods->append(pod);
    };
    if (kind == QLatin1String("List")) {
        for (const QJsonValue &item : object[u"items"].toArray())
            readWorkload(item.toObject(), pods, problems);
    } else if (kind == QLatin1String("Pod")) {
        add(spec, 1, false);
    } else if (kind == QLatin1String("Deployment") || kind == QLatin1String("StatefulSet")
               || kind == QLatin1String("ReplicaSet")
               || kind == QLatin1String("ReplicationController")) {
        add(spec[u"template"][u"spec"].toObject(), replicasOf(spec), false);
    } else if (kind == QLatin1String("DaemonSet")) {
        add(spec[u"template"][u"spec"].toObject(), 0, true);
    } else if (kind == QLatin1String("Job")) {
        add(spec[u"template"][u"spec"].toObject(), jobPods(spec), false);
    } else if (kind == QLatin1String("CronJob")) {
        const QJsonObject jobSpec = spec[u"jobTemplate"][u"spec"].toObject();
        add(jobSpec[u"template"][u"spec"].toObject(), jobPods(jobSpec), false);
    }
}

qint64 sumOf(const QList<PlacementNode> &nodes, const QString &resource, bool free)
{
    qint64 total = 0;
    for (const PlacementNode &node : nodes) {
        if (node.unschedulable)
            continue;
        total += node.allocatable.value(resource)
            - (free ? std::min(node.allocatable.value(resource), node.requested.value(resource)) : 0);
    }
    return total;
}

// How many pods of each owner were placed.
QHash<QString, int> placedByOwner(const PlacementResult &result)
{
    QHash<QString, int> placed;
    for (const PodAssignment &a : result.placed)
        ++placed[a.owner];
    return placed;
}

QString itemFor(const UnplacedPod &u)
{
    if (u.kind == UnplacedPod::Kind::DaemonSetIdle)
        return ClusterCapacity::tr("%1: %2").arg(u.owner, u.reason);
    return ClusterCapacity::tr("%1 (%2 of %3 pods): %4")
        .arg(u.owner)
        .arg(u.unplaced)
        .arg(u.wanted)
        .arg(u.reason);
}

} // namespace

ClusterCapacity::ClusterCapacity(const QJsonObject &nodeList, const QJsonObject &podList,
                                 const QList<QJsonObject> &manifests,
                                 const QString &releaseNamespace)
{
    QElapsedTimer timer;
    timer.start();
    m_nodes = readNodes(nodeList, podList, &m_problems, workloadKeys(manifests, releaseNamespace),
                        &m_replacedPods);
    m_pods = readWorkloads(manifests, &m_problems);
    m_placement = Placement::place(m_nodes, m_pods);
    m_elapsedMs = timer.elapsed();
}

QSet<QString> ClusterCapacity::workloadKeys(const QList<QJsonObject> &manifests,
                                            const QString &releaseNamespace)
{
    static const QStringList kinds { QStringLiteral("Deployment"), QStringLiteral("StatefulSet"),
                                     QStringLiteral("DaemonSet"), QStringLiteral("ReplicaSet"),
                                     QStringLiteral("Job") };
    QSet<QString> keys;
    const auto add = [&](const QJsonObject &object) {
        const QString kind = object[u"kind"].toString();
        if (!kinds.contains(kind))
            return;
        const QString ns = object[u"metadata"][u"namespace"].toString();
        keys.insert(kind + u'/' + (ns.isEmpty() ? releaseNamespace : ns) + u'/'
                    + object[u"metadata"][u"name"].toString());
    };
    for (const QJsonObject &object : manifests) {
        if (object[u"kind"].toString() == u"List") {
            for (const QJsonValue &item : object[u"items"].toArray())
                add(item.toObject());
        } else {
            add(object);
        }
    }
    return keys;
}

namespace {

// The workload a running pod belongs to, as workloadKeys() names it: a Deployment's pods are
// owned by a ReplicaSet named "<deployment>-<pod-template-hash>".
QStringList ownerKeys(const QJsonValue &pod)
{
    const QString ns = pod[u"metadata"][u"namespace"].toString();
    const QString hash = pod[u"metadata"][u"labels"][u"pod-template-hash"].toString();
    QStringList keys;
    for (const QJsonValue &owner : pod[u"metadata"][u"ownerReferences"].toArray()) {
        const QString kind = owner[u"kind"].toString();
        const QString name = owner[u"name"].toString();
        keys << kind + u'/' + ns + u'/' + name;
        const QString suffix = u'-' + hash;
        if (kind == u"ReplicaSet" && !hash.isEmpty() && name.endsWith(suffix))
            keys << QStringLiteral("Deployment/") + ns + u'/' + name.chopped(suffix.size());
    }
    return keys;
}

} // namespace

QList<PlacementNode> ClusterCapacity::readNodes(const QJsonObject &nodeList,
                                                const QJsonObject &podList, QStringList *problems,
                                                const QSet<QString> &replacedWorkloads,
                                                int *replaced)
{
    QList<PlacementNode> nodes;
    QHash<QString, qsizetype> byName;
    for (const QJsonValue &item : nodeList[u"items"].toArray()) {
        PlacementNode node;
        node.name = item[u"metadata"][u"name"].toString();
        node.labels = readStringMap(item[u"metadata"][u"labels"].toObject());
        const QJsonObject status = item[u"status"].toObject();
        const QJsonObject allocatable = status.contains(u"allocatable")
            ? status[u"allocatable"].toObject()
            : status[u"capacity"].toObject();
        node.allocatable = readAmounts(allocatable, tr("node %1").arg(node.name), problems);
        for (const QJsonValue &t : item[u"spec"][u"taints"].toArray()) {
            node.taints.append({ t[u"key"].toString(), t[u"value"].toString(),
                                 t[u"effect"].toString() });
        }
        node.unschedulable = item[u"spec"][u"unschedulable"].toBool();
        byName.insert(node.name, nodes.size());
        nodes.append(node);
    }
    for (const QJsonValue &item : podList[u"items"].toArray()) {
        const QString phase = item[u"status"][u"phase"].toString();
        if (phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed"))
            continue;
        const QJsonObject spec = item[u"spec"].toObject();
        const auto node = byName.constFind(spec[u"nodeName"].toString());
        if (node == byName.cend())
            continue;
        if (!replacedWorkloads.isEmpty()) {
            const QStringList owners = ownerKeys(item);
            if (std::any_of(owners.cbegin(), owners.cend(),
                            [&](const QString &key) { return replacedWorkloads.contains(key); })) {
                if (replaced)
                    ++*replaced;
                continue;
            }
        }
        const QString owner = QStringLiteral("Pod/") + item[u"metadata"][u"namespace"].toString()
            + QLatin1Char('/') + item[u"metadata"][u"name"].toString();
        const ResourceAmounts requests
            = readPodSpec(spec, QString(), owner, problems).effectiveRequests();
        ResourceAmounts &requested = nodes[*node].requested;
        for (auto it = requests.cbegin(); it != requests.cend(); ++it)
            requested[it.key()] += it.value();
    }
    return nodes;
}

QList<PlacementPod> ClusterCapacity::readWorkloads(const QList<QJsonObject> &manifests,
                                                   QStringList *problems)
{
    QList<PlacementPod> pods;
    for (const QJsonObject &object : manifests)
        readWorkload(object, &pods, problems);
    return pods;
}

bool ClusterCapacity::isGpuResource(const QString &resource)
{
    return resource.contains(QLatin1String("gpu"), Qt::CaseInsensitive)
        || resource.startsWith(QLatin1String("nvidia.com/mig-"));
}

bool ClusterCapacity::asksForGpu(const PlacementPod &pod)
{
    const ResourceAmounts requests = pod.effectiveRequests();
    return std::any_of(requests.keyBegin(), requests.keyEnd(), isGpuResource);
}

PreflightCheck ClusterCapacity::capacityCheck() const
{
    PreflightCheck check;
    check.id = QStringLiteral("capacity");
    check.title = tr("Capacity");
    check.durationMs = m_elapsedMs;

    QHash<QString, bool> gpuOwners;
    for (const PlacementPod &pod : m_pods)
        gpuOwners.insert(pod.owner, asksForGpu(pod));
    const QHash<QString, int> placed = placedByOwner(m_placement);
    int placedPods = 0;
    for (auto it = placed.cbegin(); it != placed.cend(); ++it)
        placedPods += gpuOwners.value(it.key()) ? 0 : it.value();
    int unplacedPods = 0;
    bool tooLarge = false;
    bool notEligible = false;
    bool idle = false;
    for (const UnplacedPod &u : m_placement.unplaced) {
        if (gpuOwners.value(u.owner))
            continue;
        check.items.append(itemFor(u));
        unplacedPods += u.unplaced;
        tooLarge = tooLarge || u.kind == UnplacedPod::Kind::TooLarge
            || u.kind == UnplacedPod::Kind::NoRoom || u.kind == UnplacedPod::Kind::MissingResource;
        notEligible = notEligible || u.kind == UnplacedPod::Kind::NotEligible;
        idle = idle || u.kind == UnplacedPod::Kind::DaemonSetIdle;
    }
    const int schedulable = int(std::count_if(m_nodes.cbegin(), m_nodes.cend(),
                                              [](const PlacementNode &n) { return !n.unschedulable; }));
    check.items += m_problems;

    if (unplacedPods > 0) {
        check.severity = PreflightCheck::Severity::Fail;
        check.message = tr("%1 of %2 pods cannot be placed on the %3 schedulable nodes")
                            .arg(unplacedPods)
                            .arg(unplacedPods + placedPods)
                            .arg(schedulable);
        QStringList fixes;
        if (tooLarge)
            fixes.append(tr("choose a smaller size or lower the pods' resource requests, add nodes "
                            "or larger nodes, or free room on the nodes"));
        if (notEligible)
            fixes.append(tr("label nodes to match the pods' selectors and affinity, uncordon "
                            "nodes, or add the tolerations their taints need"));
        check.remediation = tr("To make room: %1.").arg(fixes.join(QStringLiteral("; ")));
        return check;
    }

    qint64 cpu = 0;
    qint64 memory = 0;
    for (const PlacementPod &pod : m_pods) {
        if (gpuOwners.value(pod.owner))
            continue;
        const ResourceAmounts requests = pod.effectiveRequests();
        cpu += requests.value(kCpu) * placed.value(pod.owner);
        memory += requests.value(kMemory) * placed.value(pod.owner);
    }
    const bool anyGpuPod = std::any_of(gpuOwners.cbegin(), gpuOwners.cend(), [](bool g) { return g; });
    check.message = placedPods == 0
        ? (anyGpuPod ? tr("Every pod of the release asks for a GPU: the GPU check judges them")
                   : tr("The release creates no pods"))
        : tr("All %1 pods fit on %2 schedulable nodes: they ask %3 and %4; the nodes have %5 and "
             "%6 free")
              .arg(placedPods)
              .arg(schedulable)
              .arg(Placement::describe(kCpu, cpu, true), Placement::describe(kMemory, memory, true),
                   Placement::describe(kCpu, sumOf(m_nodes, kCpu, true)),
                   Placement::describe(kMemory, sumOf(m_nodes, kMemory, true)));
    if (m_replacedPods > 0)
        check.message += tr(" (not counting the release's %n running pod(s), which the upgrade "
                            "replaces)", nullptr, m_replacedPods);
    if (idle || !m_problems.isEmpty()) {
        check.severity = PreflightCheck::Severity::Warn;
        check.remediation = idle ? tr("A DaemonSet that runs on no node does nothing: check its "
                                      "node selector, affinity and tolerations.")
                                 : tr("Correct the quantities that could not be read; they were "
                                      "taken as zero.");
    }
    return check;
}

PreflightCheck ClusterCapacity::gpuCheck() const
{
    PreflightCheck check;
    check.id = QStringLiteral("gpu");
    check.title = tr("GPUs");
    QElapsedTimer timer;
    timer.start();

    // What the cluster offers, per GPU resource.
    QMap<QString, qint64> offered;
    QMap<QString, int> offeringNodes;
    for (const PlacementNode &node : m_nodes) {
        for (auto it = node.allocatable.cbegin(); it != node.allocatable.cend(); ++it) {
            if (isGpuResource(it.key()) && it.value() > 0) {
                offered[it.key()] += it.value() - std::min(it.value(), node.requested.value(it.key()));
                ++offeringNodes[it.key()];
            }
        }
    }
    QStringList offers;
    for (auto it = offered.cbegin(); it != offered.cend(); ++it)
        offers.append(tr("%1 %2 free on %n node(s)", nullptr, offeringNodes.value(it.key()))
                          .arg(it.value())
                          .arg(it.key()));
    const QString cluster = offers.isEmpty() ? tr("the cluster has no GPU node")
                                             : tr("the cluster has %1").arg(offers.join(QStringLiteral(", ")));

    QMap<QString, qint64> asked; // per GPU resource, every pod
    int gpuPods = 0;
    QHash<QString, const PlacementPod *> gpuOwners;
    const QHash<QString, int> placed = placedByOwner(m_placement);
    for (const PlacementPod &pod : m_pods) {
        if (!asksForGpu(pod))
            continue;
        gpuOwners.insert(pod.owner, &pod);
        const int count = pod.daemonSet ? placed.value(pod.owner) : pod.replicas;
        gpuPods += count;
        const ResourceAmounts requests = pod.effectiveRequests();
        for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
            if (isGpuResource(it.key()))
                asked[it.key()] += it.value() * count;
        }
    }
    if (gpuOwners.isEmpty()) {
        check.message = tr("No pod asks for a GPU; %1").arg(cluster);
        check.durationMs = timer.elapsed();
        return check;
    }

    QString headline;
    int unplacedPods = 0;
    for (const UnplacedPod &u : m_placement.unplaced) {
        const PlacementPod *pod = gpuOwners.value(u.owner);
        if (!pod)
            continue;
        check.items.append(itemFor(u));
        unplacedPods += u.unplaced;
        if (!headline.isEmpty())
            continue;
        const bool aboutGpus = std::any_of(u.resources.cbegin(), u.resources.cend(), isGpuResource);
        // A GPU node that only its taints keep the pod from.
        PlacementPod tolerant = *pod;
        tolerant.tolerations.append({ QString(), QStringLiteral("Exists"), QString(), QString() });
        const bool taintedGpuNode = std::any_of(m_nodes.cbegin(), m_nodes.cend(), [&](const PlacementNode &n) {
            return std::any_of(n.allocatable.keyBegin(), n.allocatable.keyEnd(), isGpuResource)
                && !Placement::exclusion(n, *pod).isEmpty() && Placement::exclusion(n, tolerant).isEmpty();
        });
        switch (u.kind) {
        case UnplacedPod::Kind::MissingResource:
            headline = tr("No GPU node");
            break;
        case UnplacedPod::Kind::NotEligible:
            headline = taintedGpuNode ? tr("GPU node tainted and the pod does not tolerate it")
                                      : tr("No GPU node matches the pod's selectors");
            break;
        case UnplacedPod::Kind::TooLarge:
            headline = aboutGpus ? tr("More GPUs asked than the largest node has")
                                 : tr("Too large for the GPU nodes");
            break;
        case UnplacedPod::Kind::NoRoom:
            headline = aboutGpus ? tr("The GPUs are in use") : tr("No room on the GPU nodes");
            break;
        case UnplacedPod::Kind::DaemonSetIdle:
            headline = tr("A GPU DaemonSet runs on no node");
            break;
        }
        headline += QStringLiteral(": ") + u.reason;
    }
    QStringList asking;
    for (auto it = asked.cbegin(); it != asked.cend(); ++it)
        asking.append(QString::number(it.value()) + QLatin1Char(' ') + it.key());
    check.durationMs = timer.elapsed();
    if (unplacedPods > 0) {
        check.severity = PreflightCheck::Severity::Fail;
        check.message = tr("%1 (%2 of %3 GPU pods cannot be placed; %4)")
                            .arg(headline)
                            .arg(unplacedPods)
                            .arg(gpuPods)
                            .arg(cluster);
        check.remediation = tr("Give the GPU pods the tolerations and selectors the GPU nodes need "
                               "(the chart's GPU settings), ask for no more GPUs than one node has, "
                               "or add GPU nodes.");
        return check;
    }
    if (!headline.isEmpty()) {
        check.severity = PreflightCheck::Severity::Warn;
        check.message = headline;
        check.remediation = tr("Check the DaemonSet's node selector and tolerations against the "
                               "GPU nodes' labels and taints.");
        return check;
    }
    check.message = tr("%n GPU pod(s) asking %1 fit; %2", nullptr, gpuPods)
                        .arg(asking.join(QStringLiteral(", ")), cluster);
    return check;
}

} // namespace Slipway
