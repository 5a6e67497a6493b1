#include "TestProducts.h"
#include "product/AnswerValidator.h"
#include "product/ChartLoader.h"
#include "product/DescriptorParser.h"
#include "product/YamlReader.h"

#include <QTest>

#include <limits>

using namespace Slipway;

class tst_AnswerValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldAnswer_data();
    void fieldAnswer();
    void secretAnswer_isNeverRepeatedInAMessage();
    void requiredField_unanswered_keepsTheChartValueWhichMustPass();
    void hiddenFields_areNotChecked();
    void requestAboveLimit_inAProfile_isAnIssueOfThatField();
    void requestAboveLimit_acrossTwoFields_namesTheRequestsField();
    void gpuCount_isCheckedAgainstTheLargestNode_data();
    void gpuCount_isCheckedAgainstTheLargestNode();
    void storageClass_mustExistWhenTheClusterIsKnown();
    void descriptorChecks_areIssuesOfTheFieldsTheyName();
    void secretRef_missingSecretOrKey_isAWarningWhenTheClusterIsKnown();
    void secretName_missingSecretOrKeys_isAWarningNamingThem();
    void backlineProductionMinioWithoutVolume_isAWarning();
};

namespace {

Field field(FieldType type, const FieldValidation &validation = {})
{
    Field f;
    f.id = QStringLiteral("f");
    f.label = QStringLiteral("Thing");
    f.type = type;
    f.path = ValuesPath::key(QStringLiteral("thing"));
    f.validation = validation;
    if (type == FieldType::Enum || type == FieldType::MultiSelect)
        f.options = { { ValueTree(QStringLiteral("a")), QString() }, { ValueTree(2), QString() } };
    if (type == FieldType::DatabaseMode)
        f.modes = { { QStringLiteral("create"), QString(), {}, {}, ValueTree::map(), {} } };
    if (type == FieldType::Quantity)
        f.quantity = QuantityKind::Memory;
    return f;
}

FieldValidation pattern(const char *re, const char *message = "")
{
    FieldValidation v;
    v.pattern = QString::fromLatin1(re);
    v.message = QString::fromLatin1(message);
    return v;
}

FieldValidation range(double min, double max)
{
    FieldValidation v;
    v.min = min;
    v.max = max;
    return v;
}

FieldValidation length(int min, int max)
{
    FieldValidation v;
    v.minLength = min;
    v.maxLength = max;
    return v;
}

FieldValidation allowed(const QList<ValueTree> &values)
{
    FieldValidation v;
    v.allowed = values;
    return v;
}

QVariantMap toleration(const char *key, const char *op, const char *value, const char *effect)
{
    return { { QStringLiteral("key"), QString::fromLatin1(key) }, { QStringLiteral("operator"), QString::fromLatin1(op) },
             { QStringLiteral("value"), QString::fromLatin1(value) }, { QStringLiteral("effect"), QString::fromLatin1(effect) } };
}

const ValuesComposer &emptyComposer()
{
    static const ValuesComposer composer(ValueTree::map(), Descriptor());
    return composer;
}

} // namespace

void tst_AnswerValidator::fieldAnswer_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QVariant>("answer");
    QTest::addColumn<QString>("problem"); // empty: accepted

    Field required = field(FieldType::String);
    required.required = true;
    QTest::newRow("required and empty") << required << QVariant(QStringLiteral("  ")) << "Thing is required";
    QTest::newRow("optional and empty") << field(FieldType::String) << QVariant() << "";
    QTest::newRow("pattern matches") << field(FieldType::String, pattern("^[a-z]+$")) << QVariant(QStringLiteral("abc")) << "";
    QTest::newRow("pattern with its own message") << field(FieldType::String, pattern("^[a-z]+$", "Lower case only."))
                                                  << QVariant(QStringLiteral("ABC")) << "Thing: Lower case only.";
    QTest::newRow("pattern without a message") << field(FieldType::String, pattern("^[a-z]+$"))
                                               << QVariant(QStringLiteral("1")) << "expected form";
    QTest::newRow("too short") << field(FieldType::Secret, length(8, 64)) << QVariant(QStringLiteral("short")) << "at least 8 characters";
    QTest::newRow("too long") << field(FieldType::Text, length(0, 3)) << QVariant(QStringLiteral("long")) << "at most 3 characters";
    QTest::newRow("int in range") << field(FieldType::Int, range(1, 20)) << QVariant(qint64(3)) << "";
    QTest::newRow("int below min") << field(FieldType::Int, range(1, 20)) << QVariant(qint64(0)) << "at least 1";
    QTest::newRow("number above max") << field(FieldType::Number, range(0, 1)) << QVariant(1.5) << "at most 1";
    QTest::newRow("int from words") << field(FieldType::Int) << QVariant(QStringLiteral("two")) << "not a whole number";
    QTest::newRow("allowed value") << field(FieldType::String, allowed({ ValueTree(QStringLiteral("x")) })) << QVariant(QStringLiteral("x")) << "";
    QTest::newRow("value not allowed") << field(FieldType::String, allowed({ ValueTree(QStringLiteral("x")) }))
                                       << QVariant(QStringLiteral("y")) << "must be one of x";
    QTest::newRow("enum choice") << field(FieldType::Enum) << QVariant(QStringLiteral("2")) << "";
    QTest::newRow("enum outside the choices") << field(FieldType::Enum) << QVariant(QStringLiteral("b")) << "not one of the choices";
    QTest::newRow("bool from text") << field(FieldType::Bool) << QVariant(QStringLiteral("true")) << "yes or no";
    QTest::newRow("memory quantity") << field(FieldType::Quantity) << QVariant(QStringLiteral("512Mi")) << "";
    QTest::newRow("memory in millibytes") << field(FieldType::Quantity) << QVariant(QStringLiteral("512m")) << "thousandths of a byte";
    QTest::newRow("quantity syntax") << field(FieldType::Quantity) << QVariant(QStringLiteral("1 GB")) << "not a quantity";
    QTest::newRow("quantity unit without number") << field(FieldType::Quantity) << QVariant(QStringLiteral("Gi")) << "not a quantity";
    QTest::newRow("quantity exponent without number") << field(FieldType::Quantity) << QVariant(QStringLiteral("e3")) << "not a quantity";
    QTest::newRow("quantity in blanks") << field(FieldType::Quantity) << QVariant(QStringLiteral(" 2Gi ")) << "";
    QTest::newRow("negative quantity") << field(FieldType::Quantity) << QVariant(QStringLiteral("-1Gi")) << "negative";
    QTest::newRow("hostname") << field(FieldType::Hostname) << QVariant(QStringLiteral("db-1.example.com")) << "";
    QTest::newRow("hostname with underscore") << field(FieldType::Hostname) << QVariant(QStringLiteral("db_1")) << "not a host name";
    QTest::newRow("ip as hostname") << field(FieldType::Hostname) << QVariant(QStringLiteral("10.0.0.1")) << "";
    QTest::newRow("hostPort") << field(FieldType::HostPort) << QVariant(QStringLiteral("db:5432")) << "";
    QTest::newRow("hostPort ipv6") << field(FieldType::HostPort) << QVariant(QStringLiteral("[::1]:5432")) << "";
    QTest::newRow("hostPort without port") << field(FieldType::HostPort) << QVariant(QStringLiteral("db")) << "not host:port";
    QTest::newRow("hostPort port too large") << field(FieldType::HostPort) << QVariant(QStringLiteral("db:70000")) << "not host:port";
    QTest::newRow("url") << field(FieldType::Url) << QVariant(QStringLiteral("https://sso.example.com/realms/x")) << "";
    QTest::newRow("url without scheme") << field(FieldType::Url) << QVariant(QStringLiteral("sso.example.com")) << "not a URL";
    QTest::newRow("email") << field(FieldType::Email) << QVariant(QStringLiteral("ops@example.com")) << "";
    QTest::newRow("email without domain") << field(FieldType::Email) << QVariant(QStringLiteral("ops@")) << "not an e-mail";
    QTest::newRow("pem") << field(FieldType::Pem)
                         << QVariant(QStringLiteral("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n")) << "";
    QTest::newRow("pem with mismatched end") << field(FieldType::Pem)
                                             << QVariant(QStringLiteral("-----BEGIN CERTIFICATE-----\nMII=\n-----END PRIVATE KEY-----")) << "not a PEM block";
    QTest::newRow("storageClass name") << field(FieldType::StorageClass) << QVariant(QStringLiteral("Fast SSD")) << "not a StorageClass";
    QTest::newRow("label keys and values") << field(FieldType::KeyValues)
        << QVariant(QVariantMap { { QStringLiteral("nvidia.com/gpu.product"), QStringLiteral("H100") } }) << "";
    QTest::newRow("bad label key") << field(FieldType::KeyValues)
        << QVariant(QVariantMap { { QStringLiteral("-bad"), QStringLiteral("x") } }) << "not a valid key";
    QTest::newRow("bad label value") << field(FieldType::KeyValues)
        << QVariant(QVariantMap { { QStringLiteral("tier"), QStringLiteral("a b") } }) << "not a valid value";
    QTest::newRow("tolerations") << field(FieldType::Tolerations)
        << QVariant(QVariantList { toleration("nvidia.com/gpu", "Exists", "", "NoSchedule") }) << "";
    QTest::newRow("Exists with a value") << field(FieldType::Tolerations)
        << QVariant(QVariantList { toleration("gpu", "Exists", "yes", "NoSchedule") }) << "with Exists there is no value";
    QTest::newRow("unknown effect") << field(FieldType::Tolerations)
        << QVariant(QVariantList { toleration("gpu", "Equal", "yes", "Never") }) << "effect must be";
    QTest::newRow("profile quantity") << field(FieldType::ResourceProfiles)
        << QVariant(QVariantMap { { QStringLiteral("small"), QVariantMap { { QStringLiteral("requests"),
               QVariantMap { { QStringLiteral("cpu"), QStringLiteral("fast") } } } } } }) << "small requests cpu";
    QTest::newRow("known mode") << field(FieldType::DatabaseMode) << QVariant(QStringLiteral("create")) << "";
    QTest::newRow("unknown mode") << field(FieldType::DatabaseMode) << QVariant(QStringLiteral("managed")) << "not one of the modes";
    QTest::newRow("yaml") << field(FieldType::Yaml) << QVariant(QStringLiteral("- a\n- b\n")) << "";
    QTest::newRow("broken yaml") << field(FieldType::Yaml) << QVariant(QStringLiteral("a: [b\n")) << "Thing:";
    Field raw = field(FieldType::Yaml);
    raw.path = {};
    QTest::newRow("raw overrides must be a mapping") << raw << QVariant(QStringLiteral("- a\n")) << "mapping";
    QTest::newRow("number .nan") << field(FieldType::Number) << QVariant(std::numeric_limits<double>::quiet_NaN()) << "not a number";
    QTest::newRow("number .inf") << field(FieldType::Number) << QVariant(std::numeric_limits<double>::infinity()) << "not a number";
    QTest::newRow("number -inf as text") << field(FieldType::Number) << QVariant(QStringLiteral("-inf")) << "not a number";
    QTest::newRow("hostname with a trailing newline") << field(FieldType::Hostname) << QVariant(QStringLiteral("db.example.com\n")) << "not a host name";
    QTest::newRow("ip with a trailing newline") << field(FieldType::Hostname) << QVariant(QStringLiteral("10.0.0.1\n")) << "not a host name";
    QTest::newRow("hostPort with a trailing newline") << field(FieldType::HostPort) << QVariant(QStringLiteral("db:5432\n")) << "not host:port";
    QTest::newRow("email with a trailing newline") << field(FieldType::Email) << QVariant(QStringLiteral("ops@example.com\n")) << "not an e-mail";
    QTest::newRow("label value with a trailing newline") << field(FieldType::KeyValues)
        << QVariant(QVariantMap { { QStringLiteral("tier"), QStringLiteral("gold\n") } }) << "not a valid value";
    QTest::newRow("storageClass with a trailing newline") << field(FieldType::StorageClass) << QVariant(QStringLiteral("fast\n")) << "not a StorageClass";
    auto ref = [](const char *name, const char *key) {
        return QVariant(QVariantMap { { QStringLiteral("name"), QString::fromLatin1(name) }, { QStringLiteral("key"), QString::fromLatin1(key) } });
    };
    QTest::newRow("secretRef") << field(FieldType::SecretRef) << ref("db-credentials.v1", "POSTGRES_PASSWORD") << "";
    QTest::newRow("secretRef name with capitals") << field(FieldType::SecretRef) << ref("DB", "password") << "not a Secret name";
    QTest::newRow("secretRef name too long") << field(FieldType::SecretRef) << ref(QByteArray(254, 'a').constData(), "k") << "not a Secret name";
    QTest::newRow("secretRef key with a slash") << field(FieldType::SecretRef) << ref("db", "a/b") << "not a Secret key";
    QTest::newRow("secretRef without key") << field(FieldType::SecretRef) << ref("db", "") << "key in the Secret is missing";
    QTest::newRow("secretRef name with a newline") << field(FieldType::SecretRef) << ref("db\n", "k") << "not a Secret name";
    QTest::newRow("image") << field(FieldType::Image) << QVariant(QStringLiteral("registry.example.com:5000/team/app:1.2")) << "";
    QTest::newRow("image by digest")
        << field(FieldType::Image) << QVariant(QStringLiteral("app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")) << "";
    QTest::newRow("image without tag") << field(FieldType::Image) << QVariant(QStringLiteral("docker.io/library/nginx")) << "no tag or digest";
    QTest::newRow("image with capitals") << field(FieldType::Image) << QVariant(QStringLiteral("docker.io/Library/nginx:1")) << "not a repository";
    QTest::newRow("image with a short digest") << field(FieldType::Image) << QVariant(QStringLiteral("app@sha256:abc")) << "64 hexadecimal";
    QTest::newRow("image with a bad tag") << field(FieldType::Image) << QVariant(QStringLiteral("app:-1")) << "not a tag";
    QTest::newRow("image with a blank") << field(FieldType::Image) << QVariant(QStringLiteral("app:1 ")) << "no blanks";
    Field tagOnly = field(FieldType::Image);
    tagOnly.path = {};
    tagOnly.image = { {}, ValuesPath::key(QStringLiteral("name")), ValuesPath::key(QStringLiteral("tag")), {} };
    QTest::newRow("image digest the chart cannot take")
        << tagOnly << QVariant(QStringLiteral("app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")) << "takes no a digest";
    QTest::newRow("image registry the chart cannot take") << tagOnly << QVariant(QStringLiteral("quay.io/app:1")) << "takes no a registry";
    QTest::newRow("stringList") << field(FieldType::StringList, pattern("^[a-z.]+$"))
                                << QVariant(QVariantList { QStringLiteral("a.b"), QStringLiteral("c") }) << "";
    QTest::newRow("stringList item against the pattern") << field(FieldType::StringList, pattern("^[a-z.]+$"))
                                                         << QVariant(QVariantList { QStringLiteral("a.b"), QStringLiteral("C") }) << "item 2:";
    QTest::newRow("stringList too many items") << field(FieldType::StringList, range(0, 1))
                                               << QVariant(QVariantList { QStringLiteral("a"), QStringLiteral("b") }) << "at most 1 items";
    QTest::newRow("multiSelect") << field(FieldType::MultiSelect) << QVariant(QVariantList { QStringLiteral("a"), QStringLiteral("2") }) << "";
    QTest::newRow("multiSelect outside the options") << field(FieldType::MultiSelect)
                                                     << QVariant(QVariantList { QStringLiteral("z") }) << "“z” is not one of the choices";
    QTest::newRow("multiSelect twice") << field(FieldType::MultiSelect)
                                       << QVariant(QVariantList { QStringLiteral("a"), QStringLiteral("a") }) << "chosen twice";
    QTest::newRow("multiSelect too few") << field(FieldType::MultiSelect, range(2, 3))
                                         << QVariant(QVariantList { QStringLiteral("a") }) << "at least 2";
    QTest::newRow("gpu count") << field(FieldType::Gpu) << QVariant(QVariantMap { { QStringLiteral("count"), qint64(-1) } })
                               << "cannot be negative";
}

void tst_AnswerValidator::fieldAnswer()
{
    QFETCH(Field, field);
    QFETCH(QVariant, answer);
    QFETCH(QString, problem);
    const Issues issues = AnswerValidator(emptyComposer()).validateField(field, answer);
    if (problem.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().message.contains(problem), qPrintable(issues.first().message));
    QCOMPARE(issues.first().field, QStringLiteral("f"));
    QCOMPARE(issues.first().path, field.path.toString());
}

void tst_AnswerValidator::secretAnswer_isNeverRepeatedInAMessage()
{
    Field url = field(FieldType::Url, pattern("^https://"));
    url.secret = true;
    const QString answer = QStringLiteral("postgres//admin:hunter2@db");
    const Issues issues = AnswerValidator(emptyComposer()).validateField(url, answer);
    QCOMPARE(issues.size(), 1);
    QVERIFY(!issues.first().message.contains(QLatin1String("hunter2")));
    QVERIFY(issues.first().message.contains(QLatin1String("the secret value")));
}

void tst_AnswerValidator::requiredField_unanswered_keepsTheChartValueWhichMustPass()
{
    const Chart chart = TestProducts::bundledChart(QStringLiteral("backline"));
    const ValuesComposer composer(chart);
    const Issues issues = AnswerValidator(composer).validate(Answers());
    // The chart's accessKey is empty and the descriptor requires one; every other default passes.
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, QStringLiteral("accessKey"));
    Answers answers;
    answers.fields.insert(QStringLiteral("accessKey"), QStringLiteral("bk_live_0123456789"));
    QCOMPARE(AnswerValidator(composer).validate(answers), Issues());
}

void tst_AnswerValidator::hiddenFields_areNotChecked()
{
    const Chart chart = TestProducts::bundledChart(QStringLiteral("backline"));
    const ValuesComposer composer(chart);
    Answers answers;
    answers.fields = { { QStringLiteral("accessKey"), QStringLiteral("bk_live_0123456789") },
                       { QStringLiteral("minio"), false },
                       { QStringLiteral("minioRootPassword"), QStringLiteral("x") } };
    QCOMPARE(AnswerValidator(composer).validate(answers), Issues());
    answers.fields.insert(QStringLiteral("minio"), true);
    QCOMPARE(AnswerValidator(composer).validate(answers).size(), 1);
}

void tst_AnswerValidator::requestAboveLimit_inAProfile_isAnIssueOfThatField()
{
    const Chart chart = TestProducts::bundledChart(QStringLiteral("backline"));
    const ValuesComposer composer(chart);
    Answers answers;
    answers.fields.insert(QStringLiteral("accessKey"), QStringLiteral("bk_live_0123456789"));
    answers.fields.insert(QStringLiteral("overrides"),
                          QStringLiteral("resourceProfiles:\n  large:\n    requests: {memory: 64Gi}\n"));
    const Issues issues = AnswerValidator(composer).validate(answers);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, QStringLiteral("resourceProfiles"));
    QCOMPARE(issues.first().path, QStringLiteral("resourceProfiles.large.requests.memory"));
    QVERIFY2(issues.first().message.contains(QLatin1String("request 64Gi is above its limit 16Gi")),
             qPrintable(issues.first().message));
}

void tst_AnswerValidator::requestAboveLimit_acrossTwoFields_namesTheRequestsField()
{
    const Chart chart = TestProducts::bundledChart(QStringLiteral("backline"));
    const ValuesComposer composer(chart);
    Answers answers;
    answers.fields = { { QStringLiteral("accessKey"), QStringLiteral("bk_live_0123456789") },
                       { QStringLiteral("workerCpuRequest"), QStringLiteral("2.5") },
                       { QStringLiteral("workerCpuLimit"), QStringLiteral("2") } };
    const Issues issues = AnswerValidator(composer).validate(answers);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, QStringLiteral("workerCpuRequest"));
}

void tst_AnswerValidator::gpuCount_isCheckedAgainstTheLargestNode_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fits the largest node") << qint64(4) << "nvidia.com/gpu" << true << "";
    QTest::newRow("more than any node has") << qint64(5) << "nvidia.com/gpu" << true << "the largest node has 4";
    QTest::newRow("a resource no node has") << qint64(1) << "amd.com/gpu" << true << "no node of the cluster offers amd.com/gpu";
    QTest::newRow("disabled is not checked") << qint64(8) << "nvidia.com/gpu" << false << "";
    QTest::newRow("not a resource name") << qint64(1) << "gpu" << true << "not an extended resource name";
}

void tst_AnswerValidator::gpuCount_isCheckedAgainstTheLargestNode()
{
    QFETCH(qint64, count);
    QFETCH(QString, resource);
    QFETCH(bool, enabled);
    QFETCH(QString, problem);
    ClusterFacts facts;
    facts.largestNodeCapacity.insert(QStringLiteral("nvidia.com/gpu"), 4);
    const QVariantMap gpu { { QStringLiteral("enabled"), enabled }, { QStringLiteral("count"), count },
                            { QStringLiteral("resourceName"), resource } };
    const Issues issues = AnswerValidator(emptyComposer()).validateField(field(FieldType::Gpu), gpu, &facts);
    if (problem.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().message.contains(problem), qPrintable(issues.first().message));
}

void tst_AnswerValidator::storageClass_mustExistWhenTheClusterIsKnown()
{
    ClusterFacts facts;
    facts.storageClasses = { QStringLiteral("standard"), QStringLiteral("fast") };
    const AnswerValidator validator(emptyComposer());
    QVERIFY(validator.validateField(field(FieldType::StorageClass), QStringLiteral("fast"), &facts).isEmpty());
    const Issues issues = validator.validateField(field(FieldType::StorageClass), QStringLiteral("ssd"), &facts);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().message.contains(QLatin1String("(it has standard, fast)")));
}

void tst_AnswerValidator::secretRef_missingSecretOrKey_isAWarningWhenTheClusterIsKnown()
{
    const AnswerValidator validator(emptyComposer());
    const Field f = field(FieldType::SecretRef);
    auto ref = [](const char *name, const char *key) {
        return QVariant(QVariantMap { { QStringLiteral("name"), QString::fromLatin1(name) }, { QStringLiteral("key"), QString::fromLatin1(key) } });
    };
    ClusterFacts facts;
    QVERIFY2(validator.validateField(f, ref("db", "password"), &facts).isEmpty(), "no Secrets known: not checked");
    facts.secrets.insert(QStringLiteral("db"), { QStringLiteral("password"), QStringLiteral("user") });
    QVERIFY(validator.validateField(f, ref("db", "password"), &facts).isEmpty());
    Issues issues = validator.validateField(f, ref("cache", "password"), &facts);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Issue::Severity::Warning);
    QVERIFY2(issues.first().message.contains(QStringLiteral("no Secret “cache”")), qPrintable(issues.first().message));
    issues = validator.validateField(f, ref("db", "token"), &facts);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Issue::Severity::Warning);
    QVERIFY2(issues.first().message.contains(QLatin1String("(it has password, user)")), qPrintable(issues.first().message));
    // A malformed reference is an error, with no warning on top.
    issues = validator.validateField(f, ref("DB", "token"), &facts);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Issue::Severity::Error);
}

void tst_AnswerValidator::secretName_missingSecretOrKeys_isAWarningNamingThem()
{
    const AnswerValidator validator(emptyComposer());
    Field f = field(FieldType::SecretName);
    f.secretKeys = { QStringLiteral("database-url"), QStringLiteral("redis-url"), QStringLiteral("secret-key") };
    ClusterFacts facts;
    QVERIFY2(validator.validateField(f, QStringLiteral("env"), &facts).isEmpty(), "no Secrets known: not checked");
    facts.secrets.insert(QStringLiteral("env"), { QStringLiteral("database-url"), QStringLiteral("redis-url"), QStringLiteral("secret-key") });
    facts.secrets.insert(QStringLiteral("half"), { QStringLiteral("secret-key") });
    QVERIFY(validator.validateField(f, QStringLiteral("env"), &facts).isEmpty());
    Issues issues = validator.validateField(f, QStringLiteral("half"), &facts);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Issue::Severity::Warning);
    QVERIFY2(issues.first().message.contains(QStringLiteral("lacks database-url, redis-url (it has secret-key)")),
             qPrintable(issues.first().message));
    issues = validator.validateField(f, QStringLiteral("later"), &facts);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Issue::Severity::Warning);
    QVERIFY2(issues.first().message.contains(QStringLiteral("no Secret “later”")), qPrintable(issues.first().message));
    // Not a Secret name: an error, with no warning on top.
    issues = validator.validateField(f, QStringLiteral("Env_1"), &facts);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Issue::Severity::Error);
    QVERIFY2(issues.first().message.contains(QStringLiteral("not a Secret name")), qPrintable(issues.first().message));
}

void tst_AnswerValidator::descriptorChecks_areIssuesOfTheFieldsTheyName()
{
    Diagnostics errors;
    const Descriptor d = DescriptorParser::parse(
        "apiVersion: slipway/v1\nkind: Installer\nproduct: {id: demo, title: Demo}\n"
        "checks:\n"
        "  - {when: \"tls && !host\", error: TLS needs a host name., fields: [host, tls]}\n"
        "  - {when: \"host == 'localhost'\", warning: Only this machine can reach it., fields: [host]}\n"
        "pages:\n  - id: main\n    title: Main\n    fields:\n"
        "      - {id: tls, type: bool, label: TLS, path: ingress.tls}\n"
        "      - {id: host, type: hostname, label: Host, path: ingress.host}\n",
        QStringLiteral("installer.yaml"), &errors);
    QVERIFY(errors.isEmpty());
    const ValuesComposer composer(YamlReader::parse("ingress: {tls: false, host: \"\"}\n", QString(), nullptr), d);
    const AnswerValidator validator(composer);
    QCOMPARE(validator.validate(Answers()), Issues());

    Answers answers;
    answers.fields.insert(QStringLiteral("tls"), true);
    const Issues issues = validator.validate(answers);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0), (Issue { Issue::Severity::Error, QStringLiteral("host"),
                                    QStringLiteral("TLS needs a host name."), QStringLiteral("ingress.host") }));
    QCOMPARE(issues.at(1).field, QStringLiteral("tls"));

    answers.fields.insert(QStringLiteral("host"), QStringLiteral("localhost"));
    QCOMPARE(validator.validate(answers),
             (Issues { { Issue::Severity::Warning, QStringLiteral("host"),
                         QStringLiteral("Only this machine can reach it."), QStringLiteral("ingress.host") } }));
}

void tst_AnswerValidator::backlineProductionMinioWithoutVolume_isAWarning()
{
    const Chart chart = TestProducts::bundledChart(QStringLiteral("backline"));
    const ValuesComposer composer(chart);
    Answers answers;
    answers.environment = QStringLiteral("production");
    answers.fields = { { QStringLiteral("accessKey"), QStringLiteral("bk_live_0123456789") },
                       { QStringLiteral("minio"), true },
                       { QStringLiteral("minioPersistence"), false } };
    const Issues issues = AnswerValidator(composer).validate(answers);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Issue::Severity::Warning);
    QCOMPARE(issues.first().field, QStringLiteral("minioPersistence"));
    answers.fields.insert(QStringLiteral("minioPersistence"), true);
    QCOMPARE(AnswerValidator(composer).validate(answers), Issues());
    answers.environment = QStringLiteral("staging");
    answers.fields.insert(QStringLiteral("minioPersistence"), false);
    QCOMPARE(AnswerValidator(composer).validate(answers), Issues());
}

QTEST_APPLESS_MAIN(tst_AnswerValidator)
#include "tst_answervalidator.moc"
