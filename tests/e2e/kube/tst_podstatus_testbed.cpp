#include "KubeFixtures.h"
#include "Kubectl.h"
#include "PodColumns.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>

// The pod columns Slipway computes equal what `kubectl get pods` prints for the same objects:
// first for pods the testbed drives through real states (KWOK), then for every pod of the unit
// fixtures, replayed on the server (status written through the status subresource) so that the
// server's own printer confirms the fixtures.
class tst_PodStatusTestbed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void testbedPods_columnsEqualKubectl();
    void fixturePods_serverPrintsWhatTheFixturesSay();

private:
    struct Snapshot
    {
        QHash<QString, QJsonObject> pods; // only pods that did not change while kubectl printed
        QHash<QString, PodColumns> columns;
        QDateTime from, to;
    };
    Snapshot snapshot() const;

    QString m_ns;
};

namespace {

const QByteArray kPods = R"(
apiVersion: v1
kind: Pod
metadata: {name: running}
spec: {containers: [{name: main, image: registry.invalid/app:1}]}
---
apiVersion: v1
kind: Pod
metadata: {name: unschedulable}
spec: {containers: [{name: main, image: registry.invalid/app:1, resources: {requests: {cpu: "1000"}}}]}
---
apiVersion: v1
kind: Pod
metadata: {name: no-image, labels: {kwok.test/fault: ImagePullBackOff}}
spec: {containers: [{name: main, image: registry.invalid/missing:1}]}
---
apiVersion: v1
kind: Pod
metadata: {name: crashy, labels: {kwok.test/fault: CrashLoopBackOff}}
spec: {containers: [{name: main, image: registry.invalid/app:1}]}
---
apiVersion: v1
kind: Pod
metadata: {name: not-ready, labels: {kwok.test/fault: NotReady}}
spec: {containers: [{name: main, image: registry.invalid/app:1}]}
---
apiVersion: v1
kind: Pod
metadata: {name: init-slow, annotations: {kwok.test/start-delay: 3s, kwok.test/ready-delay: 2s}}
spec:
  initContainers: [{name: setup, image: registry.invalid/setup:1}]
  containers: [{name: main, image: registry.invalid/app:1}]
---
apiVersion: v1
kind: Pod
metadata: {name: sidecar}
spec:
  initContainers: [{name: proxy, image: registry.invalid/proxy:1, restartPolicy: Always}]
  containers: [{name: main, image: registry.invalid/app:1}]
---
apiVersion: v1
kind: Pod
metadata: {name: two-containers}
spec: {containers: [{name: a, image: registry.invalid/app:1}, {name: b, image: registry.invalid/app:1}]}
---
apiVersion: v1
kind: Pod
metadata: {name: gated}
spec:
  schedulingGates: [{name: slipway.test/hold}]
  containers: [{name: main, image: registry.invalid/app:1}]
---
apiVersion: v1
kind: Pod
metadata: {name: terminating, finalizers: [slipway.test/hold]}
spec: {containers: [{name: main, image: registry.invalid/app:1}]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: job}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: main, image: registry.invalid/job:1}]
)";

// The state each pod is driven to; the test runs until each was seen (and compared) in it.
const QHash<QString, QString> kTargets = {
    { QStringLiteral("running"), QStringLiteral("Running") },
    { QStringLiteral("unschedulable"), QStringLiteral("Pending") },
    { QStringLiteral("no-image"), QStringLiteral("ImagePullBackOff") },
    { QStringLiteral("crashy"), QStringLiteral("CrashLoopBackOff") },
    { QStringLiteral("not-ready"), QStringLiteral("Running") },
    { QStringLiteral("init-slow"), QStringLiteral("Running") },
    { QStringLiteral("sidecar"), QStringLiteral("Running") },
    { QStringLiteral("two-containers"), QStringLiteral("Running") },
    { QStringLiteral("gated"), QStringLiteral("SchedulingGated") },
    { QStringLiteral("terminating"), QStringLiteral("Terminating") },
    { QStringLiteral("job"), QStringLiteral("Completed") },
};

QString targetKey(const QJsonObject &pod)
{
    const QString name = pod[u"metadata"][u"name"].toString();
    return name.startsWith(QLatin1String("job-")) ? QStringLiteral("job") : name;
}

void releaseFinalizers(const QString &ns)
{
    const QJsonObject list = Kubectl::json({ QStringLiteral("-n"), ns, QStringLiteral("get"),
                                             QStringLiteral("pods") });
    for (const QJsonValue &pod : list[u"items"].toArray()) {
        if (pod[u"metadata"][u"finalizers"].toArray().isEmpty())
            continue;
        Kubectl::run({ QStringLiteral("-n"), ns, QStringLiteral("patch"), QStringLiteral("pod"),
                       pod[u"metadata"][u"name"].toString(), QStringLiteral("--type=merge"),
                       QStringLiteral("-p"), QStringLiteral(R"({"metadata":{"finalizers":null}})") });
    }
}

// Every container (or container status) in `object`'s arrays `fields` names an image nothing
// pulls; a status also loses its imageID.
void useFixtureImage(QJsonObject &object, std::initializer_list<QStringView> fields)
{
    for (const QStringView field : fields) {
        QJsonArray entries = object[field].toArray();
        for (QJsonValueRef entry : entries) {
            QJsonObject o = entry.toObject();
            o[u"image"] = QStringLiteral("registry.invalid/fixture:1");
            if (field.endsWith(u"Statuses"))
                o[u"imageID"] = QString();
            entry = o;
        }
        if (!entries.isEmpty())
            object[field] = entries;
    }
}

} // namespace

void tst_PodStatusTestbed::initTestCase()
{
    m_ns = QStringLiteral("e2e-kube-podstatus-%1").arg(QCoreApplication::applicationPid());
    QVERIFY2(Kubectl::createNamespace(m_ns), "cannot create the test namespace");
}

void tst_PodStatusTestbed::cleanupTestCase()
{
    releaseFinalizers(m_ns);
    Kubectl::deleteNamespace(m_ns);
}

tst_PodStatusTestbed::Snapshot tst_PodStatusTestbed::snapshot() const
{
    const QStringList get { QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("pods") };
    Snapshot s;
    const QJsonArray before = Kubectl::json(get)[u"items"].toArray();
    s.from = QDateTime::currentDateTimeUtc();
    s.columns = PodColumns::fromKubectl(m_ns);
    s.to = QDateTime::currentDateTimeUtc();
    QHash<QString, QString> versions;
    for (const QJsonValue &pod : before)
        versions.insert(pod[u"metadata"][u"name"].toString(),
                        pod[u"metadata"][u"resourceVersion"].toString());
    for (const QJsonValue &pod : Kubectl::json(get)[u"items"].toArray()) {
        const QString name = pod[u"metadata"][u"name"].toString();
        if (versions.value(name) == pod[u"metadata"][u"resourceVersion"].toString())
            s.pods.insert(name, pod.toObject());
    }
    return s;
}

void tst_PodStatusTestbed::testbedPods_columnsEqualKubectl()
{
    QVERIFY(Kubectl::apply(m_ns, kPods));
    QSet<QString> reached;
    QSet<QString> statesCompared;
    QStringList mismatches;
    bool deleteRequested = false;
    QElapsedTimer clock;
    clock.start();
    while (reached.size() < kTargets.size() && clock.elapsed() < 90000) {
        const Snapshot s = snapshot();
        for (auto it = s.pods.cbegin(); it != s.pods.cend(); ++it) {
            if (!s.columns.contains(it.key()))
                continue;
            const PodColumns &kubectl = s.columns[it.key()];
            const QString problem = PodColumns::diff(*it, kubectl, s.from, s.to);
            if (!problem.isEmpty())
                mismatches << it.key() + QLatin1String(": ") + problem;
            statesCompared.insert(kubectl.status + QLatin1Char(' ') + kubectl.ready);
            if (kTargets.value(targetKey(*it)) == kubectl.status)
                reached.insert(targetKey(*it));
        }
        // A pod held by a finalizer shows Terminating once deleted; delete it when it runs.
        if (!deleteRequested && s.columns.value(QStringLiteral("terminating")).status
                == QLatin1String("Running")) {
            reached.remove(QStringLiteral("terminating"));
            Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"),
                           QStringLiteral("terminating"), QStringLiteral("--wait=false") });
            deleteRequested = true;
        }
        if (!deleteRequested)
            reached.remove(QStringLiteral("terminating"));
        QTest::qWait(300);
    }
    qInfo("states compared: %s", qPrintable(QStringList(statesCompared.cbegin(), statesCompared.cend()).join(QLatin1String(", "))));
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    const QSet<QString> all(kTargets.keyBegin(), kTargets.keyEnd());
    QVERIFY2(reached == all, qPrintable(QLatin1String("never reached their state: ")
                                        + QStringList((all - reached).cbegin(), (all - reached).cend())
                                              .join(QLatin1String(", "))));
}

void tst_PodStatusTestbed::fixturePods_serverPrintsWhatTheFixturesSay()
{
    const QJsonArray cases = kubeFixture(QStringLiteral("pod-status.json"))[u"cases"].toArray();
    QHash<QString, QJsonObject> expected;
    // Pods in deletion (held by a finalizer) are a second batch, created after the others.
    QJsonArray items[2];
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString name = QStringLiteral("fx-%1").arg(i);
        QJsonObject pod = cases[i][u"pod"].toObject();
        QJsonObject spec = pod[u"spec"].toObject();
        useFixtureImage(spec, { u"containers", u"initContainers" });
        // No scheduler and no KWOK node takes a pod for this scheduler, so its status stays ours.
        spec[u"schedulerName"] = QStringLiteral("slipway-e2e-nobody");
        QJsonObject metadata { { QStringLiteral("name"), name } };
        const bool deleted = pod[u"metadata"][u"deletionTimestamp"].isString();
        if (deleted) {
            metadata[u"finalizers"] = QJsonArray { QStringLiteral("slipway.test/hold") };
            // The pod garbage collector fails a terminating pod bound to no node on its next
            // pass (every 20 s); one bound to a node that does not exist only after a 40 s
            // quarantine, after this test has read it.
            spec[u"nodeName"] = QStringLiteral("slipway-e2e-nowhere");
        }
        items[deleted ? 1 : 0].append(QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                                   { QStringLiteral("kind"), QStringLiteral("Pod") },
                                   { QStringLiteral("metadata"), metadata },
                                   { QStringLiteral("spec"), spec } });
        expected.insert(name, cases[i].toObject());
    }
    for (const QJsonArray &batch : items) {
        const QJsonObject list { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                                 { QStringLiteral("kind"), QStringLiteral("List") },
                                 { QStringLiteral("items"), batch } };
        QVERIFY(Kubectl::apply(m_ns, QJsonDocument(list).toJson()));
        for (const QJsonValue &item : batch) {
            const QString name = item[u"metadata"][u"name"].toString();
            const QJsonObject pod = expected[name][u"pod"].toObject();
            if (pod[u"metadata"][u"deletionTimestamp"].isString())
                QVERIFY(Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"),
                                       name, QStringLiteral("--wait=false") })
                            .ok());
            QJsonObject status = pod[u"status"].toObject();
            useFixtureImage(status, { u"containerStatuses", u"initContainerStatuses" });
            const QByteArray patch = QJsonDocument(QJsonObject { { QStringLiteral("status"), status } })
                                         .toJson(QJsonDocument::Compact);
            const Kubectl::Result r = Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("patch"),
                                                     QStringLiteral("pod"), name,
                                                     QStringLiteral("--subresource=status"),
                                                     QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                                     QString::fromUtf8(patch) });
            QVERIFY2(r.ok(), qPrintable(expected[name][u"name"].toString() + QLatin1String(": ") + QString::fromUtf8(r.err)));
        }
    }

    const Snapshot s = snapshot();
    QStringList problems;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QString what = it.key() + QLatin1String(" (") + (*it)[u"name"].toString() + QLatin1String("): ");
        if (!s.pods.contains(it.key()) || !s.columns.contains(it.key())) {
            problems << what + QLatin1String("changed while being read");
            continue;
        }
        const PodColumns &server = s.columns[it.key()];
        const QString mine = PodColumns::diff(s.pods[it.key()], server, s.from, s.to);
        if (!mine.isEmpty())
            problems << what + mine;
        // The fixture's own expectation only holds while the phase is the fixture's.
        if (s.pods[it.key()][u"status"][u"phase"] != (*it)[u"pod"][u"status"][u"phase"]) {
            problems << what + QStringLiteral("a controller changed the phase to %1")
                                   .arg(s.pods[it.key()][u"status"][u"phase"].toString());
            continue;
        }
        const QJsonValue expect = (*it)[u"expect"];
        if (server.status != expect[u"status"].toString() || server.ready != expect[u"ready"].toString()
            || server.restarts.section(QLatin1Char(' '), 0, 0)
                != expect[u"restarts"].toString().section(QLatin1Char(' '), 0, 0))
            problems << what + QStringLiteral("the server prints %1 %2 %3, the fixture says %4 %5 %6")
                                   .arg(server.ready, server.status, server.restarts,
                                        expect[u"ready"].toString(), expect[u"status"].toString(),
                                        expect[u"restarts"].toString());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_PodStatusTestbed)
#include "tst_podstatus_testbed.moc"
