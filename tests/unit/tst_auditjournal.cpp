#include "install/AuditJournal.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Slipway;

// The audit journal: one private JSON line per release change, with exactly the agreed fields.
class tst_AuditJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entries_areAppendedAsJsonLines_inAPrivateFile();
    void unwritableFolder_isAnErrorMessage();
};

void tst_AuditJournal::entries_areAppendedAsJsonLines_inAPrivateFile()
{
    QTemporaryDir dir;
    const AuditJournal journal(dir.filePath(QStringLiteral("sub/audit.jsonl")));
    AuditEntry entry;
    entry.time = QDateTime(QDate(2026, 11, 22), QTime(1, 2, 3), QTimeZone::utc());
    entry.user = QStringLiteral("ada");
    entry.cluster = QStringLiteral("https://127.0.0.1:26443");
    entry.context = QStringLiteral("admin");
    entry.nameSpace = QStringLiteral("ns");
    entry.release = QStringLiteral("backline");
    entry.action = QStringLiteral("upgrade");
    entry.revisionBefore = 1;
    entry.revisionAfter = 2;
    entry.valuesSha256 = QByteArray(64, 'a');
    entry.outcome = QStringLiteral("succeeded");
    entry.durationMs = 1234;
    QVERIFY(journal.append(entry));
    entry.action = QStringLiteral("rollback");
    QVERIFY(journal.append(entry));

    QFile file(journal.path());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.keys(),
             QStringList({ QStringLiteral("action"), QStringLiteral("cluster"),
                           QStringLiteral("context"), QStringLiteral("durationMs"),
                           QStringLiteral("namespace"), QStringLiteral("outcome"),
                           QStringLiteral("release"), QStringLiteral("revisionAfter"),
                           QStringLiteral("revisionBefore"), QStringLiteral("time"),
                           QStringLiteral("user"), QStringLiteral("valuesSha256") }));
    QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("2026-11-22T01:02:03.000Z"));
    QCOMPARE(first.value(QStringLiteral("revisionAfter")).toInt(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("action")).toString(),
             QStringLiteral("rollback"));
}

void tst_AuditJournal::unwritableFolder_isAnErrorMessage()
{
    const AuditJournal journal(QStringLiteral("/proc/no/such/audit.jsonl"));
    const Expected<void> appended = journal.append(AuditEntry());
    QVERIFY(!appended);
    QVERIFY2(appended.error().message.startsWith(
                 QLatin1String("Cannot write the audit journal /proc/no/such/audit.jsonl: ")),
             qPrintable(appended.error().message));
}

QTEST_GUILESS_MAIN(tst_AuditJournal)
#include "tst_auditjournal.moc"
