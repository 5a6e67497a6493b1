#include "product/ResourceAmount.h"

#include <QTest>

using namespace Slipway;

class tst_ResourceAmount final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amount_isReadInMilliUnits_data();
    void amount_isReadInMilliUnits();
    void notAQuantity_isRefused_data();
    void notAQuantity_isRefused();
    void requests_compareWithLimitsAcrossUnits();
};

void tst_ResourceAmount::amount_isReadInMilliUnits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("milli");
    QTest::newRow("millicores") << "500m" << qint64(500);
    QTest::newRow("cores") << "2" << qint64(2000);
    QTest::newRow("fraction") << "1.5" << qint64(1500);
    QTest::newRow("leading dot") << ".5" << qint64(500);
    QTest::newRow("kibibytes") << "1Ki" << qint64(1024000);
    QTest::newRow("gibibytes") << "2Gi" << qint64(2147483648000);
    QTest::newRow("megabytes") << "1M" << qint64(1000000000);
    QTest::newRow("exponent") << "1e3" << qint64(1000000);
    QTest::newRow("nano rounds up") << "1n" << qint64(1);
}

void tst_ResourceAmount::amount_isReadInMilliUnits()
{
    QFETCH(QString, text);
    QFETCH(qint64, milli);
    const auto amount = ResourceAmount::parse(text);
    QVERIFY(amount);
    QCOMPARE(amount->milli(), milli);
}

void tst_ResourceAmount::notAQuantity_isRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("unit only") << "Gi";
    QTest::newRow("space before unit") << "1 Gi";
    QTest::newRow("unknown unit") << "1GB";
    QTest::newRow("two dots") << "1.2.3";
}

void tst_ResourceAmount::notAQuantity_isRefused()
{
    QFETCH(QString, text);
    QVERIFY(!ResourceAmount::parse(text));
}

void tst_ResourceAmount::requests_compareWithLimitsAcrossUnits()
{
    QVERIFY(*ResourceAmount::parse(QStringLiteral("1000m")) == *ResourceAmount::parse(QStringLiteral("1")));
    QVERIFY(*ResourceAmount::parse(QStringLiteral("1Gi")) > *ResourceAmount::parse(QStringLiteral("1G")));
    QVERIFY(*ResourceAmount::parse(QStringLiteral("512Mi")) < *ResourceAmount::parse(QStringLiteral("1Gi")));
}

QTEST_APPLESS_MAIN(tst_ResourceAmount)
#include "tst_resourceamount.moc"
