#include "TestReleaseRecords.h"
#include "helm/ReleaseRecord.h"
#include "install/ReleasePolicy.h"
#include "product/Chart.h"
#include "product/Descriptor.h"

#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

// The release rules both front ends share: one answer each, whoever asks.
class tst_ReleasePolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameSpace_givenThenProductThenContextThenDefault_data();
    void nameSpace_givenThenProductThenContextThenDefault();
    void releaseName_givenThenProductThenChart();
    void names_areCheckedAsHelmAndKubernetesCheckThem_data();
    void names_areCheckedAsHelmAndKubernetesCheckThem();
    void timeout_givenThenProductThenHelmsFiveMinutes_data();
    void timeout_givenThenProductThenHelmsFiveMinutes();
    void stuck_isPendingOrUninstalling_data();
    void stuck_isPendingOrUninstalling();
    void lastGood_prefersTheDeployedRevisionThenTheNewestSuperseded_data();
    void lastGood_prefersTheDeployedRevisionThenTheNewestSuperseded();
    void rollbackTarget_fromTheRecordOrItsDescription();
    void mayStillRun_untilTheTimeoutPlusTheMargin();
};


void tst_ReleasePolicy::nameSpace_givenThenProductThenContextThenDefault_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("expected");
    QTest::newRow("given wins") << u"mine"_s << u"backline"_s << u"team-a"_s << u"mine"_s;
    QTest::newRow("the product's") << u""_s << u"backline"_s << u"team-a"_s << u"backline"_s;
    QTest::newRow("the context's") << u""_s << u""_s << u"team-a"_s << u"team-a"_s;
    QTest::newRow("default") << u""_s << u""_s << u""_s << u"default"_s;
}

void tst_ReleasePolicy::nameSpace_givenThenProductThenContextThenDefault()
{
    QFETCH(QString, given);
    QFETCH(QString, product);
    QFETCH(QString, context);
    QFETCH(QString, expected);
    Descriptor descriptor;
    descriptor.releaseNamespace = product;
    QCOMPARE(ReleasePolicy::nameSpace(given, &descriptor, context), expected);
    if (product.isEmpty())
        QCOMPARE(ReleasePolicy::nameSpace(given, nullptr, context), expected);
}

void tst_ReleasePolicy::releaseName_givenThenProductThenChart()
{
    Chart chart;
    chart.name = QStringLiteral("smoke");
    QCOMPARE(ReleasePolicy::releaseName(QStringLiteral("mine"), &chart), QStringLiteral("mine"));
    QCOMPARE(ReleasePolicy::releaseName({}, &chart), QStringLiteral("smoke"));
    Descriptor descriptor;
    descriptor.releaseName = QStringLiteral("backline");
    chart.descriptor = descriptor;
    QCOMPARE(ReleasePolicy::releaseName({}, &chart), QStringLiteral("backline"));
    QCOMPARE(ReleasePolicy::releaseName({}, nullptr), QString());
}

void tst_ReleasePolicy::timeout_givenThenProductThenHelmsFiveMinutes_data()
{
    QTest::addColumn<int>("given");
    QTest::addColumn<QString>("product");
    QTest::addColumn<int>("expected");
    QTest::newRow("given wins") << 90 << u"15m"_s << 90;
    QTest::newRow("the product's helm.timeout") << 0 << u"15m"_s << 900;
    QTest::newRow("a compound duration") << 0 << u"1h30m"_s << 5400;
    QTest::newRow("helm's five minutes") << 0 << u""_s << 300;
    QTest::newRow("an unreadable duration is helm's five minutes") << 0 << u"soon"_s << 300;
}

void tst_ReleasePolicy::timeout_givenThenProductThenHelmsFiveMinutes()
{
    QFETCH(int, given);
    QFETCH(QString, product);
    QFETCH(int, expected);
    Descriptor descriptor;
    descriptor.helmTimeout = product;
    QCOMPARE(ReleasePolicy::timeoutSeconds(given, &descriptor), expected);
    QCOMPARE(ReleasePolicy::timeoutSeconds(given, nullptr), given > 0 ? given : 300);
}

void tst_ReleasePolicy::stuck_isPendingOrUninstalling_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("stuck");
    for (const char *status : { "pending-install", "pending-upgrade", "pending-rollback", "uninstalling" })
        QTest::newRow(status) << QString::fromLatin1(status) << true;
    for (const char *status : { "deployed", "superseded", "failed", "uninstalled", "unknown", "" })
        QTest::newRow(status) << QString::fromLatin1(status) << false;
}

void tst_ReleasePolicy::stuck_isPendingOrUninstalling()
{
    QFETCH(QString, status);
    QFETCH(bool, stuck);
    ReleaseRecord record;
    record.status = status;
    QCOMPARE(ReleasePolicy::isStuck(record), stuck);
    QCOMPARE(ReleasePolicy::isStuckStatus(status), stuck);
}

void tst_ReleasePolicy::lastGood_prefersTheDeployedRevisionThenTheNewestSuperseded_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<int>("below");
    QTest::addColumn<int>("expected");
    QTest::newRow("a pending upgrade goes back to what runs")
        << QStringList { u"superseded"_s, u"deployed"_s, u"pending-upgrade"_s } << 3 << 2;
    QTest::newRow("failed revisions are skipped")
        << QStringList { u"superseded"_s, u"deployed"_s, u"failed"_s, u"pending-upgrade"_s } << 4 << 2;
    QTest::newRow("the deployed one even when a superseded one is newer")
        << QStringList { u"superseded"_s, u"deployed"_s, u"superseded"_s, u"pending-rollback"_s } << 4 << 2;
    QTest::newRow("rollback of a deployed latest: the newest superseded")
        << QStringList { u"superseded"_s, u"superseded"_s, u"deployed"_s } << 3 << 2;
    QTest::newRow("nothing good: a first install that never finished")
        << QStringList { u"pending-install"_s } << 1 << 0;
    QTest::newRow("only failed ones") << QStringList { u"failed"_s, u"failed"_s } << 2 << 0;
    QTest::newRow("the bound is exclusive") << QStringList { u"deployed"_s } << 1 << 0;
}

void tst_ReleasePolicy::lastGood_prefersTheDeployedRevisionThenTheNewestSuperseded()
{
    QFETCH(QStringList, statuses);
    QFETCH(int, below);
    QFETCH(int, expected);
    const QList<ReleaseRecord> records = recordsWithStatuses(statuses);
    const ReleaseRecord *good = ReleasePolicy::lastGood(records, below);
    QCOMPARE(good ? good->revision : 0, expected);
}

void tst_ReleasePolicy::rollbackTarget_fromTheRecordOrItsDescription()
{
    ReleaseRecord record;
    record.description = QStringLiteral("Rollback to 3");
    QCOMPARE(ReleasePolicy::rollbackTarget(record), 3);
    record.rollbackRevision = 4; // helm 4.3+ says it itself, and is believed
    QCOMPARE(ReleasePolicy::rollbackTarget(record), 4);
    ReleaseRecord upgrade;
    upgrade.description = QStringLiteral("Upgrade complete");
    QCOMPARE(ReleasePolicy::rollbackTarget(upgrade), 0);
    upgrade.description = QStringLiteral("Rollback to 3 failed");
    QCOMPARE(ReleasePolicy::rollbackTarget(upgrade), 0);
}

void tst_ReleasePolicy::mayStillRun_untilTheTimeoutPlusTheMargin()
{
    const qint64 limitMs = (300 + ReleasePolicy::kRecoverMarginSeconds) * 1000LL;
    QVERIFY(ReleasePolicy::mayStillRun(0, 300));
    QVERIFY(ReleasePolicy::mayStillRun(limitMs - 1, 300));
    QVERIFY(!ReleasePolicy::mayStillRun(limitMs, 300));
    QVERIFY(ReleasePolicy::mayStillRun(-1, 300)); // unknown age: assume it may
    QVERIFY(!ReleasePolicy::mayStillRun(10LL * 60 * 60 * 1000, 300));
}

void tst_ReleasePolicy::names_areCheckedAsHelmAndKubernetesCheckThem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("release");
    QTest::addColumn<bool>("nameSpace");
    QTest::newRow("plain") << QStringLiteral("backline") << true << true;
    QTest::newRow("digits and dashes") << QStringLiteral("app-2") << true << true;
    QTest::newRow("dots") << QStringLiteral("my.app") << true << false;
    QTest::newRow("empty") << QString() << false << false;
    QTest::newRow("upper case") << QStringLiteral("Backline") << false << false;
    QTest::newRow("leading dash") << QStringLiteral("-app") << false << false;
    QTest::newRow("trailing dash") << QStringLiteral("app-") << false << false;
    QTest::newRow("underscore") << QStringLiteral("my_app") << false << false;
    QTest::newRow("trailing newline") << QStringLiteral("app\n") << false << false;
    QTest::newRow("53 characters") << QString(53, QLatin1Char('a')) << true << true;
    QTest::newRow("54 characters") << QString(54, QLatin1Char('a')) << false << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << false << false;
}

void tst_ReleasePolicy::names_areCheckedAsHelmAndKubernetesCheckThem()
{
    QFETCH(QString, name);
    QFETCH(bool, release);
    QFETCH(bool, nameSpace);
    QCOMPARE(ReleasePolicy::releaseNameProblem(name).isEmpty(), release);
    QCOMPARE(ReleasePolicy::namespaceProblem(name).isEmpty(), nameSpace);
}

QTEST_GUILESS_MAIN(tst_ReleasePolicy)
#include "tst_releasepolicy.moc"
