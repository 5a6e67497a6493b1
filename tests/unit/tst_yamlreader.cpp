#include "product/YamlReader.h"

#include <QJsonObject>
#include <QTest>

using namespace Slipway;

class tst_YamlReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalar_resolvesLikeHelm_data();
    void scalar_resolvesLikeHelm();
    void brokenYaml_namesFileLineAndColumn_data();
    void brokenYaml_namesFileLineAndColumn();
    void aliasBomb_isRefused();
    void unicodeText_isRead();
    void duplicateKey_isRefusedNamingBothLines();
    void keys_keepDocumentOrder();
};

void tst_YamlReader::scalar_resolvesLikeHelm_data()
{
    QTest::addColumn<QByteArray>("scalar");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    auto row = [](const char *name, const char *scalar, ValueTree::Type type, const char *text) {
        QTest::newRow(name) << QByteArray(scalar) << int(type) << QString::fromUtf8(text);
    };
    row("integer", "42", ValueTree::Type::Int, "42");
    row("negative", "-7", ValueTree::Type::Int, "-7");
    row("octal (YAML 1.1)", "0777", ValueTree::Type::Int, "511");
    row("hex", "0x1f", ValueTree::Type::Int, "31");
    row("underscores", "1_000", ValueTree::Type::Int, "1000");
    row("float", "0.5", ValueTree::Type::Double, "0.5");
    row("exponent", "1e3", ValueTree::Type::Double, "1000.0");
    row("infinity", ".inf", ValueTree::Type::Double, ".inf");
    row("true", "true", ValueTree::Type::Bool, "true");
    row("yes (YAML 1.1)", "yes", ValueTree::Type::Bool, "true");
    row("Off (YAML 1.1)", "Off", ValueTree::Type::Bool, "false");
    row("null word", "null", ValueTree::Type::Null, "");
    row("tilde", "~", ValueTree::Type::Null, "");
    row("empty", "", ValueTree::Type::Null, "");
    row("quoted number", "\"42\"", ValueTree::Type::String, "42");
    row("single-quoted bool", "'yes'", ValueTree::Type::String, "yes");
    row("explicit string tag", "!!str 42", ValueTree::Type::String, "42");
    row("block scalar", "|\n  42\n", ValueTree::Type::String, "42\n");
    row("quantity", "500m", ValueTree::Type::String, "500m");
    row("version", "1.0.1", ValueTree::Type::String, "1.0.1");
    row("too large for 64 bits", "99999999999999999999", ValueTree::Type::String, "99999999999999999999");
}

void tst_YamlReader::scalar_resolvesLikeHelm()
{
    QFETCH(QByteArray, scalar);
    QFETCH(int, type);
    QFETCH(QString, text);
    Diagnostics errors;
    const ValueTree tree = YamlReader::parse("v: " + scalar, QStringLiteral("values.yaml"), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(int(tree.value(QStringLiteral("v"))->type()), type);
    QCOMPARE(tree.value(QStringLiteral("v"))->toString(), text);
}

void tst_YamlReader::brokenYaml_namesFileLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("unclosed flow list") << QByteArray("a: 1\nb: [1, 2\nc: 3\n") << 3 << 2;
    QTest::newRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << 3 << 2;
    QTest::newRow("list at the top") << QByteArray("- a\n") << 1 << 1;
    QTest::newRow("unknown alias") << QByteArray("a: *missing\n") << 1 << 4;
    // Not UTF-8 text, or a control character: refused where it is, not turned into U+FFFD.
    QTest::newRow("a byte that is not UTF-8") << QByteArray("a: 1\nb: x\xb0y\n") << 2 << 5;
    QTest::newRow("a truncated sequence") << QByteArray("a: \xc3\n") << 1 << 4;
    QTest::newRow("an overlong form") << QByteArray("a: \xc0\xaf\n") << 1 << 4;
    QTest::newRow("a surrogate") << QByteArray("a: \xed\xa0\x80\n") << 1 << 4;
    QTest::newRow("a NUL inside quotes") << QByteArray("a: \"x\x00y\"\n", 10) << 1 << 6;
    QTest::newRow("escape after multi-byte text counts characters")
        << QByteArray("a: \xc3\xa9\xf0\x9f\x9a\xa2\x1b\n") << 1 << 6;
}

void tst_YamlReader::brokenYaml_namesFileLineAndColumn()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    Diagnostics errors;
    YamlReader::parse(yaml, QStringLiteral("values.yaml"), &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().file, QStringLiteral("values.yaml"));
    QCOMPARE(errors.first().line, line);
    QCOMPARE(errors.first().column, column);
}

void tst_YamlReader::unicodeText_isRead()
{
    Diagnostics errors;
    const ValueTree tree = YamlReader::parse("name: \"caf\xc3\xa9 \xf0\x9f\x9a\xa2\"\ntab:\t1\r\n",
                                             QStringLiteral("values.yaml"), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(tree.toJson().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("caf\u00e9 \U0001F6A2"));
}

void tst_YamlReader::aliasBomb_isRefused()
{
    QByteArray yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 9; ++i)
        yaml += QStringLiteral("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n").arg(i).arg(i - 1).toUtf8();
    Diagnostics errors;
    YamlReader::parse(yaml, QStringLiteral("values.yaml"), &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().message.contains(QLatin1String("too large")));
}

void tst_YamlReader::keys_keepDocumentOrder()
{
    const ValueTree tree = YamlReader::parse("z: 1\na: 2\nm: 3\n", QString(), nullptr);
    QStringList keys;
    for (const ValueTree::Entry &e : tree.entries())
        keys << e.key;
    QCOMPARE(keys, (QStringList { QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("m") }));
}

void tst_YamlReader::duplicateKey_isRefusedNamingBothLines()
{
    Diagnostics errors;
    const ValueTree tree = YamlReader::parse("a: 1\nb:\n  c: 1\n  d: 2\n  c: 3\n",
                                             QStringLiteral("values.yaml"), &errors);
    QVERIFY(tree.isNull());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toString().section(QLatin1String(" ("), 0, 0),
             QStringLiteral("values.yaml:5:3: duplicate key “c” at line 5; first at line 3"));
    errors.clear();
    YamlReader::parse("list:\n  - {x: 1, y: 2}\n  - {x: 1, x: 2}\n", QStringLiteral("values.yaml"), &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, 3);
}

QTEST_APPLESS_MAIN(tst_YamlReader)
#include "tst_yamlreader.moc"
