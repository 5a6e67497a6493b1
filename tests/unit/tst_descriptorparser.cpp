#include "TestProducts.h"
#include "product/DescriptorParser.h"

#include <QFile>
#include <QTest>

using namespace Slipway;
using TestProducts::describe;

class tst_DescriptorParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backlineDescriptor_parsesWithoutProblems();
    void readmeExample_parsesWithoutProblems();
    void everyFieldType_hasAModel();
    void databaseMode_modeFieldsAreFieldsOfTheirMode();
    void badDescriptor_namesFileLineColumnAndHint_data();
    void badDescriptor_namesFileLineColumnAndHint();
    void everyProblem_isReportedAtOnce();
    void idsAndSecrets_acceptedForms();
    void brokenYaml_isOneDiagnosticAtItsPosition();
    void infoPage_needsNoFields();
    void checks_areParsedWithTheirFields();
};

namespace {

QByteArray header()
{
    return "apiVersion: slipway/v1\n"
           "kind: Installer\n"
           "product: {id: demo, title: Demo}\n";
}

// A page holding one field given as YAML lines (indented for the field list).
QByteArray withField(const QByteArray &field)
{
    return header() + "pages:\n  - id: main\n    title: Main\n    fields:\n" + field;
}

Descriptor parse(const QByteArray &yaml, Diagnostics *errors)
{
    return DescriptorParser::parse(yaml, QStringLiteral("installer.yaml"), errors);
}

} // namespace

void tst_DescriptorParser::backlineDescriptor_parsesWithoutProblems()
{
    QFile file(QStringLiteral(SLIPWAY_CHARTS "/backline/installer.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Diagnostics errors;
    const Descriptor d = parse(file.readAll(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(d.productId, QStringLiteral("backline"));
    QCOMPARE(d.environments.size(), 2);
    QCOMPARE(d.environment(QString())->id, QStringLiteral("staging"));
    QCOMPARE(d.helmTimeout, QStringLiteral("15m"));
    const Field *key = d.field(QStringLiteral("accessKey"));
    QVERIFY(key);
    QVERIFY(key->secret);
    QVERIFY(key->required);
    QCOMPARE(key->path.toString(), QStringLiteral("accessKey"));
    const Field *profiles = d.field(QStringLiteral("resourceProfiles"));
    QVERIFY(profiles);
    QCOMPARE(profiles->profiles, (QStringList { QStringLiteral("small"), QStringLiteral("medium"),
                                                QStringLiteral("large"), QStringLiteral("xlarge") }));
    QCOMPARE(d.field(QStringLiteral("minioSize"))->when.text(), QStringLiteral("minio && minioPersistence"));
    QVERIFY(d.field(QStringLiteral("overrides"))->isRawOverrides());
    const Field *image = d.field(QStringLiteral("workerImage"));
    QCOMPARE(image->type, FieldType::Image);
    QCOMPARE(image->image.registry.toString(), QStringLiteral("worker.image.registry"));
    QCOMPARE(image->image.repository.toString(), QStringLiteral("worker.image.name"));
    QCOMPARE(d.field(QStringLiteral("minioRootPassword"))->generateLength, 32);
    QVERIFY(d.page(QStringLiteral("egress"))->fields.isEmpty());
    QVERIFY(d.page(QStringLiteral("egress"))->info.contains(QLatin1String("api.anthropic.com")));
    QCOMPARE(d.checks.size(), 1);
}

void tst_DescriptorParser::readmeExample_parsesWithoutProblems()
{
    // The format's documentation shows one complete descriptor; it must stay a valid one.
    QFile file(QStringLiteral(SLIPWAY_CHARTS "/README.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray readme = file.readAll();
    const qsizetype start = readme.indexOf("```yaml\n") + 8;
    const qsizetype end = readme.indexOf("```\n", start);
    QVERIFY(start > 8 && end > start);
    Diagnostics errors;
    const Descriptor d = parse(readme.mid(start, end - start), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QSet<FieldType> types;
    for (const Field &field : d.fields)
        types.insert(field.type);
    QCOMPARE(types.size(), Field::typeNames().size());
}

void tst_DescriptorParser::everyFieldType_hasAModel()
{
    QByteArray fields;
    for (const QString &type : Field::typeNames()) {
        fields += "      - id: f_" + type.toUtf8() + "\n        type: " + type.toUtf8()
            + "\n        label: " + type.toUtf8() + "\n";
        if (type == QLatin1String("gpu"))
            fields += "        gpu: {enabled: gpu.enabled, count: gpu.count, resourceName: gpu.resource, "
                      "nodeSelector: gpu.nodeSelector, tolerations: gpu.tolerations}\n";
        else if (type != QLatin1String("yaml"))
            fields += "        path: values.f_" + type.toUtf8() + "\n";
        if (type == QLatin1String("enum") || type == QLatin1String("multiSelect"))
            fields += "        options: [a, {value: 2, title: Two}]\n";
        if (type == QLatin1String("quantity"))
            fields += "        quantity: memory\n";
        if (type == QLatin1String("resourceProfiles"))
            fields += "        profiles: [small, large]\n";
        if (type == QLatin1String("databaseMode"))
            fields += "        modes: [{id: create, title: In the cluster}]\n";
    }
    Diagnostics errors;
    const Descriptor d = parse(withField(fields), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(d.fields.size(), Field::typeNames().size());
    for (const Field &field : d.fields)
        QCOMPARE(QStringLiteral("f_") + Field::typeName(field.type), field.id);
    QCOMPARE(d.field(QStringLiteral("f_enum"))->options.at(1).value.type(), ValueTree::Type::Int);
    QCOMPARE(d.field(QStringLiteral("f_quantity"))->quantity, QuantityKind::Memory);
    QCOMPARE(d.field(QStringLiteral("f_gpu"))->gpu.count.toString(), QStringLiteral("gpu.count"));
    QVERIFY(d.field(QStringLiteral("f_secret"))->secret);
    QVERIFY(!d.field(QStringLiteral("f_string"))->secret);
}

void tst_DescriptorParser::databaseMode_modeFieldsAreFieldsOfTheirMode()
{
    Diagnostics errors;
    const Descriptor d = parse(withField(
        "      - id: postgres\n"
        "        type: databaseMode\n"
        "        label: PostgreSQL\n"
        "        path: postgres.mode\n"
        "        modes:\n"
        "          - id: create\n"
        "            title: In-cluster PostgreSQL\n"
        "            values: {postgres: {persistence: {enabled: true}}}\n"
        "            fields:\n"
        "              - {id: pgSize, type: quantity, quantity: storage, label: Size, path: postgres.size}\n"
        "          - id: use_existing\n"
        "            title: Existing PostgreSQL\n"
        "            test: postgres\n"
        "            fields:\n"
        "              - {id: pgHost, type: hostPort, label: Host, path: postgres.host, required: true}\n"
        "              - {id: pgPassword, type: secret, label: Password, path: postgres.password}\n"),
        &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    const Field *mode = d.field(QStringLiteral("postgres"));
    QCOMPARE(mode->modes.size(), 2);
    QCOMPARE(mode->modes.at(1).test, QStringLiteral("postgres"));
    QCOMPARE(mode->modes.at(1).fields, (QStringList { QStringLiteral("pgHost"), QStringLiteral("pgPassword") }));
    QCOMPARE(d.field(QStringLiteral("pgHost"))->parentField, QStringLiteral("postgres"));
    QCOMPARE(d.field(QStringLiteral("pgHost"))->parentMode, QStringLiteral("use_existing"));
    QVERIFY(mode->modes.at(0).values.at(*ValuesPath::parse(QStringLiteral("postgres.persistence.enabled"))));
    QCOMPARE(d.pages.first().fields.size(), 4);
}

void tst_DescriptorParser::badDescriptor_namesFileLineColumnAndHint_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hint");

    const QByteArray field = "      - id: name\n        type: string\n        label: Name\n        path: name\n";
    QTest::newRow("wrong apiVersion") << QByteArray("apiVersion: slipway/v2\nkind: Installer\nproduct: {id: a, title: A}\npages: []\n")
                                      << 1 << 13 << "unsupported apiVersion" << "slipway/v1";
    QTest::newRow("field id starting with a digit")
        << withField("      - id: 2nd\n        type: int\n        label: N\n        path: n\n")
        << 8 << 13 << "field id “2nd” is not a plain name" << "starting with a letter or “_”";
    QTest::newRow("field id with a dash")
        << withField("      - id: a-b\n        type: int\n        label: N\n        path: n\n")
        << 8 << 13 << "field id “a-b” is not a plain name" << "letters, digits and “_”";
    QTest::newRow("secret: false on a secret field")
        << withField("      - id: pw\n        type: secret\n        label: P\n        path: p\n        secret: false\n")
        << 12 << 17 << "a secret field is always secret" << "remove “secret: false”";
    QTest::newRow("duplicate top-level key")
        << withField(field) + "pages:\n  - id: other\n"
        << 12 << 1 << "duplicate key “pages” at line 12; first at line 4" << "keep one";
    QTest::newRow("duplicate key in a field")
        << withField("      - id: n\n        type: int\n        label: N\n        label: M\n        path: n\n")
        << 11 << 9 << "duplicate key “label” at line 11; first at line 10" << "keep one";
    QTest::newRow("duplicate key in a flow list item")
        << withField("      - {id: n, type: int, label: N, path: n, path: m}\n")
        << 8 << 47 << "duplicate key “path” at line 8; first at line 8" << "keep one";
    QTest::newRow("duplicate key in preset values")
        << header() + "environments:\n  - id: dev\n    title: Dev\n    values: {a: 1, a: 2}\n" + "pages:\n  - id: main\n    title: Main\n    fields:\n" + field
        << 7 << 20 << "duplicate key “a” at line 7; first at line 7" << "keep one";
    QTest::newRow("misspelt key, with a suggestion")
        << withField("      - id: name\n        type: string\n        lable: Name\n        path: name\n")
        << 10 << 9 << "unknown key “lable” in a field" << "did you mean “label”?";
    QTest::newRow("unknown field type") << withField("      - id: n\n        type: strng\n        label: N\n        path: n\n")
                                        << 9 << 15 << "unknown field type “strng”" << "did you mean “string”?";
    QTest::newRow("missing path") << withField("      - id: n\n        type: int\n        label: N\n")
                                  << 8 << 9 << "has no “path”" << "add “path: …”";
    QTest::newRow("bad path") << withField("      - id: n\n        type: int\n        label: N\n        path: a..b\n")
                              << 11 << 17 << "not a values path" << "separated by dots";
    QTest::newRow("unclosed quoted key in path")
        << withField("      - id: n\n        type: int\n        label: N\n        path: 'a[\"b.c'\n")
        << 11 << 22 << "not closed" << "";
    QTest::newRow("bad when, at its column")
        << withField(field + "        when: \"name = 'x'\"\n") << 12 << 21 << "“when” does not parse" << "==";
    QTest::newRow("when names no field")
        << withField(field + "        when: nmae == 'x'\n") << 12 << 15 << "names “nmae”" << "did you mean “name”?";
    QTest::newRow("bad pattern") << withField(field + "        validate: {pattern: 'a(b'}\n")
                                 << 12 << 33 << "not a valid regular expression" << "Perl";
    QTest::newRow("min above max") << withField(QByteArray(field).replace("string", "int") + "        validate: {min: 5, max: 1}\n")
                                   << 12 << 33 << "“max” is smaller than “min”" << "";
    QTest::newRow("default of the wrong type")
        << withField("      - id: n\n        type: int\n        label: N\n        path: n\n        default: many\n")
        << 12 << 18 << "default does not fit a int field" << "3 for int";
    QTest::newRow("enum without options")
        << withField("      - id: n\n        type: enum\n        label: N\n        path: n\n")
        << 8 << 9 << "has no “options”" << "options:";
    QTest::newRow("secret int") << withField("      - id: n\n        type: int\n        label: N\n        path: n\n        secret: true\n")
                                << 12 << 17 << "cannot be secret" << "";
    QTest::newRow("duplicate field id") << withField(field + field) << 12 << 9 << "used twice" << "unique";
    QTest::newRow("reserved field id")
        << withField("      - id: environment\n        type: string\n        label: E\n        path: e\n")
        << 8 << 13 << "reserved" << "rename";
    QTest::newRow("field id with a dash")
        << withField("      - id: my-field\n        type: string\n        label: E\n        path: e\n")
        << 8 << 13 << "not a plain name" << "letters, digits";
    QTest::newRow("two default environments")
        << header() + "environments:\n  - {id: a, title: A, default: true}\n  - {id: b, title: B, default: true}\n"
                      "pages: [{id: p, title: P, fields: [{id: x, type: bool, label: X, path: x}]}]\n"
        << 6 << 32 << "more than one default" << "exactly one";
    QTest::newRow("page without fields") << header() + "pages:\n  - id: p\n    title: P\n" << 5 << 5 << "has no fields" << "";
    QTest::newRow("bad helm timeout") << header() + "helm: {timeout: 15 minutes}\npages: [{id: p, title: P, fields: [{id: x, type: bool, label: X, path: x}]}]\n"
                                      << 4 << 17 << "not a duration" << "15m";
    QTest::newRow("bad release name") << header() + "release: {name: My_Release}\npages: [{id: p, title: P, fields: [{id: x, type: bool, label: X, path: x}]}]\n"
                                      << 4 << 17 << "release name" << "53";
    QTest::newRow("resourceProfiles without profiles")
        << withField("      - id: p\n        type: resourceProfiles\n        label: P\n        path: p\n")
        << 8 << 9 << "lists no “profiles”" << "profiles:";
    QTest::newRow("gpu with a path")
        << withField("      - id: g\n        type: gpu\n        label: G\n        path: g\n        gpu: {count: g.count}\n")
        << 11 << 15 << "writes through its “gpu” paths" << "";
    QTest::newRow("generate on a string")
        << withField("      - id: n\n        type: string\n        label: N\n        path: n\n        generate: {length: 20}\n")
        << 12 << 19 << "belongs to secret fields only" << "";
    QTest::newRow("generated password too short")
        << withField("      - id: n\n        type: secret\n        label: N\n        path: n\n        generate: {length: 6}\n")
        << 12 << 28 << "16 to 128 characters" << "";
    QTest::newRow("generated password longer than maxLength")
        << withField("      - id: n\n        type: secret\n        label: N\n        path: n\n"
                     "        validate: {maxLength: 20}\n        generate: {length: 32}\n")
        << 13 << 28 << "longer than “maxLength”" << "";
    QTest::newRow("page with neither fields nor info")
        << header() + "pages:\n  - id: p\n    title: P\n    fields: []\n" << 5 << 5 << "has no fields" << "“info:”";
    const QByteArray pageWithX = "pages: [{id: p, title: P, fields: [{id: x, type: bool, label: X, path: x}]}]\n";
    QTest::newRow("check naming no field")
        << header() + "checks:\n  - {when: x, error: No., fields: [y]}\n" + pageWithX
        << 5 << 5 << "a check names “y”, which is no field" << "";
    QTest::newRow("check with both error and warning")
        << header() + "checks:\n  - {when: x, error: No., warning: Hm., fields: [x]}\n" + pageWithX
        << 5 << 5 << "exactly one of “error” and “warning”" << "";
    QTest::newRow("check whose when names no field")
        << header() + "checks:\n  - {when: \"x && z\", error: No., fields: [x]}\n" + pageWithX
        << 5 << 18 << "“when” names “z”" << "";
    QTest::newRow("check without when")
        << header() + "checks:\n  - {error: No., fields: [x]}\n" + pageWithX
        << 5 << 5 << "a check has no “when”" << "";
    QTest::newRow("image with image paths and a path")
        << withField("      - id: i\n        type: image\n        label: I\n        path: i\n        image: {repository: i.name}\n")
        << 11 << 15 << "not both" << "";
    QTest::newRow("image paths without repository")
        << withField("      - id: i\n        type: image\n        label: I\n        image: {tag: i.tag}\n")
        << 11 << 16 << "no “repository” path" << "";
    QTest::newRow("multiSelect without options")
        << withField("      - id: m\n        type: multiSelect\n        label: M\n        path: m\n")
        << 8 << 9 << "multiSelect field “m” has no “options”" << "";
    QTest::newRow("option of another type")
        << withField("      - id: n\n        type: string\n        label: N\n        path: n\n        options: [a]\n")
        << 12 << 18 << "belongs to enum fields only" << "";
}

void tst_DescriptorParser::badDescriptor_namesFileLineColumnAndHint()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QFETCH(QString, hint);
    Diagnostics errors;
    parse(yaml, &errors);
    QVERIFY2(!errors.isEmpty(), "the descriptor was accepted");
    const auto found = std::find_if(errors.cbegin(), errors.cend(),
                                    [&](const Diagnostic &d) { return d.message.contains(message); });
    QVERIFY2(found != errors.cend(), qPrintable(describe(errors)));
    const Diagnostic &first = *found;
    QCOMPARE(first.file, QStringLiteral("installer.yaml"));
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, column);
    QVERIFY2(first.hint.contains(hint), qPrintable(first.hint));
}

void tst_DescriptorParser::everyProblem_isReportedAtOnce()
{
    Diagnostics errors;
    parse("apiVersion: slipway/v1\nkind: Installr\nproduct: {id: Demo}\n"
          "pages:\n  - id: p\n    title: P\n    fields:\n"
          "      - {id: a, type: int, label: A}\n"
          "      - {id: b, type: colour, label: B, path: b}\n"
          "      - {id: c, type: bool, label: C, path: c, when: 'a =='}\n",
          &errors);
    QCOMPARE(errors.size(), 6);
    QStringList lines;
    for (const Diagnostic &d : std::as_const(errors))
        lines << QStringLiteral("%1:%2").arg(d.line).arg(d.column);
    QCOMPARE(lines, (QStringList { QStringLiteral("2:7"), QStringLiteral("3:10"), QStringLiteral("3:15"),
                                   QStringLiteral("8:9"), QStringLiteral("9:23"), QStringLiteral("10:59") }));
}

void tst_DescriptorParser::idsAndSecrets_acceptedForms()
{
    // Field ids may start with “_” and hold digits; preset ids may start with a digit; a
    // secret field may say “secret: true”, and a text field may say “secret: false”.
    Diagnostics errors;
    const Descriptor d = parse(header() + "sizes:\n  - {id: 3-nodes, title: Three nodes, default: true}\n"
                               "pages:\n  - id: main\n    title: Main\n    fields:\n"
                               "      - {id: _internal2, type: secret, label: S, path: s, secret: true}\n"
                               "      - {id: pw, type: secret, label: P, path: p}\n"
                               "      - {id: ca, type: pem, label: CA, path: ca, secret: false}\n",
                               &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(d.fields.size(), 3);
    QVERIFY(d.fields.at(0).secret);
    QVERIFY(d.fields.at(1).secret);
    QVERIFY(!d.fields.at(2).secret);
}

void tst_DescriptorParser::brokenYaml_isOneDiagnosticAtItsPosition()
{
    Diagnostics errors;
    parse(header() + "pages:\n  - id: p\n   title: bad indent\n", &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, 6);
    QVERIFY(errors.first().column > 0);
    QVERIFY(errors.first().toString().startsWith(QLatin1String("installer.yaml:6:")));
}

void tst_DescriptorParser::infoPage_needsNoFields()
{
    Diagnostics errors;
    const Descriptor d = parse(header() + "pages:\n"
                                          "  - id: egress\n    title: Egress\n    info: |\n      Allow **443**.\n"
                                          "  - id: main\n    title: Main\n    info: Read this first.\n"
                                          "    fields: [{id: x, type: bool, label: X, path: x}]\n",
                               &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(d.pages.size(), 2);
    QCOMPARE(d.pages.at(0).info, QStringLiteral("Allow **443**.\n"));
    QVERIFY(d.pages.at(0).fields.isEmpty());
    QCOMPARE(d.pages.at(1).info, QStringLiteral("Read this first."));
    QCOMPARE(d.pages.at(1).fields, QStringList { QStringLiteral("x") });
}

void tst_DescriptorParser::checks_areParsedWithTheirFields()
{
    Diagnostics errors;
    const Descriptor d = parse(header() + "checks:\n"
                                          "  - when: \"tls && !host\"\n    error: TLS needs a host.\n    fields: [host, tls]\n"
                                          "  - {when: \"environment == 'prod'\", warning: Careful., fields: [tls]}\n"
                                          "pages:\n  - id: main\n    title: Main\n    fields:\n"
                                          "      - {id: tls, type: bool, label: TLS, path: tls}\n"
                                          "      - {id: host, type: hostname, label: Host, path: host}\n",
                               &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(d.checks.size(), 2);
    QCOMPARE(d.checks.at(0).when.text(), QStringLiteral("tls && !host"));
    QCOMPARE(d.checks.at(0).message, QStringLiteral("TLS needs a host."));
    QVERIFY(!d.checks.at(0).warning);
    QCOMPARE(d.checks.at(0).fields, (QStringList { QStringLiteral("host"), QStringLiteral("tls") }));
    QVERIFY(d.checks.at(1).warning);
    QCOMPARE(d.checks.at(1).message, QStringLiteral("Careful."));
}

QTEST_APPLESS_MAIN(tst_DescriptorParser)
#include "tst_descriptorparser.moc"
