#include "ui/models/PreflightModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

class tst_PreflightModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksAreRows_itemsAndRemedyTheirChildren();
    void aNewReportReplacesTheOld();
};

namespace {

PreflightReport sampleReport()
{
    PreflightReport report;
    PreflightCheck version;
    version.id = u"kubernetes-version"_s;
    version.title = u"Kubernetes version"_s;
    version.message = u"v1.36.3 satisfies >=1.25.0-0"_s;
    version.durationMs = 1;
    report.add(version);
    PreflightCheck capacity;
    capacity.id = u"capacity"_s;
    capacity.title = u"Capacity"_s;
    capacity.severity = PreflightCheck::Severity::Fail;
    capacity.message = u"1 of 3 pods cannot be placed"_s;
    capacity.items = { u"worker-0 needs 12 CPU on one node; the largest free node has 7.9"_s };
    capacity.remediation = u"Lower the worker's CPU request"_s;
    capacity.durationMs = 7;
    report.add(capacity);
    PreflightCheck images;
    images.id = u"images"_s;
    images.title = u"Images"_s;
    images.severity = PreflightCheck::Severity::Warn;
    images.message = u"1 image uses :latest"_s;
    images.items = { u"registry.invalid/a:latest"_s, u"registry.invalid/b:1.0"_s };
    report.add(images);
    return report;
}

} // namespace

void tst_PreflightModel::checksAreRows_itemsAndRemedyTheirChildren()
{
    PreflightModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(sampleReport());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(PreflightModel::ColumnCount));

    const QModelIndex capacity = model.indexOfCheck(u"capacity"_s);
    QCOMPARE(capacity.row(), 1);
    QCOMPARE(capacity.data().toString(), u"Capacity"_s);
    QCOMPARE(model.index(1, PreflightModel::ResultColumn).data().toString(), u"FAIL"_s);
    QCOMPARE(model.index(1, PreflightModel::MessageColumn).data().toString(),
             u"1 of 3 pods cannot be placed"_s);
    QCOMPARE(model.index(1, PreflightModel::TimeColumn).data().toString(), u"7 ms"_s);
    QCOMPARE(model.index(1, PreflightModel::TimeColumn).data(SortRole).toLongLong(), 7);
    QCOMPARE(capacity.data(ItemStateRole).value<ItemState>(), ItemState::Failed);
    QCOMPARE(model.index(2, 0).data(ItemStateRole).value<ItemState>(), ItemState::Warning);
    QCOMPARE(model.index(0, 0).data(ItemStateRole).value<ItemState>(), ItemState::Ok);

    // The item, then the remedy, in the message column; the child keeps its check's id and state.
    QCOMPARE(model.rowCount(capacity), 2);
    const QModelIndex item = model.index(0, PreflightModel::MessageColumn, capacity);
    QCOMPARE(item.data().toString(), u"worker-0 needs 12 CPU on one node; the largest free node has 7.9"_s);
    QCOMPARE(item.data(PreflightModel::CheckIdRole).toString(), u"capacity"_s);
    QCOMPARE(item.data(ItemStateRole).value<ItemState>(), ItemState::Failed);
    QCOMPARE(model.index(1, PreflightModel::MessageColumn, capacity).data().toString(),
             u"Fix: Lower the worker's CPU request"_s);
    QVERIFY(!model.index(0, PreflightModel::CheckColumn, capacity).data().isValid());
    QCOMPARE(model.parent(item), capacity.siblingAtColumn(0));
    // A warning without a remedy lists only its items; a pass has no children.
    QCOMPARE(model.rowCount(model.indexOfCheck(u"images"_s)), 2);
    QCOMPARE(model.rowCount(model.indexOfCheck(u"kubernetes-version"_s)), 0);
    QCOMPARE(model.rowCount(item), 0);
    QVERIFY(!model.indexOfCheck(u"storage"_s).isValid());
}

void tst_PreflightModel::aNewReportReplacesTheOld()
{
    PreflightModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(sampleReport());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    PreflightReport one;
    PreflightCheck storage;
    storage.id = u"storage"_s;
    storage.title = u"Storage"_s;
    one.add(storage);
    model.setReport(one);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.indexOfCheck(u"storage"_s).row(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_PreflightModel)
#include "tst_preflightmodel.moc"
