#include "install/TextDiff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <sys/resource.h>

#include <vector>

using namespace Slipway;

// The line diff `slipway-cli diff` prints between two revisions and the diff view shows.
class tst_TextDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First, so that no earlier test has already raised the peak it measures.
    void completelyDifferentTexts_needLittleMemory();
    void equalTexts_giveNoDiff();
    void changedLine_isRemovedThenAdded_withContext();
    void distantChanges_areSeparateHunks();
    void hunkHeader_namesTheNearestHeadingAbove();
    void hunks_data();
    void hunks();
    void unified_isTheHunksAsText();
    void randomEdits_hunksTurnBeforeIntoAfter_withTheFewestChanges();
    void tenThousandLines_fiftyChanges_wellUnderASecond();
};

namespace {

QString joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}

// A hunk as comparable text: its header, then "<mark> <before line> <after line> <text>".
QStringList describe(const QList<DiffHunk> &hunks)
{
    QStringList out;
    for (const DiffHunk &hunk : hunks) {
        out << QStringLiteral("@@ -%1,%2 +%3,%4 @@%5")
                   .arg(hunk.beforeStart)
                   .arg(hunk.beforeCount)
                   .arg(hunk.afterStart)
                   .arg(hunk.afterCount)
                   .arg(hunk.heading.isEmpty() ? QString() : QLatin1Char(' ') + hunk.heading);
        for (const DiffLine &line : hunk.lines) {
            const char mark = line.kind == DiffLine::Kind::Context ? ' '
                : line.kind == DiffLine::Kind::Removed             ? '-'
                                                                   : '+';
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(QLatin1Char(mark))
                       .arg(line.beforeLine)
                       .arg(line.afterLine)
                       .arg(line.text);
        }
    }
    return out;
}

// Applies the hunks to `before` as a patch tool would, checking every line they claim is there.
QStringList apply(const QStringList &before, const QStringList &after,
                  const QList<DiffHunk> &hunks)
{
    QStringList out;
    int next = 0; // 0-based: the next line of `before` to copy
    for (const DiffHunk &hunk : hunks) {
        const int first = hunk.beforeCount == 0 ? hunk.beforeStart : hunk.beforeStart - 1;
        if (first < next)
            return { QStringLiteral("overlapping hunk at %1").arg(hunk.beforeStart) };
        while (next < first)
            out << before[next++];
        if (out.size() != (hunk.afterCount == 0 ? hunk.afterStart : hunk.afterStart - 1))
            return { QStringLiteral("after start %1 is wrong").arg(hunk.afterStart) };
        int removedOrKept = 0;
        int addedOrKept = 0;
        for (const DiffLine &line : hunk.lines) {
            if (line.kind != DiffLine::Kind::Added) {
                if (line.beforeLine != next + 1 || before.value(next) != line.text)
                    return { QStringLiteral("before line %1 is wrong").arg(line.beforeLine) };
                ++next;
                ++removedOrKept;
            }
            if (line.kind != DiffLine::Kind::Removed) {
                if (line.afterLine != out.size() + 1 || after.value(out.size()) != line.text)
                    return { QStringLiteral("after line %1 is wrong").arg(line.afterLine) };
                out << line.text;
                ++addedOrKept;
            }
        }
        if (removedOrKept != hunk.beforeCount || addedOrKept != hunk.afterCount)
            return { QStringLiteral("counts of hunk at %1 are wrong").arg(hunk.beforeStart) };
    }
    while (next < before.size())
        out << before[next++];
    return out;
}

// The smallest number of removed plus added lines, by the textbook LCS table (small inputs).
int fewestChanges(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<int>> lcs(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1)));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j]
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    return int(a.size() + b.size()) - 2 * lcs[0][0];
}

int changesIn(const QList<DiffHunk> &hunks)
{
    int count = 0;
    for (const DiffHunk &hunk : hunks)
        for (const DiffLine &line : hunk.lines)
            count += line.kind != DiffLine::Kind::Context;
    return count;
}

long peakKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QStringList numbered(const QString &pattern, int count)
{
    QStringList lines;
    lines.reserve(count);
    for (int i = 0; i < count; ++i)
        lines << pattern.arg(i);
    return lines;
}

} // namespace

void tst_TextDiff::completelyDifferentTexts_needLittleMemory()
{
    // The LCS table this replaced needed (N+1)·(M+1) ints: ~400 MB here.
    const QString before = joined(numbered(QStringLiteral("  before-%1: value"), 10000));
    const QString after = joined(numbered(QStringLiteral("  after-%1: value"), 10000));
    // Lines from a few hundred values, so that both texts share lines everywhere and the
    // search itself has to run, with D near N+M: the worst case, so fewer lines (O((N+M)·D)
    // time; a release build takes about a second for 10,000 lines each).
    QRandomGenerator random(7);
    QStringList a;
    QStringList b;
    for (int i = 0; i < 2000; ++i) {
        a << QStringLiteral("line %1").arg(random.bounded(300));
        b << QStringLiteral("line %1").arg(random.bounded(300));
    }
    const QString shuffledBefore = joined(a);
    const QString shuffledAfter = joined(b);

    const long baseline = peakKilobytes();
    QElapsedTimer timer;
    timer.start();
    const QStringList diff
        = TextDiff::unified(before, after, QStringLiteral("a"), QStringLiteral("b"));
    const qint64 disjointMs = timer.restart();
    const QList<DiffHunk> hunks = TextDiff::hunks(shuffledBefore, shuffledAfter);
    const qint64 shuffledMs = timer.elapsed();
    const long grownKb = peakKilobytes() - baseline;
    qInfo("two 10,000-line texts without a common line: %lld ms; two 2,000-line texts sharing "
          "lines: %lld ms (%d changes); peak memory grew by %ld kB",
          disjointMs, shuffledMs, changesIn(hunks), grownKb);

    QCOMPARE(diff.size(), 2 + 1 + 20000);
    QCOMPARE(diff.value(2), QStringLiteral("@@ -1,10000 +1,10000 @@"));
    QCOMPARE(apply(a, b, hunks), b);
    QVERIFY2(grownKb < 40 * 1024, qPrintable(QStringLiteral("%1 kB").arg(grownKb)));
}

void tst_TextDiff::equalTexts_giveNoDiff()
{
    QVERIFY(TextDiff::unified(QStringLiteral("a\nb"), QStringLiteral("a\nb"), QStringLiteral("x"),
                              QStringLiteral("y"))
                .isEmpty());
    QVERIFY(TextDiff::hunks(QStringLiteral("a\nb"), QStringLiteral("a\nb")).isEmpty());
}

void tst_TextDiff::changedLine_isRemovedThenAdded_withContext()
{
    const QStringList diff = TextDiff::unified(QStringLiteral("a\nb\nc\nd\ne"),
                                               QStringLiteral("a\nb\nC\nd\ne\nf"),
                                               QStringLiteral("values@1"), QStringLiteral("values@2"));
    QCOMPARE(diff, QStringList({ QStringLiteral("--- values@1"), QStringLiteral("+++ values@2"),
                                 QStringLiteral("@@ -1,5 +1,6 @@"), QStringLiteral(" a"),
                                 QStringLiteral(" b"), QStringLiteral("-c"), QStringLiteral("+C"),
                                 QStringLiteral(" d"), QStringLiteral(" e"), QStringLiteral("+f") }));
}

void tst_TextDiff::distantChanges_areSeparateHunks()
{
    QStringList before;
    for (int i = 0; i < 30; ++i)
        before << QString::number(i);
    QStringList after = before;
    after[2] = QStringLiteral("two");
    after[25] = QStringLiteral("twenty-five");
    const QStringList diff = TextDiff::unified(before.join(QLatin1Char('\n')),
                                               after.join(QLatin1Char('\n')), QStringLiteral("a"),
                                               QStringLiteral("b"));
    QCOMPARE(diff.filter(QStringLiteral("@@")).size(), 2);
    for (const char *line : { "-2", "+two", "-25", "+twenty-five" })
        QVERIFY2(diff.contains(QLatin1String(line)), line);
}

void tst_TextDiff::hunkHeader_namesTheNearestHeadingAbove()
{
    QStringList before { QStringLiteral("---"), QStringLiteral("# Source: c/templates/a.yaml") };
    for (int i = 0; i < 10; ++i)
        before << QStringLiteral("a%1").arg(i);
    before << QStringLiteral("---") << QStringLiteral("# Source: c/templates/b.yaml");
    for (int i = 0; i < 10; ++i)
        before << QStringLiteral("b%1").arg(i);
    QStringList after = before;
    after[8] = QStringLiteral("A6");
    after[21] = QStringLiteral("B7");
    const QRegularExpression source(QStringLiteral("^# Source: "));
    const QStringList hunks
        = TextDiff::unified(before.join(QLatin1Char('\n')), after.join(QLatin1Char('\n')),
                            QStringLiteral("x"), QStringLiteral("y"), source)
              .filter(QStringLiteral("@@"));
    QCOMPARE(hunks, QStringList({ QStringLiteral("@@ -6,7 +6,7 @@ # Source: c/templates/a.yaml"),
                                  QStringLiteral("@@ -19,6 +19,6 @@ # Source: c/templates/b.yaml") }));
    // Without a heading pattern, the plain header.
    QCOMPARE(TextDiff::unified(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("x"),
                               QStringLiteral("y"))
                 .value(2),
             QStringLiteral("@@ -1,1 +1,1 @@"));
}

void tst_TextDiff::hunks_data()
{
    // Byte arrays: the strict build has no implicit conversion from char literals to QString.
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("context");
    QTest::addColumn<QByteArray>("heading");
    QTest::addColumn<QByteArrayList>("expected");
    const auto row = [](const char *name, const char *before, const char *after, int context,
                        const QByteArrayList &expected, const char *heading = "") {
        QTest::newRow(name) << QByteArray(before) << QByteArray(after) << context
                            << QByteArray(heading) << expected;
    };

    row("a changed line, one line of context", "a\nb\nc\nd\ne", "a\nb\nC\nd\ne", 1,
        { "@@ -2,3 +2,3 @@", "  2 2 b", "- 3 0 c", "+ 0 3 C", "  4 4 d" });
    row("removals come before additions", "a\nb\nc", "x\ny\nc", 3,
        { "@@ -1,3 +1,3 @@", "- 1 0 a", "- 2 0 b", "+ 0 1 x", "+ 0 2 y", "  3 3 c" });
    // Sides a hunk does not cover start at the line they follow, as diff -u writes them.
    row("an insertion without context", "a\nb", "a\nx\nb", 0, { "@@ -1,0 +2,1 @@", "+ 0 2 x" });
    row("an insertion at the top without context", "a", "x\na", 0,
        { "@@ -0,0 +1,1 @@", "+ 0 1 x" });
    row("a removal without context", "a\nx\nb", "a\nb", 0, { "@@ -2,1 +1,0 @@", "- 2 0 x" });
    row("without context, adjacent changes share a hunk", "a\nb\nc", "a\nB\nC", 0,
        { "@@ -2,2 +2,2 @@", "- 2 0 b", "- 3 0 c", "+ 0 2 B", "+ 0 3 C" });
    row("a trailing newline is a line of its own", "a\n", "a", 3,
        { "@@ -1,2 +1,1 @@", "  1 1 a", "- 2 0 " });
    // Fewer than 2·context unchanged lines between two changes: one hunk.
    row("one line between, context 1: one hunk", "a\nb\nc\nd\ne", "a\nB\nc\nD\ne", 1,
        { "@@ -1,5 +1,5 @@", "  1 1 a", "- 2 0 b", "+ 0 2 B", "  3 3 c", "- 4 0 d", "+ 0 4 D",
          "  5 5 e" });
    row("two lines between, context 1: two hunks that touch", "a\nb\nc\nd\ne\nf",
        "a\nB\nc\nd\nE\nf", 1,
        { "@@ -1,3 +1,3 @@", "  1 1 a", "- 2 0 b", "+ 0 2 B", "  3 3 c", "@@ -4,3 +4,3 @@",
          "  4 4 d", "- 5 0 e", "+ 0 5 E", "  6 6 f" });
    row("five lines between, context 3: one hunk", "0\n1\n2\n3\n4\n5\n6", "X\n1\n2\n3\n4\n5\nY",
        3,
        { "@@ -1,7 +1,7 @@", "- 1 0 0", "+ 0 1 X", "  2 2 1", "  3 3 2", "  4 4 3", "  5 5 4",
          "  6 6 5", "- 7 0 6", "+ 0 7 Y" });
    row("six lines between, context 3: two hunks", "0\n1\n2\n3\n4\n5\n6\n7",
        "X\n1\n2\n3\n4\n5\n6\nY", 3,
        { "@@ -1,4 +1,4 @@", "- 1 0 0", "+ 0 1 X", "  2 2 1", "  3 3 2", "  4 4 3",
          "@@ -5,4 +5,4 @@", "  5 5 4", "  6 6 5", "  7 7 6", "- 8 0 7", "+ 0 8 Y" });
    row("heading: the nearest matching line above the hunk", "# one\na\n# two\nb\nc\nd",
        "# one\na\n# two\nb\nc\nD", 1,
        { "@@ -5,2 +5,2 @@ # two", "  5 5 c", "- 6 0 d", "+ 0 6 D" }, "^# ");
    row("heading: a line inside the hunk does not head it", "# one\na\n# two\nb",
        "# one\na\n# two\nB", 1, { "@@ -3,2 +3,2 @@ # one", "  3 3 # two", "- 4 0 b", "+ 0 4 B" },
        "^# ");
    row("heading: none above the first hunk", "a\n# one\nb", "A\n# one\nb", 0,
        { "@@ -1,1 +1,1 @@", "- 1 0 a", "+ 0 1 A" }, "^# ");
    // Of equally small diffs, the one the LCS table picked: a line is kept as early as it can
    // be, and a removal comes before an addition.
    row("equal lines: the first is kept", "x\nz", "x\ny\nx\nz", 0,
        { "@@ -1,0 +2,2 @@", "+ 0 2 y", "+ 0 3 x" });
    row("equal lines: removed before the addition", "0\n0\n0\n0\n1", "4\n0\n0\n0\n1", 0,
        { "@@ -1,1 +1,1 @@", "- 1 0 0", "+ 0 1 4" });
    row("equal lines: the kept line is the last copy after a removal", "a\nk\nb\nk\nc", "x\nk", 0,
        { "@@ -1,3 +1,1 @@", "- 1 0 a", "- 2 0 k", "- 3 0 b", "+ 0 1 x", "@@ -5,1 +2,0 @@",
          "- 5 0 c" });
}

void tst_TextDiff::hunks()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, context);
    QFETCH(QByteArray, heading);
    QFETCH(QByteArrayList, expected);
    const QList<DiffHunk> hunks = TextDiff::hunks(
        QString::fromUtf8(before), QString::fromUtf8(after), context,
        heading.isEmpty() ? QRegularExpression() : QRegularExpression(QString::fromUtf8(heading)));
    QCOMPARE(describe(hunks).join(QLatin1Char('\n')).toUtf8(), expected.join('\n'));
    const QStringList afterLines = QString::fromUtf8(after).split(QLatin1Char('\n'));
    QCOMPARE(apply(QString::fromUtf8(before).split(QLatin1Char('\n')), afterLines, hunks),
             afterLines);
}

void tst_TextDiff::unified_isTheHunksAsText()
{
    const QString before = QStringLiteral("# Source: a\nx\ny\nz");
    const QString after = QStringLiteral("# Source: a\nx\nY\nz");
    const QRegularExpression source(QStringLiteral("^# Source: "));
    const QList<DiffHunk> hunks = TextDiff::hunks(before, after, 3, source);
    const QStringList expected { QStringLiteral("--- l"),         QStringLiteral("+++ r"),
                                 QStringLiteral("@@ -1,4 +1,4 @@"), QStringLiteral(" # Source: a"),
                                 QStringLiteral(" x"),            QStringLiteral("-y"),
                                 QStringLiteral("+Y"),            QStringLiteral(" z") };
    QCOMPARE(TextDiff::unified(hunks, QStringLiteral("l"), QStringLiteral("r")), expected);
    QCOMPARE(TextDiff::unified(before, after, QStringLiteral("l"), QStringLiteral("r"), source),
             expected);
    QVERIFY(TextDiff::unified(QList<DiffHunk>(), QStringLiteral("l"), QStringLiteral("r"))
                .isEmpty());
}

void tst_TextDiff::randomEdits_hunksTurnBeforeIntoAfter_withTheFewestChanges()
{
    QRandomGenerator random(20240611);
    for (int round = 0; round < 1500; ++round) {
        // Few distinct lines, so that equal lines (and equally small diffs) abound.
        const int alphabet = 2 + random.bounded(8);
        QStringList before;
        for (int i = random.bounded(40); i >= 0; --i)
            before << QString::number(random.bounded(alphabet));
        QStringList after = before;
        for (int edits = 1 + random.bounded(8); edits > 0; --edits) {
            const int at = int(random.bounded(after.size() + 1));
            switch (random.bounded(3)) {
            case 0:
                if (at < after.size())
                    after.removeAt(at);
                break;
            case 1:
                after.insert(at, QString::number(random.bounded(alphabet)));
                break;
            default:
                if (at < after.size())
                    after[at] = QString::number(random.bounded(alphabet));
            }
        }
        if (after.isEmpty())
            after << QString(); // what "".split() gives
        const int context = int(random.bounded(4));
        const QList<DiffHunk> hunks = TextDiff::hunks(joined(before), joined(after), context);
        const QString where = QStringLiteral("round %1: %2 → %3")
                                  .arg(round)
                                  .arg(before.join(QLatin1Char(',')), after.join(QLatin1Char(',')));
        QVERIFY2(apply(before, after, hunks) == after, qPrintable(where));
        QVERIFY2(changesIn(hunks) == fewestChanges(before, after), qPrintable(where));
        QVERIFY2(hunks.isEmpty() == (before == after), qPrintable(where));
    }
}

void tst_TextDiff::tenThousandLines_fiftyChanges_wellUnderASecond()
{
    QStringList before;
    for (int i = 0; i < 10000; ++i) {
        // Manifest-like: many lines repeat.
        before << (i % 5 == 0 ? QStringLiteral("---")
                              : i % 5 == 1 ? QStringLiteral("  labels:")
                                           : QStringLiteral("    key-%1: value").arg(i));
    }
    QStringList after = before;
    QRandomGenerator random(3);
    for (int change = 0; change < 50; ++change) {
        const int at = int(random.bounded(after.size()));
        switch (change % 3) {
        case 0:
            after[at] = QStringLiteral("    changed-%1: value").arg(change);
            break;
        case 1:
            after.insert(at, QStringLiteral("    added-%1: value").arg(change));
            break;
        default:
            after.removeAt(at);
        }
    }
    QElapsedTimer timer;
    timer.start();
    const QList<DiffHunk> hunks = TextDiff::hunks(joined(before), joined(after));
    const qint64 ms = timer.elapsed();
    qInfo("10,000 lines with 50 changes: %lld ms, %lld hunks", ms, qlonglong(hunks.size()));
    QCOMPARE(apply(before, after, hunks), after);
    QVERIFY(changesIn(hunks) <= 2 * 50);
    QVERIFY2(ms < 500, qPrintable(QStringLiteral("%1 ms").arg(ms)));
}

QTEST_GUILESS_MAIN(tst_TextDiff)
#include "tst_textdiff.moc"
