#include "TestFiles.h"
#include "TestProducts.h"
#include "product/AnswerValidator.h"
#include "product/ChartLoader.h"
#include "product/GeneratedSecrets.h"
#include "product/DescriptorParser.h"
#include "product/ValuesComposer.h"
#include "product/YamlReader.h"
#include "product/YamlWriter.h"

#include <QRegularExpression>
#include <QTest>

#include <sys/stat.h>

using namespace Slipway;
using TestProducts::yaml;

class tst_ValuesComposer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backlineAnswers_composeTheExpectedValuesFile();
    void backline_withoutNamespaceOverride_keepsObjectsInTheReleaseNamespace();
    void backlineAnswers_roundTripThroughDeployedValues();
    void layers_applyInOrder_data();
    void layers_applyInOrder();
    void answerEqualToChartDefault_isNotWritten();
    void keys_followTheChartsOrder();
    void secrets_goToTheirOwnPrivateFile();
    void secrets_canBeLeftOutOrInlined();
    void hiddenField_writesNothing();
    void databaseMode_appliesOnlyTheChosenModesFields();
    void uncoveredDeployedValues_comeBackAsRawOverrides();
    void deployedValues_pickTheMatchingPresets();
    void badRawOverrides_areAnIssueOfTheirField();
    void removedKey_isWrittenAsNull();
    void generatedPassword_isRandomSecretAndKeptOnUpgrade();
    void backlineMinioPassword_isGeneratedNotTheChartDefault();
    void backlineWorkerImage_isAskedWithItsRegistry_andReadBackOnUpgrade();

private:
    Chart m_backline;
};

namespace {

const QByteArray Defaults = "name: demo\n"
                            "tier: small\n"
                            "replicas: 1\n"
                            "db:\n"
                            "  mode: create\n"
                            "  host: \"\"\n"
                            "  password: \"\"\n"
                            "  persistence: {enabled: false}\n"
                            "labels: {}\n";

const QByteArray DemoDescriptor =
    "apiVersion: slipway/v1\nkind: Installer\nproduct: {id: demo, title: Demo}\n"
    "environments:\n"
    "  - {id: dev, title: Dev, default: true, values: {tier: dev}}\n"
    "  - {id: prod, title: Prod, values: {tier: prod, replicas: 3}}\n"
    "sizes:\n"
    "  - {id: s, title: S, default: true}\n"
    "  - {id: l, title: L, values: {replicas: 5, name: big}}\n"
    "pages:\n"
    "  - id: main\n    title: Main\n    fields:\n"
    "      - {id: replicas, type: int, label: Replicas, path: replicas}\n"
    "      - {id: labels, type: keyValues, label: Labels, path: labels, when: \"environment == 'prod'\"}\n"
    "      - id: db\n        type: databaseMode\n        label: Database\n        path: db.mode\n"
    "        modes:\n"
    "          - {id: create, title: In cluster, values: {db: {persistence: {enabled: true}}}}\n"
    "          - id: external\n            title: External\n            fields:\n"
    "              - {id: dbHost, type: hostPort, label: Host, path: db.host}\n"
    "              - {id: dbPassword, type: secret, label: Password, path: db.password}\n"
    "      - {id: raw, type: yaml, label: Overrides}\n";

ValuesComposer demo()
{
    Diagnostics errors;
    Descriptor d = DescriptorParser::parse(DemoDescriptor, QStringLiteral("installer.yaml"), &errors);
    if (!errors.isEmpty())
        qFatal("%s", qPrintable(errors.first().toString()));
    return ValuesComposer(YamlReader::parse(Defaults, QString(), nullptr), d);
}

Answers backlineAnswers()
{
    Answers a;
    a.environment = QStringLiteral("production");
    a.size = QStringLiteral("standard");
    a.fields = {
        { QStringLiteral("accessKey"), QStringLiteral("bk_live_0123456789") },
        { QStringLiteral("namespaceOverride"), QStringLiteral("backline-prod") },
        { QStringLiteral("workerReplicas"), qint64(3) },
        { QStringLiteral("workerCpuLimit"), QStringLiteral("3") },
        { QStringLiteral("workerNodeSelector"), QVariantMap { { QStringLiteral("pool"), QStringLiteral("ai") } } },
        { QStringLiteral("minioRootPassword"), QStringLiteral("a-much-better-password") },
        { QStringLiteral("minioSize"), QStringLiteral("50Gi") },
        { QStringLiteral("overrides"), QStringLiteral("worker:\n  envFromSecrets:\n    - extra-env\n") },
    };
    // The documented profiles, with medium raised.
    auto profile = [](const char *requestCpu, const char *requestMemory, const char *limitCpu, const char *limitMemory) {
        return QVariantMap { { QStringLiteral("requests"), QVariantMap { { QStringLiteral("cpu"), QString::fromLatin1(requestCpu) },
                                                                       { QStringLiteral("memory"), QString::fromLatin1(requestMemory) } } },
                             { QStringLiteral("limits"), QVariantMap { { QStringLiteral("cpu"), QString::fromLatin1(limitCpu) },
                                                                     { QStringLiteral("memory"), QString::fromLatin1(limitMemory) } } } };
    };
    const QVariantMap profiles { { QStringLiteral("small"), profile("500m", "1Gi", "1000m", "2Gi") },
                                 { QStringLiteral("medium"), profile("3000m", "12Gi", "3000m", "12Gi") },
                                 { QStringLiteral("large"), profile("4000m", "16Gi", "4000m", "16Gi") },
                                 { QStringLiteral("xlarge"), profile("8000m", "32Gi", "8000m", "32Gi") } };
    a.fields.insert(QStringLiteral("resourceProfiles"), profiles);
    return a;
}

} // namespace

void tst_ValuesComposer::initTestCase()
{
    m_backline = TestProducts::bundledChart(QStringLiteral("backline"));
    QVERIFY(m_backline.descriptor);
}

void tst_ValuesComposer::backline_withoutNamespaceOverride_keepsObjectsInTheReleaseNamespace()
{
    // The chart's default is "backline"; an install into another namespace must not send its
    // objects there, so the descriptor answers "" (the release namespace) unless asked.
    Answers a = backlineAnswers();
    a.fields.remove(QStringLiteral("namespaceOverride"));
    const Composition c = ValuesComposer(m_backline).compose(a);
    QVERIFY(c.issues.isEmpty());
    QVERIFY2(c.valuesYaml().contains("namespaceOverride: \"\"\n"), c.valuesYaml().constData());
}

void tst_ValuesComposer::backlineAnswers_composeTheExpectedValuesFile()
{
    const Composition c = ValuesComposer(m_backline).compose(backlineAnswers());
    QVERIFY(c.issues.isEmpty());
    QCOMPARE(QString::fromUtf8(c.valuesYaml()), QStringLiteral(
        "# Written by Slipway: only what differs from the chart's defaults.\n"
        "# Secret values are in a separate file.\n"
        "# Namespace of the objects (namespaceOverride)\n"
        "namespaceOverride: backline-prod\n"
        "# environment preset “Production”\n"
        "environment: production\n"
        "worker:\n"
        "  # Replicas (workerReplicas)\n"
        "  replicaCount: 3\n"
        "  resources:\n"
        "    limits:\n"
        "      # CPU limit (workerCpuLimit)\n"
        "      cpu: \"3\"\n"
        "  # raw override\n"
        "  envFromSecrets:\n"
        "    - extra-env\n"
        "  # Node selector (workerNodeSelector)\n"
        "  nodeSelector:\n"
        "    pool: ai\n"
        "minio:\n"
        "  persistence:\n"
        "    # Volume size (minioSize)\n"
        "    size: 50Gi\n"
        "# Resource profiles (resourceProfiles)\n"
        "resourceProfiles:\n"
        "  medium:\n"
        "    requests:\n"
        "      cpu: 3000m\n"
        "      memory: 12Gi\n"
        "    limits:\n"
        "      cpu: 3000m\n"
        "      memory: 12Gi\n"));
    QCOMPARE(QString::fromUtf8(c.secretsYaml()), QStringLiteral(
        "# Written by Slipway: secret values. Keep this file private.\n"
        "# Access key (accessKey)\n"
        "accessKey: bk_live_0123456789\n"
        "minio:\n"
        "  # MinIO root password (minioRootPassword)\n"
        "  rootPassword: a-much-better-password\n"));
    // What helm will be given renders what was asked.
    QCOMPARE(c.full.at(*ValuesPath::parse(QStringLiteral("worker.replicaCount")))->toInt(), 3);
    QCOMPARE(c.full.at(*ValuesPath::parse(QStringLiteral("janitor.image.tag")))->toString(), QStringLiteral("3.16.1"));
}

void tst_ValuesComposer::backlineAnswers_roundTripThroughDeployedValues()
{
    const ValuesComposer composer(m_backline);
    const Answers asked = backlineAnswers();
    const Composition c = composer.compose(asked);
    // Upgrade reads the release's values back (secrets included: the release has them).
    const ValueTree deployed = yaml(c.valuesYaml(SecretHandling::Inline));
    const Answers recovered = composer.answersFrom(deployed);
    QCOMPARE(recovered.environment, asked.environment);
    QCOMPARE(recovered.size, asked.size);
    for (auto it = asked.fields.cbegin(); it != asked.fields.cend(); ++it)
        QCOMPARE(recovered.fields.value(it.key()), it.value());
    QCOMPARE(composer.compose(recovered).values, c.values);
    // And answering with what came back changes nothing a second time.
    QCOMPARE(composer.answersFrom(composer.compose(recovered).values), recovered);
}

void tst_ValuesComposer::layers_applyInOrder_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QVariant>("replicas");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("chart defaults < environment") << "" << "" << QVariant() << "" << QByteArray("tier: dev\n");
    QTest::newRow("environment sets two keys") << "prod" << "" << QVariant() << "" << QByteArray("tier: prod\nreplicas: 3\n");
    QTest::newRow("environment < size") << "prod" << "l" << QVariant() << "" << QByteArray("name: big\ntier: prod\nreplicas: 5\n");
    QTest::newRow("size < answers") << "prod" << "l" << QVariant(qint64(7)) << "" << QByteArray("name: big\ntier: prod\nreplicas: 7\n");
    QTest::newRow("answers < raw overrides") << "dev" << "" << QVariant(qint64(7)) << "replicas: 9\n" << QByteArray("tier: dev\nreplicas: 9\n");
    QTest::newRow("raw overrides add keys") << "dev" << "" << QVariant() << "extra: {a: 1}\n" << QByteArray("tier: dev\nextra:\n  a: 1\n");
}

void tst_ValuesComposer::layers_applyInOrder()
{
    QFETCH(QString, environment);
    QFETCH(QString, size);
    QFETCH(QVariant, replicas);
    QFETCH(QString, raw);
    QFETCH(QByteArray, expected);
    Answers a;
    a.environment = environment;
    a.size = size;
    if (replicas.isValid())
        a.fields.insert(QStringLiteral("replicas"), replicas);
    if (!raw.isEmpty())
        a.fields.insert(QStringLiteral("raw"), raw);
    const Composition c = demo().compose(a);
    // The database mode's own overlay is always there with the default mode.
    ValueTree values = c.values;
    values.erase(*ValuesPath::parse(QStringLiteral("db")));
    QCOMPARE(YamlWriter::write(values), expected);
}

void tst_ValuesComposer::answerEqualToChartDefault_isNotWritten()
{
    Answers a;
    a.fields.insert(QStringLiteral("replicas"), qint64(1));
    a.fields.insert(QStringLiteral("db"), QStringLiteral("create"));
    const Composition c = demo().compose(a);
    QVERIFY(!c.values.value(QStringLiteral("replicas")));
    QVERIFY(!c.values.at(*ValuesPath::parse(QStringLiteral("db.mode"))));
}

void tst_ValuesComposer::keys_followTheChartsOrder()
{
    Answers a;
    a.environment = QStringLiteral("prod");
    a.fields.insert(QStringLiteral("raw"), QStringLiteral("zeta: 1\nreplicas: 4\nname: x\n"));
    const Composition c = demo().compose(a);
    QStringList keys;
    for (const ValueTree::Entry &entry : c.values.entries())
        keys << entry.key;
    QCOMPARE(keys, (QStringList { QStringLiteral("name"), QStringLiteral("tier"), QStringLiteral("replicas"),
                                  QStringLiteral("db"), QStringLiteral("zeta") }));
}

void tst_ValuesComposer::secrets_goToTheirOwnPrivateFile()
{
    TestFiles files;
    const Composition c = ValuesComposer(m_backline).compose(backlineAnswers());
    const QString values = files.path(QStringLiteral("values.yaml"));
    const QString secrets = files.path(QStringLiteral("secrets.yaml"));
    files.write(QStringLiteral("secrets.yaml"), "old"); // an existing file's mode must not survive
    QFile::setPermissions(secrets, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    QVERIFY(c.write(values, secrets));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(secrets).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    QFile valuesFile(values);
    QVERIFY(valuesFile.open(QIODevice::ReadOnly));
    const QByteArray written = valuesFile.readAll();
    QVERIFY(!written.contains("bk_live_0123456789"));
    QVERIFY(!written.contains("a-much-better-password"));
    QFile secretsFile(secrets);
    QVERIFY(secretsFile.open(QIODevice::ReadOnly));
    QVERIFY(secretsFile.readAll().contains("accessKey: bk_live_0123456789"));
}

void tst_ValuesComposer::secrets_canBeLeftOutOrInlined()
{
    TestFiles files;
    const Composition c = ValuesComposer(m_backline).compose(backlineAnswers());
    QVERIFY(!c.valuesYaml(SecretHandling::Omit).contains("bk_live"));
    QVERIFY(c.valuesYaml(SecretHandling::Omit).contains("# Secret values are left out."));
    QVERIFY(c.valuesYaml(SecretHandling::Inline).contains("accessKey: bk_live_0123456789"));
    const QString secrets = files.path(QStringLiteral("secrets.yaml"));
    QVERIFY(c.write(files.path(QStringLiteral("values.yaml")), secrets, SecretHandling::Omit));
    QVERIFY(!QFile::exists(secrets));
}

void tst_ValuesComposer::hiddenField_writesNothing()
{
    Answers a;
    a.fields.insert(QStringLiteral("labels"), QVariantMap { { QStringLiteral("team"), QStringLiteral("a") } });
    QVERIFY(!demo().compose(a).values.value(QStringLiteral("labels")));
    a.environment = QStringLiteral("prod");
    QVERIFY(demo().compose(a).values.value(QStringLiteral("labels")));
}

void tst_ValuesComposer::databaseMode_appliesOnlyTheChosenModesFields()
{
    Answers a;
    a.fields = { { QStringLiteral("dbHost"), QStringLiteral("pg:5432") },
                 { QStringLiteral("dbPassword"), QStringLiteral("pw") } };
    Composition c = demo().compose(a);
    QCOMPARE(YamlWriter::write(*c.values.value(QStringLiteral("db"))), QByteArray("persistence:\n  enabled: true\n"));
    a.fields.insert(QStringLiteral("db"), QStringLiteral("external"));
    c = demo().compose(a);
    QCOMPARE(YamlWriter::write(*c.publicValues().value(QStringLiteral("db"))), QByteArray("mode: external\nhost: pg:5432\n"));
    QCOMPARE(c.secretValues().at(*ValuesPath::parse(QStringLiteral("db.password")))->toString(), QStringLiteral("pw"));
}

void tst_ValuesComposer::uncoveredDeployedValues_comeBackAsRawOverrides()
{
    const ValuesComposer composer = demo();
    const ValueTree deployed = yaml("tier: dev\nreplicas: 2\nextra: {keep: me}\n"
                                    "db: {persistence: {enabled: true, size: 5Gi}}\n");
    const Answers answers = composer.answersFrom(deployed);
    QCOMPARE(answers.fields.value(QStringLiteral("replicas")), QVariant(qint64(2)));
    QCOMPARE(answers.fields.value(QStringLiteral("raw")).toString(),
             QStringLiteral("db:\n  persistence:\n    size: 5Gi\nextra:\n  keep: me\n"));
    ValueTree full = composer.defaults();
    full.merge(deployed);
    QCOMPARE(composer.compose(answers).full, full);
}

void tst_ValuesComposer::deployedValues_pickTheMatchingPresets()
{
    const Answers answers = demo().answersFrom(yaml("tier: prod\nreplicas: 5\nname: big\n"));
    QCOMPARE(answers.environment, QStringLiteral("prod"));
    QCOMPARE(answers.size, QStringLiteral("l"));
    const Answers none = demo().answersFrom(ValueTree::map());
    QCOMPARE(none.environment, QStringLiteral("dev"));
    QCOMPARE(none.size, QStringLiteral("s"));
}

void tst_ValuesComposer::badRawOverrides_areAnIssueOfTheirField()
{
    Answers a;
    a.fields.insert(QStringLiteral("raw"), QStringLiteral("a: [unclosed\n"));
    const Composition c = demo().compose(a);
    QCOMPARE(c.issues.size(), 1);
    QCOMPARE(c.issues.first().field, QStringLiteral("raw"));
    QVERIFY(c.issues.first().message.contains(QLatin1String("raw overrides:")));
}

void tst_ValuesComposer::removedKey_isWrittenAsNull()
{
    Answers a;
    a.fields.insert(QStringLiteral("raw"), QStringLiteral("name: null\n"));
    const Composition c = demo().compose(a);
    QVERIFY(!c.full.value(QStringLiteral("name")));
    QVERIFY(c.values.value(QStringLiteral("name"))->isNull());
    QVERIFY(c.valuesYaml().contains("\nname: null\n"));
}


void tst_ValuesComposer::generatedPassword_isRandomSecretAndKeptOnUpgrade()
{
    Diagnostics errors;
    const Descriptor d = DescriptorParser::parse(
        "apiVersion: slipway/v1\nkind: Installer\nproduct: {id: demo, title: Demo}\n"
        "pages:\n  - id: main\n    title: Main\n    fields:\n"
        "      - {id: dbPassword, type: secret, label: Password, path: db.password, required: true,"
        " generate: {length: 24}}\n",
        QStringLiteral("installer.yaml"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
    QCOMPARE(d.field(QStringLiteral("dbPassword"))->generateLength, 24);
    const ValuesComposer composer(YamlReader::parse("db: {password: changeme}\n", QString(), nullptr), d);
    const auto password = [](const Composition &c) {
        const ValueTree *value = c.full.at(*ValuesPath::parse(QStringLiteral("db.password")));
        return value ? value->toString() : QString();
    };

    // Empty: generated, random, 24 letters and digits, secret; the chart's "changeme" is no answer.
    QCOMPARE(composer.effectiveAnswer(*d.field(QStringLiteral("dbPassword")), Answers()), QVariant());
    QVERIFY(AnswerValidator(composer).validate(Answers()).isEmpty());
    const Composition first = composer.compose(Answers());
    QCOMPARE(first.generated, QStringList { QStringLiteral("dbPassword") });
    QVERIFY2(QRegularExpression(QStringLiteral("\\A[A-Za-z0-9]{24}\\z")).match(password(first)).hasMatch(),
             "not 24 letters and digits");
    QCOMPARE(first.secretPaths.size(), 1);
    QVERIFY(!first.valuesYaml().contains(password(first).toUtf8()));
    QVERIFY(first.secretsYaml().contains(password(first).toUtf8()));
    QVERIFY(password(composer.compose(Answers())) != password(first));

    // Upgrade: the deployed password is the answer, never generated again.
    const Answers deployed = composer.answersFrom(first.values);
    QCOMPARE(deployed.fields.value(QStringLiteral("dbPassword")).toString(), password(first));
    const Composition upgrade = composer.compose(deployed);
    QVERIFY(upgrade.generated.isEmpty());
    QCOMPARE(password(upgrade), password(first));

    // An upgrade from answers that leave it empty (an answers file) keeps the deployed one too.
    const Answers kept = GeneratedSecrets::keepDeployed(composer, Answers(), first.values);
    QCOMPARE(kept.fields.value(QStringLiteral("dbPassword")).toString(), password(first));
    QCOMPARE(password(composer.compose(kept)), password(first));

    // A typed password is kept as typed.
    Answers typed;
    typed.fields.insert(QStringLiteral("dbPassword"), QStringLiteral("typed-by-the-administrator"));
    QCOMPARE(password(composer.compose(typed)), QStringLiteral("typed-by-the-administrator"));
    QVERIFY(composer.compose(typed).generated.isEmpty());
}

void tst_ValuesComposer::backlineMinioPassword_isGeneratedNotTheChartDefault()
{
    Answers a = backlineAnswers();
    a.fields.remove(QStringLiteral("minioRootPassword"));
    const Composition c = ValuesComposer(m_backline).compose(a);
    QCOMPARE(c.generated, QStringList { QStringLiteral("minioRootPassword") });
    const QString password = c.full.at(*ValuesPath::parse(QStringLiteral("minio.rootPassword")))->toString();
    QCOMPARE(password.size(), 32);
    QVERIFY(password != QLatin1String("backline-minio-password"));
}

void tst_ValuesComposer::backlineWorkerImage_isAskedWithItsRegistry_andReadBackOnUpgrade()
{
    const ValuesComposer composer(m_backline);
    QCOMPARE(composer.effectiveAnswer(*m_backline.descriptor->field(QStringLiteral("workerImage")), Answers()),
             QVariant(QStringLiteral("prod-runner:0000001-0000000001")));
    Answers a = backlineAnswers();
    const QString image = QStringLiteral("123456789012.dkr.ecr.us-east-1.amazonaws.com/prod-runner:0000002-0000000007");
    a.fields.insert(QStringLiteral("workerImage"), image);
    const Composition c = composer.compose(a);
    QVERIFY(c.issues.isEmpty());
    QCOMPARE(c.full.at(*ValuesPath::parse(QStringLiteral("worker.image.registry")))->toString(),
             QStringLiteral("123456789012.dkr.ecr.us-east-1.amazonaws.com"));
    QCOMPARE(c.full.at(*ValuesPath::parse(QStringLiteral("worker.image.tag")))->toString(), QStringLiteral("0000002-0000000007"));
    QCOMPARE(c.full.at(*ValuesPath::parse(QStringLiteral("worker.image.pullPolicy")))->toString(), QStringLiteral("IfNotPresent"));
    QCOMPARE(composer.answersFrom(c.values).fields.value(QStringLiteral("workerImage")), QVariant(image));
    QVERIFY(AnswerValidator(composer).validate(a).isEmpty());
}

QTEST_APPLESS_MAIN(tst_ValuesComposer)
#include "tst_valuescomposer.moc"
