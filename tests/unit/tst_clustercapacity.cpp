#include "preflight/ClusterCapacity.h"
#include "PreflightFixtures.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Slipway::PreflightCheck::Severity)

namespace {

using PreflightFixtures::jsonFixture;
using PreflightFixtures::readFixture;

// Rendered manifests as the caller hands them over: one JSON object per YAML document.
QList<QJsonObject> manifestFixture(const QString &fileName)
{
    return PreflightFixtures::yamlDocuments(QString::fromUtf8(readFixture(fileName)), fileName);
}

// The testbed's nodes (tests/testbed/nodes.sh), without the GPU node where asked.
QJsonObject nodeList(bool withGpuNode)
{
    QJsonObject list = jsonFixture(u"nodes.json"_s);
    if (withGpuNode)
        return list;
    QJsonArray items;
    for (const QJsonValue &item : list[u"items"].toArray()) {
        if (item[u"metadata"][u"name"].toString() != QLatin1String("gpu-node-0"))
            items.append(item);
    }
    list[u"items"_s] = items;
    return list;
}

QString everything(const PreflightCheck &check)
{
    return (QStringList { check.message } + check.items + QStringList { check.remediation })
        .join(QLatin1Char('\n'));
}

} // namespace

class tst_ClusterCapacity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manifests_areJudgedAgainstTheTestbedsNodes_data();
    void manifests_areJudgedAgainstTheTestbedsNodes();
    void runningPods_countOnTheirNodesUntilTheyFinish();
    void upgrade_theReleasesOwnPodsMakeRoomForTheirReplacements();
    void workloads_giveTheirPodsAndReplicas();
    void unreadableQuantities_warnInsteadOfPassing();
    void report_countsAndPrintsItsChecks();
    void scale_aThousandPodsOnAHundredBusyNodesWithinTheBudget();
};

void tst_ClusterCapacity::manifests_areJudgedAgainstTheTestbedsNodes_data()
{
    QTest::addColumn<QString>("manifests");
    QTest::addColumn<bool>("withGpuNode");
    QTest::addColumn<PreflightCheck::Severity>("capacity");
    QTest::addColumn<QStringList>("capacitySays");
    QTest::addColumn<PreflightCheck::Severity>("gpu");
    QTest::addColumn<QStringList>("gpuSays");

    using S = PreflightCheck::Severity;
    QTest::newRow("a clean small release passes")
        << u"small-release.yaml"_s << true << S::Pass
        << QStringList { u"All 7 pods fit on 4 schedulable nodes: they ask 1.75 CPU and 1.7Gi memory; the nodes have 53.9 CPU and 347.9Gi memory free"_s }
        << S::Pass << QStringList { u"No pod asks for a GPU; the cluster has 4 nvidia.com/gpu free on 1 node"_s };
    QTest::newRow("a GPU request without the toleration fails the GPU check")
        << u"gpu-without-toleration.yaml"_s << true << S::Pass << QStringList()
        << S::Fail
        << QStringList { u"GPU node tainted and the pod does not tolerate it: gpu-node-0 has "
                         "nvidia.com/gpu but is tainted nvidia.com/gpu=present:NoSchedule and the "
                         "pod does not tolerate it (1 of 1 GPU pods cannot be placed"_s,
                         u"Deployment/vllm (1 of 1 pods)"_s };
    QTest::newRow("a GPU request whose selector no node matches")
        << u"gpu-wrong-selector.yaml"_s << true << S::Pass << QStringList() << S::Fail
        << QStringList { u"No GPU node matches the pod's selectors: no node matches nodeSelector disktype=ssd"_s };
    QTest::newRow("8 GPUs on a 4-GPU node fail the GPU check")
        << u"gpu-eight.yaml"_s << true << S::Pass << QStringList() << S::Fail
        << QStringList { u"More GPUs asked than the largest node has: vllm asks 8 nvidia.com/gpu; "
                         "the largest node has 4"_s };
    QTest::newRow("a GPU request on a cluster without GPU nodes")
        << u"gpu-tolerated.yaml"_s << false << S::Pass << QStringList() << S::Fail
        << QStringList { u"No GPU node: vllm asks 2 nvidia.com/gpu; no node has nvidia.com/gpu"_s,
                         u"the cluster has no GPU node"_s };
    QTest::newRow("a GPU request tolerating the taint passes")
        << u"gpu-tolerated.yaml"_s << true << S::Pass << QStringList() << S::Pass
        << QStringList { u"1 GPU pod(s) asking 2 nvidia.com/gpu fit; the cluster has 4 nvidia.com/gpu free on 1 node"_s };
    QTest::newRow("a profile larger than the nodes it may run on fails capacity")
        << u"large-profile.yaml"_s << true << S::Fail
        << QStringList { u"3 of 3 pods cannot be placed on the 4 schedulable nodes"_s,
                         u"Deployment/worker (3 of 3 pods): worker needs 12 CPU and 48Gi memory on "
                         "one node; the largest node it may run on has 8 CPU and 32Gi memory "
                         "(gpu-node-0 is large enough but is tainted "
                         "nvidia.com/gpu=present:NoSchedule and the pod does not tolerate it)"_s,
                         u"smaller size"_s }
        << S::Pass << QStringList { u"No pod asks for a GPU"_s };
    QTest::newRow("a profile larger than any node fails capacity")
        << u"huge-profile.yaml"_s << true << S::Fail
        << QStringList { u"1 of 1 pods cannot be placed"_s,
                         u"worker needs 64 CPU on one node; the largest node has 32"_s }
        << S::Pass << QStringList();
    QTest::newRow("running pods take room, finished ones do not")
        << u"batch.yaml"_s << true << S::Fail
        << QStringList { u"1 of 3 pods cannot be placed"_s,
                         u"Deployment/batch (1 of 3 pods): batch needs 7 CPU on one node; the largest free node has 6"_s }
        << S::Pass << QStringList();
}

void tst_ClusterCapacity::manifests_areJudgedAgainstTheTestbedsNodes()
{
    QFETCH(QString, manifests);
    QFETCH(bool, withGpuNode);
    QFETCH(PreflightCheck::Severity, capacity);
    QFETCH(QStringList, capacitySays);
    QFETCH(PreflightCheck::Severity, gpu);
    QFETCH(QStringList, gpuSays);

    const ClusterCapacity cc(nodeList(withGpuNode), jsonFixture(u"pods.json"_s),
                             manifestFixture(manifests));
    QVERIFY2(cc.problems().isEmpty(), qPrintable(cc.problems().join(u'\n')));
    const PreflightCheck capacityCheck = cc.capacityCheck();
    const PreflightCheck gpuCheck = cc.gpuCheck();
    QCOMPARE(capacityCheck.id, u"capacity"_s);
    QCOMPARE(gpuCheck.id, u"gpu"_s);
    QVERIFY2(capacityCheck.severity == capacity, qPrintable(everything(capacityCheck)));
    QVERIFY2(gpuCheck.severity == gpu, qPrintable(everything(gpuCheck)));
    for (const QString &text : capacitySays)
        QVERIFY2(everything(capacityCheck).contains(text), qPrintable(everything(capacityCheck)));
    for (const QString &text : gpuSays)
        QVERIFY2(everything(gpuCheck).contains(text), qPrintable(everything(gpuCheck)));
    QCOMPARE(capacityCheck.remediation.isEmpty(), capacity == PreflightCheck::Severity::Pass);
    QCOMPARE(gpuCheck.remediation.isEmpty(), gpu == PreflightCheck::Severity::Pass);
}

void tst_ClusterCapacity::runningPods_countOnTheirNodesUntilTheyFinish()
{
    QStringList problems;
    const QList<PlacementNode> nodes
        = ClusterCapacity::readNodes(nodeList(true), jsonFixture(u"pods.json"_s), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(nodes.size(), 4);
    QCOMPARE(nodes[0].requested.value(u"cpu"_s), 100);
    QCOMPARE(nodes[0].requested.value(u"memory"_s), qint64(70) << 20);
    QCOMPARE(nodes[1].requested.value(u"cpu"_s), 2000);
    QCOMPARE(nodes[1].requested.value(u"pods"_s), 1);
    QVERIFY(nodes[2].requested.isEmpty()); // Succeeded and Failed
    QCOMPARE(nodes[3].allocatable.value(u"nvidia.com/gpu"_s), 4);
    QCOMPARE(nodes[3].allocatable.value(u"cpu"_s), 32000);
    QCOMPARE(nodes[3].taints.size(), 1);
    QCOMPARE(Placement::describeTaint(nodes[3].taints.first()), u"nvidia.com/gpu=present:NoSchedule"_s);
    QCOMPARE(nodes[3].labels.value(u"nvidia.com/gpu.present"_s), u"true"_s);
}

void tst_ClusterCapacity::upgrade_theReleasesOwnPodsMakeRoomForTheirReplacements()
{
    // vLLM of namespace ai runs with 2 of gpu-node-0's 4 GPUs; the upgrade asks for 3.
    const auto runningVllm = [](const QString &nameSpace, const QString &replicaSet) {
        return QJsonDocument::fromJson(QStringLiteral(R"({"items": [{
            "metadata": {"name": "%2-x1", "namespace": "%1",
                         "labels": {"pod-template-hash": "7d9f"},
                         "ownerReferences": [{"kind": "ReplicaSet", "name": "%2"}]},
            "spec": {"nodeName": "gpu-node-0", "containers": [{"name": "vllm",
                     "resources": {"limits": {"nvidia.com/gpu": "2"}}}]},
            "status": {"phase": "Running"}}]})")
                                           .arg(nameSpace, replicaSet)
                                           .toUtf8())
            .object();
    };
    QList<QJsonObject> upgrade = manifestFixture(u"gpu-tolerated.yaml"_s);
    QJsonObject vllm = upgrade.first();
    QJsonObject spec = vllm[u"spec"].toObject();
    QJsonObject podSpec = spec[u"template"][u"spec"].toObject();
    QJsonArray containers = podSpec[u"containers"].toArray();
    QJsonObject container = containers.first().toObject();
    container[u"resources"] = QJsonObject { { u"limits"_s, QJsonObject { { u"nvidia.com/gpu"_s, 3 } } } };
    containers[0] = container;
    podSpec[u"containers"] = containers;
    spec[u"template"] = QJsonObject { { u"spec"_s, podSpec } };
    vllm[u"spec"] = spec;
    upgrade[0] = vllm;

    const ClusterCapacity own(nodeList(true), runningVllm(u"ai"_s, u"vllm-7d9f"_s), upgrade, u"ai"_s);
    QCOMPARE(own.replacedPods(), 1);
    QCOMPARE(own.gpuCheck().severity, PreflightCheck::Severity::Pass);
    QVERIFY2(own.capacityCheck().message.endsWith(
                 u"(not counting the release's 1 running pod(s), which the upgrade replaces)"_s),
             qPrintable(own.capacityCheck().message));

    // The same pod in another namespace, or of another Deployment, is someone else's load.
    for (const auto &[nameSpace, replicaSet] : { std::pair(u"other"_s, u"vllm-7d9f"_s),
                                                 std::pair(u"ai"_s, u"vllm2-7d9f"_s) }) {
        const ClusterCapacity foreign(nodeList(true), runningVllm(nameSpace, replicaSet), upgrade, u"ai"_s);
        QCOMPARE(foreign.replacedPods(), 0);
        const PreflightCheck gpu = foreign.gpuCheck();
        QCOMPARE(gpu.severity, PreflightCheck::Severity::Fail);
        QVERIFY2(everything(gpu).contains(u"3 nvidia.com/gpu"_s), qPrintable(everything(gpu)));
    }
}

void tst_ClusterCapacity::workloads_giveTheirPodsAndReplicas()
{
    const QJsonObject container { { u"name"_s, u"c"_s },
                                  { u"resources"_s, QJsonObject { { u"requests"_s, QJsonObject { { u"cpu"_s, u"100m"_s } } } } } };
    const QJsonObject podSpec { { u"containers"_s, QJsonArray { container } } };
    const QJsonObject templ { { u"spec"_s, podSpec } };
    const auto object = [](const QString &kind, const QJsonObject &spec) {
        return QJsonObject { { u"kind"_s, kind },
                             { u"metadata"_s, QJsonObject { { u"name"_s, kind.toLower() } } },
                             { u"spec"_s, spec } };
    };
    QStringList problems;
    const QList<PlacementPod> pods = ClusterCapacity::readWorkloads(
        { object(u"Deployment"_s, { { u"template"_s, templ } }),
          object(u"StatefulSet"_s, { { u"replicas"_s, 3 }, { u"template"_s, templ } }),
          object(u"ReplicaSet"_s, { { u"replicas"_s, 0 }, { u"template"_s, templ } }),
          object(u"DaemonSet"_s, { { u"template"_s, templ } }),
          object(u"Job"_s, { { u"parallelism"_s, 4 }, { u"completions"_s, 2 }, { u"template"_s, templ } }),
          object(u"CronJob"_s, { { u"jobTemplate"_s, QJsonObject { { u"spec"_s, QJsonObject { { u"parallelism"_s, 2 }, { u"template"_s, templ } } } } } }),
          object(u"Pod"_s, podSpec),
          object(u"ConfigMap"_s, {}) },
        &problems);
    QVERIFY(problems.isEmpty());
    QStringList seen;
    for (const PlacementPod &pod : pods) {
        seen.append(pod.owner + QLatin1Char(' ')
                    + (pod.daemonSet ? u"daemon"_s : QString::number(pod.replicas)));
        QCOMPARE(pod.effectiveRequests().value(u"cpu"_s), 100);
    }
    QCOMPARE(seen, (QStringList { u"Deployment/deployment 1"_s, u"StatefulSet/statefulset 3"_s,
                                  u"DaemonSet/daemonset daemon"_s, u"Job/job 2"_s,
                                  u"CronJob/cronjob 2"_s, u"Pod/pod 1"_s }));
}

void tst_ClusterCapacity::unreadableQuantities_warnInsteadOfPassing()
{
    QList<QJsonObject> manifests = manifestFixture(u"huge-profile.yaml"_s);
    QJsonObject deployment = manifests.first();
    const QByteArray text = QJsonDocument(deployment).toJson().replace("\"64\"", "\"lots\"").replace(": 64", ": \"lots\"");
    manifests = { QJsonDocument::fromJson(text).object() };
    const ClusterCapacity cc(nodeList(true), jsonFixture(u"pods.json"_s), manifests);
    QCOMPARE(cc.problems().size(), 1);
    QVERIFY2(cc.problems().first().contains(u"Deployment/worker: container worker: cpu"_s),
             qPrintable(cc.problems().first()));
    QVERIFY(cc.capacityCheck().severity == PreflightCheck::Severity::Warn);
}

void tst_ClusterCapacity::report_countsAndPrintsItsChecks()
{
    const ClusterCapacity cc(nodeList(true), jsonFixture(u"pods.json"_s),
                             manifestFixture(u"gpu-eight.yaml"_s));
    PreflightReport report;
    report.add(cc.capacityCheck());
    report.add(cc.gpuCheck());
    QVERIFY(report.failed());
    QCOMPARE(report.count(PreflightCheck::Severity::Pass), 1);
    QCOMPARE(report.count(PreflightCheck::Severity::Fail), 1);
    QVERIFY(report.check(u"gpu") && !report.check(u"storage"));

    const QJsonObject json = report.toJson();
    QCOMPARE(json[u"failed"].toBool(), true);
    QCOMPARE(json[u"counts"][u"fail"].toInt(), 1);
    QCOMPARE(json[u"counts"][u"warn"].toInt(), 0);
    const QJsonObject gpu = json[u"checks"][1].toObject();
    QCOMPARE(gpu.keys(), (QStringList { u"durationMs"_s, u"id"_s, u"items"_s, u"message"_s,
                                        u"remediation"_s, u"severity"_s, u"title"_s }));
    QCOMPARE(gpu[u"id"].toString(), u"gpu"_s);
    QCOMPARE(gpu[u"severity"].toString(), u"fail"_s);
    QCOMPARE(gpu[u"items"].toArray().size(), 1);

    const QStringList text = report.toText();
    QVERIFY2(text.first().startsWith(u"PASS  capacity  Capacity: Every pod of the release asks for a GPU"_s), qPrintable(text.first()));
    QVERIFY2(text[1].startsWith(u"FAIL  gpu       GPUs: More GPUs asked"_s), qPrintable(text[1]));
    QVERIFY2(text[2].startsWith(u"      - Deployment/vllm (1 of 1 pods): vllm asks 8"_s), qPrintable(text[2]));
    QVERIFY2(text[3].startsWith(u"      Fix: "_s), qPrintable(text[3]));
    QCOMPARE(text.last(), u"2 check(s): 1 passed, 0 with warnings, 1 failed"_s);
}

// The preflight budget is 2 s for everything on a cluster of 100 nodes running 1,000 pods; the
// capacity and GPU checks are a small part of it. Printed, so the time per check can be quoted.
void tst_ClusterCapacity::scale_aThousandPodsOnAHundredBusyNodesWithinTheBudget()
{
    const QJsonObject testbed = jsonFixture(u"nodes.json"_s);
    const QJsonObject cpuNode = testbed[u"items"][0].toObject();
    const QJsonObject gpuNode = testbed[u"items"][3].toObject();
    QJsonArray nodes;
    for (int i = 0; i < 100; ++i) {
        QJsonObject node = i % 10 == 9 ? gpuNode : cpuNode;
        QJsonObject metadata = node[u"metadata"].toObject();
        metadata[u"name"_s] = u"node-%1"_s.arg(i);
        node[u"metadata"_s] = metadata;
        nodes.append(node);
    }
    const auto container = [](const QString &cpu, const QString &memory) {
        return QJsonObject { { u"name"_s, u"main"_s },
                             { u"resources"_s, QJsonObject { { u"requests"_s,
                                   QJsonObject { { u"cpu"_s, cpu }, { u"memory"_s, memory } } } } } };
    };
    QJsonArray running;
    for (int i = 0; i < 1000; ++i) {
        running.append(QJsonObject {
            { u"metadata"_s, QJsonObject { { u"namespace"_s, u"busy"_s }, { u"name"_s, u"p%1"_s.arg(i) } } },
            { u"spec"_s, QJsonObject { { u"nodeName"_s, u"node-%1"_s.arg(i % 100) },
                                       { u"containers"_s, QJsonArray { container(u"%1m"_s.arg(100 + i % 400), u"%1Mi"_s.arg(128 + i % 512)) } } } },
            { u"status"_s, QJsonObject { { u"phase"_s, u"Running"_s } } } });
    }
    // 1,000 pods: 100 Deployments of 10 replicas, of ten different sizes, some on the GPU nodes.
    QList<QJsonObject> manifests;
    for (int d = 0; d < 100; ++d) {
        QJsonObject podSpec { { u"containers"_s, QJsonArray { container(u"%1m"_s.arg(50 + (d % 10) * 40), u"%1Mi"_s.arg(64 + (d % 10) * 96)) } } };
        if (d % 25 == 0) {
            QJsonObject gpuContainer = container(u"1"_s, u"4Gi"_s);
            QJsonObject resources = gpuContainer[u"resources"].toObject();
            resources[u"limits"_s] = QJsonObject { { u"nvidia.com/gpu"_s, 1 } };
            gpuContainer[u"resources"_s] = resources;
            podSpec = { { u"containers"_s, QJsonArray { gpuContainer } },
                        { u"tolerations"_s, QJsonArray { QJsonObject { { u"key"_s, u"nvidia.com/gpu"_s }, { u"operator"_s, u"Exists"_s } } } } };
        }
        manifests.append({ { u"kind"_s, u"Deployment"_s },
                           { u"metadata"_s, QJsonObject { { u"name"_s, u"app-%1"_s.arg(d) } } },
                           { u"spec"_s, QJsonObject { { u"replicas"_s, 10 },
                                                      { u"template"_s, QJsonObject { { u"spec"_s, podSpec } } } } } });
    }

    // The same again where nothing fits: every pod a bare Pod with a selector no node matches,
    // so each gets its own explanation.
    QList<QJsonObject> misfits;
    for (int p = 0; p < 1000; ++p) {
        misfits.append({ { u"kind"_s, u"Pod"_s },
                         { u"metadata"_s, QJsonObject { { u"name"_s, u"misfit-%1"_s.arg(p) } } },
                         { u"spec"_s, QJsonObject { { u"nodeSelector"_s, QJsonObject { { u"disktype"_s, u"ssd"_s } } },
                                                    { u"containers"_s, QJsonArray { container(u"1"_s, u"1Gi"_s) } } } } });
    }
    struct Run
    {
        ClusterCapacity capacity;
        PreflightCheck capacityCheck;
        PreflightCheck gpuCheck;
        qint64 elapsedMs;
    };
    const auto run = [&](const QList<QJsonObject> &release) {
        QElapsedTimer timer;
        timer.start();
        const ClusterCapacity cc(QJsonObject { { u"items"_s, nodes } },
                                 QJsonObject { { u"items"_s, running } }, release);
        const PreflightCheck capacity = cc.capacityCheck();
        const PreflightCheck gpu = cc.gpuCheck();
        return Run { cc, capacity, gpu, timer.elapsed() };
    };

    const Run fitting = run(manifests);
    qInfo("100 nodes, 1,000 running pods, 1,000 pods placed: reading and placing %lld ms, both "
          "checks %lld ms",
          fitting.capacity.elapsedMs(), fitting.elapsedMs);
    QCOMPARE(fitting.capacity.placement().placed.size(), 1000);
    QVERIFY2(fitting.capacityCheck.severity == PreflightCheck::Severity::Pass,
             qPrintable(everything(fitting.capacityCheck)));
    QVERIFY2(fitting.gpuCheck.severity == PreflightCheck::Severity::Pass,
             qPrintable(everything(fitting.gpuCheck)));
    QVERIFY2(fitting.elapsedMs < 2000, qPrintable(u"%1 ms"_s.arg(fitting.elapsedMs)));

    const Run misfitting = run(misfits);
    qInfo("100 nodes, 1,000 running pods, 1,000 pods that fit nowhere: both checks %lld ms",
          misfitting.elapsedMs);
    QCOMPARE(misfitting.capacity.placement().unplaced.size(), 1000);
    QVERIFY(misfitting.capacityCheck.message.startsWith(u"1000 of 1000 pods cannot be placed"_s));
    QVERIFY2(misfitting.elapsedMs < 2000, qPrintable(u"%1 ms"_s.arg(misfitting.elapsedMs)));
}

QTEST_APPLESS_MAIN(tst_ClusterCapacity)
#include "tst_clustercapacity.moc"
