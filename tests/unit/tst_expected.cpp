#include "core/Expected.h"

#include <QTest>

#include <memory>
#include <type_traits>

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
    void errorText_namesTheSpotAndTheHint_data();
    void errorText_namesTheSpotAndTheHint();
};

// The product's diagnostics and the libraries' errors are one type, printed one way.
static_assert(std::is_same_v<Diagnostic, Error>);
static_assert(std::is_same_v<Diagnostics, QList<Error>>);

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

void tst_Expected::errorText_namesTheSpotAndTheHint_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("text");
    const QString file = QStringLiteral("installer.yaml");
    const QString message = QStringLiteral("bad");
    const QString hint = QStringLiteral("fix it");
    QTest::newRow("message") << Error(message) << QStringLiteral("bad");
    QTest::newRow("file") << Error(message, file) << QStringLiteral("installer.yaml: bad");
    QTest::newRow("line") << Error::at(file, 12, 0, message)
                          << QStringLiteral("installer.yaml:12: bad");
    QTest::newRow("line and column") << Error::at(file, 12, 7, message)
                                     << QStringLiteral("installer.yaml:12:7: bad");
    QTest::newRow("column without line") << Error::at(file, 0, 7, message)
                                         << QStringLiteral("installer.yaml: bad");
    QTest::newRow("hint") << Error::at(file, 12, 7, message, hint)
                          << QStringLiteral("installer.yaml:12:7: bad (fix it)");
    QTest::newRow("hint without file") << Error::at(QString(), 0, 0, message, hint)
                                       << QStringLiteral("bad (fix it)");
}

void tst_Expected::errorText_namesTheSpotAndTheHint()
{
    QFETCH(Error, error);
    QFETCH(QString, text);
    QCOMPARE(error.toString(), text);
}

QTEST_APPLESS_MAIN(tst_Expected)
#include "tst_expected.moc"
