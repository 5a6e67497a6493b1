#include "kube/LogResumePoint.h"

#include <QTest>

using namespace Slipway;

// The bookkeeping that lets a followed log resume without losing or repeating a line: the
// kubelet's timestamps parsed to the nanosecond, sinceTime cut to the second, and the repeats of
// a resumed stream dropped by timestamp and, for equal timestamps, by count.
class tst_LogResumePoint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseTimestamp_data();
    void parseTimestamp();
    void withoutTimestamp_leavesTheLine();
    void resumedStream_dropsWhatWasDelivered_data();
    void resumedStream_dropsWhatWasDelivered();
    void sinceTime_isTheLastLinesSecond();
};

namespace {

QStringList lines(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromLatin1(t);
    return out;
}

} // namespace

void tst_LogResumePoint::parseTimestamp_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("nanoseconds");
    // 2026-07-24T10:00:00Z = 1784887200
    QTest::newRow("kubelet, nine digits") << QByteArray("2026-07-24T10:00:00.123456789Z") << true
                                          << qint64(1784887200) << 123456789;
    QTest::newRow("RFC3339Nano, trailing zeros cut") << QByteArray("2026-07-24T10:00:00.5Z") << true
                                                     << qint64(1784887200) << 500000000;
    QTest::newRow("no fraction") << QByteArray("2026-07-24T10:00:00Z") << true << qint64(1784887200) << 0;
    QTest::newRow("offset") << QByteArray("2026-07-24T12:00:00.000000001+02:00") << true
                            << qint64(1784887200) << 1;
    QTest::newRow("negative offset") << QByteArray("2026-07-24T09:30:00-00:30") << true
                                     << qint64(1784887200) << 0;
    QTest::newRow("more than nine digits") << QByteArray("2026-07-24T10:00:00.1234567891Z") << true
                                           << qint64(1784887200) << 123456789;
    QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << true << qint64(0) << 0;
    QTest::newRow("no zone") << QByteArray("2026-07-24T10:00:00.1") << false << qint64(0) << 0;
    QTest::newRow("empty fraction") << QByteArray("2026-07-24T10:00:00.Z") << false << qint64(0) << 0;
    QTest::newRow("not a date") << QByteArray("2026-02-30T10:00:00Z") << false << qint64(0) << 0;
    QTest::newRow("a log line") << QByteArray("level=info msg=hello") << false << qint64(0) << 0;
    QTest::newRow("short") << QByteArray("2026-07-24") << false << qint64(0) << 0;
    QTest::newRow("trailing text") << QByteArray("2026-07-24T10:00:00Zx") << false << qint64(0) << 0;
    QTest::newRow("cut offset") << QByteArray("2026-07-24T10:00:00+02") << false << qint64(0) << 0;
}

void tst_LogResumePoint::parseTimestamp()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(qint64, seconds);
    QFETCH(int, nanoseconds);
    const auto t = LogResumePoint::parseTimestamp(text);
    QCOMPARE(t.has_value(), valid);
    if (valid) {
        QCOMPARE(t->seconds, seconds);
        QCOMPARE(t->nanoseconds, nanoseconds);
    }
}

void tst_LogResumePoint::withoutTimestamp_leavesTheLine()
{
    QCOMPARE(LogResumePoint::withoutTimestamp("2026-07-24T10:00:00.1Z hello world"),
             QByteArrayView("hello world"));
    QCOMPARE(LogResumePoint::withoutTimestamp("2026-07-24T10:00:00.1Z "), QByteArrayView(""));
}

void tst_LogResumePoint::resumedStream_dropsWhatWasDelivered_data()
{
    // Seconds.fraction of 10:00:xx; each line's text is its name.
    QTest::addColumn<QStringList>("before"); // delivered before the drop
    QTest::addColumn<QStringList>("after"); // what the resumed stream sends
    QTest::addColumn<QStringList>("delivered"); // of `after`
    QTest::newRow("repeats from the second's start")
        << lines({ "00.1 a", "01.1 b", "01.2 c" }) << lines({ "01.1 b", "01.2 c", "01.3 d", "02.0 e" })
        << lines({ "01.3 d", "02.0 e" });
    QTest::newRow("equal timestamps, some delivered")
        << lines({ "01.2 a", "01.2 b" }) << lines({ "01.2 a", "01.2 b", "01.2 c", "01.3 d" })
        << lines({ "01.2 c", "01.3 d" });
    QTest::newRow("equal timestamps, all delivered")
        << lines({ "01.2 a", "01.2 b" }) << lines({ "01.2 a", "01.2 b", "01.4 c" })
        << lines({ "01.4 c" });
    QTest::newRow("lines written during the outage")
        << lines({ "00.9 a" }) << lines({ "00.9 a", "03.0 b", "04.0 c", "05.0 d" })
        << lines({ "03.0 b", "04.0 c", "05.0 d" });
    QTest::newRow("nothing new") << lines({ "01.5 a" }) << lines({ "01.5 a" }) << QStringList();
    QTest::newRow("nothing delivered before") << QStringList() << lines({ "01.0 a", "02.0 b" })
                                              << lines({ "01.0 a", "02.0 b" });
    QTest::newRow("log rotated: the old lines are gone")
        << lines({ "01.5 a" }) << lines({ "02.0 b" }) << lines({ "02.0 b" });
    QTest::newRow("an older line after catching up is still delivered")
        << lines({ "01.5 a" }) << lines({ "01.5 a", "02.0 b", "01.9 c" })
        << lines({ "02.0 b", "01.9 c" });
}

void tst_LogResumePoint::resumedStream_dropsWhatWasDelivered()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QStringList, delivered);
    const auto wire = [](const QString &line) -> QByteArray {
        return QByteArray("2026-07-24T10:00:") + line.left(4).toLatin1() + "00000Z " + line.mid(5).toLatin1();
    };
    LogResumePoint point;
    for (const QString &line : before)
        QVERIFY(point.accept(wire(line)));
    point.reconnected();
    QStringList got;
    for (const QString &line : after) {
        if (point.accept(wire(line)))
            got << line;
    }
    QCOMPARE(got, delivered);
    QCOMPARE(point.skipped(), after.size() - delivered.size());

    // A second drop right after: the point moved on with what was delivered, so the same
    // replay brings nothing new.
    point.reconnected();
    QStringList again;
    for (const QString &line : after) {
        if (point.accept(wire(line)))
            again << line;
    }
    QCOMPARE(again, QStringList());
}

void tst_LogResumePoint::sinceTime_isTheLastLinesSecond()
{
    LogResumePoint point;
    QVERIFY(!point.hasPosition());
    QCOMPARE(point.sinceTime(), QString());
    QVERIFY(point.accept("2026-07-24T12:00:59.999999999+02:00 x"));
    QCOMPARE(point.sinceTime(), QStringLiteral("2026-07-24T10:00:59Z"));
    QVERIFY(point.accept("not a timestamp at all")); // delivered, but no position
    QCOMPARE(point.sinceTime(), QStringLiteral("2026-07-24T10:00:59Z"));
}

QTEST_GUILESS_MAIN(tst_LogResumePoint)
#include "tst_logresumepoint.moc"
