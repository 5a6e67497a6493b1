#include "product/ValuesPath.h"

#include <QTest>

using namespace Slipway;

class tst_ValuesPath final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void path_parsesToSegmentsAndBack_data();
    void path_parsesToSegmentsAndBack();
    void badPath_isRefusedAtItsColumn_data();
    void badPath_isRefusedAtItsColumn();
    void startsWith_comparesWholeSegments();
};

void tst_ValuesPath::path_parsesToSegmentsAndBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("segments"); // separated by "|"; "#n" is a list position
    QTest::addColumn<QString>("canonical");

    QTest::newRow("one key") << "accessKey" << "accessKey" << "accessKey";
    QTest::newRow("nested keys") << "worker.resources.limits.cpu" << "worker|resources|limits|cpu"
                                 << "worker.resources.limits.cpu";
    QTest::newRow("list position") << "worker.env[0].name" << "worker|env|#0|name" << "worker.env[0].name";
    QTest::newRow("quoted key with dots") << "podAnnotations[\"example.com/team\"]"
                                          << "podAnnotations|example.com/team" << "podAnnotations[\"example.com/team\"]";
    QTest::newRow("single-quoted key") << "a['b.c'].d" << "a|b.c|d" << "a[\"b.c\"].d";
    QTest::newRow("escaped dot") << "nodeSelector.kubernetes\\.io/os" << "nodeSelector|kubernetes.io/os"
                                 << "nodeSelector[\"kubernetes.io/os\"]";
    QTest::newRow("quote inside a quoted key") << "a[\"say \\\"hi\\\"\"]" << "a|say \"hi\"" << "a[\"say \\\"hi\\\"\"]";
    QTest::newRow("starts with a quoted key") << "[\"a.b\"].c" << "a.b|c" << "[\"a.b\"].c";
    QTest::newRow("nested positions") << "m[1][2]" << "m|#1|#2" << "m[1][2]";
}

void tst_ValuesPath::path_parsesToSegmentsAndBack()
{
    QFETCH(QString, text);
    QFETCH(QString, segments);
    QFETCH(QString, canonical);
    const Expected<ValuesPath> parsed = ValuesPath::parse(text);
    QVERIFY2(parsed, qPrintable(parsed.error().message));
    const ValuesPath &path = *parsed;
    QStringList got;
    for (const ValuesPath::Segment &s : path.segments())
        got << (s.isIndex() ? QStringLiteral("#%1").arg(s.index) : s.key);
    QCOMPARE(got.join(QLatin1Char('|')), segments);
    QCOMPARE(path.toString(), canonical);
    QCOMPARE(*ValuesPath::parse(path.toString()), path);
}

void tst_ValuesPath::badPath_isRefusedAtItsColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << "" << 1;
    QTest::newRow("leading dot") << ".a" << 1;
    QTest::newRow("double dot") << "a..b" << 3;
    QTest::newRow("trailing dot") << "a." << 3;
    QTest::newRow("unclosed bracket") << "a[0" << 4;
    QTest::newRow("empty bracket") << "a[]" << 3;
    QTest::newRow("unclosed quote") << "a[\"b" << 5;
    QTest::newRow("space in key") << "a b" << 2;
    QTest::newRow("missing dot after bracket") << "a[0]b" << 5;
}

void tst_ValuesPath::badPath_isRefusedAtItsColumn()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    const Expected<ValuesPath> parsed = ValuesPath::parse(text);
    QVERIFY(!parsed);
    QVERIFY(!parsed.error().message.isEmpty());
    QCOMPARE(parsed.error().column, column);
}

void tst_ValuesPath::startsWith_comparesWholeSegments()
{
    const ValuesPath path = *ValuesPath::parse(QStringLiteral("worker.resources.limits"));
    QVERIFY(path.startsWith(*ValuesPath::parse(QStringLiteral("worker.resources"))));
    QVERIFY(path.startsWith(ValuesPath()));
    QVERIFY(!path.startsWith(*ValuesPath::parse(QStringLiteral("work"))));
    QVERIFY(!ValuesPath::parse(QStringLiteral("worker"))->startsWith(path));
}

QTEST_APPLESS_MAIN(tst_ValuesPath)
#include "tst_valuespath.moc"
