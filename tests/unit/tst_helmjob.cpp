#include "HoldsFor.h"
#include "helm/HelmJob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QTimer>

#include <cstdio>

#include <csignal>
#include <unistd.h>

using namespace Slipway;

// The helm job contract, against small shell scripts standing in for helm: they record what
// they were given and behave like helm's success, failure, and signal handling.
class tst_HelmJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void start_onlySchedules();
    void values_reachHelmAsPrivateFiles_removedAfterwards();
    void helmError_becomesReadable_rawTextKept();
    void rollbackOnFailure_isRecognised();
    void cancel_terminatesHelm_oneFinished();
    void cancel_killsHelmThatIgnoresTerminate();
    void cancelBeforeStart_finishesOnce();
    void destroyingARunningJob_returnsAtOnce_helmIsKilledAfterTheGrace();
    void destroyingARunningJob_helmThatHonoursTerminate_endsAtOnce();
    void quittingTheApplication_killsAHelmLeftToTheReaper();
    void helm_runsInItsOwnProcessGroup_soATerminalCtrlCMissesIt();
    void missingBinary_isNotStarted();
    void storageDriver_isToldToHelm_whateverTheEnvironmentSays();

private:
    HelmInstallation fakeHelm(const QString &body);
    HelmRequest request() const;
    // A job running the fake helm `script`, past the script's first line on stderr.
    std::unique_ptr<HelmJob> runningJob(const QString &script, int graceMs);
    // The one finished()'s result; the test fails when it never comes or a second one follows.
    static HelmResult waitForResult(HelmJob &job, QSignalSpy &spy, int timeoutMs = 10000);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HelmJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

HelmInstallation tst_HelmJob::fakeHelm(const QString &body)
{
    const QString path = m_dir->filePath(QStringLiteral("helm"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write fake helm");
    file.write("#!/bin/sh\n" + body.toUtf8() + "\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return { path, { 4, 3, 1 } };
}

HelmRequest tst_HelmJob::request() const
{
    HelmRequest r;
    r.release = QStringLiteral("rel");
    r.chart = QStringLiteral("/charts/c");
    r.nameSpace = QStringLiteral("ns");
    r.context = QStringLiteral("admin");
    r.kubeconfig = QStringLiteral("/k");
    r.valuesFiles = { "accessKey: s3cr3t-value-0123456789\n", "replicas: 2\n" };
    return r;
}

std::unique_ptr<HelmJob> tst_HelmJob::runningJob(const QString &script, int graceMs)
{
    auto job = std::make_unique<HelmJob>(fakeHelm(script), request());
    job->setKillGraceMs(graceMs);
    QSignalSpy progress(job.get(), &HelmJob::progress);
    job->start();
    if (!QTest::qWaitFor([&] { return progress.size() >= 2; }, 5000))
        qFatal("the fake helm did not start");
    return job;
}

HelmResult tst_HelmJob::waitForResult(HelmJob &, QSignalSpy &spy, int timeoutMs)
{
    if (spy.isEmpty() && !spy.wait(timeoutMs)) {
        QTest::qFail("finished() was never emitted", __FILE__, __LINE__);
        return {};
    }
    // A second finished() would be queued behind the first: the event loop runs a while past it.
    if (!holdsFor([&] { return spy.size() == 1; }, 300))
        QTest::qFail(qPrintable(QStringLiteral("finished() emitted %1 times").arg(spy.size())),
                     __FILE__, __LINE__);
    return spy.first().first().value<HelmResult>();
}

void tst_HelmJob::start_onlySchedules()
{
    HelmJob job(fakeHelm(QStringLiteral("exit 0")), request());
    QSignalSpy finished(&job, &HelmJob::finished);
    job.start();
    QCOMPARE(finished.size(), 0);
    QCOMPARE(job.processId(), 0);
    const HelmResult result = waitForResult(job, finished);
    QCOMPARE(finished.size(), 1);
    QVERIFY(result.ok());
}

void tst_HelmJob::values_reachHelmAsPrivateFiles_removedAfterwards()
{
    const QString log = m_dir->filePath(QStringLiteral("log"));
    // Records the arguments, each values file's mode and content, and its folder's mode.
    HelmJob job(fakeHelm(QStringLiteral(R"sh(
echo "$@" > %1
while [ $# -gt 0 ]; do
  if [ "$1" = --values ]; then stat -c '%a' "$2" >> %1; stat -c '%a' "$(dirname "$2")" >> %1;
    cat "$2" >> %1; echo "$2" >> %1.paths; fi
  shift
done
echo "Release \"rel\" has been upgraded."
)sh").arg(log)), request());
    QSignalSpy finished(&job, &HelmJob::finished);
    QSignalSpy progress(&job, &HelmJob::progress);
    job.start();
    const HelmResult result = waitForResult(job, finished);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.output.contains("has been upgraded"));
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QVERIFY(lines.first().startsWith(QLatin1String("upgrade --install rel /charts/c --kubeconfig /k")));
    QCOMPARE(lines.mid(1, 6),
             QStringList({ QStringLiteral("600"), QStringLiteral("700"),
                           QStringLiteral("accessKey: s3cr3t-value-0123456789"),
                           QStringLiteral("600"), QStringLiteral("700"),
                           QStringLiteral("replicas: 2") }));
    QFile paths(log + QStringLiteral(".paths"));
    QVERIFY(paths.open(QIODevice::ReadOnly));
    const QStringList written = QString::fromUtf8(paths.readAll()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(written.size(), 2);
    for (const QString &path : written) {
        QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
        QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
    }
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
}

void tst_HelmJob::helmError_becomesReadable_rawTextKept()
{
    HelmJob job(fakeHelm(QStringLiteral(
                    "echo 'level=WARN msg=\"something\"' >&2\n"
                    "echo 'Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress' >&2\n"
                    "exit 1")),
                request());
    QSignalSpy finished(&job, &HelmJob::finished);
    job.start();
    const HelmResult result = waitForResult(job, finished);
    QCOMPARE(result.outcome, HelmResult::Outcome::Failed);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.error.startsWith(QLatin1String("another operation (install/upgrade/rollback) is in progress")));
    QVERIFY(result.error.contains(QLatin1String("recover")));
    QVERIFY(result.rawError.contains(QLatin1String("level=WARN")));
    QVERIFY(!result.rolledBack);
}

void tst_HelmJob::rollbackOnFailure_isRecognised()
{
    HelmJob job(fakeHelm(QStringLiteral(
                    "echo 'Error: UPGRADE FAILED: release rel failed, and has been rolled back due "
                    "to rollback-on-failure being set: context deadline exceeded' >&2\nexit 1")),
                request());
    QSignalSpy finished(&job, &HelmJob::finished);
    job.start();
    const HelmResult result = waitForResult(job, finished);
    QCOMPARE(result.outcome, HelmResult::Outcome::Failed);
    QVERIFY(result.rolledBack);
    QVERIFY(result.error.startsWith(QLatin1String("release rel failed")));
}

void tst_HelmJob::cancel_terminatesHelm_oneFinished()
{
    const QString marker = m_dir->filePath(QStringLiteral("term"));
    // Like helm install/upgrade: SIGTERM is caught and the release is marked failed.
    HelmJob job(fakeHelm(QStringLiteral("trap 'echo term > %1; exit 1' TERM\n"
                                        "echo started >&2\nwhile true; do sleep 0.05; done")
                             .arg(marker)),
                request());
    QSignalSpy finished(&job, &HelmJob::finished);
    QSignalSpy progress(&job, &HelmJob::progress);
    job.start();
    QTRY_VERIFY(progress.size() >= 2); // "running", then helm's "started" line
    job.cancel();
    const HelmResult result = waitForResult(job, finished);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(result.outcome, HelmResult::Outcome::Cancelled);
    QVERIFY(!result.killed);
    QVERIFY(QFileInfo::exists(marker));
}

void tst_HelmJob::cancel_killsHelmThatIgnoresTerminate()
{
    HelmJob job(fakeHelm(QStringLiteral("trap '' TERM\necho started >&2\n"
                                        "while true; do sleep 0.05; done")),
                request());
    job.setKillGraceMs(300);
    QSignalSpy finished(&job, &HelmJob::finished);
    QSignalSpy progress(&job, &HelmJob::progress);
    job.start();
    QTRY_VERIFY(progress.size() >= 2);
    job.cancel();
    job.cancel(); // cancelling twice is harmless
    const HelmResult result = waitForResult(job, finished);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(result.outcome, HelmResult::Outcome::Cancelled);
    QVERIFY(result.killed);
    QVERIFY(result.error.contains(QLatin1String("pending")));
}

void tst_HelmJob::cancelBeforeStart_finishesOnce()
{
    HelmJob job(fakeHelm(QStringLiteral("exit 0")), request());
    QSignalSpy finished(&job, &HelmJob::finished);
    job.start();
    job.cancel();
    const HelmResult result = waitForResult(job, finished);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(result.outcome, HelmResult::Outcome::Cancelled);
}

namespace {

// kill(pid, 0): whether a process exists, reaped or not.
bool alive(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0;
}

// Whether a process still runs. For an orphan: where PID 1 reaps nothing (a container), a dead
// one stays a zombie ("Z", field 3 of /proc/PID/stat).
bool running(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
}

} // namespace

void tst_HelmJob::destroyingARunningJob_returnsAtOnce_helmIsKilledAfterTheGrace()
{
    // helm and the program it started both ignore SIGTERM (an ignored signal stays ignored
    // across exec); the group's SIGKILL takes both.
    const QString child = m_dir->filePath(QStringLiteral("child"));
    std::unique_ptr<HelmJob> job
        = runningJob(QStringLiteral("trap '' TERM\nsleep 60 &\necho $! > %1\necho started >&2\n"
                                    "while true; do sleep 0.05; done")
                         .arg(child),
                     500);
    QSignalSpy finished(job.get(), &HelmJob::finished);
    const qint64 pid = job->processId();
    QVERIFY(pid > 0);
    QFile childFile(child);
    QTRY_VERIFY(childFile.exists() && childFile.size() > 0);
    QVERIFY(childFile.open(QIODevice::ReadOnly));
    const qint64 childPid = childFile.readAll().trimmed().toLongLong();
    QVERIFY(childPid > 0 && running(childPid));

    QElapsedTimer clock;
    clock.start();
    job.reset();
    QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(finished.size(), 0); // a destroyed job reports nothing

    // Within the grace period: SIGTERM was ignored, both still run.
    QVERIFY(holdsFor([&] { return alive(pid) && running(childPid); }, 250));
    // After the grace period: killed, and reaped (kill() on a zombie would still succeed).
    QTRY_VERIFY_WITH_TIMEOUT(!alive(pid), 5000);
    QTRY_VERIFY(!running(childPid));
}

void tst_HelmJob::destroyingARunningJob_helmThatHonoursTerminate_endsAtOnce()
{
    const QString marker = m_dir->filePath(QStringLiteral("term"));
    std::unique_ptr<HelmJob> job
        = runningJob(QStringLiteral("trap 'echo term > %1; exit 1' TERM\necho started >&2\n"
                                    "while true; do sleep 0.05; done")
                         .arg(marker),
                     30000);
    const qint64 pid = job->processId();
    job.reset();
    // SIGTERM, not SIGKILL: install / upgrade get to mark the release failed.
    QTRY_VERIFY_WITH_TIMEOUT(!alive(pid), 5000);
    QVERIFY(QFileInfo::exists(marker));
}

void tst_HelmJob::quittingTheApplication_killsAHelmLeftToTheReaper()
{
    // A program (this test, run again: see main()) that drops a running job and quits at once,
    // long before the job's 60 s grace period: its helm, deaf to SIGTERM, must not outlive it.
    const HelmInstallation helm = fakeHelm(
        QStringLiteral("trap '' TERM\necho started >&2\nwhile true; do sleep 0.05; done"));
    QProcess program;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SLIPWAY_TEST_QUIT_WITH_HELM"), helm.path);
    program.setProcessEnvironment(env);
    program.start(QCoreApplication::applicationFilePath());
    QVERIFY(program.waitForFinished(10000));
    QCOMPARE(program.exitCode(), 0);
    const qint64 pid = program.readAllStandardOutput().trimmed().toLongLong();
    QVERIFY(pid > 0);
    const auto noLeftovers = qScopeGuard([pid] { ::kill(-pid_t(pid), SIGKILL); });
    QTRY_VERIFY_WITH_TIMEOUT(!running(pid), 2000);
}

void tst_HelmJob::missingBinary_isNotStarted()
{
    HelmJob job({ m_dir->filePath(QStringLiteral("nohelm")), { 4, 0, 0 } }, request());
    QSignalSpy finished(&job, &HelmJob::finished);
    job.start();
    const HelmResult result = waitForResult(job, finished);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(result.outcome, HelmResult::Outcome::NotStarted);
    QVERIFY(result.error.contains(QLatin1String("nohelm")));
}

void tst_HelmJob::helm_runsInItsOwnProcessGroup_soATerminalCtrlCMissesIt()
{
    // Field 5 of /proc/PID/stat is the process group; "sh" has no space in its name.
    HelmJob job(fakeHelm(QStringLiteral("echo \"$$ $(cut -d' ' -f5 /proc/$$/stat)\"")), request());
    QSignalSpy finished(&job, &HelmJob::finished);
    job.start();
    const HelmResult result = waitForResult(job, finished);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QStringList ids = QString::fromLatin1(result.output).simplified().split(QLatin1Char(' '));
    QCOMPARE(ids.size(), 2);
    QCOMPARE(ids[1], ids[0]); // a group leader: the terminal's foreground group is not its group
    QVERIFY(ids[1].toLongLong() != qint64(::getpgrp()));
}

void tst_HelmJob::storageDriver_isToldToHelm_whateverTheEnvironmentSays()
{
    const QString log = m_dir->filePath(QStringLiteral("driver"));
    // A stale HELM_DRIVER in the caller's environment must not send helm's records elsewhere.
    qputenv("HELM_DRIVER", "sql");
    for (const ReleaseStorage storage : { ReleaseStorage(ReleaseStorage::Kind::Secrets),
                                          ReleaseStorage(ReleaseStorage::Kind::ConfigMaps) }) {
        HelmRequest r = request();
        r.storage = storage;
        HelmJob job(fakeHelm(QStringLiteral("echo \"$HELM_DRIVER\" > %1").arg(log)), r);
        QSignalSpy finished(&job, &HelmJob::finished);
        job.start();
        QVERIFY(waitForResult(job, finished).ok());
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()).trimmed(), storage.driverName());
    }
    qunsetenv("HELM_DRIVER");
}

namespace {

// The program quittingTheApplication_killsAHelmLeftToTheReaper() runs: starts `helm`, prints its
// pid, destroys the job and quits.
int quitWithRunningHelm(int argc, char **argv, const QString &helm)
{
    QCoreApplication app(argc, argv);
    HelmRequest request;
    request.release = QStringLiteral("rel");
    request.chart = QStringLiteral("/charts/c");
    request.nameSpace = QStringLiteral("ns");
    auto *job = new HelmJob({ helm, { 4, 3, 1 } }, request);
    job->setKillGraceMs(60000);
    QObject::connect(job, &HelmJob::progress, &app, [&](int, int, const QString &text) {
        if (text != QLatin1String("started"))
            return;
        std::printf("%lld\n", job->processId());
        std::fflush(stdout);
        QTimer::singleShot(0, &app, [job] {
            delete job;
            QCoreApplication::quit();
        });
    });
    job->start();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    const QString helm = qEnvironmentVariable("SLIPWAY_TEST_QUIT_WITH_HELM");
    if (!helm.isEmpty())
        return quitWithRunningHelm(argc, argv, helm);
    QCoreApplication app(argc, argv);
    tst_HelmJob test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_helmjob.moc"
