#include "kube/KubeTime.h"

#include <QTest>

using namespace Slipway;

class tst_KubeTime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void humanDuration_isApimachinerys_data();
    void humanDuration_isApimachinerys();
    void parse_acceptsRfc3339Forms_data();
    void parse_acceptsRfc3339Forms();
    void parseHttpDate_readsTheApiServersDateHeader_data();
    void parseHttpDate_readsTheApiServersDateHeader();
};

void tst_KubeTime::humanDuration_isApimachinerys_data()
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

void tst_KubeTime::humanDuration_isApimachinerys()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(KubeTime::humanDuration(ms), text);
}

void tst_KubeTime::parse_acceptsRfc3339Forms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("epochMs"); // -1: invalid
    QTest::newRow("seconds, Z") << QStringLiteral("2026-07-01T12:00:00Z") << qint64(1782907200000);
    QTest::newRow("micro time") << QStringLiteral("2026-07-01T12:00:00.123456Z")
                                << qint64(1782907200123);
    QTest::newRow("offset") << QStringLiteral("2026-07-01T14:00:00+02:00") << qint64(1782907200000);
    // helm's nanoseconds are cut, never rounded up into the next millisecond or second.
    QTest::newRow("nanoseconds just before a second")
        << QStringLiteral("2026-07-01T11:59:59.999999999Z") << qint64(1782907199999);
    QTest::newRow("nanoseconds with an offset")
        << QStringLiteral("2026-07-01T14:00:00.123987654+02:00") << qint64(1782907200123);
    QTest::newRow("one digit") << QStringLiteral("2026-07-01T12:00:00.5Z") << qint64(1782907200500);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("garbage") << QStringLiteral("yesterday") << qint64(-1);
}

void tst_KubeTime::parse_acceptsRfc3339Forms()
{
    QFETCH(QString, text);
    QFETCH(qint64, epochMs);
    const QDateTime t = KubeTime::parse(text);
    QCOMPARE(t.isValid() ? t.toMSecsSinceEpoch() : -1, epochMs);
}

void tst_KubeTime::parseHttpDate_readsTheApiServersDateHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime noon(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    QTest::newRow("IMF-fixdate, as every API server sends it")
        << QByteArray("Mon, 30 Nov 2026 12:00:00 GMT") << noon;
    QTest::newRow("a numeric zone") << QByteArray("Mon, 30 Nov 2026 13:00:00 +0100") << noon;
    QTest::newRow("UTC spelled out") << QByteArray("Mon, 30 Nov 2026 12:00:00 UTC") << noon;
    QTest::newRow("surrounding blanks") << QByteArray(" Mon, 30 Nov 2026 12:00:00 GMT\r") << noon;
    QTest::newRow("empty") << QByteArray() << QDateTime();
    QTest::newRow("not a date") << QByteArray("yesterday") << QDateTime();
}

void tst_KubeTime::parseHttpDate_readsTheApiServersDateHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = KubeTime::parseHttpDate(header);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed, expected);
}

QTEST_APPLESS_MAIN(tst_KubeTime)
#include "tst_kubetime.moc"
