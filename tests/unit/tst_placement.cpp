#include "core/Quantity.h"
#include "preflight/Placement.h"

#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Slipway::PlacementNode)
Q_DECLARE_METATYPE(Slipway::PlacementPod)

namespace {

// "500m" CPU → 500 millicores; anything else → whole units ("8Gi" → bytes).
qint64 amount(const QString &resource, const char *text)
{
    const Expected<Quantity> q = Quantity::parse(QString::fromLatin1(text));
    if (!q)
        qFatal("bad quantity %s", text);
    return resource == QLatin1String("cpu") ? q->milliValue() : q->value();
}

ResourceAmounts cpuMemory(const char *cpu, const char *memory)
{
    return { { QStringLiteral("cpu"), amount(QStringLiteral("cpu"), cpu) },
             { QStringLiteral("memory"), amount(QStringLiteral("memory"), memory) } };
}

struct Node
{
    PlacementNode n;

    Node(const char *name, const char *cpu, const char *memory)
    {
        n.name = QString::fromLatin1(name);
        n.allocatable = cpuMemory(cpu, memory);
    }
    Node &gpus(int count)
    {
        n.allocatable.insert(QStringLiteral("nvidia.com/gpu"), count);
        return *this;
    }
    Node &podSlots(int count)
    {
        n.allocatable.insert(QStringLiteral("pods"), count);
        return *this;
    }
    Node &running(const char *cpu, const char *memory, int pods = 1)
    {
        n.requested = cpuMemory(cpu, memory);
        n.requested.insert(QStringLiteral("pods"), pods);
        return *this;
    }
    Node &label(const char *key, const char *value)
    {
        n.labels.insert(QString::fromLatin1(key), QString::fromLatin1(value));
        return *this;
    }
    Node &taint(const char *key, const char *value, const char *effect)
    {
        n.taints.append({ QString::fromLatin1(key), QString::fromLatin1(value), QString::fromLatin1(effect) });
        return *this;
    }
    Node &cordoned()
    {
        n.unschedulable = true;
        return *this;
    }
    operator PlacementNode() const { return n; }
};

// The testbed's GPU node: 4 × nvidia.com/gpu, tainted as the GPU operator does.
Node gpuNode()
{
    return Node("gpu-node-0", "32", "256Gi")
        .gpus(4)
        .label("nvidia.com/gpu.present", "true")
        .taint("nvidia.com/gpu", "present", "NoSchedule");
}

struct Pod
{
    PlacementPod p;

    Pod(const char *name, const char *cpu, const char *memory, int replicas = 1)
    {
        p.name = QString::fromLatin1(name);
        p.owner = QStringLiteral("Deployment/") + p.name;
        p.replicas = replicas;
        p.containers.append({ QStringLiteral("main"), cpuMemory(cpu, memory), false });
    }
    Pod &container(const char *cpu, const char *memory)
    {
        p.containers.append({ QStringLiteral("extra"), cpuMemory(cpu, memory), false });
        return *this;
    }
    Pod &init(const char *cpu, const char *memory, bool sidecar = false)
    {
        p.initContainers.append({ QStringLiteral("init"), cpuMemory(cpu, memory), sidecar });
        return *this;
    }
    Pod &gpus(int count)
    {
        p.containers.first().requests.insert(QStringLiteral("nvidia.com/gpu"), count);
        return *this;
    }
    Pod &selector(const char *key, const char *value)
    {
        p.nodeSelector.insert(QString::fromLatin1(key), QString::fromLatin1(value));
        return *this;
    }
    // One term per call (terms are ORed); "key op v1,v2" expressions within it are ANDed.
    Pod &affinity(const QStringList &expressions)
    {
        NodeSelectorTerm term;
        for (const QString &e : expressions) {
            const QStringList parts = e.split(QLatin1Char(' '));
            term.matchExpressions.append(
                { parts[0], parts[1],
                  parts.size() > 2 ? parts[2].split(QLatin1Char(',')) : QStringList() });
        }
        p.requiredAffinity.append(term);
        return *this;
    }
    Pod &tolerate(const char *key, const char *op, const char *value, const char *effect)
    {
        p.tolerations.append({ QString::fromLatin1(key), QString::fromLatin1(op),
                               QString::fromLatin1(value), QString::fromLatin1(effect) });
        return *this;
    }
    Pod &daemonSet()
    {
        p.daemonSet = true;
        p.owner = QStringLiteral("DaemonSet/") + p.name;
        return *this;
    }
    operator PlacementPod() const { return p; }
};

QStringList describeUnplaced(const PlacementResult &result)
{
    QStringList out;
    for (const UnplacedPod &u : result.unplaced)
        out.append(QStringLiteral("%1 %2/%3").arg(u.owner).arg(u.unplaced).arg(u.wanted));
    return out;
}

QStringList describePlaced(const PlacementResult &result)
{
    QStringList out;
    for (const PodAssignment &a : result.placed)
        out.append(a.pod + QLatin1Char('@') + a.node);
    out.sort();
    return out;
}

const QStringList kAnyPlacement { QStringLiteral("*") };

} // namespace

class tst_Placement final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pods_arePlacedOrExplained_data();
    void pods_arePlacedOrExplained();
    void effectiveRequests_takeInitContainersAsTheMaximum_data();
    void effectiveRequests_takeInitContainersAsTheMaximum();
    void amounts_printAsPeopleWriteThem_data();
    void amounts_printAsPeopleWriteThem();
    void existingLoad_isKeptInNodesAfter();
};

void tst_Placement::pods_arePlacedOrExplained_data()
{
    QTest::addColumn<QList<PlacementNode>>("nodes");
    QTest::addColumn<QList<PlacementPod>>("pods");
    QTest::addColumn<QStringList>("unplaced"); // "owner unplaced/wanted"
    QTest::addColumn<QString>("reason"); // the first unplaced pod's, word for word
    QTest::addColumn<QStringList>("placed"); // "pod@node", sorted; "*": not checked

    const Node cpu0 = Node("cpu-node-0", "8", "32Gi");
    const Node cpu1 = Node("cpu-node-1", "8", "32Gi");

    // Resources.
    QTest::newRow("replicas that fit are all placed")
        << QList<PlacementNode> { cpu0 } << QList<PlacementPod> { Pod("web", "1", "1Gi", 3) }
        << QStringList() << QString()
        << QStringList { u"web@cpu-node-0"_s, u"web@cpu-node-0"_s, u"web@cpu-node-0"_s };
    QTest::newRow("running pods leave too little room")
        << QList<PlacementNode> { Node("cpu-node-0", "8", "32Gi").running("5500m", "4Gi") }
        << QList<PlacementPod> { Pod("worker", "4", "1Gi") }
        << QStringList { u"Deployment/worker 1/1"_s }
        << u"worker needs 4 CPU on one node; the largest free node has 2.5"_s << QStringList();
    QTest::newRow("the replicas that no longer fit are counted")
        << QList<PlacementNode> { Node("cpu-node-0", "4", "32Gi") }
        << QList<PlacementPod> { Pod("worker", "1500m", "1Gi", 3) }
        << QStringList { u"Deployment/worker 1/3"_s }
        << u"worker needs 1.5 CPU on one node; the largest free node has 1"_s
        << QStringList { u"worker@cpu-node-0"_s, u"worker@cpu-node-0"_s };
    QTest::newRow("larger than any node")
        << QList<PlacementNode> { Node("a", "2", "8Gi"), Node("b", "2", "8Gi") }
        << QList<PlacementPod> { Pod("worker", "4", "1Gi") }
        << QStringList { u"Deployment/worker 1/1"_s }
        << u"worker needs 4 CPU on one node; the largest node has 2"_s << QStringList();
    QTest::newRow("memory larger than any node")
        << QList<PlacementNode> { Node("a", "8", "8Gi") }
        << QList<PlacementPod> { Pod("db", "1", "16Gi") }
        << QStringList { u"Deployment/db 1/1"_s }
        << u"db needs 16Gi memory on one node; the largest node has 8Gi"_s << QStringList();
    QTest::newRow("each resource fits somewhere, never both on one node")
        << QList<PlacementNode> { Node("a", "8", "2Gi"), Node("b", "1", "32Gi") }
        << QList<PlacementPod> { Pod("db", "4", "8Gi") }
        << QStringList { u"Deployment/db 1/1"_s }
        << u"db needs 4 CPU and 8Gi memory on one node; no node has all of it: a has 8 CPU and "
           "2Gi memory; b has 1 CPU and 32Gi memory"_s
        << QStringList();
    QTest::newRow("free CPU on one node, free memory on another")
        << QList<PlacementNode> { Node("a", "8", "32Gi").running("1", "30Gi"),
                                  Node("b", "8", "32Gi").running("7", "1Gi") }
        << QList<PlacementPod> { Pod("db", "4", "8Gi") }
        << QStringList { u"Deployment/db 1/1"_s }
        << u"db needs 4 CPU and 8Gi memory on one node; no node has all of it free: a has 7 CPU "
           "and 2Gi memory free; b has 1 CPU and 31Gi memory free"_s
        << QStringList();
    QTest::newRow("a full node has no pod slot")
        << QList<PlacementNode> { Node("a", "8", "32Gi").podSlots(2).running("1", "1Gi", 2) }
        << QList<PlacementPod> { Pod("web", "100m", "64Mi") }
        << QStringList { u"Deployment/web 1/1"_s }
        << u"web needs 1 pod slot on one node; the largest free node has 0"_s << QStringList();
    // Placed largest first: in input order the 1-CPU pods would split the room so that the
    // second 3-CPU pod finds 2 and 1 CPU free.
    QTest::newRow("first-fit-decreasing packs what input order would not")
        << QList<PlacementNode> { Node("a", "4", "8Gi"), Node("b", "4", "8Gi") }
        << QList<PlacementPod> { Pod("small1", "1", "1Gi"), Pod("small2", "1", "1Gi"),
                                 Pod("big1", "3", "1Gi"), Pod("big2", "3", "1Gi") }
        << QStringList() << QString()
        << QStringList { u"big1@a"_s, u"big2@b"_s, u"small1@a"_s, u"small2@b"_s };

    QTest::newRow("a cluster without nodes")
        << QList<PlacementNode>() << QList<PlacementPod> { Pod("web", "1", "1Gi") }
        << QStringList { u"Deployment/web 1/1"_s } << u"web cannot run: the cluster has no nodes"_s
        << QStringList();

    // GPUs and taints.
    QTest::newRow("no node has the GPU resource")
        << QList<PlacementNode> { cpu0, cpu1 } << QList<PlacementPod> { Pod("vllm", "1", "1Gi").gpus(1) }
        << QStringList { u"Deployment/vllm 1/1"_s }
        << u"vllm asks 1 nvidia.com/gpu; no node has nvidia.com/gpu"_s << QStringList();
    QTest::newRow("GPU node tainted, not tolerated")
        << QList<PlacementNode> { cpu0, gpuNode() }
        << QList<PlacementPod> { Pod("vllm", "1", "1Gi").gpus(1) }
        << QStringList { u"Deployment/vllm 1/1"_s }
        << u"gpu-node-0 has nvidia.com/gpu but is tainted nvidia.com/gpu=present:NoSchedule and "
           "the pod does not tolerate it"_s
        << QStringList();
    QTest::newRow("more GPUs than the largest node has")
        << QList<PlacementNode> { cpu0, gpuNode() }
        << QList<PlacementPod> { Pod("vllm", "1", "1Gi").gpus(8).tolerate("nvidia.com/gpu", "Exists", "", "NoSchedule") }
        << QStringList { u"Deployment/vllm 1/1"_s }
        << u"vllm asks 8 nvidia.com/gpu; the largest node has 4"_s << QStringList();
    QTest::newRow("GPUs in use by running pods")
        << QList<PlacementNode> { [] {
               Node n = gpuNode();
               n.n.requested.insert(QStringLiteral("nvidia.com/gpu"), 3);
               return PlacementNode(n);
           }() }
        << QList<PlacementPod> { Pod("vllm", "1", "1Gi").gpus(2).tolerate("nvidia.com/gpu", "Exists", "", "") }
        << QStringList { u"Deployment/vllm 1/1"_s }
        << u"vllm asks 2 nvidia.com/gpu; the largest free node has 1"_s << QStringList();
    QTest::newRow("Equal toleration with the taint's value")
        << QList<PlacementNode> { cpu0, gpuNode() }
        << QList<PlacementPod> { Pod("vllm", "1", "1Gi").gpus(4).tolerate("nvidia.com/gpu", "Equal", "present", "NoSchedule") }
        << QStringList() << QString() << QStringList { u"vllm@gpu-node-0"_s };
    QTest::newRow("Equal is the default operator")
        << QList<PlacementNode> { gpuNode() }
        << QList<PlacementPod> { Pod("vllm", "1", "1Gi").gpus(1).tolerate("nvidia.com/gpu", "", "present", "NoSchedule") }
        << QStringList() << QString() << QStringList { u"vllm@gpu-node-0"_s };
    QTest::newRow("Equal toleration with another value")
        << QList<PlacementNode> { gpuNode() }
        << QList<PlacementPod> { Pod("vllm", "1", "1Gi").gpus(1).tolerate("nvidia.com/gpu", "Equal", "absent", "NoSchedule") }
        << QStringList { u"Deployment/vllm 1/1"_s }
        << u"gpu-node-0 has nvidia.com/gpu but is tainted nvidia.com/gpu=present:NoSchedule and "
           "the pod does not tolerate it"_s
        << QStringList();
    QTest::newRow("Exists toleration of the key")
        << QList<PlacementNode> { gpuNode() }
        << QList<PlacementPod> { Pod("vllm", "1", "1Gi").gpus(1).tolerate("nvidia.com/gpu", "Exists", "", "NoSchedule") }
        << QStringList() << QString() << QStringList { u"vllm@gpu-node-0"_s };
    QTest::newRow("Exists without a key tolerates every taint")
        << QList<PlacementNode> { gpuNode().taint("dedicated", "ml", "NoExecute") }
        << QList<PlacementPod> { Pod("vllm", "1", "1Gi").gpus(1).tolerate("", "Exists", "", "") }
        << QStringList() << QString() << QStringList { u"vllm@gpu-node-0"_s };
    QTest::newRow("an empty effect matches every effect")
        << QList<PlacementNode> { Node("a", "8", "8Gi").taint("dedicated", "db", "NoExecute") }
        << QList<PlacementPod> { Pod("db", "1", "1Gi").tolerate("dedicated", "Equal", "db", "") }
        << QStringList() << QString() << QStringList { u"db@a"_s };
    QTest::newRow("a toleration for another effect does not match")
        << QList<PlacementNode> { Node("a", "8", "8Gi").taint("dedicated", "db", "NoExecute") }
        << QList<PlacementPod> { Pod("db", "1", "1Gi").tolerate("dedicated", "Equal", "db", "NoSchedule") }
        << QStringList { u"Deployment/db 1/1"_s }
        << u"a is large enough but is tainted dedicated=db:NoExecute and the pod does not tolerate it"_s
        << QStringList();
    QTest::newRow("PreferNoSchedule does not block")
        << QList<PlacementNode> { Node("a", "8", "8Gi").taint("spot", "", "PreferNoSchedule") }
        << QList<PlacementPod> { Pod("web", "1", "1Gi") }
        << QStringList() << QString() << QStringList { u"web@a"_s };
    QTest::newRow("a larger node is tainted, the eligible ones are too small")
        << QList<PlacementNode> { cpu0, gpuNode() }
        << QList<PlacementPod> { Pod("worker", "16", "1Gi") }
        << QStringList { u"Deployment/worker 1/1"_s }
        << u"worker needs 16 CPU on one node; the largest node it may run on has 8 (gpu-node-0 is "
           "large enough but is tainted nvidia.com/gpu=present:NoSchedule and the pod does not "
           "tolerate it)"_s
        << QStringList();

    // Cordons, selectors and affinity.
    QTest::newRow("a cordoned node takes no pod")
        << QList<PlacementNode> { Node("a", "8", "8Gi").cordoned() }
        << QList<PlacementPod> { Pod("web", "1", "1Gi") }
        << QStringList { u"Deployment/web 1/1"_s }
        << u"a is large enough but is cordoned (unschedulable)"_s << QStringList();
    QTest::newRow("cordoned nodes are passed over")
        << QList<PlacementNode> { Node("a", "8", "8Gi").cordoned(), Node("b", "8", "8Gi") }
        << QList<PlacementPod> { Pod("web", "1", "1Gi") }
        << QStringList() << QString() << QStringList { u"web@b"_s };
    QTest::newRow("nodeSelector that no node matches")
        << QList<PlacementNode> { cpu0, cpu1 } << QList<PlacementPod> { Pod("db", "1", "1Gi").selector("disktype", "ssd") }
        << QStringList { u"Deployment/db 1/1"_s } << u"no node matches nodeSelector disktype=ssd"_s
        << QStringList();
    QTest::newRow("nodeSelector picks the labelled node")
        << QList<PlacementNode> { cpu0, Node("cpu-node-1", "8", "32Gi").label("disktype", "ssd") }
        << QList<PlacementPod> { Pod("db", "1", "1Gi").selector("disktype", "ssd") }
        << QStringList() << QString() << QStringList { u"db@cpu-node-1"_s };

    const QList<PlacementNode> zones {
        Node("a", "8", "8Gi").label("zone", "a").label("cores", "8"),
        Node("b", "8", "8Gi").label("zone", "b").label("cores", "16").label("ssd", "true"),
    };
    const auto affinityRow = [&](const char *name, const Pod &pod, const char *node) {
        QTest::newRow(name) << zones << QList<PlacementPod> { pod } << QStringList() << QString()
                            << QStringList { u"db@"_s + QString::fromLatin1(node) };
    };
    affinityRow("affinity In", Pod("db", "1", "1Gi").affinity({ u"zone In b,c"_s }), "b");
    affinityRow("affinity NotIn", Pod("db", "1", "1Gi").affinity({ u"zone NotIn a"_s }), "b");
    affinityRow("affinity Exists", Pod("db", "1", "1Gi").affinity({ u"ssd Exists"_s }), "b");
    affinityRow("affinity DoesNotExist", Pod("db", "1", "1Gi").affinity({ u"ssd DoesNotExist"_s }), "a");
    affinityRow("affinity Gt", Pod("db", "1", "1Gi").affinity({ u"cores Gt 8"_s }), "b");
    affinityRow("affinity Lt", Pod("db", "1", "1Gi").affinity({ u"cores Lt 16"_s }), "a");
    affinityRow("affinity terms are ORed",
                Pod("db", "1", "1Gi").affinity({ u"zone In c"_s }).affinity({ u"zone In b"_s }), "b");
    affinityRow("affinity expressions are ANDed",
                Pod("db", "1", "1Gi").affinity({ u"zone In a,b"_s, u"cores Gt 8"_s }), "b");
    QTest::newRow("affinity that no node matches")
        << zones << QList<PlacementPod> { Pod("db", "1", "1Gi").affinity({ u"zone In c"_s, u"ssd Exists"_s }) }
        << QStringList { u"Deployment/db 1/1"_s }
        << u"no node matches the required node affinity (zone In c and ssd Exists)"_s << QStringList();

    // Init containers and sidecars.
    QTest::newRow("an init container larger than the containers is the request")
        << QList<PlacementNode> { Node("a", "2", "8Gi") }
        << QList<PlacementPod> { Pod("db", "500m", "1Gi").container("500m", "1Gi").init("3", "1Gi") }
        << QStringList { u"Deployment/db 1/1"_s }
        << u"db needs 3 CPU on one node; the largest node has 2"_s << QStringList();
    QTest::newRow("init containers are not added to the containers")
        << QList<PlacementNode> { Node("a", "2", "8Gi") }
        << QList<PlacementPod> { Pod("db", "1", "1Gi").container("1", "1Gi").init("1500m", "1Gi").init("2", "1Gi") }
        << QStringList() << QString() << QStringList { u"db@a"_s };
    QTest::newRow("a sidecar runs beside the containers")
        << QList<PlacementNode> { Node("a", "1500m", "8Gi") }
        << QList<PlacementPod> { Pod("db", "1", "1Gi").init("1", "1Gi", true) }
        << QStringList { u"Deployment/db 1/1"_s }
        << u"db needs 2 CPU on one node; the largest node has 1.5"_s
        << QStringList();

    // DaemonSets.
    QTest::newRow("a DaemonSet runs on every eligible node, cordoned ones too")
        << QList<PlacementNode> { cpu0, Node("cpu-node-1", "8", "32Gi").cordoned(), gpuNode() }
        << QList<PlacementPod> { Pod("agent", "100m", "64Mi").daemonSet() }
        << QStringList() << QString()
        << QStringList { u"agent@cpu-node-0"_s, u"agent@cpu-node-1"_s };
    QTest::newRow("a DaemonSet tolerating the GPU taint runs there too")
        << QList<PlacementNode> { cpu0, gpuNode() }
        << QList<PlacementPod> { Pod("agent", "100m", "64Mi").daemonSet().tolerate("", "Exists", "", "") }
        << QStringList() << QString()
        << QStringList { u"agent@cpu-node-0"_s, u"agent@gpu-node-0"_s };
    QTest::newRow("a DaemonSet with a selector runs on the matching nodes only")
        << QList<PlacementNode> { cpu0, gpuNode() }
        << QList<PlacementPod> { Pod("device-plugin", "100m", "64Mi").daemonSet()
                                     .selector("nvidia.com/gpu.present", "true")
                                     .tolerate("nvidia.com/gpu", "Exists", "", "NoSchedule") }
        << QStringList() << QString() << QStringList { u"device-plugin@gpu-node-0"_s };
    QTest::newRow("a DaemonSet on a full node")
        << QList<PlacementNode> { cpu0, Node("cpu-node-1", "8", "32Gi").running("7500m", "1Gi") }
        << QList<PlacementPod> { Pod("agent", "1", "64Mi").daemonSet() }
        << QStringList { u"DaemonSet/agent 1/2"_s }
        << u"agent needs 1 CPU on every node it runs on; cpu-node-1 has 0.5 CPU free"_s
        << QStringList { u"agent@cpu-node-0"_s };
    QTest::newRow("a DaemonSet that no node is eligible for runs nowhere")
        << QList<PlacementNode> { cpu0, cpu1 }
        << QList<PlacementPod> { Pod("device-plugin", "100m", "64Mi").daemonSet()
                                     .selector("nvidia.com/gpu.present", "true") }
        << QStringList { u"DaemonSet/device-plugin 0/0"_s }
        << u"device-plugin runs on no node: no node matches nodeSelector nvidia.com/gpu.present=true"_s
        << QStringList();
    QTest::newRow("DaemonSet pods take their room before the others")
        << QList<PlacementNode> { Node("a", "2", "8Gi") }
        << QList<PlacementPod> { Pod("web", "1500m", "1Gi"), Pod("agent", "1", "64Mi").daemonSet() }
        << QStringList { u"Deployment/web 1/1"_s }
        << u"web needs 1.5 CPU on one node; the largest free node has 1"_s
        << QStringList { u"agent@a"_s };
}

void tst_Placement::pods_arePlacedOrExplained()
{
    QFETCH(QList<PlacementNode>, nodes);
    QFETCH(QList<PlacementPod>, pods);
    QFETCH(QStringList, unplaced);
    QFETCH(QString, reason);
    QFETCH(QStringList, placed);

    const PlacementResult result = Placement::place(nodes, pods);
    QCOMPARE(describeUnplaced(result), unplaced);
    if (!reason.isEmpty())
        QCOMPARE(result.unplaced.first().reason, reason);
    if (placed != kAnyPlacement)
        QCOMPARE(describePlaced(result), placed);
    const bool allPlaced = std::all_of(result.unplaced.cbegin(), result.unplaced.cend(),
                                       [](const UnplacedPod &u) { return u.unplaced == 0; });
    QCOMPARE(result.allPlaced(), allPlaced);
}

void tst_Placement::effectiveRequests_takeInitContainersAsTheMaximum_data()
{
    QTest::addColumn<PlacementPod>("pod");
    QTest::addColumn<qint64>("cpu");
    QTest::addColumn<qint64>("memory");

    QTest::newRow("containers are summed") << PlacementPod(Pod("a", "1", "1Gi").container("500m", "1Gi"))
                                           << qint64(1500) << qint64(2) * (1 << 30);
    QTest::newRow("per resource, the larger of init and containers")
        << PlacementPod(Pod("a", "1", "1Gi").init("2", "512Mi")) << qint64(2000) << (qint64(1) << 30);
    QTest::newRow("init containers one after another: their maximum")
        << PlacementPod(Pod("a", "100m", "1Gi").init("2", "512Mi").init("1", "4Gi"))
        << qint64(2000) << qint64(4) * (1 << 30);
    QTest::newRow("a sidecar holds its share while later init containers run")
        << PlacementPod(Pod("a", "100m", "64Mi").init("1", "64Mi", true).init("2", "64Mi"))
        << qint64(3000) << qint64(128) * (1 << 20);
}

void tst_Placement::effectiveRequests_takeInitContainersAsTheMaximum()
{
    QFETCH(PlacementPod, pod);
    QFETCH(qint64, cpu);
    QFETCH(qint64, memory);
    const ResourceAmounts effective = pod.effectiveRequests();
    QCOMPARE(effective.value(u"cpu"_s), cpu);
    QCOMPARE(effective.value(u"memory"_s), memory);
    QCOMPARE(effective.value(u"pods"_s), 1);
}

void tst_Placement::amounts_printAsPeopleWriteThem_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("roundUp");
    QTest::addColumn<QString>("text");

    QTest::newRow("whole CPUs") << u"cpu"_s << qint64(4000) << false << u"4"_s;
    QTest::newRow("fractions of a CPU") << u"cpu"_s << qint64(2500) << false << u"2.5"_s;
    QTest::newRow("millicores") << u"cpu"_s << qint64(250) << false << u"0.25"_s;
    QTest::newRow("whole Gi") << u"memory"_s << qint64(8) * (1 << 30) << false << u"8Gi"_s;
    QTest::newRow("Mi") << u"memory"_s << qint64(512) * (1 << 20) << false << u"512Mi"_s;
    QTest::newRow("what a node has rounds down")
        << u"memory"_s << qint64(8) * (1 << 30) - 1 << false << u"7.9Gi"_s;
    QTest::newRow("what a pod needs rounds up")
        << u"memory"_s << qint64(8) * (1 << 30) + 1 << true << u"8.1Gi"_s;
    QTest::newRow("counts") << u"nvidia.com/gpu"_s << qint64(4) << false << u"4"_s;
}

void tst_Placement::amounts_printAsPeopleWriteThem()
{
    QFETCH(QString, resource);
    QFETCH(qint64, amount);
    QFETCH(bool, roundUp);
    QFETCH(QString, text);
    QCOMPARE(Placement::formatAmount(resource, amount, roundUp), text);
}

void tst_Placement::existingLoad_isKeptInNodesAfter()
{
    const PlacementResult result = Placement::place(
        { Node("a", "8", "8Gi").running("1", "1Gi") }, { Pod("web", "2", "1Gi", 2) });
    QVERIFY(result.allPlaced());
    QCOMPARE(result.nodesAfter.first().requested.value(u"cpu"_s), 5000);
    QCOMPARE(result.nodesAfter.first().requested.value(u"pods"_s), 3);
}

QTEST_APPLESS_MAIN(tst_Placement)
#include "tst_placement.moc"
