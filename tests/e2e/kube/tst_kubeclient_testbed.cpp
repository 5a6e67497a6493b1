#include "Kubectl.h"
#include "TestFiles.h"
#include "TestbedContext.h"
#include "kube/AccessReview.h"
#include "kube/KubeClient.h"
#include "kube/KubeList.h"
#include "kube/Kubeconfig.h"
#include "kube/PodLogStream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Slipway;

// KubeClient against the testbed: every identity of its kubeconfig and every credential kind
// works, or fails with a message that says who may not do what where.
class tst_KubeClientTestbed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void identities_workOrAreRefusedWithTheRightMessage_data();
    void identities_workOrAreRefusedWithTheRightMessage();
    void execCredential_isCachedUntilItExpires();
    void execCredential_refusedTokenIsRefreshedAndTheRequestRetriedOnce();
    void execPlugin_stderrReachesTheUser();
    void execPlugin_missingCommandIsNamed();
    void slowExecPlugin_runningStreamKeepsFlowing_concurrentRequestsShareOneRun();
    void tokenFile_isReadAgainWhenItChanges();
    void wrongCertificateAuthority_isAnUnknownAuthority();
    void accessReviews_answerPerNamespace();
    void list_pagesThroughOneSnapshot();

private:
    static KubeReply *sendAndWait(KubeClient &client, const KubeRequest &request);
    static QString testbedFile(const QString &name);

    QString m_ns;
    std::optional<TestFiles> m_files;
};

QString tst_KubeClientTestbed::testbedFile(const QString &name)
{
    return qEnvironmentVariable("SLIPWAY_TESTBED_DIR") + QLatin1Char('/') + name;
}

KubeReply *tst_KubeClientTestbed::sendAndWait(KubeClient &client, const KubeRequest &request)
{
    KubeReply *reply = client.send(request);
    QSignalSpy finished(reply, &KubeReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    return reply;
}

void tst_KubeClientTestbed::initTestCase()
{
    m_ns = QStringLiteral("e2e-kube-client-%1").arg(QCoreApplication::applicationPid());
    QVERIFY(Kubectl::createNamespace(m_ns));
    m_files.emplace();
}

void tst_KubeClientTestbed::cleanupTestCase()
{
    Kubectl::deleteNamespace(m_ns);
}

void tst_KubeClientTestbed::identities_workOrAreRefusedWithTheRightMessage_data()
{
    QTest::addColumn<QString>("contextName");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("words");
    const auto ok = int(ApiError::Kind::None);
    const auto forbidden = int(ApiError::Kind::Forbidden);
    QTest::newRow("certificate, cluster admin") << QStringLiteral("admin") << QStringLiteral("GET")
        << QStringLiteral("/api/v1/nodes") << ok << QStringList();
    QTest::newRow("certificate, own namespace") << QStringLiteral("limited") << QStringLiteral("GET")
        << QStringLiteral("/api/v1/namespaces/team-a/pods") << ok << QStringList();
    QTest::newRow("certificate, other namespace") << QStringLiteral("limited") << QStringLiteral("GET")
        << QStringLiteral("/api/v1/namespaces/default/pods") << forbidden
        << QStringList { QStringLiteral("“limited”"), QStringLiteral("list"), QStringLiteral("pods"),
                         QStringLiteral("namespace “default”") };
    QTest::newRow("token, reading") << QStringLiteral("viewer") << QStringLiteral("GET")
        << QStringLiteral("/apis/apps/v1/namespaces/default/deployments") << ok << QStringList();
    QTest::newRow("token, writing") << QStringLiteral("viewer") << QStringLiteral("POST")
        << QStringLiteral("/apis/apps/v1/namespaces/default/deployments") << forbidden
        << QStringList { QStringLiteral("“viewer”"), QStringLiteral("create"),
                         QStringLiteral("deployments.apps"), QStringLiteral("namespace “default”") };
    QTest::newRow("token without any role") << QStringLiteral("nobody") << QStringLiteral("GET")
        << QStringLiteral("/api/v1/nodes") << forbidden
        << QStringList { QStringLiteral("“nobody”"), QStringLiteral("list"), QStringLiteral("nodes"),
                         QStringLiteral("cluster scope") };
    QTest::newRow("unknown token") << QStringLiteral("badtoken") << QStringLiteral("GET")
        << QStringLiteral("/api/v1/namespaces/default/pods") << int(ApiError::Kind::Unauthorized)
        << QStringList { QStringLiteral("401") };
    QTest::newRow("exec plugin") << QStringLiteral("exec") << QStringLiteral("GET")
        << QStringLiteral("/api/v1/nodes") << ok << QStringList();
}

void tst_KubeClientTestbed::identities_workOrAreRefusedWithTheRightMessage()
{
    QFETCH(QString, contextName);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(QStringList, words);
    KubeClient client(testbedContext(contextName));
    const KubeRequest request = method == QLatin1String("POST")
        ? KubeRequest::post(path, R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"x"}})")
        : KubeRequest::get(path);
    KubeReply *reply = sendAndWait(client, request);
    QVERIFY(reply->isFinished());
    QCOMPARE(int(reply->error().kind), kind);
    const QString message = reply->error().message();
    for (const QString &word : words)
        QVERIFY2(message.contains(word), qPrintable(message));
}

void tst_KubeClientTestbed::execCredential_isCachedUntilItExpires()
{
    const QString calls = m_files->path(QStringLiteral("cached.calls"));
    KubeClient client(countedExecContext(calls, 3));
    const auto callCount = [&] {
        QFile f(calls);
        return f.open(QIODevice::ReadOnly) ? f.readAll().count('\n') : 0;
    };
    for (int i = 0; i < 3; ++i)
        QVERIFY(sendAndWait(client, KubeRequest::get(QStringLiteral("/version")))->ok());
    QCOMPARE(callCount(), 1);
    QTest::qWait(4500); // past the 3 s expiry (the timestamp has whole seconds)
    QVERIFY(sendAndWait(client, KubeRequest::get(QStringLiteral("/api/v1/nodes")))->ok());
    QCOMPARE(callCount(), 2);
}

void tst_KubeClientTestbed::execCredential_refusedTokenIsRefreshedAndTheRequestRetriedOnce()
{
    // First run hands out a token the server does not know, later runs the real one.
    const QString counter = m_files->path(QStringLiteral("rotating.count"));
    const QByteArray count = counter.toUtf8();
    const QByteArray token = testbedFile(QStringLiteral("exec.token")).toUtf8();
    const QString plugin = m_files->write(QStringLiteral("rotating-plugin"),
        "#!/bin/sh\nn=$(cat '" + count + "' 2>/dev/null || echo 0); n=$((n+1)); echo $n >'" + count
            + "'\nif [ $n = 1 ]; then t=stale-token; else t=$(cat '" + token + "'); fi\n"
              "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
              "\"status\":{\"token\":\"%s\"}}' \"$t\"\n",
        true);
    ResolvedContext c = testbedContext(QStringLiteral("exec"));
    c.user.exec->command = plugin;
    c.user.exec->args.clear();
    KubeClient client(c);
    KubeReply *reply = sendAndWait(client, KubeRequest::get(QStringLiteral("/api/v1/nodes")));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    QFile f(counter);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().trimmed(), QByteArray("2"));
}

void tst_KubeClientTestbed::execPlugin_stderrReachesTheUser()
{
    const QByteArray token = testbedFile(QStringLiteral("exec.token")).toUtf8();
    const QString plugin = m_files->write(QStringLiteral("chatty-plugin"),
        "#!/bin/sh\necho 'To sign in, open http://127.0.0.1:1/device and enter code ABCD' >&2\n"
        "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
        "\"status\":{\"token\":\"%s\"}}' \"$(cat '" + token + "')\"\n",
        true);
    ResolvedContext c = testbedContext(QStringLiteral("exec"));
    c.user.exec->command = plugin;
    c.user.exec->args.clear();
    KubeClient client(c);
    QSignalSpy messages(&client, &KubeClient::credentialPluginMessage);
    QVERIFY(sendAndWait(client, KubeRequest::get(QStringLiteral("/version")))->ok());
    QTRY_COMPARE(messages.size(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QLatin1String("enter code ABCD")));
}

void tst_KubeClientTestbed::execPlugin_missingCommandIsNamed()
{
    ResolvedContext c = testbedContext(QStringLiteral("exec"));
    c.user.exec->command = QStringLiteral("slipway-no-such-credential-plugin");
    c.user.exec->installHint = QStringLiteral("Install it from your identity team.");
    KubeClient client(c);
    KubeReply *reply = sendAndWait(client, KubeRequest::get(QStringLiteral("/version")));
    QCOMPARE(reply->error().kind, ApiError::Kind::Credentials);
    const QString message = reply->error().message();
    QVERIFY2(message.contains(QLatin1String("slipway-no-such-credential-plugin")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("not found")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("identity team")), qPrintable(message));
}

void tst_KubeClientTestbed::slowExecPlugin_runningStreamKeepsFlowing_concurrentRequestsShareOneRun()
{
    // The testbed's plugin behind a 3 s delay (a cloud CLI, a device-code login): its credential
    // lives 8 s, and every run is counted.
    const QString calls = m_files->path(QStringLiteral("slow.calls"));
    const QByteArray realPlugin = QFileInfo(QStringLiteral(SLIPWAY_TESTBED_SCRIPT)).absolutePath().toUtf8()
        + "/exec-credential";
    const QString plugin = m_files->write(QStringLiteral("slow-plugin"),
        "#!/bin/sh\nsleep 3\nexec '" + realPlugin + "' \"$@\"\n", true);
    ResolvedContext c = countedExecContext(calls, 8);
    c.user.exec->command = plugin;
    const auto runs = [&] {
        QFile f(calls);
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
    };
    QVERIFY(Kubectl::apply(m_ns, "apiVersion: v1\nkind: Pod\nmetadata: {name: log-source}\n"
                                 "spec: {containers: [{name: main, image: registry.invalid/app:1}]}\n"));
    QVERIFY(Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("wait"), QStringLiteral("--for=condition=Ready"),
                           QStringLiteral("pod/log-source"), QStringLiteral("--timeout=60s") })
                .ok());

    KubeClient client(c);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(sendAndWait(client, KubeRequest::get(QStringLiteral("/version")))->ok());
    const qint64 firstRunEnded = clock.elapsed();
    QVERIFY2(firstRunEnded >= 2800, qPrintable(QString::number(firstRunEnded)));
    QCOMPARE(runs(), 1);

    // A stream that is already running, one line a second (the testbed's log-writer).
    PodLogStream::Options options;
    options.nameSpace = m_ns;
    options.pod = QStringLiteral("log-source");
    options.follow = true;
    options.tailLines = 0;
    PodLogStream log(&client, options);
    QList<qint64> lineTimes;
    connect(&log, &PodLogStream::linesReceived, this, [&](const QStringList &lines) {
        for (qsizetype i = 0; i < lines.size(); ++i)
            lineTimes << clock.elapsed();
    });
    log.start();
    QTRY_VERIFY_WITH_TIMEOUT(lineTimes.size() >= 2, 10000);

    // Past the credential's expiry (whole seconds), N requests at once need a fresh one.
    QTest::qWait(int(std::max<qint64>(0, firstRunEnded + 9500 - clock.elapsed())));
    constexpr int kRequests = 6;
    QList<KubeReply *> replies;
    const qint64 sent = clock.elapsed();
    for (int i = 0; i < kRequests; ++i)
        replies << client.send(KubeRequest::get(i % 2 ? QStringLiteral("/version") : QStringLiteral("/api/v1/nodes")));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](KubeReply *r) { return r->isFinished(); }), 30000);
    const qint64 answered = clock.elapsed();
    for (KubeReply *r : replies)
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
    log.stop();

    QCOMPARE(runs(), 2); // one run for all of them
    QVERIFY2(answered - sent >= 2800, qPrintable(QString::number(answered - sent)));
    // While the plugin ran, the stream went on: lines arrived well inside that window, not all
    // at its end.
    const auto during = std::count_if(lineTimes.cbegin(), lineTimes.cend(), [&](qint64 t) {
        return t > sent + 300 && t < answered - 300;
    });
    QVERIFY2(during >= 1, qPrintable(QStringLiteral("plugin ran %1..%2 ms; lines at %3")
                                         .arg(sent).arg(answered)
                                         .arg([&] { QStringList l; for (qint64 t : lineTimes) l << QString::number(t); return l.join(u' '); }())));
}

void tst_KubeClientTestbed::tokenFile_isReadAgainWhenItChanges()
{
    ResolvedContext viewer = testbedContext(QStringLiteral("viewer"));
    const ResolvedContext nobody = testbedContext(QStringLiteral("nobody"));
    const QString file = m_files->write(QStringLiteral("token"), viewer.user.token.toUtf8() + '\n');
    ResolvedContext c = viewer;
    c.user.token.clear();
    c.user.tokenFile = file;
    KubeClient client(c);
    const KubeRequest pods = KubeRequest::get(QStringLiteral("/api/v1/namespaces/default/pods"));
    QVERIFY(sendAndWait(client, pods)->ok());
    QTest::qWait(1100); // a different modification time, whatever the file system's resolution
    m_files->write(QStringLiteral("token"), nobody.user.token.toUtf8());
    KubeReply *reply = sendAndWait(client, pods);
    QCOMPARE(reply->error().kind, ApiError::Kind::Forbidden);
    QVERIFY2(reply->error().message().contains(QStringLiteral("“nobody”")), qPrintable(reply->error().message()));
}

void tst_KubeClientTestbed::wrongCertificateAuthority_isAnUnknownAuthority()
{
    const QString key = m_files->path(QStringLiteral("other-ca.key"));
    const QString cert = m_files->path(QStringLiteral("other-ca.crt"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::ForwardedOutputChannel); // its progress dots: no
    openssl.setStandardErrorFile(QProcess::nullDevice());
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                    QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=not-the-testbed-ca") });
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    ResolvedContext c = testbedContext(QStringLiteral("admin"));
    c.cluster.certificateAuthorityData.clear();
    c.cluster.certificateAuthorityFile = cert;
    KubeClient client(c);
    KubeReply *reply = sendAndWait(client, KubeRequest::get(QStringLiteral("/version")));
    QCOMPARE(reply->error().kind, ApiError::Kind::TlsUnknownAuthority);
    QVERIFY2(reply->error().message().contains(QLatin1String("unknown authority")),
             qPrintable(reply->error().message()));
}

void tst_KubeClientTestbed::accessReviews_answerPerNamespace()
{
    KubeClient client(testbedContext(QStringLiteral("limited")));
    const auto allowed = [&](const QString &ns) {
        KubeReply *r = sendAndWait(client, AccessReview::accessRequest(
            { QStringLiteral("create"), QStringLiteral("apps"), QStringLiteral("deployments"), {}, ns, {} }));
        return r->ok() && AccessReview::decision(r->json()).allowed;
    };
    QVERIFY(allowed(QStringLiteral("team-a")));
    QVERIFY(!allowed(QStringLiteral("default")));
    KubeReply *logs = sendAndWait(client, AccessReview::accessRequest(
        { QStringLiteral("get"), QString(), QStringLiteral("pods"), QStringLiteral("log"), QStringLiteral("team-a"), {} }));
    QVERIFY(AccessReview::decision(logs->json()).allowed);

    const auto rules = [&](const QString &ns) {
        KubeReply *r = sendAndWait(client, AccessReview::rulesRequest(ns));
        return AccessReview::rules(r->json());
    };
    QVERIFY(rules(QStringLiteral("team-a")).allows(QStringLiteral("create"), QStringLiteral("apps"),
                                                    QStringLiteral("deployments")));
    QVERIFY(!rules(QStringLiteral("default")).allows(QStringLiteral("create"), QStringLiteral("apps"),
                                                      QStringLiteral("deployments")));
}

void tst_KubeClientTestbed::list_pagesThroughOneSnapshot()
{
    QByteArray yaml;
    for (int i = 0; i < 7; ++i)
        yaml += "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: page-" + QByteArray::number(i) + "}\n";
    QVERIFY(Kubectl::apply(m_ns, yaml));
    KubeClient client(testbedContext(QStringLiteral("admin")));
    KubeList list(&client, KubeRequest::get(QStringLiteral("/api/v1/namespaces/%1/configmaps").arg(m_ns)), 3);
    QStringList names;
    connect(&list, &KubeList::page, this, [&](const QJsonArray &items) {
        QVERIFY(items.size() <= 3);
        for (const QJsonValue &item : items)
            names << item[u"metadata"][u"name"].toString();
    });
    QSignalSpy done(&list, &KubeList::finished);
    list.start();
    QVERIFY(done.wait(30000));
    QVERIFY2(list.ok(), qPrintable(list.error().message()));
    QCOMPARE(names.size(), 8); // and kube-root-ca.crt, which every namespace has
    QCOMPARE(list.pages(), 3);
    QVERIFY(!list.resourceVersion().isEmpty());
}

QTEST_GUILESS_MAIN(tst_KubeClientTestbed)
#include "tst_kubeclient_testbed.moc"
