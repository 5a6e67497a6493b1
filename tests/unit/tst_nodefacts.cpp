#include "preflight/NodeFacts.h"

#include <QJsonDocument>
#include <QTest>

using namespace Slipway;

// The cluster facts the wizard validates with, from Node and StorageClass objects as the API
// returns them.
class tst_NodeFacts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largestNode_perResource_cordonedNodesLeftOut();
    void gpuNode_selectorFromItsLabels_tolerationsFromItsTaints();
    void gpuNode_withoutLabels_isPickedByItsName();
    void storageClasses_sorted_defaultFound();
    void gpuResourceNames();
    void secretKeys_namesAndKeysOnly_releaseRecordsLeftOut();
};

namespace {

QJsonObject node(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void tst_NodeFacts::largestNode_perResource_cordonedNodesLeftOut()
{
    const ClusterFacts facts = NodeFacts::read(
        { node(R"({"metadata":{"name":"a"},"status":{"allocatable":{"cpu":"3500m","memory":"8Gi","pods":"110"}}})"),
          node(R"({"metadata":{"name":"b"},"status":{"allocatable":{"cpu":"8","memory":"4Gi"}}})"),
          node(R"({"metadata":{"name":"c"},"spec":{"unschedulable":true},"status":{"allocatable":{"cpu":"64","memory":"512Gi"}}})") },
        {});
    QCOMPARE(facts.largestNodeCapacity.value(QStringLiteral("cpu")), 8000);
    QCOMPARE(facts.largestNodeCapacity.value(QStringLiteral("memory")), 8LL << 30);
    QVERIFY(!facts.largestNodeCapacity.contains(QStringLiteral("pods")));
    QVERIFY(facts.gpuNodes.isEmpty());
}

void tst_NodeFacts::gpuNode_selectorFromItsLabels_tolerationsFromItsTaints()
{
    const ClusterFacts facts = NodeFacts::read(
        { node(R"({"metadata":{"name":"gpu-1","labels":{"nvidia.com/gpu.present":"true","nvidia.com/gpu.product":"L4"}},
                   "spec":{"taints":[{"key":"nvidia.com/gpu","value":"present","effect":"NoSchedule"},
                                     {"key":"soft","effect":"PreferNoSchedule"},
                                     {"key":"dedicated","effect":"NoExecute"}]},
                   "status":{"allocatable":{"cpu":"16","nvidia.com/gpu":"2"}}})"),
          node(R"({"metadata":{"name":"gpu-0","labels":{"nvidia.com/gpu.product":"H100"}},
                   "status":{"allocatable":{"nvidia.com/gpu":"8"}}})") },
        {});
    QCOMPARE(facts.largestNodeCapacity.value(QStringLiteral("nvidia.com/gpu")), 8);
    QCOMPARE(facts.gpuNodes.size(), 2);
    const GpuNode &big = facts.gpuNodes.at(0); // the most GPUs first
    QCOMPARE(big.name, QStringLiteral("gpu-0"));
    QCOMPARE(big.selector, QVariantMap({ { QStringLiteral("nvidia.com/gpu.product"), QStringLiteral("H100") } }));
    QVERIFY(big.tolerations.isEmpty());
    const GpuNode &small = facts.gpuNodes.at(1);
    QCOMPARE(small.product, QStringLiteral("L4"));
    QCOMPARE(small.allocatable, 2);
    QCOMPARE(small.selector, QVariantMap({ { QStringLiteral("nvidia.com/gpu.present"), QStringLiteral("true") } }));
    QCOMPARE(small.tolerations.size(), 2); // PreferNoSchedule needs none
    QCOMPARE(small.tolerations.at(0).toMap(),
             QVariantMap({ { QStringLiteral("key"), QStringLiteral("nvidia.com/gpu") },
                           { QStringLiteral("operator"), QStringLiteral("Equal") },
                           { QStringLiteral("value"), QStringLiteral("present") },
                           { QStringLiteral("effect"), QStringLiteral("NoSchedule") } }));
    QCOMPARE(small.tolerations.at(1).toMap().value(QStringLiteral("operator")), QVariant(QStringLiteral("Exists")));
}

void tst_NodeFacts::gpuNode_withoutLabels_isPickedByItsName()
{
    const ClusterFacts facts = NodeFacts::read(
        { node(R"({"metadata":{"name":"box"},"status":{"allocatable":{"amd.com/gpu":"1"}}})"),
          node(R"({"metadata":{"name":"none"},"status":{"allocatable":{"nvidia.com/gpu":"0"}}})") },
        {});
    QCOMPARE(facts.gpuNodes.size(), 1);
    QCOMPARE(facts.gpuNodes.first().selector,
             QVariantMap({ { QStringLiteral("kubernetes.io/hostname"), QStringLiteral("box") } }));
}

void tst_NodeFacts::storageClasses_sorted_defaultFound()
{
    const ClusterFacts facts = NodeFacts::read(
        {}, { node(R"({"metadata":{"name":"slow"}})"),
              node(R"({"metadata":{"name":"fast","annotations":{"storageclass.kubernetes.io/is-default-class":"true"}}})") });
    QCOMPARE(facts.storageClasses, QStringList({ QStringLiteral("fast"), QStringLiteral("slow") }));
    QCOMPARE(facts.defaultStorageClass, QStringLiteral("fast"));
}

void tst_NodeFacts::gpuResourceNames()
{
    QVERIFY(NodeFacts::isGpuResource(QStringLiteral("nvidia.com/gpu")));
    QVERIFY(NodeFacts::isGpuResource(QStringLiteral("amd.com/gpu")));
    QVERIFY(NodeFacts::isGpuResource(QStringLiteral("nvidia.com/gpu.shared")));
    QVERIFY(!NodeFacts::isGpuResource(QStringLiteral("gpu")));
    QVERIFY(!NodeFacts::isGpuResource(QStringLiteral("example.com/fpga")));
    QVERIFY(!NodeFacts::isGpuResource(QStringLiteral("hugepages-2Mi")));
}

void tst_NodeFacts::secretKeys_namesAndKeysOnly_releaseRecordsLeftOut()
{
    auto secret = [](const char *name, const char *type, const QJsonObject &data) {
        return QJsonObject { { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), QString::fromLatin1(name) } } },
                             { QStringLiteral("type"), QString::fromLatin1(type) },
                             { QStringLiteral("data"), data } };
    };
    const QMap<QString, QStringList> keys = NodeFacts::secretKeys({
        secret("env", "Opaque", { { QStringLiteral("redis-url"), QStringLiteral("cmVkaXM6Ly8=") },
                                  { QStringLiteral("database-url"), QStringLiteral("cG9zdGdyZXM6Ly8=") } }),
        secret("sh.helm.release.v1.eap.v1", "helm.sh/release.v1", { { QStringLiteral("release"), QStringLiteral("H4sI") } }),
        secret("empty", "Opaque", {}),
    });
    QCOMPARE(keys.keys(), QStringList({ QStringLiteral("empty"), QStringLiteral("env") }));
    QCOMPARE(keys.value(QStringLiteral("env")), QStringList({ QStringLiteral("database-url"), QStringLiteral("redis-url") }));
    QVERIFY(keys.value(QStringLiteral("empty")).isEmpty());
}

QTEST_APPLESS_MAIN(tst_NodeFacts)
#include "tst_nodefacts.moc"
