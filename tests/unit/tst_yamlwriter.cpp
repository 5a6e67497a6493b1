#include "product/YamlReader.h"
#include "product/YamlWriter.h"

#include <QTest>

using namespace Slipway;

class tst_YamlWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void string_readsBackAsTheSameString_data();
    void string_readsBackAsTheSameString();
    void blockStyle_isWhatPeopleWrite();
    void comments_standAboveTheirKey();
};

void tst_YamlWriter::string_readsBackAsTheSameString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << "hello world" << "hello world";
    QTest::newRow("empty") << "" << "\"\"";
    QTest::newRow("looks like an int") << "0123" << "\"0123\"";
    QTest::newRow("looks like hex") << "0x1F" << "\"0x1F\"";
    QTest::newRow("looks like a float") << "1e3" << "\"1e3\"";
    QTest::newRow("YAML 1.1 bool") << "on" << "\"on\"";
    QTest::newRow("null word") << "~" << "\"~\"";
    QTest::newRow("base 60") << "12:30" << "\"12:30\"";
    QTest::newRow("date") << "2024-01-31" << "\"2024-01-31\"";
    QTest::newRow("version stays plain") << "1.0.1" << "1.0.1";
    QTest::newRow("quantity stays plain") << "500m" << "500m";
    QTest::newRow("image reference") << "docker.io/minio/minio:RELEASE.2025" << "docker.io/minio/minio:RELEASE.2025";
    QTest::newRow("colon space") << "a: b" << "\"a: b\"";
    QTest::newRow("comment sign") << "a #b" << "\"a #b\"";
    QTest::newRow("leading indicator") << "*star" << "\"*star\"";
    QTest::newRow("leading dash") << "-x" << "\"-x\"";
    QTest::newRow("leading space") << " x" << "\" x\"";
    QTest::newRow("quotes and backslash") << "say \"hi\" \\o/" << "say \"hi\" \\o/";
    QTest::newRow("tab") << "a\tb" << "\"a\\tb\"";
    QTest::newRow("control character") << QString(QChar(7)) << "\"\\u0007\"";
    QTest::newRow("unicode") << "größe ✓" << "größe ✓";
    QTest::newRow("multi-line") << "one\ntwo\n" << "|\n  one\n  two";
    QTest::newRow("multi-line, no final newline") << "one\ntwo" << "|-\n  one\n  two";
    QTest::newRow("multi-line, extra newlines") << "one\n\n" << "|+\n  one\n";
    QTest::newRow("multi-line, indented first line") << "  one\ntwo" << "\"  one\\ntwo\"";
}

void tst_YamlWriter::string_readsBackAsTheSameString()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    ValueTree tree = ValueTree::map();
    tree.insert(QStringLiteral("k"), text);
    const QByteArray yaml = YamlWriter::write(tree);
    QCOMPARE(QString::fromUtf8(yaml), QStringLiteral("k: ") + written + QLatin1Char('\n'));
    Diagnostics errors;
    const ValueTree back = YamlReader::parse(yaml, QString(), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(back.value(QStringLiteral("k"))->type(), ValueTree::Type::String);
    QCOMPARE(back.value(QStringLiteral("k"))->toString(), text);
}

void tst_YamlWriter::blockStyle_isWhatPeopleWrite()
{
    const ValueTree tree = YamlReader::parse(
        "env: [{name: A, value: \"1\"}, {name: B}]\nempty: {}\nnone: []\nnested: [[1, 2], 3]\nratio: 2.0\n", QString(), nullptr);
    QCOMPARE(YamlWriter::write(tree), QByteArray("env:\n  - name: A\n    value: \"1\"\n  - name: B\nempty: {}\nnone: []\n"
                                                 "nested:\n  - - 1\n    - 2\n  - 3\nratio: 2.0\n"));
}

void tst_YamlWriter::comments_standAboveTheirKey()
{
    const ValueTree tree = YamlReader::parse("a:\n  b: 1\nl: [{x: 1, y: 2}]\n", QString(), nullptr);
    const QByteArray yaml = YamlWriter::write(tree, [](const ValuesPath &path) {
        return QStringLiteral("from %1").arg(path.toString());
    });
    // "y" is a boolean to YAML 1.1 readers, so even a key is quoted.
    QCOMPARE(yaml, QByteArray("# from a\na:\n  # from a.b\n  b: 1\n# from l\nl:\n  - x: 1\n    # from l[0].y\n    \"y\": 2\n"));
    QCOMPARE(YamlReader::parse(yaml, QString(), nullptr), tree);
}

QTEST_APPLESS_MAIN(tst_YamlWriter)
#include "tst_yamlwriter.moc"
