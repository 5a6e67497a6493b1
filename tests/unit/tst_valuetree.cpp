#include "TestProducts.h"
#include "product/ValueTree.h"
#include "product/YamlReader.h"
#include "product/YamlWriter.h"

#include <QTest>

using namespace Slipway;
using TestProducts::yaml;

class tst_ValueTree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merge_coalescesLikeHelm_data();
    void merge_coalescesLikeHelm();
    void diff_isTheSmallestOverlay_data();
    void diff_isTheSmallestOverlay();
    void set_createsWhatIsMissing();
    void erase_removesKeysAndPositions();
    void equality_ignoresKeyOrderAndNumberType();
    void json_keepsTypes();
};

void tst_ValueTree::merge_coalescesLikeHelm_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("overlay");
    QTest::addColumn<QByteArray>("merged");
    QTest::newRow("maps merge key by key") << QByteArray("a: {x: 1, w: 2}") << QByteArray("a: {w: 3, z: 4}")
                                           << QByteArray("a:\n  x: 1\n  w: 3\n  z: 4\n");
    QTest::newRow("lists replace") << QByteArray("a: [1, 2]") << QByteArray("a: [3]") << QByteArray("a:\n  - 3\n");
    QTest::newRow("null deletes") << QByteArray("a: 1\nb: 2") << QByteArray("a: null") << QByteArray("b: 2\n");
    QTest::newRow("scalar replaces map") << QByteArray("a: {x: 1}") << QByteArray("a: off") << QByteArray("a: false\n");
    QTest::newRow("new keys append") << QByteArray("b: 1") << QByteArray("a: 2") << QByteArray("b: 1\na: 2\n");
}

void tst_ValueTree::merge_coalescesLikeHelm()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, overlay);
    QFETCH(QByteArray, merged);
    ValueTree tree = yaml(base);
    tree.merge(yaml(overlay));
    QCOMPARE(YamlWriter::write(tree), merged);
}

void tst_ValueTree::diff_isTheSmallestOverlay_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("diff");
    QTest::newRow("nothing changed") << QByteArray("a: {x: 1}") << QByteArray("a: {x: 1}") << QByteArray("{}\n");
    QTest::newRow("one leaf") << QByteArray("a: {x: 1, w: 2}") << QByteArray("a: {x: 1, w: 3}") << QByteArray("a:\n  w: 3\n");
    QTest::newRow("removed key is null") << QByteArray("a: 1\nb: 2") << QByteArray("b: 2") << QByteArray("a: null\n");
    QTest::newRow("list changes whole") << QByteArray("a: [1, 2]") << QByteArray("a: [1, 3]") << QByteArray("a:\n  - 1\n  - 3\n");
    QTest::newRow("int equals float") << QByteArray("a: 1") << QByteArray("a: 1.0") << QByteArray("{}\n");
    QTest::newRow("text is not a number") << QByteArray("a: 1") << QByteArray("a: \"1\"") << QByteArray("a: \"1\"\n");
    QTest::newRow("emptied map") << QByteArray("a: {x: 1}") << QByteArray("a: {}") << QByteArray("a:\n  x: null\n");
}

void tst_ValueTree::diff_isTheSmallestOverlay()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, diff);
    const ValueTree d = yaml(target).diff(yaml(base));
    QCOMPARE(YamlWriter::write(d), diff);
    ValueTree rebuilt = yaml(base);
    rebuilt.merge(d);
    QCOMPARE(rebuilt, yaml(target));
}

void tst_ValueTree::set_createsWhatIsMissing()
{
    ValueTree tree = ValueTree::map();
    tree.set(*ValuesPath::parse(QStringLiteral("a.b[1].c")), ValueTree(QStringLiteral("x")));
    QCOMPARE(YamlWriter::write(tree), QByteArray("a:\n  b:\n    - null\n    - c: x\n"));
    tree.set(*ValuesPath::parse(QStringLiteral("a")), ValueTree(true));
    QCOMPARE(YamlWriter::write(tree), QByteArray("a: true\n"));
}

void tst_ValueTree::erase_removesKeysAndPositions()
{
    ValueTree tree = yaml("a: {b: [1, 2, 3], c: 4}");
    QVERIFY(tree.erase(*ValuesPath::parse(QStringLiteral("a.b[1]"))));
    QVERIFY(tree.erase(*ValuesPath::parse(QStringLiteral("a.c"))));
    QVERIFY(!tree.erase(*ValuesPath::parse(QStringLiteral("a.zz"))));
    QCOMPARE(YamlWriter::write(tree), QByteArray("a:\n  b:\n    - 1\n    - 3\n"));
}

void tst_ValueTree::equality_ignoresKeyOrderAndNumberType()
{
    QCOMPARE(yaml("{a: 1, b: 2.0}"), yaml("{b: 2, a: 1.0}"));
    QVERIFY(!(yaml("[1, 2]") == yaml("[2, 1]")));
    QVERIFY(!(yaml("{a: null}") == yaml("{}")));
}

void tst_ValueTree::json_keepsTypes()
{
    const QJsonValue json = yaml("{i: 3, d: 0.5, s: \"3\", b: yes, n: ~, l: [x]}").toJson();
    QCOMPARE(json[QStringLiteral("i")].toInteger(), 3);
    QCOMPARE(json[QStringLiteral("d")].toDouble(), 0.5);
    QCOMPARE(json[QStringLiteral("s")].toString(), QStringLiteral("3"));
    QCOMPARE(json[QStringLiteral("b")].toBool(), true);
    QVERIFY(json[QStringLiteral("n")].isNull());
    QCOMPARE(json[QStringLiteral("l")][0].toString(), QStringLiteral("x"));
}

QTEST_APPLESS_MAIN(tst_ValueTree)
#include "tst_valuetree.moc"
