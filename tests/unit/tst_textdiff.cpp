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

QTEST_GUILESS_MAIN(tst_TextDiff)
#include "tst_textdiff.moc"
