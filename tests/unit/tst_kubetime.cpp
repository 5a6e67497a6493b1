#include "kube/KubeTime.h"

#include <QTest>

using namespace Slipway;

class tst_KubeTime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_acceptsRfc3339Forms_data();
    void parse_acceptsRfc3339Forms();
    void parseHttpDate_readsTheApiServersDateHeader_data();
    void parseHttpDate_readsTheApiServersDateHeader();
};

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
