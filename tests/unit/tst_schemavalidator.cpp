#include "TestProducts.h"
#include "product/ChartLoader.h"
#include "product/SchemaValidator.h"
#include "product/ValuesComposer.h"
#include "product/YamlReader.h"

#include <QTest>

using namespace Slipway;
using TestProducts::yaml;

class tst_SchemaValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drafts_data();
    void drafts();
    void backlineSchema_acceptsItsDefaultsAndExamples();
    void backlineSchema_errorsNameTheFieldOfTheirPath_data();
    void backlineSchema_errorsNameTheFieldOfTheirPath();
    void listPositions_areFollowedIntoTheValues();
    void unusableSchema_isOneIssue();
    void noSchema_isNoIssue();
};

void tst_SchemaValidator::drafts_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<QString>("error"); // empty: valid

    const QByteArray draft4 = "{\"$schema\": \"http://json-schema.org/draft-04/schema#\", \"type\": \"object\", "
        "\"properties\": {\"port\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 65535, \"exclusiveMaximum\": true}}}";
    QTest::newRow("draft 4: valid") << draft4 << QByteArray("port: 8080") << QString();
    QTest::newRow("draft 4: boolean exclusiveMaximum") << draft4 << QByteArray("port: 65535") << "port";
    QTest::newRow("draft 4: string is not integer") << draft4 << QByteArray("port: \"8080\"") << "port";

    const QByteArray draft6 = "{\"$schema\": \"http://json-schema.org/draft-06/schema#\", \"type\": \"object\", "
        "\"properties\": {\"mode\": {\"const\": \"standalone\"}, \"size\": {\"type\": \"number\", \"exclusiveMinimum\": 0}, "
        "\"tags\": {\"type\": \"array\", \"contains\": {\"const\": \"prod\"}}, "
        "\"labels\": {\"type\": \"object\", \"propertyNames\": {\"pattern\": \"^[a-z]+$\"}}}}";
    QTest::newRow("draft 6: valid") << draft6 << QByteArray("mode: standalone\nsize: 1\ntags: [a, prod]\nlabels: {ok: x}") << QString();
    QTest::newRow("draft 6: const") << draft6 << QByteArray("mode: distributed") << "mode";
    QTest::newRow("draft 6: numeric exclusiveMinimum") << draft6 << QByteArray("size: 0") << "size";
    QTest::newRow("draft 6: contains") << draft6 << QByteArray("tags: [a]") << "tags";
    QTest::newRow("draft 6: propertyNames") << draft6 << QByteArray("labels: {Bad: x}") << "labels";

    const QByteArray draft7 = "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"type\": \"object\", "
        "\"properties\": {\"tls\": {\"type\": \"object\", \"properties\": {\"enabled\": {\"type\": \"boolean\"}, \"secret\": {\"type\": \"string\"}}, "
        "\"if\": {\"properties\": {\"enabled\": {\"const\": true}}}, \"then\": {\"required\": [\"secret\"]}}}, "
        "\"required\": [\"tls\"]}";
    QTest::newRow("draft 7: valid") << draft7 << QByteArray("tls: {enabled: true, secret: s}") << QString();
    QTest::newRow("draft 7: if / then") << draft7 << QByteArray("tls: {enabled: true}") << "tls";
    QTest::newRow("draft 7: required at the root") << draft7 << QByteArray("other: 1") << "the values";
    QTest::newRow("no $schema reads as draft 7") << QByteArray("{\"properties\": {\"a\": {\"const\": 1}}}")
                                                 << QByteArray("a: 2") << "a";
}

void tst_SchemaValidator::drafts()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, values);
    QFETCH(QString, error);
    const Issues issues = SchemaValidator::validate(yaml(values), schema);
    if (error.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        return;
    }
    QVERIFY(!issues.isEmpty());
    QVERIFY2(issues.first().message.startsWith(error + QLatin1Char(':')), qPrintable(issues.first().message));
}

void tst_SchemaValidator::backlineSchema_acceptsItsDefaultsAndExamples()
{
    const Chart chart = TestProducts::bundledChart(QStringLiteral("backline"));
    QCOMPARE(SchemaValidator::validate(chart.defaults, chart.schemaJson), Issues());
    for (const char *example : { "minimal", "advanced" }) {
        QFile file(QStringLiteral(SLIPWAY_CHARTS "/backline/ci/%1-values.yaml").arg(QLatin1String(example)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        ValueTree values = chart.defaults;
        values.merge(yaml(file.readAll()));
        QCOMPARE(SchemaValidator::validate(values, chart.schemaJson), Issues());
    }
}

void tst_SchemaValidator::backlineSchema_errorsNameTheFieldOfTheirPath_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("answer");
    QTest::addColumn<QString>("path");

    QTest::newRow("replicas below the minimum") << "workerReplicas" << QVariant(qint64(-1)) << "worker.replicaCount";
    QTest::newRow("short MinIO password") << "minioRootPassword" << QVariant(QStringLiteral("short")) << "minio.rootPassword";
    QTest::newRow("namespace with capitals") << "namespaceOverride" << QVariant(QStringLiteral("Prod")) << "namespaceOverride";
    QTest::newRow("pull policy outside the enum") << "janitorPullPolicy" << QVariant(QStringLiteral("Sometimes"))
                                                  << "janitor.image.pullPolicy";
    QTest::newRow("bad cpu in a profile") << "resourceProfiles"
        << QVariant(QVariantMap { { QStringLiteral("small"), QVariantMap {
               { QStringLiteral("requests"), QVariantMap { { QStringLiteral("cpu"), QStringLiteral("lots") } } },
               { QStringLiteral("limits"), QVariantMap { { QStringLiteral("cpu"), QStringLiteral("1") } } } } } })
        << "resourceProfiles.small.requests.cpu";
}

void tst_SchemaValidator::backlineSchema_errorsNameTheFieldOfTheirPath()
{
    QFETCH(QString, field);
    QFETCH(QVariant, answer);
    QFETCH(QString, path);
    const Chart chart = TestProducts::bundledChart(QStringLiteral("backline"));
    const ValuesComposer composer(chart);
    Answers answers;
    answers.fields.insert(field, answer);
    const Issues issues = SchemaValidator::validate(composer.compose(answers).full, chart.schemaJson, &*chart.descriptor);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, field);
    QCOMPARE(issues.first().path, path);
    QCOMPARE(issues.first().severity, Issue::Severity::Error);
}

void tst_SchemaValidator::listPositions_areFollowedIntoTheValues()
{
    const QByteArray schema = "{\"properties\": {\"env\": {\"type\": \"array\", \"items\": {\"required\": [\"name\"]}}, "
        "\"map\": {\"properties\": {\"0\": {\"type\": \"string\"}}}}}";
    Issues issues = SchemaValidator::validate(yaml("env: [{name: a}, {value: b}]"), schema);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().path, QStringLiteral("env[1]"));
    issues = SchemaValidator::validate(yaml("map: {\"0\": 1}"), schema);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().path, QStringLiteral("map.0"));
}

void tst_SchemaValidator::unusableSchema_isOneIssue()
{
    QCOMPARE(SchemaValidator::validate(yaml("a: 1"), "{not json").size(), 1);
    const Issues remote = SchemaValidator::validate(yaml("a: 1"), "{\"$ref\": \"https://example.com/schema.json\"}");
    QCOMPARE(remote.size(), 1);
    QVERIFY(remote.first().message.contains(QLatin1String("cannot be used")));
}

void tst_SchemaValidator::noSchema_isNoIssue()
{
    QVERIFY(SchemaValidator::validate(yaml("a: 1"), QByteArray()).isEmpty());
}

QTEST_APPLESS_MAIN(tst_SchemaValidator)
#include "tst_schemavalidator.moc"
