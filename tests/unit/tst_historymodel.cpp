#include "ModelFixtures.h"
#include "ui/models/HistoryModel.h"

#include <QTest>
#include <QTimeZone>

using namespace Slipway;

// The revision history: newest first, and a new history read is only the difference.
class tst_HistoryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_areNewestFirst_withHelmHistoryColumns();
    void oneMoreRevision_isOneRowInsert_andSupersededIsOneDataChanged();
    void prunedRevision_isOneRowsRemoved();
};

namespace {

ReleaseRecord record(int revision, const QString &status)
{
    ReleaseRecord r;
    r.name = QStringLiteral("shop");
    r.nameSpace = QStringLiteral("shop");
    r.revision = revision;
    r.status = status;
    r.chartName = QStringLiteral("backline");
    r.chartVersion = QStringLiteral("1.%1.0").arg(revision);
    r.appVersion = QStringLiteral("2.0");
    r.lastDeployed = QStringLiteral("2026-07-01T10:0%1:00Z").arg(revision);
    r.description = revision == 1 ? QStringLiteral("Install complete") : QStringLiteral("Upgrade complete");
    return r;
}

} // namespace

void tst_HistoryModel::rows_areNewestFirst_withHelmHistoryColumns()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords({ record(1, QStringLiteral("superseded")), record(2, QStringLiteral("deployed")) });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.revisionAt(0), 2);
    QCOMPARE(model.index(0, HistoryModel::ChartColumn).data().toString(), QStringLiteral("backline-1.2.0"));
    QCOMPARE(model.index(0, HistoryModel::StatusColumn).data().toString(), QStringLiteral("deployed"));
    QCOMPARE(model.index(1, HistoryModel::DescriptionColumn).data().toString(), QStringLiteral("Install complete"));
    QCOMPARE(model.headerData(HistoryModel::AppVersionColumn, Qt::Horizontal).toString(), QStringLiteral("APP VERSION"));
    QCOMPARE(model.index(0, 0).data(HistoryModel::UpdatedRole).toDateTime(),
             QDateTime(QDate(2026, 7, 1), QTime(10, 2), QTimeZone::utc()));
    QCOMPARE(model.recordAt(1).revision, 1);
    QCOMPARE(model.index(0, 0).data(ItemStateRole).value<ItemState>(), ItemState::Ok);
}

void tst_HistoryModel::oneMoreRevision_isOneRowInsert_andSupersededIsOneDataChanged()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords({ record(1, QStringLiteral("superseded")), record(2, QStringLiteral("deployed")) });
    ModelSpies spies(&model);
    model.setRecords({ record(1, QStringLiteral("superseded")), record(2, QStringLiteral("deployed")),
                       record(3, QStringLiteral("pending-upgrade")) });
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 0);
    QCOMPARE(spies.changed.size() + spies.removed.size() + spies.reset.size(), 0);
    QCOMPARE(model.index(0, 0).data(ItemStateRole).value<ItemState>(), ItemState::Stuck);

    spies.clear();
    model.setRecords({ record(1, QStringLiteral("superseded")), record(2, QStringLiteral("superseded")),
                       record(3, QStringLiteral("deployed")) });
    QCOMPARE(spies.changed.size(), 2);
    QCOMPARE(spies.inserted.size() + spies.removed.size() + spies.reset.size(), 0);
}

void tst_HistoryModel::prunedRevision_isOneRowsRemoved()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords({ record(1, QStringLiteral("superseded")), record(2, QStringLiteral("superseded")),
                       record(3, QStringLiteral("deployed")) });
    ModelSpies spies(&model);
    model.setRecords({ record(2, QStringLiteral("superseded")), record(3, QStringLiteral("deployed")) });
    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 2);
    QCOMPARE(model.rowOfRevision(1), -1);
    QCOMPARE(spies.inserted.size() + spies.changed.size() + spies.reset.size(), 0);
}

QTEST_GUILESS_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"
