#include "FakeApiServer.h"
#include "FakeContext.h"
#include "TestReleaseRecords.h"
#include "install/AuditJournal.h"
#include "install/RecoverOperation.h"
#include "install/ReleaseOperation.h"
#include "helm/ReleaseHistory.h"
#include "kube/KubeClient.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Slipway;
using namespace Qt::StringLiterals;

// ReleaseOperation and RecoverOperation's helm paths with helm's observable behaviour scripted:
// a shell script stands in for helm (it records its arguments, prints what helm prints and
// exits as helm does) and a scripted API server holds the release's records and pods. What is
// tested is the orchestration: which helm command runs, what is read before and after, what a
// failure says (the pods that kept the release from becoming ready), and the journal line. The
// same paths run against real helm on the testbed in e2e_cli_backline.
class tst_ReleaseOperation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void upgrade_success_takesTheRevisionFromHelmsOutputAndJournalsIt();
    void upgrade_timeout_namesTheCrashLoopingAndTheNotReadyPods();
    void upgrade_lockedRelease_isARefusal();
    void uninstall_readsTheHistoryBeforeAndAfter();
    void recover_pendingUpgrade_rollsBackToTheLastDeployedRevision();

private:
    struct Served
    {
        QList<Revision> revisionsBefore;
        QList<Revision> revisionsAfter; // once helm has run
        QList<QJsonObject> pods;
    };
    HelmInstallation fakeHelm(const QString &body);
    QString helmArguments() const;
    void serve(Served served);
    OperationResult run(Operation &operation);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<KubeClient> m_client;
    std::shared_ptr<Served> m_served;
    bool m_helmRan = false;
};

namespace {

QJsonObject container(const char *name, bool ready, int restarts, const char *waiting = nullptr)
{
    QJsonObject state;
    if (waiting)
        state.insert(u"waiting"_s, QJsonObject { { u"reason"_s, QString::fromLatin1(waiting) } });
    else
        state.insert(u"running"_s, QJsonObject { { u"startedAt"_s, u"2026-11-30T11:00:00Z"_s } });
    return { { u"name"_s, QString::fromLatin1(name) },
             { u"ready"_s, ready },
             { u"restartCount"_s, restarts },
             { u"state"_s, state } };
}

QJsonObject pod(const char *name, const QJsonObject &status)
{
    return { { u"kind"_s, u"Pod"_s },
             { u"metadata"_s, QJsonObject { { u"name"_s, QString::fromLatin1(name) },
                                            { u"namespace"_s, u"ns"_s },
                                            { u"uid"_s, QStringLiteral("uid-%1").arg(QLatin1String(name)) },
                                            { u"resourceVersion"_s, u"7"_s },
                                            { u"labels"_s, QJsonObject { { u"app.kubernetes.io/instance"_s, u"rel"_s } } } } },
             { u"spec"_s, QJsonObject { { u"containers"_s, QJsonArray { QJsonObject { { u"name"_s, u"app"_s } } } } } },
             { u"status"_s, status } };
}

QJsonObject runningPod(const char *name, bool ready)
{
    return pod(name, { { u"phase"_s, u"Running"_s },
                       { u"containerStatuses"_s, QJsonArray { container("app", ready, 0) } } });
}

QJsonObject crashLoopingPod(const char *name)
{
    return pod(name, { { u"phase"_s, u"Running"_s },
                       { u"containerStatuses"_s,
                         QJsonArray { container("app", false, 5, "CrashLoopBackOff") } } });
}

QByteArray list(const char *kind, const QList<QJsonObject> &items)
{
    QJsonArray array;
    for (const QJsonObject &item : items)
        array.append(item);
    return QJsonDocument(QJsonObject { { u"kind"_s, QString::fromLatin1(kind) },
                                       { u"metadata"_s, QJsonObject { { u"resourceVersion"_s, u"10"_s } } },
                                       { u"items"_s, array } })
        .toJson(QJsonDocument::Compact);
}

QByteArray recordList(const QList<Revision> &revisions)
{
    QList<QJsonObject> items;
    for (const Revision &revision : revisions)
        items << record(revision, ReleaseStorage());
    return list("SecretList", items);
}

// What helm 4 prints for `upgrade --output json`: the release it stored.
QByteArray storedRelease(int revision, const char *status)
{
    return QJsonDocument(QJsonObject {
                             { u"name"_s, u"rel"_s },
                             { u"namespace"_s, u"ns"_s },
                             { u"version"_s, revision },
                             { u"info"_s, QJsonObject { { u"status"_s, QString::fromLatin1(status) },
                                                        { u"description"_s, u"Upgrade complete"_s } } } })
        .toJson(QJsonDocument::Compact);
}

HelmRequest upgradeRequest()
{
    HelmRequest r;
    r.release = u"rel"_s;
    r.nameSpace = u"ns"_s;
    r.chart = u"/charts/smoke"_s;
    r.context = u"admin"_s;
    r.timeoutSeconds = 60;
    return r;
}

QStringList journalLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

void tst_ReleaseOperation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_helmRan = false;
}

HelmInstallation tst_ReleaseOperation::fakeHelm(const QString &body)
{
    // The script writes its arguments one per line, then a marker the server reads: the
    // records it serves from then on are the ones helm left.
    const QString path = m_dir->filePath(u"helm"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the helm script");
    file.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$@\" > '%1'\ntouch '%2'\n%3\n")
                   .arg(m_dir->filePath(u"args"_s), m_dir->filePath(u"ran"_s), body)
                   .toUtf8());
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return { path, { 4, 3, 1 } };
}

QString tst_ReleaseOperation::helmArguments() const
{
    QFile file(m_dir->filePath(u"args"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                          : QString();
}

void tst_ReleaseOperation::serve(Served served)
{
    m_served = std::make_shared<Served>(std::move(served));
    const std::shared_ptr<Served> data = m_served;
    const QString ran = m_dir->filePath(u"ran"_s);
    m_server = std::make_unique<FakeApiServer>([data, ran](const FakeApiServer::Request &request) {
        // A pod's log: its name, container and instance in each line, so the test sees which
        // one was read.
        if (request.target.startsWith("/api/v1/namespaces/ns/pods/") && request.target.contains("/log?")) {
            static const QByteArray pods = "/api/v1/namespaces/ns/pods/";
            const QByteArray pod = request.target.mid(pods.size(), request.target.indexOf("/log?") - pods.size());
            const bool previous = request.target.contains("previous=true");
            QByteArray text;
            for (int line = 1; line <= 40; ++line)
                text += pod + (previous ? " previous" : " current") + " line " + QByteArray::number(line) + '\n';
            return FakeApiServer::answer(200, text);
        }
        if (request.target.startsWith("/api/v1/namespaces/ns/pods")) {
            if (request.target.contains("watch=1")) {
                FakeApiServer::Response held; // a watch with nothing new to say
                held.endStream = false;
                return held;
            }
            return FakeApiServer::answer(200, list("PodList", data->pods));
        }
        if (request.target.startsWith("/api/v1/namespaces/ns/secrets")) {
            const QList<Revision> &revisions = QFile::exists(ran) ? data->revisionsAfter
                                                                  : data->revisionsBefore;
            // One record by name (read again before it is changed), else the labelled list.
            static const QByteArray prefix = "/api/v1/namespaces/ns/secrets/sh.helm.release.v1.rel.v";
            if (request.target.startsWith(prefix)) {
                const int number = request.target.mid(prefix.size()).toInt();
                for (const Revision &revision : revisions) {
                    if (revision.number == number)
                        return FakeApiServer::answer(
                            200, QJsonDocument(record(revision, ReleaseStorage())).toJson(QJsonDocument::Compact));
                }
                return FakeApiServer::answer(404, R"({"kind":"Status","code":404,"reason":"NotFound"})");
            }
            return FakeApiServer::answer(200, recordList(revisions));
        }
        return FakeApiServer::answer(404, R"({"kind":"Status","code":404,"reason":"NotFound"})");
    });
    m_client = std::make_unique<KubeClient>(contextFor(m_server->url()));
}

OperationResult tst_ReleaseOperation::run(Operation &operation)
{
    QSignalSpy finished(&operation, &Operation::finished);
    operation.start();
    OperationResult result;
    if (finished.wait(20000))
        result = finished.first().first().value<OperationResult>();
    else
        result.message = u"the operation never finished"_s;
    // Exactly one finished(), also a moment later.
    QTest::qWait(100);
    if (finished.size() != 1)
        result.message = QStringLiteral("finished() came %1 times").arg(finished.size());
    return result;
}

void tst_ReleaseOperation::upgrade_success_takesTheRevisionFromHelmsOutputAndJournalsIt()
{
    serve({ { { 1, "deployed", u"2026-11-01T08:00:00Z"_s } }, {}, {} });
    const QString journalPath = m_dir->filePath(u"audit.jsonl"_s);
    const AuditJournal journal(journalPath);
    HelmRequest request = upgradeRequest();
    ReleaseOperation operation(m_client.get(),
                               fakeHelm(QStringLiteral("echo '%1'").arg(QString::fromUtf8(storedRelease(2, "deployed")))),
                               request);
    operation.setJournal(&journal, u"upgrade"_s, "abc123");
    operation.setPreflight(u"passed"_s, {});
    const OperationResult result = run(operation);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.revisionBefore, 1);
    QCOMPARE(result.revisionAfter, 2);
    QCOMPARE(result.statusAfter, u"deployed"_s);

    const QStringList args = helmArguments().split(u'\n');
    QCOMPARE(args.value(0), u"upgrade"_s);
    QVERIFY2(args.contains(u"--install"_s), qPrintable(args.join(u' ')));
    QVERIFY(args.contains(u"--wait=watcher"_s) || args.contains(u"--wait"_s));
    QVERIFY(args.contains(u"--rollback-on-failure"_s) || args.contains(u"--atomic"_s));
    QVERIFY2(args.contains(u"--kube-context"_s) && args.contains(u"admin"_s), qPrintable(args.join(u' ')));

    // The history was read once, before helm; after it, helm's own output said the revision.
    int historyReads = 0;
    for (const FakeApiServer::Request &r : m_server->requests)
        historyReads += r.target.startsWith("/api/v1/namespaces/ns/secrets") ? 1 : 0;
    QCOMPARE(historyReads, 1);

    const QStringList lines = journalLines(journalPath);
    QCOMPARE(lines.size(), 1);
    const QJsonObject line = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QCOMPARE(line.value(u"action"_s).toString(), u"upgrade"_s);
    QCOMPARE(line.value(u"outcome"_s).toString(), u"succeeded"_s);
    QCOMPARE(line.value(u"preflight"_s).toString(), u"passed"_s);
}

void tst_ReleaseOperation::upgrade_timeout_namesTheCrashLoopingAndTheNotReadyPods()
{
    // helm waits (the pods are seen meanwhile), then gives up and rolls back.
    serve({ { { 1, "deployed", u"2026-11-01T08:00:00Z"_s } },
            { { 1, "superseded", u"2026-11-01T08:00:00Z"_s },
              { 2, "failed", u"2026-11-30T11:00:00Z"_s },
              { 3, "deployed", u"2026-11-30T11:01:00Z"_s } },
            { runningPod("rel-web-ready", true), runningPod("rel-api-notready", false),
              crashLoopingPod("rel-worker-crash") } });
    ReleaseOperation operation(
        m_client.get(),
        fakeHelm(u"sleep 1.5\necho 'Error: UPGRADE FAILED: release rel failed, and has been rolled back due to rollback-on-failure being set: context deadline exceeded' >&2\nexit 1"_s),
        upgradeRequest());
    operation.setRevisionBefore(1);
    QList<PodSummary> summaries;
    connect(&operation, &ReleaseOperation::podsChanged, this,
            [&summaries](const PodSummary &s) { summaries << s; });
    const OperationResult result = run(operation);
    QVERIFY(!result.ok());
    QVERIFY2(result.helm.rolledBack, qPrintable(result.message));
    QVERIFY2(result.message.contains(u"rolled back to its previous revision"_s), qPrintable(result.message));

    // Both broken pods are named, with what kubectl would show; the ready one is not.
    QCOMPARE(result.failingPods.size(), 2);
    QVERIFY2(result.failingPods.value(0).startsWith(u"rel-api-notready: Running, not ready (0/1 ready, 0 restarts)"_s),
             qPrintable(result.failingPods.join(u" | "_s)));
    QVERIFY2(result.failingPods.value(1).startsWith(u"rel-worker-crash: CrashLoopBackOff (0/1 ready, 5 restarts)"_s),
             qPrintable(result.failingPods.join(u" | "_s)));
    QVERIFY2(result.message.contains(u"Pods that did not become ready: rel-api-notready"_s), qPrintable(result.message));
    QVERIFY(!result.message.contains(u"rel-web-ready"_s));

    // Their logs were read while helm waited (the rollback deletes the pods): the crashed
    // instance of the restarting container, the running one of the pod that is not ready, the
    // last 30 lines each; none of the ready pod.
    QCOMPARE(result.failureLogs.size(), 2);
    const ContainerLog &notReady = result.failureLogs.value(0);
    QCOMPARE(notReady.pod, u"rel-api-notready"_s);
    QCOMPARE(notReady.container, u"app"_s);
    QVERIFY(!notReady.previous);
    const ContainerLog &crashed = result.failureLogs.value(1);
    QCOMPARE(crashed.pod, u"rel-worker-crash"_s);
    QVERIFY(crashed.previous);
    QCOMPARE(crashed.restarts, 5);
    QVERIFY2(crashed.error.isEmpty(), qPrintable(crashed.error));
    QCOMPARE(crashed.lines.size(), 40); // what the server sent; it was asked for 30
    QCOMPARE(crashed.lines.first(), u"rel-worker-crash previous line 1"_s);
    int logReads = 0;
    for (const FakeApiServer::Request &r : m_server->requests) {
        if (!r.target.contains("/log?"))
            continue;
        ++logReads;
        QVERIFY2(r.target.contains("tailLines=30") && r.target.contains("container=app")
                     && !r.target.contains("follow=true"),
                 r.target.constData());
        QCOMPARE(r.target.contains("previous=true"), r.target.contains("rel-worker-crash"));
    }
    QCOMPARE(logReads, 2);
    const QString text = ReleaseOperation::failureLogText(crashed);
    QVERIFY2(text.startsWith(u"The last lines of rel-worker-crash/app before its restart 5:\n  rel-worker-crash previous line 1\n"_s),
             qPrintable(text));

    // While helm waited, progress counted them: 1 of 3 ready.
    QVERIFY(!summaries.isEmpty());
    QCOMPARE(summaries.last().total, 3);
    QCOMPARE(summaries.last().ready, 1);
    // After the failure the history says where the release is now.
    QCOMPARE(result.revisionAfter, 3);
}

void tst_ReleaseOperation::upgrade_lockedRelease_isARefusal()
{
    serve({ { { 1, "deployed", u"2026-11-01T08:00:00Z"_s }, { 2, "pending-upgrade", u"2026-11-30T11:00:00Z"_s } },
            { { 1, "deployed", u"2026-11-01T08:00:00Z"_s }, { 2, "pending-upgrade", u"2026-11-30T11:00:00Z"_s } },
            {} });
    ReleaseOperation operation(
        m_client.get(),
        fakeHelm(u"echo 'Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress' >&2\nexit 1"_s),
        upgradeRequest());
    const OperationResult result = run(operation);
    QVERIFY(!result.ok());
    QVERIFY2(result.refused, qPrintable(result.message));
    QVERIFY(result.failingPods.isEmpty());
}

void tst_ReleaseOperation::uninstall_readsTheHistoryBeforeAndAfter()
{
    serve({ { { 1, "superseded", u"2026-11-01T08:00:00Z"_s }, { 2, "deployed", u"2026-11-02T08:00:00Z"_s } },
            {},
            {} });
    HelmRequest request = upgradeRequest();
    request.action = HelmRequest::Action::Uninstall;
    ReleaseOperation operation(m_client.get(), fakeHelm(u"echo 'release \"rel\" uninstalled'"_s), request);
    const OperationResult result = run(operation);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.revisionBefore, 2);
    QCOMPARE(result.revisionAfter, 0); // no record left
    const QStringList args = helmArguments().split(u'\n');
    QCOMPARE(args.value(0), u"uninstall"_s);
    QVERIFY2(args.contains(u"rel"_s), qPrintable(args.join(u' ')));
    QVERIFY2(args.contains(u"--wait=legacy"_s), qPrintable(args.join(u' ')));
}

void tst_ReleaseOperation::recover_pendingUpgrade_rollsBackToTheLastDeployedRevision()
{
    // Stuck since long before the server's clock: no --force needed.
    const QList<Revision> stuck { { 1, "superseded", u"2026-11-01T08:00:00Z"_s },
                                  { 2, "deployed", u"2026-11-02T08:00:00Z"_s },
                                  { 3, "pending-upgrade", u"2026-11-03T08:00:00Z"_s } };
    serve({ stuck,
            { { 1, "superseded", u"2026-11-01T08:00:00Z"_s },
              { 2, "superseded", u"2026-11-02T08:00:00Z"_s },
              { 3, "failed", u"2026-11-03T08:00:00Z"_s },
              { 4, "deployed", u"2026-11-30T11:00:00Z"_s } },
            {} });
    ReleaseHistory history(m_client.get(), u"ns"_s, u"rel"_s);
    QSignalSpy listed(&history, &ReleaseHistory::finished);
    history.start();
    QVERIFY(listed.wait(10000));
    QVERIFY(history.ok());
    ReleaseTarget target;
    target.nameSpace = u"ns"_s;
    target.release = u"rel"_s;
    target.context = u"admin"_s;
    target.timeoutSeconds = 60;
    RecoverOperation::Options options;
    options.backupFolder = m_dir->filePath(u"backups"_s);
    RecoverOperation operation(m_client.get(), fakeHelm(u"echo 'Rollback was a success! Happy Helming!'"_s),
                               target, history, options);
    const OperationResult result = run(operation);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.recoverMethod, u"rollback"_s);
    const QStringList args = helmArguments().split(u'\n');
    QCOMPARE(args.value(0), u"rollback"_s);
    QCOMPARE(args.value(1), u"rel"_s);
    QCOMPARE(args.value(2), u"2"_s); // the last deployed revision, never helm's "previous"
    QCOMPARE(result.revisionAfter, 4);
    QVERIFY(QFile::exists(result.backupPath)); // taken before helm ran
}

QTEST_GUILESS_MAIN(tst_ReleaseOperation)
#include "tst_releaseoperation.moc"
