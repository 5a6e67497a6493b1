#include "TestFiles.h"
#include "kube/CredentialProvider.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>
#include <vector>

using namespace Slipway;

// The credentials of a connection when an exec plugin is slow: asking never waits for it, every
// caller during a run shares that run, a failed run fails its waiters once, and closing the
// connection stops a plugin that still runs.
class tst_CredentialProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void poll_doesNotWaitForThePlugin();
    void concurrentCallers_shareOnePluginRun();
    void failedRun_failsItsWaitersOnce();
    void expiredCredential_runsThePluginAgain();
    void listener_hearsTheEndOfARun();
    void shutdown_stopsARunningPlugin();
    void staticToken_isReadyAtOnce();

private:
    // A plugin that counts its runs in `calls`, sleeps `sleep`, then prints a token (or fails).
    KubeUser execUser(const QString &sleep, bool fail = false, const QString &expiry = QString());
    int runs() const;

    std::optional<TestFiles> m_files;
};

KubeUser tst_CredentialProvider::execUser(const QString &sleep, bool fail, const QString &expiry)
{
    m_files.emplace();
    const QByteArray calls = m_files->path(QStringLiteral("calls")).toUtf8();
    const QByteArray extra = expiry.isEmpty()
        ? QByteArray()
        : QByteArray(",\"expirationTimestamp\":\"") + expiry.toUtf8() + '"';
    const QString plugin = m_files->write(QStringLiteral("plugin"),
        "#!/bin/sh\necho run >>'" + calls + "'\nn=$(wc -l <'" + calls + "')\nsleep " + sleep.toUtf8()
            + "\n" + (fail ? QByteArray("echo 'no credential today' >&2; exit 3\n") : QByteArray())
            + "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
              "\"status\":{\"token\":\"tok-%s\"%s}}\\n' \"$n\" '" + extra + "'\n",
        true);
    KubeUser user;
    user.name = QStringLiteral("exec-user");
    ExecConfig exec;
    exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
    exec.command = plugin;
    exec.interactiveMode = QStringLiteral("Never");
    user.exec = exec;
    return user;
}

int tst_CredentialProvider::runs() const
{
    QFile f(m_files->path(QStringLiteral("calls")));
    return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
}

namespace {

KubeCluster cluster()
{
    KubeCluster c;
    c.name = QStringLiteral("c");
    c.server = QStringLiteral("https://127.0.0.1:1");
    return c;
}

using State = CredentialProvider::Attempt::State;

} // namespace

void tst_CredentialProvider::poll_doesNotWaitForThePlugin()
{
    CredentialProvider provider(execUser(QStringLiteral("1")), cluster(), {});
    QElapsedTimer clock;
    clock.start();
    const CredentialProvider::Attempt first = provider.poll();
    QVERIFY(clock.elapsed() < 500);
    QCOMPARE(first.state, State::Pending);
    QVERIFY(first.run != 0);
    QTRY_COMPARE_WITH_TIMEOUT(provider.poll(first.run).state, State::Ready, 10000);
    const CredentialProvider::Attempt ready = provider.poll(first.run);
    QCOMPARE(ready.snapshot.credentials->bearerToken, QByteArray("tok-1"));
    QCOMPARE(runs(), 1);
}

void tst_CredentialProvider::concurrentCallers_shareOnePluginRun()
{
    CredentialProvider provider(execUser(QStringLiteral("1")), cluster(), {});
    constexpr int kCallers = 8;
    std::vector<std::thread> callers;
    std::vector<QByteArray> tokens(kCallers);
    for (int i = 0; i < kCallers; ++i)
        callers.emplace_back([&, i] {
            const Expected<CredentialProvider::Snapshot> s = provider.current();
            if (s)
                tokens[size_t(i)] = s->credentials->bearerToken;
        });
    // And the engine's way, from this thread, at the same time.
    const CredentialProvider::Attempt polled = provider.poll();
    QCOMPARE(polled.state, State::Pending);
    for (std::thread &t : callers)
        t.join();
    for (const QByteArray &token : tokens)
        QCOMPARE(token, QByteArray("tok-1"));
    QCOMPARE(provider.poll(polled.run).state, State::Ready);
    QCOMPARE(runs(), 1);
}

void tst_CredentialProvider::failedRun_failsItsWaitersOnce()
{
    CredentialProvider provider(execUser(QStringLiteral("0.3"), true), cluster(), {});
    const CredentialProvider::Attempt first = provider.poll();
    const CredentialProvider::Attempt second = provider.poll();
    QCOMPARE(second.state, State::Pending);
    QCOMPARE(second.run, first.run);
    QTRY_COMPARE_WITH_TIMEOUT(provider.poll(first.run).state, State::Failed, 10000);
    const CredentialProvider::Attempt failed = provider.poll(first.run);
    QVERIFY2(failed.error.message.contains(QLatin1String("no credential today")), qPrintable(failed.error.message));
    QVERIFY2(failed.error.message.contains(QLatin1String("exit code 3")), qPrintable(failed.error.message));
    QCOMPARE(runs(), 1);
    // A request that comes later tries again.
    const CredentialProvider::Attempt later = provider.poll();
    QCOMPARE(later.state, State::Pending);
    QVERIFY(later.run != first.run);
    QTRY_COMPARE_WITH_TIMEOUT(runs(), 2, 10000);
}

void tst_CredentialProvider::expiredCredential_runsThePluginAgain()
{
    const QString past = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
    CredentialProvider provider(execUser(QStringLiteral("0"), false, past), cluster(), {});
    QVERIFY(provider.current());
    QVERIFY(provider.current());
    QCOMPARE(runs(), 2);
}

void tst_CredentialProvider::listener_hearsTheEndOfARun()
{
    CredentialProvider provider(execUser(QStringLiteral("0.2")), cluster(), {});
    std::atomic_int heard = 0;
    provider.setListener([&] { ++heard; });
    provider.poll();
    QTRY_COMPARE_WITH_TIMEOUT(heard.load(), 1, 10000);
    provider.setListener({});
    QVERIFY(provider.invalidate(provider.poll().snapshot.generation));
    const CredentialProvider::Attempt again = provider.poll();
    QCOMPARE(again.state, State::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(provider.poll(again.run).state, State::Ready, 10000);
    QCOMPARE(runs(), 2);
    // The run's thread calls its listener after it ends; once joined, that call is behind us.
    provider.shutdown();
    QCOMPARE(heard.load(), 1);
}

void tst_CredentialProvider::shutdown_stopsARunningPlugin()
{
    auto provider = std::make_unique<CredentialProvider>(execUser(QStringLiteral("30")), cluster(),
                                                         ExecPlugin::StderrSink {});
    provider->poll();
    QTRY_COMPARE_WITH_TIMEOUT(runs(), 1, 10000);
    QElapsedTimer clock;
    clock.start();
    provider.reset();
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
}

void tst_CredentialProvider::staticToken_isReadyAtOnce()
{
    KubeUser user;
    user.token = QStringLiteral("static");
    CredentialProvider provider(user, cluster(), {});
    const CredentialProvider::Attempt a = provider.poll();
    QCOMPARE(a.state, State::Ready);
    QCOMPARE(a.snapshot.credentials->bearerToken, QByteArray("static"));
}

QTEST_GUILESS_MAIN(tst_CredentialProvider)
#include "tst_credentialprovider.moc"
