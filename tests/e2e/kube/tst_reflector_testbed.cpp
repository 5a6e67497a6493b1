#include "ApiServerProcess.h"
#include "Kubectl.h"
#include "WaitUntil.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"
#include "kube/PodLogStream.h"
#include "kube/Reflector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

// The reflector keeps its cache equal to the cluster through what really happens to a watch:
// changes, a kube-apiserver restart, a compacted history (410), and pod logs stream line by line.
// Each function works on pods of its own (its own label, which its reflector selects), so any
// one runs alone and in any order.
class tst_ReflectorTestbed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cache_followsCreatesUpdatesAndDeletes();
    void apiServerRestart_cacheEqualsAFreshList();
    void compactedHistory_leadsToARelist();
    void followedLog_deliversLinesAsTheyAreWritten();

private:
    // A reflector over the pods labelled `slipway.test/case: <testCase>`, started and synced;
    // null when it did not sync within 30 s.
    std::unique_ptr<Reflector> syncedReflector(const QString &testCase);
    // Empty when the reflector's cache equals kubectl's list of the same pods.
    QString cacheDifference(const Reflector &reflector, const QString &testCase) const;

    QString m_ns;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<ApiServerProcess> m_apiServer;
};

namespace {

// `count` pods named <testCase>-<prefix>-<i>, labelled as the test case's.
QByteArray pods(const QString &testCase, const QString &prefix, int count)
{
    QByteArray yaml;
    for (int i = 0; i < count; ++i)
        yaml += "---\napiVersion: v1\nkind: Pod\nmetadata: {name: " + testCase.toUtf8() + '-' + prefix.toUtf8()
            + '-' + QByteArray::number(i) + ", labels: {slipway.test/case: " + testCase.toUtf8()
            + "}}\nspec: {containers: [{name: main, image: registry.invalid/app:1}]}\n";
    return yaml;
}

QString selector(const QString &testCase)
{
    return QLatin1String("slipway.test/case=") + testCase;
}

} // namespace

std::unique_ptr<Reflector> tst_ReflectorTestbed::syncedReflector(const QString &testCase)
{
    Reflector::Options options;
    options.nameSpace = m_ns;
    options.labelSelector = selector(testCase);
    options.pageSize = 3;
    auto reflector = std::make_unique<Reflector>(m_client.get(), options);
    QSignalSpy synced(reflector.get(), &Reflector::synced);
    reflector->start();
    if (!synced.wait(30000))
        return nullptr;
    return reflector;
}

QString tst_ReflectorTestbed::cacheDifference(const Reflector &reflector, const QString &testCase) const
{
    QHash<QString, QString> fresh; // uid -> resourceVersion
    const QJsonObject list = Kubectl::json({ QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("pods"),
                                             QStringLiteral("-l"), selector(testCase) });
    for (const QJsonValue &pod : list[u"items"].toArray())
        fresh.insert(pod[u"metadata"][u"uid"].toString(), pod[u"metadata"][u"resourceVersion"].toString());
    QStringList problems;
    const auto &cache = reflector.cache();
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        if (!cache.contains(it.key()))
            problems << QStringLiteral("missing %1").arg(it.key());
        else if (cache[it.key()].resourceVersion != *it)
            problems << QStringLiteral("stale %1").arg(it.key());
        // The compact entry parses back to the very object the server holds at that version.
        else if (reflector.object(it.key())[u"metadata"][u"resourceVersion"].toString() != *it
                 || reflector.object(it.key())[u"metadata"][u"name"].toString() != cache[it.key()].name)
            problems << QStringLiteral("unreadable %1").arg(it.key());
    }
    for (auto it = cache.cbegin(); it != cache.cend(); ++it) {
        if (!fresh.contains(it.key()))
            problems << QStringLiteral("extra %1").arg(it.key());
    }
    return problems.join(QLatin1String(", "));
}

void tst_ReflectorTestbed::initTestCase()
{
    m_ns = QStringLiteral("e2e-kube-reflector-%1").arg(QCoreApplication::applicationPid());
    QVERIFY(Kubectl::createNamespace(m_ns));
    m_apiServer = std::make_unique<ApiServerProcess>();
    const Expected<Kubeconfig> config = Kubeconfig::load(Kubeconfig::sourcesFromEnvironment());
    QVERIFY(config);
    m_client = std::make_unique<KubeClient>(config->resolve(QStringLiteral("admin")).value());
}

void tst_ReflectorTestbed::cleanupTestCase()
{
    m_client.reset();
    if (m_apiServer && !m_apiServer->isRunning()) {
        m_apiServer->start();
        m_apiServer->waitReady(60);
    }
    m_apiServer.reset();
    Kubectl::deleteNamespace(m_ns);
}

void tst_ReflectorTestbed::cache_followsCreatesUpdatesAndDeletes()
{
    const QString testCase = QStringLiteral("follow");
    QVERIFY(Kubectl::apply(m_ns, pods(testCase, QStringLiteral("before"), 4)));
    const std::unique_ptr<Reflector> reflector = syncedReflector(testCase);
    QVERIFY2(reflector, "the reflector did not sync");
    QSignalSpy changed(reflector.get(), &Reflector::changed);
    QCOMPARE(reflector->cache().size(), 4);
    QCOMPARE(reflector->listCount(), 1);

    QVERIFY(Kubectl::apply(m_ns, pods(testCase, QStringLiteral("after"), 3)));
    QVERIFY(Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"),
                           QStringLiteral("follow-before-0"), QStringLiteral("--wait=true") }).ok());
    // KWOK moves the pods to Running and Ready; the cache must follow every step.
    QVERIFY2(waitUntil([&] { return cacheDifference(*reflector, testCase).isEmpty() && reflector->cache().size() == 6; },
                       30000),
             qPrintable(cacheDifference(*reflector, testCase)));
    QVERIFY(changed.size() >= 2);
    QCOMPARE(reflector->listCount(), 1); // all of it through the watch
}

void tst_ReflectorTestbed::apiServerRestart_cacheEqualsAFreshList()
{
    QVERIFY2(m_apiServer->isKnown(), "cannot read the kube-apiserver's command line");
    const QString testCase = QStringLiteral("restart");
    QVERIFY(Kubectl::apply(m_ns, pods(testCase, QStringLiteral("before"), 3)));
    const std::unique_ptr<Reflector> reflector = syncedReflector(testCase);
    QVERIFY2(reflector, "the reflector did not sync");
    QCOMPARE(reflector->cache().size(), 3);
    QSignalSpy problems(reflector.get(), &Reflector::problem);
    QVERIFY(m_apiServer->stop());
    QVERIFY(problems.wait(20000)); // the watch noticed
    // While the server is away, the world changes.
    QVERIFY(m_apiServer->start());
    QVERIFY(m_apiServer->waitReady(90));
    QVERIFY(Kubectl::apply(m_ns, pods(testCase, QStringLiteral("during"), 2)));
    QVERIFY(Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"),
                           QStringLiteral("restart-before-1"), QStringLiteral("--wait=true") }).ok());
    QVERIFY2(waitUntil([&] { return cacheDifference(*reflector, testCase).isEmpty() && reflector->cache().size() == 4; },
                       90000),
             qPrintable(cacheDifference(*reflector, testCase)));
    qInfo("after the restart: %d lists, %d watches", reflector->listCount(), reflector->watchCount());
    // The controller-manager backs off after a restart; the tests after this one (and the
    // suites after this binary) need a cluster that creates ServiceAccounts again.
    QVERIFY(m_apiServer->waitControllersSettled(120));
}

void tst_ReflectorTestbed::compactedHistory_leadsToARelist()
{
    // Compact etcd to its current revision and restart the API server: its watch cache starts
    // empty at the new revision, so the reflector's version is too old (410) and it must list.
    const QString testCase = QStringLiteral("compacted");
    QVERIFY(Kubectl::apply(m_ns, pods(testCase, QStringLiteral("before"), 2)));
    const std::unique_ptr<Reflector> reflector = syncedReflector(testCase);
    QVERIFY2(reflector, "the reflector did not sync");
    QCOMPARE(reflector->cache().size(), 2);
    const int listsBefore = reflector->listCount();
    const QString etcdctl = qEnvironmentVariable("SLIPWAY_TESTBED_BIN") + QLatin1String("/etcdctl");
    QProcess status;
    status.start(etcdctl, { QLatin1String("--endpoints=") + qEnvironmentVariable("SLIPWAY_TESTBED_ETCD_ENDPOINT"), QStringLiteral("endpoint"),
                            QStringLiteral("status"), QStringLiteral("--write-out=json") });
    QVERIFY(status.waitForFinished(20000));
    const QString revision = QRegularExpression(QStringLiteral(R"("revision":(\d+))"))
                                 .match(QString::fromUtf8(status.readAllStandardOutput()))
                                 .captured(1);
    QVERIFY(!revision.isEmpty());
    QVERIFY(m_apiServer->stop());
    QCOMPARE(QProcess::execute(etcdctl, { QLatin1String("--endpoints=") + qEnvironmentVariable("SLIPWAY_TESTBED_ETCD_ENDPOINT"),
                                          QStringLiteral("compact"), revision }),
             0);
    QVERIFY(m_apiServer->start());
    QVERIFY(m_apiServer->waitReady(90));
    QVERIFY(Kubectl::apply(m_ns, pods(testCase, QStringLiteral("after"), 1)));
    QVERIFY2(waitUntil([&] { return reflector->listCount() > listsBefore && cacheDifference(*reflector, testCase).isEmpty()
                                    && reflector->cache().size() == 3; },
                       90000),
             qPrintable(QStringLiteral("lists %1, difference: %2")
                            .arg(reflector->listCount())
                            .arg(cacheDifference(*reflector, testCase))));
    // A restart leaves the controller-manager backing off for a while; the tests after this
    // one (and the suites after this binary) need a cluster that creates ServiceAccounts again.
    QVERIFY(m_apiServer->waitControllersSettled(120));
}

void tst_ReflectorTestbed::followedLog_deliversLinesAsTheyAreWritten()
{
    QVERIFY(Kubectl::apply(m_ns, pods(QStringLiteral("log"), QStringLiteral("writer"), 1)));
    QVERIFY(Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("wait"), QStringLiteral("--for=condition=Ready"),
                           QStringLiteral("pod/log-writer-0"), QStringLiteral("--timeout=60s") }).ok());
    PodLogStream::Options options;
    options.nameSpace = m_ns;
    options.pod = QStringLiteral("log-writer-0");
    options.follow = true;
    options.tailLines = 1;
    options.timestamps = true;
    PodLogStream log(m_client.get(), options);
    QList<std::pair<qint64, QString>> seen;
    QElapsedTimer clock;
    clock.start();
    connect(&log, &PodLogStream::linesReceived, this, [&](const QStringList &lines) {
        for (const QString &line : lines)
            seen.append({ clock.elapsed(), line });
    });
    log.start();
    // Lines come while we listen (the writer adds one a second), not all at the end.
    const auto spread = [&] { return seen.isEmpty() ? 0 : seen.last().first - seen.first().first; };
    QTRY_VERIFY2_WITH_TIMEOUT(seen.size() >= 3 && spread() >= 2000,
                              qPrintable(QStringLiteral("%1 lines over %2 ms").arg(seen.size()).arg(spread())), 15000);
    log.stop();
    static const QRegularExpression numbered(QStringLiteral(R"(^\S+ .*log line (\d+))"));
    int previous = -1;
    for (const auto &[at, line] : seen) {
        const QRegularExpressionMatch m = numbered.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        QVERIFY(m.captured(1).toInt() > previous);
        previous = m.captured(1).toInt();
    }
}

QTEST_GUILESS_MAIN(tst_ReflectorTestbed)
#include "tst_reflector_testbed.moc"
