#include "core/Duration.h"

#include <QTest>

using namespace Slipway;

// Go-style durations: what helm's --timeout and an installer descriptor's helm.timeout accept,
// and the ages kubectl prints.
class tst_Duration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseMs_readsGoDurations_data();
    void parseMs_readsGoDurations();
    void parseMs_namesWhatIsWrong_data();
    void parseMs_namesWhatIsWrong();
    void human_isApimachinerys_data();
    void human_isApimachinerys();
};

void tst_Duration::parseMs_readsGoDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    constexpr qint64 s = 1000, m = 60 * s, h = 60 * m;
    QTest::newRow("minutes") << QStringLiteral("15m") << 15 * m;
    QTest::newRow("seconds") << QStringLiteral("90s") << 90 * s;
    QTest::newRow("hours and minutes") << QStringLiteral("1h30m") << h + 30 * m;
    QTest::newRow("three units") << QStringLiteral("1h30m5s") << h + 30 * m + 5 * s;
    QTest::newRow("milliseconds") << QStringLiteral("500ms") << qint64(500);
    QTest::newRow("fraction of an hour") << QStringLiteral("1.5h") << h + 30 * m;
    QTest::newRow("fraction without leading digit") << QStringLiteral(".5s") << qint64(500);
    QTest::newRow("trailing dot") << QStringLiteral("2.s") << 2 * s;
    QTest::newRow("microseconds") << QStringLiteral("2500us") << qint64(2);
    QTest::newRow("micro sign") << QStringLiteral("3000\u00b5s") << qint64(3);
    QTest::newRow("nanoseconds cut to ms") << QStringLiteral("1999999ns") << qint64(1);
    QTest::newRow("unordered units") << QStringLiteral("1s1h") << h + s;
    QTest::newRow("zero without unit") << QStringLiteral("0") << qint64(0);
    QTest::newRow("zero with unit") << QStringLiteral("0s") << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-2m") << -2 * m;
    QTest::newRow("plus sign") << QStringLiteral("+2m") << 2 * m;
    QTest::newRow("surrounding blanks") << QStringLiteral(" 10m ") << 10 * m;
    QTest::newRow("largest") << QStringLiteral("2562047h") << 2562047 * h;
}

void tst_Duration::parseMs_readsGoDurations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const Expected<qint64> parsed = Duration::parseMs(text);
    QVERIFY2(parsed, qPrintable(parsed.error().toString()));
    QCOMPARE(*parsed, ms);
}

void tst_Duration::parseMs_namesWhatIsWrong_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString()
                           << QStringLiteral("an empty text is not a duration (examples: 90s, "
                                             "15m, 1h30m, 500ms)");
    QTest::newRow("word") << QStringLiteral("soon")
                          << QStringLiteral("“soon” is not a duration (examples: 90s, 15m, "
                                            "1h30m, 500ms)");
    QTest::newRow("sign alone") << QStringLiteral("-")
                                << QStringLiteral("“-” is not a duration (examples: 90s, 15m, "
                                                  "1h30m, 500ms)");
    QTest::newRow("dot alone") << QStringLiteral(".s")
                               << QStringLiteral("“.s” is not a duration (examples: 90s, 15m, "
                                                 "1h30m, 500ms)");
    QTest::newRow("no unit") << QStringLiteral("90")
                             << QStringLiteral("“90” needs a unit after “90” (h, m, s, ms, us "
                                               "or ns)");
    QTest::newRow("no unit at the end") << QStringLiteral("1h30")
                                        << QStringLiteral("“1h30” needs a unit after “30” (h, m, "
                                                          "s, ms, us or ns)");
    QTest::newRow("days") << QStringLiteral("2d")
                          << QStringLiteral("“2d” has an unknown unit “d” (h, m, s, ms, us or ns)");
    QTest::newRow("trailing garbage")
        << QStringLiteral("5mx")
        << QStringLiteral("“5mx” has an unknown unit “mx” (h, m, s, ms, us or ns)");
    QTest::newRow("overflow") << QStringLiteral("2562048h")
                              << QStringLiteral("“2562048h” is too long a duration");
    QTest::newRow("overflow in digits") << QStringLiteral("99999999999999999999s")
                                        << QStringLiteral("“99999999999999999999s” is too long "
                                                          "a duration");
}

void tst_Duration::parseMs_namesWhatIsWrong()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Expected<qint64> parsed = Duration::parseMs(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, message);
}

void tst_Duration::human_isApimachinerys_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    constexpr qint64 s = 1000, m = 60 * s, h = 60 * m, d = 24 * h, y = 365 * d;
    const QList<std::pair<qint64, const char *>> rows = {
        { -2 * s, "<invalid>" }, { -1999, "0s" }, { -1 * s, "0s" }, { 0, "0s" },
        { 999, "0s" }, { 59 * s, "59s" }, { 119 * s, "119s" }, { 2 * m, "2m" },
        { 2 * m + 5 * s, "2m5s" }, { 9 * m + 59 * s, "9m59s" }, { 10 * m + 5 * s, "10m" },
        { 179 * m, "179m" }, { 3 * h, "3h" }, { 3 * h + 10 * m, "3h10m" },
        { 7 * h + 59 * m, "7h59m" }, { 8 * h + 30 * m, "8h" }, { 47 * h, "47h" },
        { 48 * h, "2d" }, { 2 * d + 5 * h, "2d5h" }, { 7 * d + 23 * h, "7d23h" },
        { 8 * d + 5 * h, "8d" }, { 729 * d, "729d" }, { 2 * y, "2y" },
        { 2 * y + 40 * d, "2y40d" }, { 8 * y + 3 * d, "8y" },
    };
    for (const auto &[ms, text] : rows)
        QTest::newRow(text) << ms << QString::fromLatin1(text);
}

void tst_Duration::human_isApimachinerys()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(Duration::human(ms), text);
}

QTEST_APPLESS_MAIN(tst_Duration)
#include "tst_duration.moc"
