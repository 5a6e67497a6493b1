#include "../../app/cli/ProgressLine.h"

#include <QTest>

using namespace Slipway;

// What slipway-cli writes to stderr while an operation runs: one rewritten line on a terminal,
// one plain line per change elsewhere.
class tst_ProgressLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terminal_rewritesOneLine_phaseTimeAndPods();
    void terminal_lineIsCutToTheWidth_data();
    void terminal_lineIsCutToTheWidth();
    void terminal_tickRedrawsOnlyWhenTheSecondsChange();
    void terminal_clearTakesTheLineAway_nextEventRedrawsIt();
    void terminal_finishEndsWithTheLastStateAndANewline();
    void terminal_podsAreDroppedWhenTheStepMovesOn();
    void plain_onePlainLinePerChange_noEscapes();
    void plain_sameEventTwice_isWrittenOnce();
    void fit_marksTheCut();
};

namespace {

const QString kRewind = QStringLiteral("\r\x1b[2K");

PodSummary pods(int ready, int total, const QString &problem = {})
{
    PodSummary summary;
    summary.ready = ready;
    summary.total = total;
    summary.firstProblem = problem;
    return summary;
}

} // namespace

void tst_ProgressLine::terminal_rewritesOneLine_phaseTimeAndPods()
{
    ProgressLine line(true, 120);
    QCOMPARE(line.phase(1, 4, QStringLiteral("Running helm upgrade…"), 300),
             kRewind + QStringLiteral("Running helm upgrade… · 0 s"));
    QCOMPARE(line.phase(2, 4, QStringLiteral("Waiting for the workloads…"), 12400),
             kRewind + QStringLiteral("Waiting for the workloads… · 12 s"));
    QCOMPARE(line.pods(pods(3, 5, QStringLiteral("worker-xyz: ContainerCreating")), 12600),
             kRewind
                 + QStringLiteral("Waiting for the workloads… · 12 s · 3/5 pods ready · "
                                  "worker-xyz: ContainerCreating"));
    QCOMPARE(line.pods(pods(5, 5), 14000),
             kRewind + QStringLiteral("Waiting for the workloads… · 14 s · 5/5 pods ready"));
}

void tst_ProgressLine::terminal_lineIsCutToTheWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("shown");
    QTest::newRow("80 columns") << 80
                                << QStringLiteral("Waiting for the workloads… · 12 s · 3/5 pods "
                                                  "ready · worker-5d8f7c9b4-xk2lp: C…");
    QTest::newRow("40 columns") << 40 << QStringLiteral("Waiting for the workloads… · 12 s · 3/…");
    QTest::newRow("wide enough") << 200
                                 << QStringLiteral("Waiting for the workloads… · 12 s · 3/5 pods "
                                                   "ready · worker-5d8f7c9b4-xk2lp: "
                                                   "ContainerCreating");
}

void tst_ProgressLine::terminal_lineIsCutToTheWidth()
{
    QFETCH(int, width);
    QFETCH(QString, shown);
    ProgressLine line(true, width);
    line.phase(2, 4, QStringLiteral("Waiting for the workloads…"), 12000);
    const QString out
        = line.pods(pods(3, 5, QStringLiteral("worker-5d8f7c9b4-xk2lp: ContainerCreating")), 12000);
    QCOMPARE(out, kRewind + shown);
    // Never the last column: a full line would wrap on some terminals and \r would then rewind
    // the wrong line.
    QVERIFY(shown.size() <= width - 1);
}

void tst_ProgressLine::terminal_tickRedrawsOnlyWhenTheSecondsChange()
{
    ProgressLine line(true, 100);
    QVERIFY(line.tick(500).isEmpty()); // nothing to show before the first phase
    line.phase(1, 4, QStringLiteral("Running helm upgrade…"), 500);
    QVERIFY(line.tick(900).isEmpty());
    QCOMPARE(line.tick(1100), kRewind + QStringLiteral("Running helm upgrade… · 1 s"));
    QVERIFY(line.tick(1900).isEmpty());
}

void tst_ProgressLine::terminal_clearTakesTheLineAway_nextEventRedrawsIt()
{
    ProgressLine line(true, 100);
    QVERIFY(line.clear().isEmpty()); // nothing shown, nothing to take away
    line.phase(1, 4, QStringLiteral("Running helm upgrade…"), 0);
    QCOMPARE(line.clear(), kRewind);
    QVERIFY(line.clear().isEmpty());
    QCOMPARE(line.tick(200), kRewind + QStringLiteral("Running helm upgrade… · 0 s"));
}

void tst_ProgressLine::terminal_finishEndsWithTheLastStateAndANewline()
{
    ProgressLine line(true, 100);
    line.phase(2, 4, QStringLiteral("Waiting for the workloads…"), 0);
    line.pods(pods(1, 2, QStringLiteral("worker-a: Pending")), 1000);
    line.phase(4, 4, QStringLiteral("Done."), 34900);
    const QString out = line.finish(34900);
    QCOMPARE(out, kRewind + QStringLiteral("Done. · 34 s\n"));
}

void tst_ProgressLine::terminal_podsAreDroppedWhenTheStepMovesOn()
{
    ProgressLine line(true, 100);
    line.phase(2, 4, QStringLiteral("Waiting for the workloads…"), 0);
    line.pods(pods(2, 2), 1000);
    // helm's own stderr lines within the same step keep the pods in view …
    QCOMPARE(line.phase(2, 4, QStringLiteral("level=WARN msg=x"), 2000),
             kRewind + QStringLiteral("level=WARN msg=x · 2 s · 2/2 pods ready"));
    // … the next step does not.
    QCOMPARE(line.phase(3, 4, QStringLiteral("Reading the new revision…"), 3000),
             kRewind + QStringLiteral("Reading the new revision… · 3 s"));
}

void tst_ProgressLine::plain_onePlainLinePerChange_noEscapes()
{
    ProgressLine line(false, 20);
    QCOMPARE(line.phase(1, 4, QStringLiteral("Running helm upgrade…"), 0),
             QStringLiteral("[1/4] Running helm upgrade…\n"));
    QCOMPARE(line.phase(2, 4, QStringLiteral("Waiting for the workloads…"), 2000),
             QStringLiteral("[2/4] Waiting for the workloads…\n")); // never cut: it is a log
    QCOMPARE(line.pods(pods(3, 5, QStringLiteral("worker-xyz: ContainerCreating")), 4000),
             QStringLiteral("[2/4] 3/5 pods ready · worker-xyz: ContainerCreating\n"));
    QVERIFY(line.tick(5000).isEmpty());
    QVERIFY(line.clear().isEmpty());
    QVERIFY(line.finish(6000).isEmpty());
}

void tst_ProgressLine::plain_sameEventTwice_isWrittenOnce()
{
    ProgressLine line(false, 80);
    line.phase(2, 4, QStringLiteral("Waiting for the workloads…"), 0);
    QVERIFY(!line.pods(pods(1, 2), 1000).isEmpty());
    QVERIFY(line.pods(pods(1, 2), 3000).isEmpty());
}

void tst_ProgressLine::fit_marksTheCut()
{
    QCOMPARE(ProgressLine::fit(QStringLiteral("abcdef"), 6), QStringLiteral("abcdef"));
    QCOMPARE(ProgressLine::fit(QStringLiteral("abcdef"), 4), QStringLiteral("abc…"));
    QCOMPARE(ProgressLine::fit(QStringLiteral("abcdef"), 1), QStringLiteral("…"));
    QCOMPARE(ProgressLine::fit(QStringLiteral("abcdef"), 0), QStringLiteral("abcdef"));
}

QTEST_GUILESS_MAIN(tst_ProgressLine)
#include "tst_progressline.moc"
