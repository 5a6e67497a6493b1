#include "Placement.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace Slipway {

namespace {

const QString kCpu = QStringLiteral("cpu");
const QString kMemory = QStringLiteral("memory");
const QString kPods = QStringLiteral("pods");
const QString kEphemeral = QStringLiteral("ephemeral-storage");
constexpr int kNodesNamed = 3; // how many nodes a reason lists before "and N more"

bool isByteResource(const QString &resource)
{
    return resource == kMemory || resource == kEphemeral
        || resource.startsWith(QLatin1String("hugepages-"));
}

bool isNodeResource(const QString &resource)
{
    return resource == kCpu || resource == kMemory || resource == kPods || resource == kEphemeral;
}

// The taints the DaemonSet controller adds tolerations for to every pod it creates.
const QList<PodToleration> &daemonSetTolerations()
{
    static const QList<PodToleration> tolerations = [] {
        QList<PodToleration> list;
        for (const char16_t *key :
             { u"node.kubernetes.io/not-ready", u"node.kubernetes.io/unreachable",
               u"node.kubernetes.io/disk-pressure", u"node.kubernetes.io/memory-pressure",
               u"node.kubernetes.io/pid-pressure", u"node.kubernetes.io/unschedulable" })
            list.append(PodToleration { QString::fromUtf16(key), QStringLiteral("Exists"),
                                        QString(), QString() });
        return list;
    }();
    return tolerations;
}

enum class Exclusion
{
    None,
    Cordoned,
    NodeSelector,
    Affinity,
    Taint,
};

bool termMatches(const NodeSelectorTerm &term, const PlacementNode &node)
{
    if (term.matchExpressions.isEmpty() && term.matchFields.isEmpty())
        return false;
    for (const NodeSelectorRequirement &r : term.matchExpressions) {
        if (!r.matches(node.labels))
            return false;
    }
    if (!term.matchFields.isEmpty()) {
        const QMap<QString, QString> fields { { QStringLiteral("metadata.name"), node.name } };
        for (const NodeSelectorRequirement &r : term.matchFields) {
            if (!r.matches(fields))
                return false;
        }
    }
    return true;
}

QString selectorText(const QMap<QString, QString> &selector)
{
    QStringList pairs;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it)
        pairs.append(it.key() + QLatin1Char('=') + it.value());
    return pairs.join(QLatin1Char(','));
}

QString affinityText(const QList<NodeSelectorTerm> &terms)
{
    QStringList alternatives;
    for (const NodeSelectorTerm &term : terms) {
        QStringList parts;
        for (const auto *list : { &term.matchExpressions, &term.matchFields }) {
            for (const NodeSelectorRequirement &r : *list) {
                QString part = r.key + QLatin1Char(' ') + r.op;
                if (!r.values.isEmpty())
                    part += QLatin1Char(' ') + r.values.join(QLatin1Char(','));
                parts.append(part);
            }
        }
        alternatives.append(parts.join(QStringLiteral(" and ")));
    }
    return alternatives.join(QStringLiteral(" or "));
}

bool matchesSelector(const PlacementNode &node, const PlacementPod &pod)
{
    for (auto it = pod.nodeSelector.cbegin(); it != pod.nodeSelector.cend(); ++it) {
        const auto label = node.labels.constFind(it.key());
        if (label == node.labels.cend() || *label != it.value())
            return false;
    }
    return true;
}

bool matchesAffinity(const PlacementNode &node, const PlacementPod &pod)
{
    return pod.requiredAffinity.isEmpty()
        || std::any_of(pod.requiredAffinity.cbegin(), pod.requiredAffinity.cend(),
                       [&](const NodeSelectorTerm &t) { return termMatches(t, node); });
}

// The first NoSchedule / NoExecute taint the pod does not tolerate; nullptr when none.
const NodeTaint *untoleratedTaint(const PlacementNode &node, const PlacementPod &pod)
{
    const auto tolerated = [](const QList<PodToleration> &list, const NodeTaint &taint) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const PodToleration &t) { return t.tolerates(taint); });
    };
    for (const NodeTaint &taint : node.taints) {
        if (taint.effect != QLatin1String("NoSchedule") && taint.effect != QLatin1String("NoExecute"))
            continue;
        if (!tolerated(pod.tolerations, taint)
            && !(pod.daemonSet && tolerated(daemonSetTolerations(), taint)))
            return &taint;
    }
    return nullptr;
}

// The scheduler's filters before resources, in its order; no text, as it runs for every pod and
// node.
Exclusion exclusionOf(const PlacementNode &node, const PlacementPod &pod)
{
    if (node.unschedulable && !pod.daemonSet)
        return Exclusion::Cordoned;
    if (!matchesSelector(node, pod))
        return Exclusion::NodeSelector;
    if (!matchesAffinity(node, pod))
        return Exclusion::Affinity;
    if (untoleratedTaint(node, pod))
        return Exclusion::Taint;
    return Exclusion::None;
}

// "is tainted …": why the node is excluded, without its name; empty when it is not.
QString exclusionPhrase(const PlacementNode &node, const PlacementPod &pod)
{
    switch (exclusionOf(node, pod)) {
    case Exclusion::None:
        return {};
    case Exclusion::Cordoned:
        return Placement::tr("is cordoned (unschedulable)");
    case Exclusion::NodeSelector:
        return Placement::tr("does not match nodeSelector %1").arg(selectorText(pod.nodeSelector));
    case Exclusion::Affinity:
        return Placement::tr("does not match the required node affinity (%1)")
            .arg(affinityText(pod.requiredAffinity));
    case Exclusion::Taint:
        return Placement::tr("is tainted %1 and the pod does not tolerate it")
            .arg(Placement::describeTaint(*untoleratedTaint(node, pod)));
    }
    return {};
}

// The placement's working state: resources by index instead of by name, so that checking a pod
// against a node is a loop over a few integers.
struct Model
{
    QStringList resources;
    std::vector<std::vector<qint64>> allocatable; // [node][resource]
    std::vector<std::vector<qint64>> used;
    std::vector<std::vector<qint64>> requests; // [pod][resource]

    int index(const QString &resource) const { return int(resources.indexOf(resource)); }

    std::vector<qint64> vectorOf(const ResourceAmounts &amounts) const
    {
        std::vector<qint64> v(size_t(resources.size()), 0);
        for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
            v[size_t(index(it.key()))] = it.value();
        return v;
    }

    bool fits(size_t node, size_t pod) const
    {
        const auto &need = requests[pod];
        for (size_t r = 0; r < need.size(); ++r) {
            if (need[r] > 0 && used[node][r] + need[r] > allocatable[node][r])
                return false;
        }
        return true;
    }

    bool capable(size_t node, size_t pod) const
    {
        const auto &need = requests[pod];
        for (size_t r = 0; r < need.size(); ++r) {
            if (need[r] > allocatable[node][r])
                return false;
        }
        return true;
    }

    void take(size_t node, size_t pod)
    {
        for (size_t r = 0; r < requests[pod].size(); ++r)
            used[node][r] += requests[pod][r];
    }

    qint64 freeOn(size_t node, size_t r) const
    {
        return std::max<qint64>(0, allocatable[node][r] - used[node][r]);
    }
};

QString joinNamed(const QStringList &parts)
{
    if (parts.size() <= kNodesNamed)
        return parts.join(QStringLiteral("; "));
    return Placement::tr("%1; and %n more", nullptr, int(parts.size() - kNodesNamed))
        .arg(parts.first(kNodesNamed).join(QStringLiteral("; ")));
}

QString andList(const QStringList &parts)
{
    if (parts.size() < 2)
        return parts.join(QString());
    return Placement::tr("%1 and %2").arg(parts.first(parts.size() - 1).join(QStringLiteral(", ")),
                                          parts.last());
}

class Reasoner
{
public:
    Reasoner(const Model &model, const QList<PlacementNode> &nodes, const QList<PlacementPod> &pods)
        : m_model(model)
        , m_nodes(nodes)
        , m_pods(pods)
    { }

    // Why pod `p` fits on none of `eligible` (its statically eligible nodes) now.
    UnplacedPod explain(size_t p, const std::vector<size_t> &eligible) const
    {
        const PlacementPod &pod = m_pods[qsizetype(p)];
        UnplacedPod u;
        u.pod = pod.name;
        u.owner = pod.owner;
        if (m_nodes.isEmpty()) {
            u.kind = UnplacedPod::Kind::NotEligible;
            u.reason = Placement::tr("%1 cannot run: the cluster has no nodes").arg(pod.name);
            return u;
        }
        const std::vector<size_t> asked = askedResources(p);
        const auto need = [&](size_t r) { return m_model.requests[p][r]; };
        const auto name = [&](size_t r) { return m_model.resources[qsizetype(r)]; };

        // A resource that no node offers at all.
        for (size_t r : asked) {
            const bool offered = std::any_of(m_model.allocatable.cbegin(), m_model.allocatable.cend(),
                                             [&](const auto &a) { return a[r] > 0; });
            if (!offered) {
                u.kind = UnplacedPod::Kind::MissingResource;
                u.resources = { name(r) };
                u.reason = Placement::tr("%1 asks %2; no node has %3")
                               .arg(pod.name, Placement::describe(name(r), need(r), true), name(r));
                return u;
            }
        }

        std::vector<size_t> all(size_t(m_nodes.size()));
        for (size_t n = 0; n < all.size(); ++n)
            all[n] = n;
        std::vector<size_t> capable;
        for (size_t n : all) {
            if (m_model.capable(n, p))
                capable.push_back(n);
        }
        std::vector<size_t> eligibleCapable;
        for (size_t n : eligible) {
            if (m_model.capable(n, p))
                eligibleCapable.push_back(n);
        }

        // Larger than any node, even an empty one it may not run on.
        if (capable.empty()) {
            u.kind = UnplacedPod::Kind::TooLarge;
            u.reason = shortfall(p, all, Measure::Allocatable,
                                 Placement::tr("the largest node has %1"), &u.resources);
            return u;
        }
        if (eligible.empty() || eligibleCapable.empty()) {
            const QString why = excluded(p, capable);
            // Eligible nodes without the special resource at all: the exclusion is the story.
            const bool lacking = std::any_of(asked.cbegin(), asked.cend(), [&](size_t r) {
                return !isNodeResource(name(r))
                    && std::all_of(eligible.cbegin(), eligible.cend(),
                                   [&](size_t n) { return m_model.allocatable[n][r] == 0; });
            });
            if (eligible.empty() || lacking) {
                u.kind = UnplacedPod::Kind::NotEligible;
                u.reason = noEligibleNode(p, capable);
                return u;
            }
            u.kind = UnplacedPod::Kind::TooLarge;
            u.reason = shortfall(p, eligible, Measure::Allocatable,
                                 Placement::tr("the largest node it may run on has %1"), &u.resources)
                + Placement::tr(" (%1)").arg(why);
            return u;
        }

        // It would fit on an empty eligible node: the room is taken.
        u.kind = UnplacedPod::Kind::NoRoom;
        u.reason = shortfall(p, eligible, Measure::Free,
                             Placement::tr("the largest free node has %1"), &u.resources);
        return u;
    }

    // Why a DaemonSet's pod does not fit on node `n`, one of its eligible nodes.
    UnplacedPod explainOnNode(size_t p, size_t n) const
    {
        const PlacementPod &pod = m_pods[qsizetype(p)];
        UnplacedPod u;
        u.pod = pod.name;
        u.owner = pod.owner;
        u.kind = m_model.capable(n, p) ? UnplacedPod::Kind::NoRoom : UnplacedPod::Kind::TooLarge;
        QStringList needs;
        QStringList has;
        for (size_t r : askedResources(p)) {
            const QString resource = m_model.resources[qsizetype(r)];
            const qint64 available = u.kind == UnplacedPod::Kind::NoRoom
                ? m_model.freeOn(n, r)
                : m_model.allocatable[n][r];
            if (m_model.requests[p][r] <= available)
                continue;
            u.resources.append(resource);
            needs.append(Placement::describe(resource, m_model.requests[p][r], true));
            has.append(Placement::describe(resource, available));
        }
        const QString node = m_nodes[qsizetype(n)].name;
        u.reason = u.kind == UnplacedPod::Kind::NoRoom
            ? Placement::tr("%1 needs %2 on every node it runs on; %3 has %4 free")
                  .arg(pod.name, andList(needs), node, andList(has))
            : Placement::tr("%1 needs %2 on every node it runs on; %3 has %4 in all")
                  .arg(pod.name, andList(needs), node, andList(has));
        return u;
    }

    // Why no node at all is eligible for the pod, looking first at the nodes large enough.
    QString noEligibleNode(size_t p, const std::vector<size_t> &capable) const
    {
        const PlacementPod &pod = m_pods[qsizetype(p)];
        // One filter that rules out every node is the whole story.
        const bool selectorEverywhere = !pod.nodeSelector.isEmpty()
            && std::none_of(m_nodes.cbegin(), m_nodes.cend(),
                            [&](const PlacementNode &n) { return matchesSelector(n, pod); });
        const bool affinityEverywhere = !pod.requiredAffinity.isEmpty()
            && std::none_of(m_nodes.cbegin(), m_nodes.cend(),
                            [&](const PlacementNode &n) { return matchesAffinity(n, pod); });
        if (m_nodes.isEmpty())
            return Placement::tr("%1 cannot run: the cluster has no nodes").arg(pod.name);
        if (selectorEverywhere)
            return Placement::tr("no node matches nodeSelector %1").arg(selectorText(pod.nodeSelector));
        if (affinityEverywhere)
            return Placement::tr("no node matches the required node affinity (%1)")
                .arg(affinityText(pod.requiredAffinity));
        return excluded(p, capable);
    }

    // "gpu-node-0 has nvidia.com/gpu but is tainted …", for the nodes given.
    QString excluded(size_t p, const std::vector<size_t> &nodes) const
    {
        const PlacementPod &pod = m_pods[qsizetype(p)];
        QStringList special;
        for (size_t r : askedResources(p)) {
            if (!isNodeResource(m_model.resources[qsizetype(r)]))
                special.append(m_model.resources[qsizetype(r)]);
        }
        // Only the nodes named are worded; the rest are counted.
        QStringList parts;
        for (size_t n : nodes) {
            if (parts.size() >= kNodesNamed) {
                parts.append(QString());
                continue;
            }
            const QString phrase = exclusionPhrase(m_nodes[qsizetype(n)], pod);
            const QString &node = m_nodes[qsizetype(n)].name;
            parts.append(special.isEmpty()
                             ? Placement::tr("%1 is large enough but %2").arg(node, phrase)
                             : Placement::tr("%1 has %2 but %3").arg(node, andList(special), phrase));
        }
        return joinNamed(parts);
    }

private:
    // The resources the pod asks for; pod slots last, and only where they are the story.
    std::vector<size_t> askedResources(size_t p, bool withPodSlots = true) const
    {
        std::vector<size_t> asked;
        const int pods = m_model.index(kPods);
        for (size_t r = 0; r < m_model.requests[p].size(); ++r) {
            if (m_model.requests[p][r] > 0 && int(r) != pods)
                asked.push_back(r);
        }
        if (withPodSlots && pods >= 0 && m_model.requests[p][size_t(pods)] > 0)
            asked.push_back(size_t(pods));
        return asked;
    }

    enum class Measure
    {
        Free, // what the running and placed pods leave
        Allocatable, // the node empty
    };

    // Why the pod fits on none of `nodes` by resources: what it needs against the most any node
    // offers, or, where each resource is offered somewhere, what each node has.
    QString shortfall(size_t p, const std::vector<size_t> &nodes, Measure measure,
                      const QString &largest, QStringList *resources) const
    {
        const PlacementPod &pod = m_pods[qsizetype(p)];
        const auto offered = [&](size_t n, size_t r) {
            return measure == Measure::Free ? m_model.freeOn(n, r) : m_model.allocatable[n][r];
        };
        const auto describe = [&](size_t r, qint64 amount, bool roundUp = false) {
            return Placement::describe(m_model.resources[qsizetype(r)], amount, roundUp);
        };
        QStringList needs;
        QStringList most;
        QString single;
        for (size_t r : askedResources(p)) {
            qint64 best = 0;
            for (size_t n : nodes)
                best = std::max(best, offered(n, r));
            if (m_model.requests[p][r] <= best)
                continue;
            const QString &resource = m_model.resources[qsizetype(r)];
            resources->append(resource);
            needs.append(describe(r, m_model.requests[p][r], true));
            most.append(describe(r, best));
            single = Placement::formatAmount(resource, best);
        }
        if (resources->size() == 1) {
            if (!isNodeResource(resources->first()))
                return Placement::tr("%1 asks %2; %3").arg(pod.name, needs.first(), largest.arg(single));
            return Placement::tr("%1 needs %2 on one node; %3").arg(pod.name, needs.first(), largest.arg(single));
        }
        if (!resources->isEmpty())
            return Placement::tr("%1 needs %2 on one node; %3")
                .arg(pod.name, andList(needs), largest.arg(andList(most)));

        QStringList asking;
        QStringList nodesHave;
        const std::vector<size_t> sized = askedResources(p, false);
        for (size_t r : sized) {
            resources->append(m_model.resources[qsizetype(r)]);
            asking.append(describe(r, m_model.requests[p][r], true));
        }
        for (size_t n : nodes) {
            QStringList has;
            for (size_t r : sized)
                has.append(describe(r, offered(n, r)));
            const QString &node = m_nodes[qsizetype(n)].name;
            nodesHave.append(measure == Measure::Free
                                 ? Placement::tr("%1 has %2 free").arg(node, andList(has))
                                 : Placement::tr("%1 has %2").arg(node, andList(has)));
        }
        return measure == Measure::Free
            ? Placement::tr("%1 needs %2 on one node; no node has all of it free: %3")
                  .arg(pod.name, andList(asking), joinNamed(nodesHave))
            : Placement::tr("%1 needs %2 on one node; no node has all of it: %3")
                  .arg(pod.name, andList(asking), joinNamed(nodesHave));
    }

    const Model &m_model;
    const QList<PlacementNode> &m_nodes;
    const QList<PlacementPod> &m_pods;
};

} // namespace

bool PodToleration::tolerates(const NodeTaint &taint) const
{
    if (!effect.isEmpty() && effect != taint.effect)
        return false;
    const bool exists = op == QLatin1String("Exists");
    if (key.isEmpty())
        return exists;
    if (key != taint.key)
        return false;
    return exists || value == taint.value;
}

bool NodeSelectorRequirement::matches(const QMap<QString, QString> &labels) const
{
    const auto it = labels.constFind(key);
    const bool present = it != labels.cend();
    if (op == QLatin1String("In"))
        return present && values.contains(*it);
    if (op == QLatin1String("NotIn"))
        return !present || !values.contains(*it);
    if (op == QLatin1String("Exists"))
        return present;
    if (op == QLatin1String("DoesNotExist"))
        return !present;
    if (op == QLatin1String("Gt") || op == QLatin1String("Lt")) {
        if (!present || values.size() != 1)
            return false;
        bool labelOk = false;
        bool valueOk = false;
        const qint64 label = it->toLongLong(&labelOk);
        const qint64 bound = values.first().toLongLong(&valueOk);
        if (!labelOk || !valueOk)
            return false;
        return op == QLatin1String("Gt") ? label > bound : label < bound;
    }
    return false;
}

ResourceAmounts PlacementPod::effectiveRequests() const
{
    ResourceAmounts running; // containers plus every sidecar
    for (const ContainerRequests &c : containers) {
        for (auto it = c.requests.cbegin(); it != c.requests.cend(); ++it)
            running[it.key()] += it.value();
    }
    ResourceAmounts initPeak;
    ResourceAmounts sidecars; // those started so far
    for (const ContainerRequests &c : initContainers) {
        for (auto it = c.requests.cbegin(); it != c.requests.cend(); ++it) {
            const qint64 during = sidecars.value(it.key()) + it.value();
            initPeak[it.key()] = std::max(initPeak.value(it.key()), during);
        }
        // An init container's peak also holds the sidecars before it for resources it does not ask.
        for (auto it = sidecars.cbegin(); it != sidecars.cend(); ++it)
            initPeak[it.key()] = std::max(initPeak.value(it.key()), it.value());
        if (c.sidecar) {
            for (auto it = c.requests.cbegin(); it != c.requests.cend(); ++it) {
                sidecars[it.key()] += it.value();
                running[it.key()] += it.value();
            }
        }
    }
    ResourceAmounts effective = running;
    for (auto it = initPeak.cbegin(); it != initPeak.cend(); ++it)
        effective[it.key()] = std::max(effective.value(it.key()), it.value());
    for (auto it = overhead.cbegin(); it != overhead.cend(); ++it)
        effective[it.key()] += it.value();
    effective[kPods] += 1;
    for (auto it = effective.begin(); it != effective.end();) {
        if (it.value() == 0 && it.key() != kPods)
            it = effective.erase(it);
        else
            ++it;
    }
    return effective;
}

bool PlacementResult::allPlaced() const
{
    return std::all_of(unplaced.cbegin(), unplaced.cend(),
                       [](const UnplacedPod &u) { return u.unplaced == 0; });
}

PlacementResult Placement::place(const QList<PlacementNode> &nodes, const QList<PlacementPod> &pods)
{
    Model model;
    QList<ResourceAmounts> effective;
    effective.reserve(pods.size());
    for (const PlacementPod &pod : pods)
        effective.append(pod.effectiveRequests());
    {
        QStringList names;
        for (const PlacementNode &node : nodes)
            names += node.allocatable.keys() + node.requested.keys();
        for (const ResourceAmounts &e : effective)
            names += e.keys();
        names.sort();
        names.removeDuplicates();
        model.resources = names;
    }
    for (const PlacementNode &node : nodes) {
        model.allocatable.push_back(model.vectorOf(node.allocatable));
        model.used.push_back(model.vectorOf(node.requested));
    }
    // A node that does not list pod slots does not limit them.
    if (const int podsIndex = model.index(kPods); podsIndex >= 0) {
        for (qsizetype n = 0; n < nodes.size(); ++n) {
            if (!nodes[n].allocatable.contains(kPods))
                model.allocatable[size_t(n)][size_t(podsIndex)] = std::numeric_limits<int>::max();
        }
    }
    for (const ResourceAmounts &e : effective)
        model.requests.push_back(model.vectorOf(e));

    std::vector<std::vector<size_t>> eligible(size_t(pods.size()));
    for (qsizetype p = 0; p < pods.size(); ++p) {
        for (qsizetype n = 0; n < nodes.size(); ++n) {
            if (exclusionOf(nodes[n], pods[p]) == Exclusion::None)
                eligible[size_t(p)].push_back(size_t(n));
        }
    }

    PlacementResult result;
    const Reasoner reasoner(model, nodes, pods);
    std::vector<std::optional<UnplacedPod>> failures(size_t(pods.size()));

    // DaemonSet pods first: each is bound to its node, they have no choice to make.
    for (qsizetype p = 0; p < pods.size(); ++p) {
        if (!pods[p].daemonSet)
            continue;
        const auto &nodesFor = eligible[size_t(p)];
        if (nodesFor.empty()) {
            std::vector<size_t> all(size_t(nodes.size()));
            for (size_t n = 0; n < all.size(); ++n)
                all[n] = n;
            UnplacedPod u;
            u.pod = pods[p].name;
            u.owner = pods[p].owner;
            u.kind = UnplacedPod::Kind::DaemonSetIdle;
            u.reason = tr("%1 runs on no node: %2")
                           .arg(pods[p].name, reasoner.noEligibleNode(size_t(p), all));
            failures[size_t(p)] = u;
            continue;
        }
        int replica = 0;
        for (size_t n : nodesFor) {
            if (model.fits(n, size_t(p))) {
                model.take(n, size_t(p));
                result.placed.append({ pods[p].name, pods[p].owner, replica++, nodes[qsizetype(n)].name });
                continue;
            }
            auto &failure = failures[size_t(p)];
            if (!failure)
                failure = reasoner.explainOnNode(size_t(p), n);
            ++failure->unplaced;
        }
        if (failures[size_t(p)])
            failures[size_t(p)]->wanted = int(nodesFor.size());
    }

    // Then every replica, largest dominant share of the cluster first.
    std::vector<qint64> total(size_t(model.resources.size()), 0);
    for (qsizetype n = 0; n < nodes.size(); ++n) {
        if (nodes[n].unschedulable)
            continue;
        for (size_t r = 0; r < total.size(); ++r)
            total[r] += model.allocatable[size_t(n)][r];
    }
    const int podsIndex = model.index(kPods);
    std::vector<double> share(size_t(pods.size()), 0);
    for (size_t p = 0; p < share.size(); ++p) {
        for (size_t r = 0; r < total.size(); ++r) {
            const qint64 need = model.requests[p][r];
            if (need <= 0 || int(r) == podsIndex)
                continue;
            share[p] = std::max(share[p], total[r] > 0 ? double(need) / double(total[r])
                                                       : std::numeric_limits<double>::infinity());
        }
    }
    std::vector<std::pair<size_t, int>> replicas; // (pod, replica)
    for (qsizetype p = 0; p < pods.size(); ++p) {
        if (pods[p].daemonSet)
            continue;
        for (int k = 0; k < pods[p].replicas; ++k)
            replicas.emplace_back(size_t(p), k);
    }
    std::stable_sort(replicas.begin(), replicas.end(),
                     [&](const auto &a, const auto &b) { return share[a.first] > share[b.first]; });
    for (const auto &[p, k] : replicas) {
        auto &failure = failures[p];
        // Nodes only fill up, so a replica after one that failed fails too.
        if (!failure) {
            const auto &nodesFor = eligible[p];
            const auto it = std::find_if(nodesFor.cbegin(), nodesFor.cend(),
                                         [&](size_t n) { return model.fits(n, p); });
            if (it != nodesFor.cend()) {
                model.take(*it, p);
                result.placed.append({ pods[qsizetype(p)].name, pods[qsizetype(p)].owner, k,
                                       nodes[qsizetype(*it)].name });
                continue;
            }
            failure = reasoner.explain(p, nodesFor);
            failure->wanted = pods[qsizetype(p)].replicas;
        }
        ++failure->unplaced;
    }

    for (const auto &failure : failures) {
        if (failure)
            result.unplaced.append(*failure);
    }
    result.nodesAfter = nodes;
    for (qsizetype n = 0; n < nodes.size(); ++n) {
        for (qsizetype r = 0; r < model.resources.size(); ++r) {
            const qint64 used = model.used[size_t(n)][size_t(r)];
            if (used != 0)
                result.nodesAfter[n].requested[model.resources[r]] = used;
        }
    }
    return result;
}

QString Placement::formatAmount(const QString &resource, qint64 amount, bool roundUp)
{
    if (resource == kCpu) {
        if (amount % 1000 == 0)
            return QString::number(amount / 1000);
        QString text = QString::number(amount / 1000) + QLatin1Char('.')
            + QStringLiteral("%1").arg(amount % 1000, 3, 10, QLatin1Char('0'));
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        return text;
    }
    if (!isByteResource(resource))
        return QString::number(amount);
    static constexpr std::pair<const char16_t *, qint64> kUnits[] = {
        { u"Ti", qint64(1) << 40 }, { u"Gi", qint64(1) << 30 }, { u"Mi", qint64(1) << 20 },
        { u"Ki", qint64(1) << 10 },
    };
    for (const auto &[suffix, unit] : kUnits) {
        if (amount < unit)
            continue;
        if (amount % unit == 0)
            return QString::number(amount / unit) + QStringView(suffix);
        const double tenths = double(amount) * 10 / double(unit);
        const double rounded = (roundUp ? std::ceil(tenths) : std::floor(tenths)) / 10;
        return QString::number(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1)
            + QStringView(suffix);
    }
    return QString::number(amount);
}

QString Placement::describe(const QString &resource, qint64 amount, bool roundUp)
{
    const QString number = formatAmount(resource, amount, roundUp);
    if (resource == kCpu)
        return tr("%1 CPU").arg(number);
    if (resource == kMemory)
        return tr("%1 memory").arg(number);
    if (resource == kEphemeral)
        return tr("%1 ephemeral storage").arg(number);
    if (resource == kPods)
        return amount == 1 ? tr("1 pod slot") : tr("%1 pod slots").arg(number);
    return number + QLatin1Char(' ') + resource;
}

QString Placement::describeTaint(const NodeTaint &taint)
{
    if (taint.value.isEmpty())
        return taint.key + QLatin1Char(':') + taint.effect;
    return taint.key + QLatin1Char('=') + taint.value + QLatin1Char(':') + taint.effect;
}

QString Placement::exclusion(const PlacementNode &node, const PlacementPod &pod)
{
    const QString phrase = exclusionPhrase(node, pod);
    return phrase.isEmpty() ? QString() : node.name + QLatin1Char(' ') + phrase;
}

} // namespace Slipway
