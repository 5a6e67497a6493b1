#include "KubeFixtures.h"
#include "core/Quantity.h"

#include <QJsonArray>
#include <QTest>

using namespace Slipway;

// fixtures/kube/quantities.json was produced by apimachinery itself, so these rows are what the
// API server would answer.
class tst_Quantity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_givesApimachinerysCanonicalForm_data();
    void parse_givesApimachinerysCanonicalForm();
    void compare_isByValue_data();
    void compare_isByValue();
    void add_isExactAndKeepsTheFormat_data();
    void add_isExactAndKeepsTheFormat();
    void subtract_canGoNegative();
    void parseError_namesTheText();
    void milliValue_readsWhatAnAnswerHolds_data();
    void milliValue_readsWhatAnAnswerHolds();
    void notAQuantity_isRefused_data();
    void notAQuantity_isRefused();
    void suffix_saysHowTheTextWasWritten_data();
    void suffix_saysHowTheTextWasWritten();
};

void tst_Quantity::parse_givesApimachinerysCanonicalForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonObject>("expect");
    const QJsonArray cases = kubeFixture(QStringLiteral("quantities.json"))[u"cases"].toArray();
    for (const QJsonValue &c : cases)
        QTest::newRow(qPrintable(QLatin1Char('"') + c[u"in"].toString() + QLatin1Char('"')))
            << c[u"in"].toString() << c.toObject();
}

void tst_Quantity::parse_givesApimachinerysCanonicalForm()
{
    QFETCH(QString, text);
    QFETCH(QJsonObject, expect);
    const Expected<Quantity> q = Quantity::parse(text);
    if (expect[u"error"].toBool()) {
        QVERIFY2(!q, qPrintable(q ? q->toString() : QString()));
        return;
    }
    QVERIFY2(q, qPrintable(q.error().toString()));
    QCOMPARE(q->toString(), expect[u"canonical"].toString());
    if (expect.contains(u"value"))
        QCOMPARE(q->value(), expect[u"value"].toInteger());
    if (expect.contains(u"milli"))
        QCOMPARE(q->milliValue(), expect[u"milli"].toInteger());
    // The canonical text parses back to the same value.
    const Expected<Quantity> again = Quantity::parse(q->toString());
    QVERIFY(again);
    QVERIFY(*again == *q);
}

void tst_Quantity::compare_isByValue_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("1Ki = 1024") << QStringLiteral("1Ki") << QStringLiteral("1024") << 0;
    QTest::newRow("500m < 1") << QStringLiteral("500m") << QStringLiteral("1") << -1;
    QTest::newRow("1e3 = 1k") << QStringLiteral("1e3") << QStringLiteral("1k") << 0;
    QTest::newRow("1G < 1Gi") << QStringLiteral("1G") << QStringLiteral("1Gi") << -1;
    QTest::newRow("7910m > 7") << QStringLiteral("7910m") << QStringLiteral("7") << 1;
    QTest::newRow("-1 < 0") << QStringLiteral("-1") << QStringLiteral("0") << -1;
    QTest::newRow("1n > 0") << QStringLiteral("1n") << QStringLiteral("0") << 1;
    QTest::newRow("1Ei > 1E") << QStringLiteral("1Ei") << QStringLiteral("1E") << 1;
    QTest::newRow("1000m = 1") << QStringLiteral("1000m") << QStringLiteral("1") << 0;
    QTest::newRow("512Mi < 1Gi") << QStringLiteral("512Mi") << QStringLiteral("1Gi") << -1;
}

void tst_Quantity::compare_isByValue()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    const auto cmp = *Quantity::parse(a) <=> *Quantity::parse(b);
    QCOMPARE(cmp < 0 ? -1 : (cmp > 0 ? 1 : 0), order);
}

void tst_Quantity::add_isExactAndKeepsTheFormat_data()
{
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("sum");
    QTest::newRow("millicores") << QStringList { QStringLiteral("250m"), QStringLiteral("750m") }
                                << QStringLiteral("1");
    QTest::newRow("cores and millicores")
        << QStringList { QStringLiteral("2"), QStringLiteral("100m") } << QStringLiteral("2100m");
    QTest::newRow("binary stays binary")
        << QStringList { QStringLiteral("512Mi"), QStringLiteral("512Mi") } << QStringLiteral("1Gi");
    QTest::newRow("zero takes the other's format")
        << QStringList { QStringLiteral("0"), QStringLiteral("1Gi") } << QStringLiteral("1Gi");
    QTest::newRow("many small requests")
        << QStringList(100, QStringLiteral("10m")) << QStringLiteral("1");
    QTest::newRow("nano precision") << QStringList { QStringLiteral("1n"), QStringLiteral("1") }
                                    << QStringLiteral("1000000001n");
}

void tst_Quantity::add_isExactAndKeepsTheFormat()
{
    QFETCH(QStringList, terms);
    QFETCH(QString, sum);
    Quantity total;
    for (const QString &t : terms)
        total += *Quantity::parse(t);
    QCOMPARE(total.toString(), sum);
}

void tst_Quantity::subtract_canGoNegative()
{
    const Quantity free = *Quantity::parse(u"4") - *Quantity::parse(u"4500m");
    QCOMPARE(free.toString(), QStringLiteral("-500m"));
    QCOMPARE(free.sign(), -1);
    QCOMPARE(free.milliValue(), -500);
    QCOMPARE(free.value(), -1); // rounded away from zero, as Quantity.Value() does
}

void tst_Quantity::parseError_namesTheText()
{
    const Expected<Quantity> q = Quantity::parse(u"12 cores");
    QVERIFY(!q);
    QVERIFY2(q.error().message.contains(QLatin1String("12 cores")), qPrintable(q.error().message));
    QVERIFY(!Quantity::parse(QString(QStringLiteral("1") + QString(60, QLatin1Char('0')))));
}

// What a wizard's answers hold ("500m" CPU, "2Gi" memory), compared in milli-units.
void tst_Quantity::milliValue_readsWhatAnAnswerHolds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("milli");
    QTest::newRow("millicores") << QStringLiteral("500m") << qint64(500);
    QTest::newRow("cores") << QStringLiteral("2") << qint64(2000);
    QTest::newRow("fraction") << QStringLiteral("1.5") << qint64(1500);
    QTest::newRow("leading dot") << QStringLiteral(".5") << qint64(500);
    QTest::newRow("kibibytes") << QStringLiteral("1Ki") << qint64(1024000);
    QTest::newRow("gibibytes") << QStringLiteral("2Gi") << qint64(2147483648000);
    QTest::newRow("megabytes") << QStringLiteral("1M") << qint64(1000000000);
    QTest::newRow("exponent") << QStringLiteral("1e3") << qint64(1000000);
    QTest::newRow("nano rounds up") << QStringLiteral("1n") << qint64(1);
    QTest::newRow("saturates") << QStringLiteral("8Ei") << std::numeric_limits<qint64>::max();
}

void tst_Quantity::milliValue_readsWhatAnAnswerHolds()
{
    QFETCH(QString, text);
    QFETCH(qint64, milli);
    const Expected<Quantity> q = Quantity::parse(text);
    QVERIFY2(q, qPrintable(q.error().toString()));
    QCOMPARE(q->milliValue(), milli);
}

void tst_Quantity::notAQuantity_isRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("space before unit") << QStringLiteral("1 Gi");
    QTest::newRow("unknown unit") << QStringLiteral("1GB");
    QTest::newRow("two dots") << QStringLiteral("1.2.3");
    QTest::newRow("lone exponent mark") << QStringLiteral("1e");
}

void tst_Quantity::notAQuantity_isRefused()
{
    QFETCH(QString, text);
    QVERIFY(!Quantity::parse(text));
}

void tst_Quantity::suffix_saysHowTheTextWasWritten_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<bool>("milli");
    QTest::newRow("plain") << QStringLiteral("512") << false << false;
    QTest::newRow("millis") << QStringLiteral("512m") << false << true;
    QTest::newRow("mebibytes") << QStringLiteral("512Mi") << true << false;
    QTest::newRow("megabytes") << QStringLiteral("512M") << false << false;
    QTest::newRow("exponent") << QStringLiteral("5e-3") << false << false;
    QTest::newRow("zero millis") << QStringLiteral("0m") << false << true;
    // A binary suffix that ends as a decimal value (apimachinery's rule) was still written so.
    QTest::newRow("tiny binary") << QStringLiteral("0.0000001Ki") << true << false;
}

void tst_Quantity::suffix_saysHowTheTextWasWritten()
{
    QFETCH(QString, text);
    QFETCH(bool, binary);
    QFETCH(bool, milli);
    const Expected<Quantity> q = Quantity::parse(text);
    QVERIFY2(q, qPrintable(q.error().toString()));
    QCOMPARE(q->hasBinarySuffix(), binary);
    QCOMPARE(q->hasMilliSuffix(), milli);
    // Arithmetic makes a new quantity that was never written.
    QVERIFY(!(*q + *q).hasMilliSuffix());
}

QTEST_APPLESS_MAIN(tst_Quantity)
#include "tst_quantity.moc"
