#include "ModelFixtures.h"
#include "ui/models/LogLinesModel.h"

#include <QTest>

using namespace Slipway;

// The log lines: numbered as they arrived, appended and capped with row signals only.
class tst_LogLinesModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void append_isOneRowsInsertedForTheNewRows();
    void cap_dropsTheOldestAtTheTop_keepingTheirNumbers();
    void batchBiggerThanTheCap_keepsItsNewestLines();
    void find_returnsTheMatchingRows();
    void lines_areTheKeptLines_andStayAsTakenWhileTheModelGoesOn();
};

namespace {

QStringList lines(int from, int count)
{
    QStringList out;
    for (int i = from; i < from + count; ++i)
        out << QStringLiteral("line %1").arg(i);
    return out;
}

} // namespace

void tst_LogLinesModel::append_isOneRowsInsertedForTheNewRows()
{
    LogLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.append(lines(1, 3));
    ModelSpies spies(&model);
    model.append(lines(4, 2));
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(spies.removed.size() + spies.reset.size() + spies.changed.size(), 0);
    QCOMPARE(model.index(4).data(LogLinesModel::LineNumberRole).toLongLong(), 5);
    QCOMPARE(model.index(4).data().toString(), QStringLiteral("line 5"));
    QCOMPARE(model.headerData(0, Qt::Vertical).toLongLong(), 1);
}

void tst_LogLinesModel::cap_dropsTheOldestAtTheTop_keepingTheirNumbers()
{
    LogLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMaxLines(5);
    model.append(lines(1, 4));
    ModelSpies spies(&model);
    model.append(lines(5, 3));
    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.removed.at(0).at(2).toInt(), 1);
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.lineNumber(0), 3);
    QCOMPARE(model.line(0), QStringLiteral("line 3"));
    QCOMPARE(model.lineNumber(4), 7);
    QCOMPARE(model.totalLines(), 7);
}

void tst_LogLinesModel::batchBiggerThanTheCap_keepsItsNewestLines()
{
    LogLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMaxLines(3);
    model.append(lines(1, 2));
    model.append(lines(3, 5));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.lineNumber(0), 5);
    QCOMPARE(model.line(0), QStringLiteral("line 5"));
    QCOMPARE(model.line(2), QStringLiteral("line 7"));
}

void tst_LogLinesModel::find_returnsTheMatchingRows()
{
    LogLinesModel model;
    model.append({ QStringLiteral("starting"), QStringLiteral("ERROR disk full"),
                   QStringLiteral("ok"), QStringLiteral("error again") });
    QCOMPARE(model.find(QStringLiteral("error")), (QList<int> { 1, 3 }));
    QCOMPARE(model.find(QStringLiteral("error"), Qt::CaseSensitive), (QList<int> { 3 }));
    QCOMPARE(model.find(QRegularExpression(QStringLiteral("^s|^o"))), (QList<int> { 0, 2 }));
}

void tst_LogLinesModel::lines_areTheKeptLines_andStayAsTakenWhileTheModelGoesOn()
{
    LogLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMaxLines(3);
    model.append(lines(1, 5));
    const QStringList taken = model.lines();
    QCOMPARE(taken, lines(3, 3));
    model.append(lines(6, 2));
    QCOMPARE(taken, lines(3, 3)); // a snapshot: what a save writes on another thread
    QCOMPARE(model.lines(), lines(5, 3));
    model.clear();
    QVERIFY(model.lines().isEmpty());
    QCOMPARE(taken.size(), 3);
}

QTEST_GUILESS_MAIN(tst_LogLinesModel)
#include "tst_loglinesmodel.moc"
