#include "product/FieldCodec.h"
#include "product/YamlReader.h"
#include "product/YamlWriter.h"

#include <QTest>

using namespace Slipway;

class tst_FieldCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answer_survivesValuesFileAndBack_data();
    void answer_survivesValuesFileAndBack();
    void everyFieldType_isCoveredByTheRoundTrip();
    void enumOption_keepsItsYamlType();
    void gpu_writesEachPartToItsOwnPath();
    void image_writesEachPartToItsOwnPath();
    void multiSelect_writesTypedOptionsInTheirOrder();
    void nodeOfTheWrongShape_isNoAnswer_data();
    void nodeOfTheWrongShape_isNoAnswer();
};

namespace {

Field field(FieldType type)
{
    Field f;
    f.id = QStringLiteral("f");
    f.type = type;
    f.label = QStringLiteral("F");
    f.path = *ValuesPath::parse(QStringLiteral("some.place[\"with.dot\"]"));
    if (type == FieldType::Gpu) {
        f.path = {};
        f.gpu = { *ValuesPath::parse(QStringLiteral("gpu.enabled")), *ValuesPath::parse(QStringLiteral("gpu.count")),
                  *ValuesPath::parse(QStringLiteral("gpu.resource")), *ValuesPath::parse(QStringLiteral("gpu.nodeSelector")),
                  *ValuesPath::parse(QStringLiteral("gpu.tolerations")) };
    }
    if (type == FieldType::Enum || type == FieldType::MultiSelect)
        f.options = { { ValueTree(QStringLiteral("fast")), QStringLiteral("Fast") }, { ValueTree(2), QStringLiteral("Two") } };
    if (type == FieldType::ResourceProfiles)
        f.profiles = { QStringLiteral("small"), QStringLiteral("large") };
    if (type == FieldType::DatabaseMode)
        f.modes = { { QStringLiteral("create"), QStringLiteral("Create"), {}, {}, ValueTree::map(), {} } };
    return f;
}

QVariantMap cpuMemory(const char *cpu, const char *memory)
{
    return { { QStringLiteral("cpu"), QString::fromLatin1(cpu) }, { QStringLiteral("memory"), QString::fromLatin1(memory) } };
}

QVariantMap toleration(const char *key, const char *op, const char *value, const char *effect)
{
    QVariantMap t { { QStringLiteral("key"), QString::fromLatin1(key) }, { QStringLiteral("operator"), QString::fromLatin1(op) },
                    { QStringLiteral("effect"), QString::fromLatin1(effect) } };
    if (*value)
        t.insert(QStringLiteral("value"), QString::fromLatin1(value));
    return t;
}

} // namespace

namespace {

struct RoundTrip
{
    const char *name;
    FieldType type;
    QVariant answer;
};

QList<RoundTrip> roundTrips()
{
    QList<RoundTrip> out;
    auto row = [&out](const char *name, FieldType type, const QVariant &answer) {
        out.append({ name, type, answer });
    };
    row("string", FieldType::String, QStringLiteral("plain text"));
    row("string that looks like a number", FieldType::String, QStringLiteral("0123"));
    row("string that looks like a bool", FieldType::String, QStringLiteral("yes"));
    row("string with a colon and hash", FieldType::String, QStringLiteral("a: b # c"));
    row("empty string", FieldType::String, QString());
    row("secret", FieldType::Secret, QStringLiteral("s3cr3t\"'\\"));
    row("text with lines", FieldType::Text, QStringLiteral("line one\nline two\n"));
    row("text without final newline", FieldType::Text, QStringLiteral("one\n  indented\nthree"));
    row("text with trailing blank lines", FieldType::Text, QStringLiteral("one\n\n\n"));
    row("text with trailing spaces", FieldType::Text, QStringLiteral("one  \ntwo"));
    row("int", FieldType::Int, qint64(42));
    row("negative int", FieldType::Int, qint64(-7));
    row("large int", FieldType::Int, qint64(9007199254740993));
    row("number", FieldType::Number, 0.25);
    row("integral number", FieldType::Number, 3.0);
    row("bool true", FieldType::Bool, true);
    row("bool false", FieldType::Bool, false);
    row("enum text", FieldType::Enum, QStringLiteral("fast"));
    row("enum number", FieldType::Enum, QStringLiteral("2"));
    row("quantity cpu", FieldType::Quantity, QStringLiteral("500m"));
    row("quantity memory", FieldType::Quantity, QStringLiteral("1.5Gi"));
    row("quantity plain number", FieldType::Quantity, QStringLiteral("2"));
    row("hostname", FieldType::Hostname, QStringLiteral("db.example.com"));
    row("hostPort", FieldType::HostPort, QStringLiteral("db.example.com:5432"));
    row("url", FieldType::Url, QStringLiteral("https://example.com/a?b=c#d"));
    row("email", FieldType::Email, QStringLiteral("ops@example.com"));
    row("pem", FieldType::Pem, QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"));
    row("storageClass", FieldType::StorageClass, QStringLiteral("fast"));
    row("keyValues", FieldType::KeyValues,
        QVariantMap { { QStringLiteral("kubernetes.io/os"), QStringLiteral("linux") }, { QStringLiteral("tier"), QStringLiteral("true") } });
    row("keyValues empty", FieldType::KeyValues, QVariantMap());
    row("tolerations", FieldType::Tolerations,
        QVariantList { toleration("nvidia.com/gpu", "Exists", "", "NoSchedule"),
                       QVariantMap { { QStringLiteral("key"), QStringLiteral("spot") }, { QStringLiteral("operator"), QStringLiteral("Equal") },
                                     { QStringLiteral("value"), QStringLiteral("yes") }, { QStringLiteral("effect"), QStringLiteral("NoExecute") },
                                     { QStringLiteral("tolerationSeconds"), qint64(300) } } });
    row("resourceProfiles", FieldType::ResourceProfiles,
        QVariantMap { { QStringLiteral("small"), QVariantMap { { QStringLiteral("requests"), cpuMemory("500m", "1Gi") },
                                                             { QStringLiteral("limits"), cpuMemory("1000m", "2Gi") } } },
                      { QStringLiteral("custom"), QVariantMap { { QStringLiteral("limits"), cpuMemory("8", "32Gi") } } } });
    row("databaseMode", FieldType::DatabaseMode, QStringLiteral("create"));
    row("gpu", FieldType::Gpu,
        QVariantMap { { QStringLiteral("enabled"), true }, { QStringLiteral("count"), qint64(2) },
                      { QStringLiteral("resourceName"), QStringLiteral("nvidia.com/gpu") },
                      { QStringLiteral("nodeSelector"), QVariantMap { { QStringLiteral("nvidia.com/gpu.product"), QStringLiteral("NVIDIA-H100-80GB-HBM3") } } },
                      { QStringLiteral("tolerations"), QVariantList { toleration("nvidia.com/gpu", "Exists", "", "NoSchedule") } } });
    row("yaml list", FieldType::Yaml, QStringLiteral("- name: MODEL_NAME\n  value: \"1.0\"\n"));
    row("yaml map", FieldType::Yaml, QStringLiteral("podAntiAffinity:\n  preferred: true\n"));
    row("secretRef", FieldType::SecretRef,
        QVariantMap { { QStringLiteral("name"), QStringLiteral("db-credentials") }, { QStringLiteral("key"), QStringLiteral("password") } });
    row("secretName", FieldType::SecretName, QStringLiteral("agents-env.v2"));
    row("image with registry and tag", FieldType::Image, QStringLiteral("registry.example.com:5000/team/worker:1.2.3"));
    row("image without registry", FieldType::Image, QStringLiteral("minio/minio:RELEASE.2025-04-22T22-12-26Z"));
    row("image by digest", FieldType::Image,
        QStringLiteral("ghcr.io/acme/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
    row("stringList", FieldType::StringList, QVariantList { QStringLiteral("a.example.com"), QStringLiteral("0123") });
    row("stringList empty", FieldType::StringList, QVariantList());
    row("multiSelect", FieldType::MultiSelect, QVariantList { QStringLiteral("fast"), QStringLiteral("2") });
    return out;
}

} // namespace

void tst_FieldCodec::answer_survivesValuesFileAndBack_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("answer");
    for (const RoundTrip &trip : roundTrips())
        QTest::newRow(trip.name) << int(trip.type) << trip.answer;
}

void tst_FieldCodec::answer_survivesValuesFileAndBack()
{
    QFETCH(int, type);
    QFETCH(QVariant, answer);
    const Field f = field(FieldType(type));
    ValueTree values = ValueTree::map();
    QVERIFY(!FieldCodec::write(f, answer, values).isEmpty());
    // Through the file, as Upgrade reads it back from a release.
    Diagnostics errors;
    const QByteArray file = YamlWriter::write(values);
    const ValueTree reread = YamlReader::parse(file, QStringLiteral("values.yaml"), &errors);
    QVERIFY2(errors.isEmpty(), file.constData());
    QCOMPARE(reread, values);
    QCOMPARE(FieldCodec::read(f, reread), answer);
    QCOMPARE(FieldCodec::normalized(f, answer), answer);
}

void tst_FieldCodec::everyFieldType_isCoveredByTheRoundTrip()
{
    QSet<FieldType> covered;
    for (const RoundTrip &trip : roundTrips())
        covered.insert(trip.type);
    for (const QString &name : Field::typeNames())
        QVERIFY2(covered.contains(*Field::typeFromName(name)), qPrintable(name));
}

void tst_FieldCodec::enumOption_keepsItsYamlType()
{
    ValueTree values = ValueTree::map();
    FieldCodec::write(field(FieldType::Enum), QStringLiteral("2"), values);
    QCOMPARE(values.at(field(FieldType::Enum).path)->type(), ValueTree::Type::Int);
}

void tst_FieldCodec::gpu_writesEachPartToItsOwnPath()
{
    Field f = field(FieldType::Gpu);
    f.gpu.nodeSelector = {};
    ValueTree values = ValueTree::map();
    const QList<ValuesPath> written = FieldCodec::write(
        f, QVariantMap { { QStringLiteral("count"), qint64(4) }, { QStringLiteral("nodeSelector"), QVariantMap() } }, values);
    QCOMPARE(written.size(), 1);
    QCOMPARE(YamlWriter::write(values), QByteArray("gpu:\n  count: 4\n"));
}

void tst_FieldCodec::image_writesEachPartToItsOwnPath()
{
    Field f = field(FieldType::Image);
    f.path = {};
    f.image = { *ValuesPath::parse(QStringLiteral("worker.image.registry")), *ValuesPath::parse(QStringLiteral("worker.image.name")),
                *ValuesPath::parse(QStringLiteral("worker.image.tag")), {} };
    ValueTree values = YamlReader::parse("worker:\n  image: {registry: \"\", name: prod-runner, tag: \"1\", pullPolicy: Always}\n",
                                         QString(), nullptr);
    QCOMPARE(FieldCodec::read(f, values), QVariant(QStringLiteral("prod-runner:1")));
    const QList<ValuesPath> written = FieldCodec::write(f, QStringLiteral("123456789012.dkr.ecr.us-east-1.amazonaws.com/prod-runner:0000002"), values);
    QCOMPARE(written.size(), 3);
    QCOMPARE(YamlWriter::write(values),
             QByteArray("worker:\n  image:\n    registry: 123456789012.dkr.ecr.us-east-1.amazonaws.com\n"
                        "    name: prod-runner\n    tag: \"0000002\"\n    pullPolicy: Always\n"));
    QCOMPARE(FieldCodec::read(f, values),
             QVariant(QStringLiteral("123456789012.dkr.ecr.us-east-1.amazonaws.com/prod-runner:0000002")));

    // With a path, the parts are a mapping there.
    ValueTree object = ValueTree::map();
    FieldCodec::write(field(FieldType::Image), QStringLiteral("quay.io/org/app:v2"), object);
    QCOMPARE(YamlWriter::write(object),
             QByteArray("some:\n  place:\n    with.dot:\n      registry: quay.io\n      repository: org/app\n      tag: v2\n"));
}

void tst_FieldCodec::multiSelect_writesTypedOptionsInTheirOrder()
{
    ValueTree values = ValueTree::map();
    FieldCodec::write(field(FieldType::MultiSelect), QVariantList { QStringLiteral("2"), QStringLiteral("fast") }, values);
    QCOMPARE(YamlWriter::write(values), QByteArray("some:\n  place:\n    with.dot:\n      - fast\n      - 2\n"));
}

void tst_FieldCodec::nodeOfTheWrongShape_isNoAnswer_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("int from text") << int(FieldType::Int) << QByteArray("v: many");
    QTest::newRow("int from fraction") << int(FieldType::Int) << QByteArray("v: 1.5");
    QTest::newRow("bool from text") << int(FieldType::Bool) << QByteArray("v: \"true\"");
    QTest::newRow("string from map") << int(FieldType::String) << QByteArray("v: {a: 1}");
    QTest::newRow("keyValues from list") << int(FieldType::KeyValues) << QByteArray("v: [a]");
    QTest::newRow("tolerations from map") << int(FieldType::Tolerations) << QByteArray("v: {a: 1}");
    QTest::newRow("a toleration with a misspelt key")
        << int(FieldType::Tolerations) << QByteArray("v: [{key: gpu, operator: Exists, efect: NoSchedule}]");
    QTest::newRow("a toleration whose key is a map")
        << int(FieldType::Tolerations) << QByteArray("v: [{key: {cpu: 1}, operator: Exists}]");
    QTest::newRow("profiles from list") << int(FieldType::ResourceProfiles) << QByteArray("v: [a]");
    QTest::newRow("null is no answer") << int(FieldType::String) << QByteArray("v: null");
    QTest::newRow("secretRef with another key") << int(FieldType::SecretRef) << QByteArray("v: {name: a, optional: true}");
    QTest::newRow("secretRef from text") << int(FieldType::SecretRef) << QByteArray("v: a");
    QTest::newRow("stringList of maps") << int(FieldType::StringList) << QByteArray("v: [{a: 1}]");
    QTest::newRow("stringList from text") << int(FieldType::StringList) << QByteArray("v: a");
    QTest::newRow("image without repository") << int(FieldType::Image) << QByteArray("v: {tag: \"1\"}");
}

void tst_FieldCodec::nodeOfTheWrongShape_isNoAnswer()
{
    QFETCH(int, type);
    QFETCH(QByteArray, yaml);
    const ValueTree values = YamlReader::parse(yaml, QString(), nullptr);
    QVERIFY(!FieldCodec::answerFromNode(field(FieldType(type)), *values.value(QStringLiteral("v"))).isValid());
}

QTEST_APPLESS_MAIN(tst_FieldCodec)
#include "tst_fieldcodec.moc"
