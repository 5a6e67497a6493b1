#include "../../app/cli/TextDiff.h"

#include <QTest>

using namespace Slipway;

// The line diff `slipway-cli diff` prints between two revisions.
class tst_TextDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalTexts_giveNoDiff();
    void changedLine_isRemovedThenAdded_withContext();
    void distantChanges_areSeparateHunks();
    void hunkHeader_namesTheNearestHeadingAbove();
};

void tst_TextDiff::equalTexts_giveNoDiff()
{
    QVERIFY(TextDiff::unified(QStringLiteral("a\nb"), QStringLiteral("a\nb"), QStringLiteral("x"),
                              QStringLiteral("y"))
                .isEmpty());
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

QTEST_GUILESS_MAIN(tst_TextDiff)
#include "tst_textdiff.moc"
