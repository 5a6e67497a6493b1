#include "ui/LogPane.h"
#include "ui/models/LogLinesModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Slipway;

// The log pane's own behaviour over lines put straight into its model (the testbed test covers
// it on a real pod): matches painted in the highlight colour, wrapping a long log without
// stalling the event loop, saving off the GUI thread.
class tst_LogPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void search_paintsTheMatchesInTheHighlightColour();
    void wrap_ofFiftyThousandLongLines_isLaidOutInBatches();
    void save_writesEveryLine();
};

namespace {

int pixelsOf(QWidget *widget, const QColor &colour)
{
    QApplication::processEvents();
    const QImage image = widget->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == colour.rgb() ? 1 : 0;
    return count;
}

} // namespace

void tst_LogPane::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void tst_LogPane::search_paintsTheMatchesInTheHighlightColour()
{
    LogPane pane;
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    pane.resize(800, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.model()->append({ QStringLiteral("alpha beta"), QStringLiteral("gamma"), QStringLiteral("beta beta") });
    auto *viewport = pane.findChild<QListView *>(QStringLiteral("logView"))->viewport();
    const QColor highlight = viewport->palette().color(QPalette::Highlight);
    QCOMPARE(pixelsOf(viewport, highlight), 0);
    pane.findChild<QLineEdit *>(QStringLiteral("logFind"))->setText(QStringLiteral("BETA"));
    const int three = pixelsOf(viewport, highlight); // case-insensitive: three matches
    QVERIFY(three > 0);
    pane.findChild<QLineEdit *>(QStringLiteral("logFind"))->setText(QStringLiteral("alpha beta"));
    const int one = pixelsOf(viewport, highlight);
    QVERIFY(one > 0);
    QVERIFY2(three > one, qPrintable(QStringLiteral("%1 vs %2").arg(three).arg(one)));
    QVERIFY2(pane.findChild<QLabel *>(QStringLiteral("logState"))->text().contains(QLatin1String("on 1 line")),
             qPrintable(pane.findChild<QLabel *>(QStringLiteral("logState"))->text()));
    // A new line with the text counts at once.
    pane.model()->append({ QStringLiteral("ALPHA BETA again") });
    QVERIFY2(pane.findChild<QLabel *>(QStringLiteral("logState"))->text().contains(QLatin1String("on 2 line")),
             qPrintable(pane.findChild<QLabel *>(QStringLiteral("logState"))->text()));
    QVERIFY(pane.findNext());
    QCOMPARE(pane.findChild<QListView *>(QStringLiteral("logView"))->currentIndex().row(), 0);
    QVERIFY(pane.findNext());
    QCOMPARE(pane.findChild<QListView *>(QStringLiteral("logView"))->currentIndex().row(), 3);
}

void tst_LogPane::wrap_ofFiftyThousandLongLines_isLaidOutInBatches()
{
    LogPane pane;
    pane.resize(900, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QStringList lines;
    for (int i = 0; i < LogLinesModel::kDefaultMaxLines; ++i)
        lines << QStringLiteral("level=info msg=\"request %1 handled\" %2").arg(i).arg(QString(200, QLatin1Char('x')));
    pane.model()->append(lines);
    auto *view = pane.findChild<QListView *>(QStringLiteral("logView"));
    QApplication::processEvents();
    const int oneRow = view->visualRect(pane.model()->index(0, 0)).height();

    // The event loop's turns while the rows are laid out again, and the longest gap between
    // two. The gap is only reported (it depends on the machine's load); what is checked is that
    // the layout gives the loop back between batches: 50,000 rows laid out in one pass would
    // be a single turn.
    qint64 longest = 0;
    int turns = 0;
    QElapsedTimer gap;
    QTimer probe;
    probe.setInterval(0);
    connect(&probe, &QTimer::timeout, this, [&] {
        ++turns;
        longest = std::max(longest, gap.restart());
    });
    gap.start();
    probe.start();
    QElapsedTimer clock;
    clock.start();
    pane.findChild<QCheckBox *>(QStringLiteral("logWrap"))->setChecked(true);
    longest = std::max(longest, gap.restart());
    const QModelIndex last = pane.model()->index(pane.model()->rowCount() - 1, 0);
    // Laid out in batches: the last row, too, in the end.
    QVERIFY(QTest::qWaitFor([&] { return view->visualRect(last).height() > oneRow; }, 60000));
    probe.stop();
    qInfo("wrapping %d lines: %d turns of the event loop, longest stall %lld ms, %lld ms in all",
          int(lines.size()), turns, longest, clock.elapsed());
    QVERIFY2(turns >= 10, qPrintable(QStringLiteral("the layout took the event loop %1 turn(s)").arg(turns)));
    QVERIFY(view->visualRect(pane.model()->index(0, 0)).height() > oneRow);

    // Followed, wrapped: each new line lays the rows out again, from the heights already known.
    longest = 0;
    probe.start();
    gap.restart();
    clock.restart();
    pane.model()->append({ lines.first() });
    const QModelIndex newest = pane.model()->index(pane.model()->rowCount() - 1, 0);
    QVERIFY(QTest::qWaitFor([&] { return view->visualRect(newest).height() > oneRow; }, 60000));
    probe.stop();
    qInfo("a new line, wrapped: longest stall %lld ms, %lld ms in all", longest, clock.elapsed());
}

void tst_LogPane::save_writesEveryLine()
{
    LogPane pane;
    QStringList lines;
    for (int i = 0; i < 20000; ++i)
        lines << QStringLiteral("line %1 — ünïcode").arg(i);
    pane.model()->append(lines);
    QTemporaryDir dir;
    QSignalSpy saved(&pane, &LogPane::saved);
    pane.saveTo(dir.filePath(QStringLiteral("log.txt")));
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().at(1).toString(), QString());
    QFile file(dir.filePath(QStringLiteral("log.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

QTEST_MAIN(tst_LogPane)
#include "tst_logpane.moc"
