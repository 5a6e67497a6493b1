#include "product/Condition.h"

#include <QTest>

using namespace Slipway;

class tst_Condition final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void badExpression_isRefusedAtItsColumn_data();
    void badExpression_isRefusedAtItsColumn();
    void references_listEveryFieldIdWithItsColumn();
    void emptyCondition_isAlwaysTrue();
    void invalidCondition_isFalse();
    void deepNesting_isRefusedNotOverflowed();
};

namespace {

QVariant answer(const QString &name)
{
    static const QVariantMap answers = {
        { QStringLiteral("environment"), QStringLiteral("production") },
        { QStringLiteral("minio"), true },
        { QStringLiteral("persistence"), false },
        { QStringLiteral("replicas"), qint64(3) },
        { QStringLiteral("ratio"), 0.5 },
        { QStringLiteral("mode"), QStringLiteral("use_existing") },
        { QStringLiteral("empty"), QString() },
        { QStringLiteral("labels"), QVariantMap { { QStringLiteral("a"), QStringLiteral("b") } } },
        { QStringLiteral("count"), QStringLiteral("2") },
    };
    return answers.value(name);
}

} // namespace

void tst_Condition::evaluate_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("expected");

    QTest::newRow("string equality, single quotes") << "environment == 'production'" << true;
    QTest::newRow("string equality, double quotes") << "environment == \"staging\"" << false;
    QTest::newRow("not equal") << "environment != 'staging'" << true;
    QTest::newRow("bare true bool") << "minio" << true;
    QTest::newRow("bare false bool") << "persistence" << false;
    QTest::newRow("negation") << "!persistence" << true;
    QTest::newRow("double negation") << "!!minio" << true;
    QTest::newRow("and") << "minio && persistence" << false;
    QTest::newRow("or") << "minio || persistence" << true;
    QTest::newRow("and binds tighter than or") << "persistence && minio || minio" << true;
    QTest::newRow("parentheses change grouping") << "persistence && (minio || minio)" << false;
    QTest::newRow("not binds tighter than ==") << "!persistence == true" << true;
    QTest::newRow("number equality") << "replicas == 3" << true;
    QTest::newRow("decimal number") << "ratio == 0.5" << true;
    QTest::newRow("negative number") << "replicas != -3" << true;
    QTest::newRow("enum text equals number") << "count == 2" << true;
    QTest::newRow("bool literal") << "minio == true" << true;
    QTest::newRow("bool does not equal text") << "minio == 'true'" << false;
    QTest::newRow("in list") << "mode in ['create', 'use_existing']" << true;
    QTest::newRow("not in list") << "mode in ['create']" << false;
    QTest::newRow("empty list") << "mode in []" << false;
    QTest::newRow("numbers in list") << "replicas in [1, 2, 3]" << true;
    QTest::newRow("unknown field is null") << "nothing == null" << true;
    QTest::newRow("unknown field is false") << "nothing" << false;
    QTest::newRow("empty text is false") << "empty" << false;
    QTest::newRow("non-empty map is true") << "labels" << true;
    QTest::newRow("null equals empty answer") << "persistence != null" << true;
    QTest::newRow("escaped quote in text") << "environment != 'it\\'s'" << true;
    QTest::newRow("spaces are ignored") << "  ( minio )&&!persistence " << true;
}

void tst_Condition::evaluate()
{
    QFETCH(QString, expression);
    QFETCH(bool, expected);
    const Condition condition = Condition::parse(expression);
    QVERIFY2(condition.isValid(), qPrintable(condition.error().message));
    QCOMPARE(condition.evaluate(answer), expected);
}

void tst_Condition::badExpression_isRefusedAtItsColumn_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("single =") << "environment = 'x'" << 13 << "not an operator";
    QTest::newRow("single &") << "a & b" << 3 << "not an operator";
    QTest::newRow("unclosed text") << "a == 'open" << 6 << "not closed";
    QTest::newRow("missing operand") << "a ==" << 5 << "expected a field id";
    QTest::newRow("two values in a row") << "a b" << 3 << "expected an operator";
    QTest::newRow("unclosed parenthesis") << "(a || b" << 8 << "expected “)”";
    QTest::newRow("in without list") << "a in 'x'" << 6 << "expected “[”";
    QTest::newRow("field id in list") << "a in [b]" << 7 << "expected a value";
    QTest::newRow("missing comma") << "a in ['x' 'y']" << 11 << "“,” or “]”";
    QTest::newRow("stray character") << "a == $b" << 6 << "unexpected “$”";
    QTest::newRow("closing parenthesis first") << ") a" << 1 << "expected a field id";
    QTest::newRow("chained comparison") << "a == b == c" << 8 << "expected an operator";
}

void tst_Condition::badExpression_isRefusedAtItsColumn()
{
    QFETCH(QString, expression);
    QFETCH(int, column);
    QFETCH(QString, message);
    const Condition condition = Condition::parse(expression);
    QVERIFY(!condition.isValid());
    QCOMPARE(condition.error().column, column);
    QVERIFY2(condition.error().message.contains(message), qPrintable(condition.error().message));
}

void tst_Condition::references_listEveryFieldIdWithItsColumn()
{
    const Condition condition = Condition::parse(QStringLiteral("minio && (mode in ['a'] || !tls)"));
    QCOMPARE(condition.references().size(), 3);
    QCOMPARE(condition.references().at(0).name, QStringLiteral("minio"));
    QCOMPARE(condition.references().at(1).name, QStringLiteral("mode"));
    QCOMPARE(condition.references().at(1).column, 11);
    QCOMPARE(condition.references().at(2).name, QStringLiteral("tls"));
    QCOMPARE(condition.references().at(2).column, 29);
}

void tst_Condition::emptyCondition_isAlwaysTrue()
{
    QVERIFY(Condition().evaluate(answer));
    QVERIFY(Condition::parse(QStringLiteral("   ")).evaluate(answer));
}

void tst_Condition::invalidCondition_isFalse()
{
    QVERIFY(!Condition::parse(QStringLiteral("minio ==")).evaluate(answer));
}

void tst_Condition::deepNesting_isRefusedNotOverflowed()
{
    const QString deep = QString(QLatin1Char('(')).repeated(5000) + QLatin1Char('a')
        + QString(QLatin1Char(')')).repeated(5000);
    QVERIFY(!Condition::parse(deep).isValid());
    const QString negations = QString(QLatin1Char('!')).repeated(1000) + QLatin1Char('a');
    QVERIFY(!Condition::parse(negations).isValid());
    const QString longChain = QStringLiteral("a && ").repeated(800) + QLatin1Char('a');
    QVERIFY(Condition::parse(longChain).isValid());
    QVERIFY(!Condition::parse(longChain).evaluate(answer));
}

QTEST_APPLESS_MAIN(tst_Condition)
#include "tst_condition.moc"
