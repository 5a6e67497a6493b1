#include "ApiServerProcess.h"
#include "Kubectl.h"
#include "WaitUntil.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"
#include "kube/PodLogStream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <memory>

using namespace Slipway;

// A followed pod log on the testbed survives a kube-apiserver restart: every line the container
// wrote meanwhile arrives once, in order, with no gap and no repeat (the testbed's log-writer
// numbers its lines, one a second). A pod deleted meanwhile ends its stream instead.
class tst_PodLogStreamTestbed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void apiServerRestart_linesStayConsecutive_deletedPodEnds();

private:

    QString m_ns;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<ApiServerProcess> m_apiServer;
};

namespace {

QByteArray pod(const QString &name)
{
    return "apiVersion: v1\nkind: Pod\nmetadata: {name: " + name.toUtf8()
        + "}\nspec: {containers: [{name: main, image: registry.invalid/app:1}]}\n";
}

// The numbers of log-writer's lines, in the order they came; -1 for a line that is not one of
// this pod's container "main" (each pod has a stream of its own, naming it).
QList<int> numbersOf(const QStringList &lines, const QString &ns, const QString &pod)
{
    const QRegularExpression numbered(
        QStringLiteral(R"re(^level=info pod=%1/%2 container=main restarts=0 msg="slipway testbed container log line (\d+)"$)re")
            .arg(QRegularExpression::escape(ns), QRegularExpression::escape(pod)));
    QList<int> numbers;
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = numbered.match(line);
        numbers << (m.hasMatch() ? m.captured(1).toInt() : -1);
    }
    return numbers;
}

QString gapsIn(const QList<int> &numbers)
{
    QStringList problems;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (numbers[i] < 0)
            problems << QStringLiteral("line %1 is not numbered").arg(i);
        else if (i > 0 && numbers[i] != numbers[i - 1] + 1)
            problems << QStringLiteral("%1 follows %2").arg(numbers[i]).arg(numbers[i - 1]);
    }
    return problems.join(QLatin1String(", "));
}

struct Follower
{
    std::unique_ptr<PodLogStream> stream;
    QStringList lines;
    QStringList reconnecting;
    int resumed = 0;
    bool finished = false;
};

} // namespace

void tst_PodLogStreamTestbed::initTestCase()
{
    m_ns = QStringLiteral("e2e-kube-logs-%1").arg(QCoreApplication::applicationPid());
    QVERIFY(Kubectl::createNamespace(m_ns));
    m_apiServer = std::make_unique<ApiServerProcess>();
    const Expected<Kubeconfig> config = Kubeconfig::load(Kubeconfig::sourcesFromEnvironment());
    QVERIFY(config);
    m_client = std::make_unique<KubeClient>(config->resolve(QStringLiteral("admin")).value());
}

void tst_PodLogStreamTestbed::cleanupTestCase()
{
    m_client.reset();
    if (m_apiServer && !m_apiServer->isRunning()) {
        m_apiServer->start();
        m_apiServer->waitReady(60);
    }
    m_apiServer.reset();
    Kubectl::deleteNamespace(m_ns);
}

void tst_PodLogStreamTestbed::apiServerRestart_linesStayConsecutive_deletedPodEnds()
{
    QVERIFY2(m_apiServer->isKnown(), "cannot read the kube-apiserver's command line");
    QVERIFY(Kubectl::apply(m_ns, pod(QStringLiteral("stays")) + "---\n" + pod(QStringLiteral("goes"))));
    QVERIFY(Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("wait"), QStringLiteral("--for=condition=Ready"),
                           QStringLiteral("pod/stays"), QStringLiteral("pod/goes"), QStringLiteral("--timeout=60s") })
                .ok());
    QVERIFY(Kubectl::waitForOwnLogs(m_ns, QStringLiteral("stays"), QStringLiteral("main")));
    QVERIFY(Kubectl::waitForOwnLogs(m_ns, QStringLiteral("goes"), QStringLiteral("main")));

    const auto follow = [&](const QString &name) {
        auto f = std::make_unique<Follower>();
        PodLogStream::Options options;
        options.nameSpace = m_ns;
        options.pod = name;
        options.follow = true;
        options.tailLines = 2; // timestamps not asked for: they must not show
        f->stream = std::make_unique<PodLogStream>(m_client.get(), options);
        Follower *raw = f.get();
        connect(raw->stream.get(), &PodLogStream::linesReceived, this,
                [raw](const QStringList &l) { raw->lines += l; });
        connect(raw->stream.get(), &PodLogStream::reconnecting, this,
                [raw](const QString &reason, int) { raw->reconnecting << reason; });
        connect(raw->stream.get(), &PodLogStream::resumed, this, [raw] { ++raw->resumed; });
        connect(raw->stream.get(), &PodLogStream::finished, this, [raw] { raw->finished = true; });
        raw->stream->start();
        return f;
    };
    const std::unique_ptr<Follower> stays = follow(QStringLiteral("stays"));
    const std::unique_ptr<Follower> goes = follow(QStringLiteral("goes"));
    QVERIFY(waitUntil([&] { return stays->lines.size() >= 4 && goes->lines.size() >= 4; }, 30000));

    // kwok keeps serving the log of a deleted pod; the API server's answer after the restart
    // is what tells the stream that the pod is gone.
    QVERIFY(Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("goes"),
                           QStringLiteral("--grace-period=0"), QStringLiteral("--force") })
                .ok());
    QVERIFY(!goes->finished);

    const qsizetype beforeStop = stays->lines.size();
    QElapsedTimer outage;
    outage.start();
    QVERIFY(m_apiServer->stop());
    QVERIFY(waitUntil([&] { return stays->stream->state() == PodLogStream::State::Reconnecting; }, 20000));
    QTest::qWait(3000); // the container keeps writing while nobody can read
    QVERIFY(m_apiServer->start());
    QVERIFY(m_apiServer->waitReady(90));
    qInfo("API server away for %lld ms; %lld lines before it stopped", outage.elapsed(), qlonglong(beforeStop));

    QVERIFY2(waitUntil([&] { return stays->resumed >= 1 && stays->lines.size() >= beforeStop + 8; }, 60000),
             qPrintable(QStringLiteral("%1 lines, %2 resumes").arg(stays->lines.size()).arg(stays->resumed)));
    stays->stream->stop();
    QVERIFY(stays->finished);

    const QList<int> numbers = numbersOf(stays->lines, m_ns, QStringLiteral("stays"));
    QVERIFY2(gapsIn(numbers).isEmpty(), qPrintable(gapsIn(numbers) + QLatin1String(" in: ") + stays->lines.join(QLatin1Char('\n'))));
    QVERIFY(stays->reconnecting.size() >= 1);
    QCOMPARE(stays->stream->reconnects(), stays->resumed);
    qInfo("%lld consecutive lines (%d..%d), %lld reconnect attempts, %d resumed", qlonglong(numbers.size()),
          numbers.first(), numbers.last(), qlonglong(stays->reconnecting.size()), stays->resumed);

    QVERIFY(waitUntil([&] { return goes->finished; }, 30000));
    QCOMPARE(goes->stream->error().kind, ApiError::Kind::NotFound);
    QCOMPARE(goes->resumed, 0);
    const QList<int> goesNumbers = numbersOf(goes->lines, m_ns, QStringLiteral("goes"));
    QVERIFY2(gapsIn(goesNumbers).isEmpty(), qPrintable(gapsIn(goesNumbers) + QLatin1String(" in: ") + goes->lines.join(QLatin1Char('\n'))));

    QElapsedTimer settle;
    settle.start();
    QVERIFY2(m_apiServer->waitControllersSettled(180), "the controller-manager did not recover from the restart");
    qInfo("controller-manager serving again %lld ms later", settle.elapsed());
}

QTEST_GUILESS_MAIN(tst_PodLogStreamTestbed)
#include "tst_podlogstream_testbed.moc"
