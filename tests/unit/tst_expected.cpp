#include "core/Expected.h"

#include <QTest>

#include <memory>

using namespace Slipway;

namespace {

Expected<void> succeedOrFail(bool succeed)
{
    if (!succeed)
        return Error::at(QStringLiteral("values.yaml"), 3, 7, QStringLiteral("cannot write"));
    return {};
}

} // namespace

class tst_Expected final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void value_isKeptAndHasNoError();
    void error_hasNoValueAndKeepsTheLocation();
    void moveOnlyValue_canBeTakenOut();
    void voidDefault_isSuccess();
    void voidOk_isSuccess();
    void voidError_isFailureEvenWithAnEmptyMessage();
    void voidFromFunction_carriesTheError_data();
    void voidFromFunction_carriesTheError();
};

void tst_Expected::value_isKeptAndHasNoError()
{
    const Expected<int> e = 42;
    QVERIFY(e.hasValue());
    QVERIFY(bool(e));
    QCOMPARE(e.value(), 42);
    QCOMPARE(*e, 42);
    QVERIFY(e.error().message.isEmpty());
}

void tst_Expected::error_hasNoValueAndKeepsTheLocation()
{
    const Expected<QString> e = Error::at(QStringLiteral("f.yaml"), 2, 5, QStringLiteral("bad"));
    QVERIFY(!e.hasValue());
    QVERIFY(!e);
    QCOMPARE(e.error().message, QStringLiteral("bad"));
    QCOMPARE(e.error().toString(), QStringLiteral("f.yaml:2:5: bad"));
}

void tst_Expected::moveOnlyValue_canBeTakenOut()
{
    Expected<std::unique_ptr<int>> e = std::make_unique<int>(7);
    QVERIFY(e);
    const std::unique_ptr<int> taken = std::move(e).value();
    QCOMPARE(*taken, 7);
}

void tst_Expected::voidDefault_isSuccess()
{
    const Expected<void> e;
    QVERIFY(e.hasValue());
    QVERIFY(bool(e));
    QVERIFY(e.error().message.isEmpty());
}

void tst_Expected::voidOk_isSuccess()
{
    QVERIFY(Expected<void>::ok().hasValue());
    QVERIFY(bool(Expected<void>::ok()));
}

void tst_Expected::voidError_isFailureEvenWithAnEmptyMessage()
{
    // Success is a state of its own, not "the message happens to be empty".
    const Expected<void> e = Error();
    QVERIFY(!e.hasValue());
    QVERIFY(!e);
}

void tst_Expected::voidFromFunction_carriesTheError_data()
{
    QTest::addColumn<bool>("succeed");
    QTest::addColumn<QString>("text");
    QTest::newRow("success") << true << QString();
    QTest::newRow("failure") << false << QStringLiteral("values.yaml:3:7: cannot write");
}

void tst_Expected::voidFromFunction_carriesTheError()
{
    QFETCH(bool, succeed);
    QFETCH(QString, text);
    const Expected<void> e = succeedOrFail(succeed);
    QCOMPARE(bool(e), succeed);
    QCOMPARE(e.error().toString(), text);
}

QTEST_APPLESS_MAIN(tst_Expected)
#include "tst_expected.moc"
