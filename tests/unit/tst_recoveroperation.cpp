#include "FakeApiServer.h"
#include "FakeContext.h"
#include "TestReleaseRecords.h"
#include "helm/ReleaseHistory.h"
#include "install/AuditJournal.h"
#include "install/RecoverOperation.h"
#include "kube/KubeClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Slipway;
using namespace Qt::StringLiterals;

// RecoverOperation against a scripted API server holding a stuck release: what it refuses
// (an operation that may still run, a record that changed), that the backup comes first and
// is private, and marking the pending revision failed. The helm-driven recoveries (rollback,
// uninstall) run against the testbed in e2e_cli_backline and e2e_cli_configmap_driver.
class tst_RecoverOperation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void youngPendingRevision_isRefusedAndNothingIsWritten();
    void forced_goesAheadAndSaysSo();
    void recordChangedSinceTheList_isRefused();
    void markFailed_savesAPrivateBackupFirstThenWritesTheRecordFailed();
    void markFailed_conflict_isReportedAndJournaledAsFailed();

private:
    struct Run
    {
        std::unique_ptr<FakeApiServer> server;
        std::unique_ptr<KubeClient> client;
        std::unique_ptr<ReleaseHistory> history;
        OperationResult result;
        QStringList notices;
    };
    // A release at revision 3, pending-upgrade since `createdAt` on the server's clock; the
    // record fetched again says `freshStatus`; a PUT answers `putStatus`.
    std::unique_ptr<Run> run(const QString &createdAt, RecoverOperation::Options options,
                             const char *freshStatus = "pending-upgrade", int putStatus = 200);

    QTemporaryDir m_dir;
};

namespace {

const QString kNow = QStringLiteral("Mon, 30 Nov 2026 12:00:00 GMT");

RecoverOperation::Options options(bool markFailed, bool force = false, const QString &folder = {})
{
    RecoverOperation::Options o;
    o.markFailed = markFailed;
    o.force = force;
    o.backupFolder = folder;
    return o;
}

QStringList journalLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

void tst_RecoverOperation::plan_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<bool>("markFailed");
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("target");
    QTest::addColumn<bool>("refused");
    QTest::newRow("pending upgrade: back to the deployed revision")
        << QStringList { u"superseded"_s, u"deployed"_s, u"pending-upgrade"_s } << false << u"rollback"_s << 2 << false;
    QTest::newRow("pending rollback after a failure")
        << QStringList { u"deployed"_s, u"failed"_s, u"pending-rollback"_s } << false << u"rollback"_s << 1 << false;
    QTest::newRow("a first install that never finished is removed")
        << QStringList { u"pending-install"_s } << false << u"uninstall"_s << 0 << false;
    QTest::newRow("a stuck uninstall is run again")
        << QStringList { u"superseded"_s, u"uninstalling"_s } << false << u"uninstall"_s << 0 << false;
    QTest::newRow("mark failed") << QStringList { u"deployed"_s, u"pending-upgrade"_s } << true
                                 << u"mark-failed"_s << 0 << false;
    QTest::newRow("mark failed does not apply to an uninstall")
        << QStringList { u"deployed"_s, u"uninstalling"_s } << true << u"mark-failed"_s << 0 << true;
    QTest::newRow("nothing to recover") << QStringList { u"superseded"_s, u"deployed"_s } << false
                                        << u"rollback"_s << 0 << true;
    QTest::newRow("no release") << QStringList {} << false << u"rollback"_s << 0 << true;
}

void tst_RecoverOperation::plan()
{
    QFETCH(QStringList, statuses);
    QFETCH(bool, markFailed);
    QFETCH(QString, method);
    QFETCH(int, target);
    QFETCH(bool, refused);
    const RecoverOperation::Plan plan = RecoverOperation::planFor(recordsWithStatuses(statuses), markFailed);
    QCOMPARE(RecoverOperation::methodName(plan.method), method);
    QCOMPARE(plan.targetRevision, target);
    QCOMPARE(!plan.refusal.isEmpty(), refused);
    if (!statuses.isEmpty()) {
        QCOMPARE(plan.stuckRevision, int(statuses.size()));
        QCOMPARE(plan.stuckStatus, statuses.last());
    }
}

std::unique_ptr<tst_RecoverOperation::Run>
tst_RecoverOperation::run(const QString &createdAt, RecoverOperation::Options options,
                          const char *freshStatus, int putStatus)
{
    auto r = std::make_unique<Run>();
    const ReleaseStorage secrets;
    const QList<Revision> revisions { { 1, "superseded", QStringLiteral("2026-11-01T08:00:00Z") },
                                      { 2, "deployed", QStringLiteral("2026-11-02T08:00:00Z") },
                                      { 3, "pending-upgrade", createdAt } };
    QJsonArray items;
    for (const Revision &revision : revisions)
        items.append(record(revision, secrets, createdAt));
    const QByteArray list = QJsonDocument(QJsonObject { { QStringLiteral("kind"), QStringLiteral("SecretList") },
                                                        { QStringLiteral("metadata"), QJsonObject {} },
                                                        { QStringLiteral("items"), items } })
                                .toJson(QJsonDocument::Compact);
    QJsonObject fresh = record({ 3, freshStatus, createdAt }, secrets, createdAt);
    QJsonObject metadata = fresh.value(QLatin1String("metadata")).toObject();
    metadata.insert(QStringLiteral("resourceVersion"), QStringLiteral("42"));
    fresh.insert(QStringLiteral("metadata"), metadata);
    const QByteArray freshBody = QJsonDocument(fresh).toJson(QJsonDocument::Compact);
    r->server = std::make_unique<FakeApiServer>([=](const FakeApiServer::Request &request) {
        const QList<std::pair<QByteArray, QByteArray>> date { { "Date", kNow.toLatin1() } };
        if (request.method == "PUT")
            return FakeApiServer::answer(putStatus,
                                         putStatus == 200 ? request.body
                                                          : QByteArray(R"({"kind":"Status","code":409,"reason":"Conflict","message":"the object has been modified"})"),
                                         date);
        if (request.target.contains("labelSelector"))
            return FakeApiServer::answer(200, list, date);
        return FakeApiServer::answer(200, freshBody, date);
    });
    r->client = std::make_unique<KubeClient>(contextFor(r->server->url()));
    r->history = std::make_unique<ReleaseHistory>(r->client.get(), QStringLiteral("ns"),
                                                  QStringLiteral("rel"));
    QSignalSpy listed(r->history.get(), &ReleaseHistory::finished);
    r->history->start();
    if (!listed.wait(10000) || !r->history->ok())
        return r;
    ReleaseTarget target;
    target.nameSpace = QStringLiteral("ns");
    target.release = QStringLiteral("rel");
    target.timeoutSeconds = 300;
    if (options.backupFolder.isEmpty())
        options.backupFolder = m_dir.filePath(QStringLiteral("backups"));
    const AuditJournal journal(m_dir.filePath(QStringLiteral("audit.jsonl")));
    RecoverOperation operation(r->client.get(), HelmInstallation {}, target, *r->history, options);
    operation.setJournal(&journal);
    QSignalSpy finished(&operation, &Operation::finished);
    connect(&operation, &Operation::notice, this,
            [&r](const QString &text) { r->notices.append(text); });
    operation.start();
    if (finished.wait(10000))
        r->result = finished.first().first().value<OperationResult>();
    else
        r->result.message = QStringLiteral("the operation never finished");
    [&] { QCOMPARE(finished.size(), 1); }();
    return r;
}

void tst_RecoverOperation::youngPendingRevision_isRefusedAndNothingIsWritten()
{
    // Started 3 minutes before the server's "now": less than 300 s + the 2-minute margin.
    const auto r = run(QStringLiteral("2026-11-30T11:57:00Z"), options(true));
    QCOMPARE(r->result.problem, OperationResult::Problem::Busy);
    QVERIFY(!r->result.ok());
    QVERIFY2(r->result.message.contains(QLatin1String("has been pending-upgrade for 3m")),
             qPrintable(r->result.message));
    QVERIFY2(r->result.message.contains(QLatin1String("may still be working on it")),
             qPrintable(r->result.message));
    QVERIFY(!QDir(m_dir.filePath(QStringLiteral("backups"))).exists()
            || QDir(m_dir.filePath(QStringLiteral("backups"))).isEmpty());
    for (const FakeApiServer::Request &request : r->server->requests)
        QCOMPARE(request.method, QByteArray("GET"));
    QVERIFY(journalLines(m_dir.filePath(QStringLiteral("audit.jsonl"))).isEmpty());
}

void tst_RecoverOperation::forced_goesAheadAndSaysSo()
{
    QTemporaryDir dir;
    const auto r = run(QStringLiteral("2026-11-30T11:57:00Z"),
                       options(true, true, dir.path()));
    QVERIFY2(r->result.ok(), qPrintable(r->result.message));
    QVERIFY2(r->notices.value(0).startsWith(QLatin1String("Revision 3 has been pending-upgrade for 3m")),
             qPrintable(r->notices.join(QLatin1Char('|'))));
}

void tst_RecoverOperation::recordChangedSinceTheList_isRefused()
{
    const auto r = run(QStringLiteral("2026-11-01T08:00:00Z"), options(false), "failed");
    QCOMPARE(r->result.problem, OperationResult::Problem::Changed);
    QVERIFY2(r->result.message.contains(QLatin1String("(it is failed now)")),
             qPrintable(r->result.message));
    QVERIFY(!QDir(m_dir.filePath(QStringLiteral("backups"))).exists()
            || QDir(m_dir.filePath(QStringLiteral("backups"))).isEmpty());
}

void tst_RecoverOperation::markFailed_savesAPrivateBackupFirstThenWritesTheRecordFailed()
{
    QTemporaryDir dir;
    const QString journal = m_dir.filePath(QStringLiteral("audit.jsonl"));
    const qsizetype linesBefore = journalLines(journal).size();
    const auto r = run(QStringLiteral("2026-11-01T08:00:00Z"),
                       options(true, false, dir.path()));
    QVERIFY2(r->result.ok(), qPrintable(r->result.message));
    QVERIFY(r->result.withoutHelm);
    QCOMPARE(r->result.recoverMethod, QStringLiteral("mark-failed"));
    QCOMPARE(r->result.revisionAfter, 3);
    QCOMPARE(r->result.statusAfter, QStringLiteral("failed"));

    // The backup: every record as listed, owner-only, named in a notice.
    QVERIFY(QFile::exists(r->result.backupPath));
    QCOMPARE(QFileInfo(r->result.backupPath).absolutePath(), QDir(dir.path()).absolutePath());
    QCOMPARE(QFile::permissions(r->result.backupPath),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                 | QFileDevice::WriteUser);
    QFile backup(r->result.backupPath);
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(backup.readAll()).array().size(), 3);
    // The notice says where, and that the file holds secrets.
    const QString saved = QStringLiteral("Saved the release records to %1.").arg(r->result.backupPath);
    const auto notice = std::find_if(r->notices.cbegin(), r->notices.cend(),
                                     [&](const QString &n) { return n.startsWith(saved); });
    QVERIFY2(notice != r->notices.cend(), qPrintable(r->notices.join(u'\n')));
    QVERIFY2(notice->contains(QStringLiteral("secret answers included")), qPrintable(*notice));
    // The folder is owner-only and explains itself.
    QCOMPARE(QFile::permissions(dir.path()),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                 | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    QFile readme(QDir(dir.path()).filePath(QStringLiteral("README.txt")));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    QVERIFY(readme.readAll().contains("THESE FILES HOLD SECRETS"));
    QCOMPARE(RecoverOperation::defaultBackupFolder().section(u'/', -1),
             QStringLiteral("release-backups-with-secrets"));

    // The PUT: the fetched object (its resourceVersion, so a concurrent change conflicts),
    // now failed.
    const FakeApiServer::Request &put = r->server->requests.last();
    QCOMPARE(put.method, QByteArray("PUT"));
    QCOMPARE(put.target, QByteArray("/api/v1/namespaces/ns/secrets/sh.helm.release.v1.rel.v3"));
    const QJsonObject written = QJsonDocument::fromJson(put.body).object();
    QCOMPARE(written[QLatin1String("metadata")][QLatin1String("resourceVersion")].toString(),
             QStringLiteral("42"));
    const Expected<ReleaseRecord> decoded = ReleaseStorage().decode(written);
    QVERIFY(decoded);
    QCOMPARE(decoded->status, QStringLiteral("failed"));

    const QStringList lines = journalLines(journal);
    QCOMPARE(lines.size(), linesBefore + 1);
    const QJsonObject entry = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    QCOMPARE(entry[QLatin1String("action")].toString(), QStringLiteral("recover"));
    QCOMPARE(entry[QLatin1String("outcome")].toString(), QStringLiteral("succeeded"));
    QCOMPARE(entry[QLatin1String("revisionBefore")].toInt(), 3);
}

void tst_RecoverOperation::markFailed_conflict_isReportedAndJournaledAsFailed()
{
    QTemporaryDir dir;
    const QString journal = m_dir.filePath(QStringLiteral("audit.jsonl"));
    const qsizetype linesBefore = journalLines(journal).size();
    const auto r = run(QStringLiteral("2026-11-01T08:00:00Z"),
                       options(true, false, dir.path()), "pending-upgrade", 409);
    QCOMPARE(r->result.problem, OperationResult::Problem::Changed);
    QVERIFY2(r->result.message.contains(QLatin1String("changed while it was being unlocked")),
             qPrintable(r->result.message));
    QVERIFY(QFile::exists(r->result.backupPath)); // taken before the attempt, and kept
    const QStringList lines = journalLines(journal);
    QCOMPARE(lines.size(), linesBefore + 1);
    QCOMPARE(QJsonDocument::fromJson(lines.last().toUtf8()).object()[QLatin1String("outcome")].toString(),
             QStringLiteral("failed"));
}

QTEST_GUILESS_MAIN(tst_RecoverOperation)
#include "tst_recoveroperation.moc"
