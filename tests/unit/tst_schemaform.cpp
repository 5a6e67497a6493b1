#include "product/AnswerValidator.h"
#include "product/ChartLoader.h"
#include "product/Descriptor.h"
#include "product/SchemaForm.h"
#include "product/ValuesComposer.h"
#include "product/YamlWriter.h"

#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

// The form generated from a chart's values.schema.json when it has no installer.yaml: which
// fields, of which types, on which pages, in which order, with which checks — and that answers
// given to it compose the values the chart expects and are validated as the schema says.
class tst_SchemaForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fields_typesPagesAndOrder();
    void checks_comeFromTheSchema();
    void answers_composeTheChartsValues();
    void charts_withoutASchemaOrWithADescriptor_areLeftAlone();
    void badSchemas_areNamed_data();
    void badSchemas_areNamed();

private:
    Chart m_chart;
};

namespace {

QStringList fieldIds(const Descriptor &d, const QString &page)
{
    for (const DescriptorPage &p : d.pages) {
        if (p.id == page)
            return p.fields;
    }
    return { u"<no page %1>"_s.arg(page) };
}

bool hasIssueFor(const Issues &issues, const QString &field, const QString &text)
{
    for (const Issue &issue : issues) {
        if (issue.field == field && issue.message.contains(text))
            return true;
    }
    return false;
}

QString describe(const Issues &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines << issue.field + u": "_s + issue.message;
    return lines.join(u'\n');
}

} // namespace

void tst_SchemaForm::initTestCase()
{
    Diagnostics errors;
    m_chart = ChartLoader::load(QStringLiteral(SLIPWAY_SCHEMAFORM_CHART), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
    QVERIFY(!m_chart.descriptor);
    QVERIFY(SchemaForm::describe(m_chart, &errors));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
    QVERIFY(m_chart.descriptor);
    QVERIFY(m_chart.generatedDescriptor);
}

void tst_SchemaForm::fields_typesPagesAndOrder()
{
    const Descriptor &d = *m_chart.descriptor;
    QCOMPARE(d.productId, u"schemaform"_s);
    QStringList pages;
    for (const DescriptorPage &p : d.pages)
        pages << p.id;
    // Top-level scalars first, then one page per object with properties, then raw overrides.
    QCOMPARE(pages, (QStringList { u"general"_s, u"service"_s, u"image"_s, u"otherValues"_s }));
    // values.yaml's order, not the schema's (alphabetical once parsed).
    QCOMPARE(fieldIds(d, u"general"_s),
             (QStringList { u"replicaCount"_s, u"message"_s, u"logLevel"_s, u"apiToken"_s,
                            u"podLabels"_s, u"extraArgs"_s }));
    QCOMPARE(fieldIds(d, u"service"_s), (QStringList { u"serviceEnabled"_s, u"servicePort"_s }));

    const auto type = [&](const char *id) { return Field::typeName(d.field(QString::fromLatin1(id))->type); };
    QCOMPARE(type("replicaCount"), u"int"_s);
    QCOMPARE(type("message"), u"string"_s);
    QCOMPARE(type("logLevel"), u"enum"_s);
    QCOMPARE(type("apiToken"), u"secret"_s); // by its name
    QCOMPARE(type("podLabels"), u"keyValues"_s);
    QCOMPARE(type("extraArgs"), u"yaml"_s);
    QCOMPARE(type("serviceEnabled"), u"bool"_s);
    QCOMPARE(type("otherValues"), u"yaml"_s);
    QVERIFY(d.field(u"otherValues"_s)->isRawOverrides());

    const Field *replicas = d.field(u"replicaCount"_s);
    QCOMPARE(replicas->label, u"Replicas"_s); // the schema's title
    QCOMPARE(replicas->help, u"Pods of the Deployment."_s);
    QVERIFY(replicas->required);
    QCOMPARE(d.field(u"logLevel"_s)->label, u"Log level"_s); // the key's words
    QCOMPARE(d.field(u"apiToken"_s)->label, u"API token"_s);
    QCOMPARE(d.field(u"servicePort"_s)->label, u"Port"_s); // on the Service page
    QCOMPARE(d.field(u"servicePort"_s)->path.toString(), u"service.port"_s);
    QCOMPARE(d.field(u"logLevel"_s)->options.size(), 3);
}

void tst_SchemaForm::checks_comeFromTheSchema()
{
    const ValuesComposer composer(m_chart);
    const AnswerValidator validator(composer);
    Answers answers;
    answers.fields.insert(u"replicaCount"_s, 9);
    answers.fields.insert(u"message"_s, u"Hello!"_s);
    answers.fields.insert(u"servicePort"_s, 70000);
    const Issues issues = validator.validate(answers);
    QVERIFY2(hasIssueFor(issues, u"replicaCount"_s, u"5"_s), qPrintable(describe(issues)));
    QVERIFY2(hasIssueFor(issues, u"message"_s, u""_s), qPrintable(describe(issues)));
    QVERIFY2(hasIssueFor(issues, u"servicePort"_s, u"65535"_s), qPrintable(describe(issues)));

    Answers fine;
    fine.fields.insert(u"replicaCount"_s, 2);
    fine.fields.insert(u"message"_s, u"hi there"_s);
    const Issues none = validator.validate(fine);
    QVERIFY2(none.isEmpty(), qPrintable(describe(none)));
}

void tst_SchemaForm::answers_composeTheChartsValues()
{
    const ValuesComposer composer(m_chart);
    Answers answers;
    answers.fields.insert(u"replicaCount"_s, 3);
    answers.fields.insert(u"apiToken"_s, u"tok-123"_s);
    answers.fields.insert(u"serviceEnabled"_s, false);
    answers.fields.insert(u"podLabels"_s, QVariantMap { { u"team"_s, u"a"_s } });
    const Composition c = composer.compose(answers);
    QVERIFY2(c.issues.isEmpty(), qPrintable(describe(c.issues)));
    const QByteArray publicValues = YamlWriter::write(c.publicValues());
    QVERIFY2(publicValues.contains("replicaCount: 3"), publicValues.constData());
    QVERIFY2(publicValues.contains("enabled: false"), publicValues.constData());
    QVERIFY2(publicValues.contains("team: a"), publicValues.constData());
    QVERIFY2(!publicValues.contains("tok-123"), publicValues.constData()); // a secret
    QVERIFY(YamlWriter::write(c.secretValues()).contains("tok-123"));
    // An upgrade reads the same answers back from the values.
    const Answers back = composer.answersFrom(c.values);
    QCOMPARE(back.fields.value(u"replicaCount"_s).toInt(), 3);
    QCOMPARE(back.fields.value(u"serviceEnabled"_s).toBool(), false);
}

void tst_SchemaForm::charts_withoutASchemaOrWithADescriptor_areLeftAlone()
{
    Chart noSchema = m_chart;
    noSchema.descriptor.reset();
    noSchema.generatedDescriptor = false;
    noSchema.schemaJson.clear();
    Diagnostics errors;
    QVERIFY(!SchemaForm::describe(noSchema, &errors));
    QVERIFY(!noSchema.descriptor);
    QVERIFY(errors.isEmpty());
    Chart described = m_chart; // has one already
    described.generatedDescriptor = false;
    QVERIFY(!SchemaForm::describe(described, &errors));
    QVERIFY(!described.generatedDescriptor);
}

void tst_SchemaForm::badSchemas_areNamed_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{nope") << u"not a JSON object"_s;
    QTest::newRow("an array") << QByteArray("[1]") << u"not a JSON object"_s;
    QTest::newRow("no properties") << QByteArray(R"({"type":"object"})") << u"names no properties"_s;
}

void tst_SchemaForm::badSchemas_areNamed()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, message);
    Chart chart = m_chart;
    chart.descriptor.reset();
    chart.schemaJson = schema;
    Diagnostics errors;
    QVERIFY(!SchemaForm::describe(chart, &errors));
    QVERIFY(!chart.descriptor);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().toString().contains(message), qPrintable(errors.first().toString()));
}

QTEST_GUILESS_MAIN(tst_SchemaForm)
#include "tst_schemaform.moc"
