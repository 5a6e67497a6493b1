#include "product/SchemaValidator.h"
#include "product/YamlReader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Slipway;

// charts/installer.schema.json, the JSON Schema editors check installer.yaml with: every bundled
// descriptor and the format's own example keep to it, and descriptors Slipway refuses are refused
// by it too (the schema cannot see everything: unique ids or conditions are Slipway's own reading).
class tst_InstallerSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundledDescriptors_keepToTheSchema_data();
    void bundledDescriptors_keepToTheSchema();
    void readmeExample_keepsToTheSchema();
    void wrongDescriptor_isRefused_data();
    void wrongDescriptor_isRefused();

private:
    QByteArray m_schema;
};

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString describe(const Issues &issues)
{
    QStringList out;
    for (const Issue &issue : issues)
        out << issue.message;
    return out.join(QLatin1Char('\n'));
}

Issues check(const QByteArray &yaml, const QByteArray &schema)
{
    Diagnostics errors;
    const ValueTree tree = YamlReader::parse(yaml, QStringLiteral("installer.yaml"), &errors);
    if (!errors.isEmpty())
        qFatal("%s", qPrintable(errors.first().toString()));
    return SchemaValidator::validate(tree, schema);
}

const QByteArray Valid = "apiVersion: slipway/v1\nkind: Installer\nproduct: {id: demo, title: Demo}\n"
                         "pages:\n  - id: main\n    title: Main\n    fields:\n"
                         "      - {id: pw, type: secret, label: Password, path: db.password, generate: {length: 24}}\n";

} // namespace

void tst_InstallerSchema::initTestCase()
{
    m_schema = readFile(QStringLiteral(SLIPWAY_CHARTS "/installer.schema.json"));
    QVERIFY(m_schema.contains("draft-07"));
    QCOMPARE(check(Valid, m_schema), Issues());
}

void tst_InstallerSchema::bundledDescriptors_keepToTheSchema_data()
{
    QTest::addColumn<QString>("file");
    const QDir charts(QStringLiteral(SLIPWAY_CHARTS));
    const QStringList names = charts.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    int found = 0;
    for (const QString &name : names) {
        const QString file = charts.filePath(name + QLatin1String("/installer.yaml"));
        if (QFile::exists(file)) {
            QTest::newRow(qPrintable(name)) << file;
            ++found;
        }
    }
    QVERIFY(found >= 5);
}

void tst_InstallerSchema::bundledDescriptors_keepToTheSchema()
{
    QFETCH(QString, file);
    const Issues issues = check(readFile(file), m_schema);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void tst_InstallerSchema::readmeExample_keepsToTheSchema()
{
    const QByteArray readme = readFile(QStringLiteral(SLIPWAY_CHARTS "/README.md"));
    const qsizetype start = readme.indexOf("```yaml\n") + 8;
    const qsizetype end = readme.indexOf("```\n", start);
    QVERIFY(start > 8 && end > start);
    const Issues issues = check(readme.mid(start, end - start), m_schema);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QVERIFY2(readme.contains("yaml-language-server: $schema="), "README tells editors where the schema is");
}

void tst_InstallerSchema::wrongDescriptor_isRefused_data()
{
    QTest::addColumn<QByteArray>("yaml");
    auto replaced = [](const char *from, const char *to) { return QByteArray(Valid).replace(from, to); };
    QTest::newRow("no apiVersion") << replaced("apiVersion: slipway/v1\n", "");
    QTest::newRow("another apiVersion") << replaced("slipway/v1", "slipway/v2");
    QTest::newRow("unknown top-level key") << Valid + "extras: {}\n";
    QTest::newRow("product id with capitals") << replaced("id: demo", "id: Demo");
    QTest::newRow("unknown field type") << replaced("type: secret", "type: strng");
    QTest::newRow("misspelt field key") << replaced("label: Password", "lable: Password");
    QTest::newRow("field without path") << replaced(", path: db.password", "");
    QTest::newRow("generate on a string") << replaced("type: secret", "type: string");
    QTest::newRow("generated password too short") << replaced("length: 24", "length: 8");
    QTest::newRow("secret: false on a secret") << replaced("generate: {length: 24}", "secret: false");
    QTest::newRow("field id with a dash") << replaced("id: pw", "id: p-w");
    QTest::newRow("page with neither fields nor info")
        << Valid + "  - {id: empty, title: Empty}\n";
    QTest::newRow("enum without options")
        << Valid + "  - {id: more, title: More, fields: [{id: e, type: enum, label: E, path: e}]}\n";
    QTest::newRow("gpu with a path")
        << Valid + "  - {id: more, title: More, fields: [{id: g, type: gpu, label: G, path: g, gpu: {count: g.count}}]}\n";
    QTest::newRow("image with both path and image paths")
        << Valid + "  - {id: more, title: More, fields: [{id: i, type: image, label: I, path: i, image: {repository: i.name}}]}\n";
    QTest::newRow("check with error and warning")
        << Valid + "checks: [{when: pw, error: A, warning: B, fields: [pw]}]\n";
    QTest::newRow("check without fields") << Valid + "checks: [{when: pw, error: A}]\n";
    QTest::newRow("bad helm timeout") << Valid + "helm: {timeout: 15 minutes}\n";
}

void tst_InstallerSchema::wrongDescriptor_isRefused()
{
    QFETCH(QByteArray, yaml);
    QVERIFY2(!check(yaml, m_schema).isEmpty(), yaml.constData());
}

QTEST_APPLESS_MAIN(tst_InstallerSchema)
#include "tst_installerschema.moc"
