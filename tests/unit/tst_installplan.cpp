#include "install/AnswersFile.h"
#include "install/InstallPlan.h"
#include "product/ChartLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace Slipway;

// An install plan for the Backline product: answers file → validated, composed values for helm,
// with the secret kept in a file of its own and a stable fingerprint.
class tst_InstallPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void answers_composeIntoPublicAndSecretFiles();
    void baseValues_comeBeforeTheAnswers_valuesFilesAfter();
    void fingerprint_isStable_andFollowsEverySetting();
    void invalidAnswer_isRefusedNamingTheField();
    void unknownFieldOrKey_isRefused_data();
    void unknownFieldOrKey_isRefused();
    void helmRequest_takesTheDescriptorsDefaults();
    void check_returnsEachProblemWithItsField();
    void upgradeRequest_installOrUpgrade_andKeepsDeployedValuesOnlyWithoutAnswers();
    void answersFile_writtenIsReadBackAsTheSameAnswers_secretsOnlyWhenAsked();
    void helmRequest_readsTheDescriptorsTimeoutAsHelmDoes_data();
    void helmRequest_readsTheDescriptorsTimeoutAsHelmDoes();

private:
    InstallPlan plan(const QByteArray &answersYaml);
    Chart m_chart;
};

void tst_InstallPlan::initTestCase()
{
    Diagnostics errors;
    m_chart = ChartLoader::load(QStringLiteral(SLIPWAY_CHARTS "/backline"), &errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(m_chart.descriptor);
}

InstallPlan tst_InstallPlan::plan(const QByteArray &answersYaml)
{
    InstallPlan p;
    p.chartPath = QStringLiteral(SLIPWAY_CHARTS "/backline");
    const Expected<Answers> answers
        = AnswersFile::parse(answersYaml, QStringLiteral("answers.yaml"), *m_chart.descriptor);
    if (!answers) // the plan of a test must start from answers that parse
        QTest::qFail(qPrintable(answers.error().toString()), __FILE__, __LINE__);
    p.answers = answers ? answers.value() : Answers();
    p.hasAnswers = true;
    return p;
}

void tst_InstallPlan::answers_composeIntoPublicAndSecretFiles()
{
    const Expected<PreparedValues> prepared
        = plan("environment: production\nfields: {accessKey: key-0123456789abc, workerReplicas: 3}\n")
              .prepare(m_chart);
    QVERIFY2(prepared, qPrintable(prepared.error().toString()));
    QCOMPARE(prepared->files.size(), 2);
    QVERIFY(prepared->files[0].contains("replicaCount: 3"));
    QVERIFY(prepared->files[0].contains("environment: production"));
    QVERIFY(!prepared->files[0].contains("key-0123456789abc"));
    QVERIFY(!prepared->publicYaml.contains("key-0123456789abc"));
    QVERIFY(prepared->files[1].contains("key-0123456789abc"));
    QCOMPARE(prepared->sha256.size(), 64);
}

void tst_InstallPlan::baseValues_comeBeforeTheAnswers_valuesFilesAfter()
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("bundle.yaml"));
    const QString extra = dir.filePath(QStringLiteral("extra.yaml"));
    for (const auto &[path, text] : { std::pair { base, QByteArray("replicaCount: 1\nimage: {registry: 127.0.0.1:5000}\n") },
                                      std::pair { extra, QByteArray("replicaCount: 5\n") } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    InstallPlan p = plan("environment: production\nfields: {accessKey: key-0123456789abc, workerReplicas: 3}\n");
    p.baseValuesFiles = { base };
    p.valuesFiles = { extra };
    const Expected<PreparedValues> prepared = p.prepare(m_chart);
    QVERIFY2(prepared, qPrintable(prepared.error().toString()));
    // helm merges in order: the bundle's values, the answers (values, secrets), then --values.
    QCOMPARE(prepared->files.size(), 4);
    QVERIFY(prepared->files[0].contains("127.0.0.1:5000"));
    QVERIFY(prepared->files[1].contains("replicaCount: 3"));
    QVERIFY(prepared->files[2].contains("key-0123456789abc"));
    QCOMPARE(prepared->files[3], QByteArray("replicaCount: 5\n"));
    // Only the answers are shown as the composed values.
    QVERIFY(!prepared->publicYaml.contains("127.0.0.1:5000"));
    p.baseValuesFiles = { dir.filePath(QStringLiteral("missing.yaml")) };
    QVERIFY(!p.prepare(m_chart));
}

void tst_InstallPlan::fingerprint_isStable_andFollowsEverySetting()
{
    // The MinIO password is given: left empty, a new one would be generated each time.
    const QByteArray yaml = "fields: {accessKey: key-0123456789abc, minioRootPassword: pw-0123456789abcdef}\n";
    const QByteArray first = plan(yaml).prepare(m_chart)->sha256;
    QCOMPARE(plan(yaml).prepare(m_chart)->sha256, first);
    InstallPlan withSet = plan(yaml);
    withSet.setValues = { QStringLiteral("worker.replicaCount=2") };
    QVERIFY(withSet.prepare(m_chart)->sha256 != first);
    QVERIFY(plan("fields: {accessKey: key-0123456789abd, minioRootPassword: pw-0123456789abcdef}\n").prepare(m_chart)->sha256 != first);
}

void tst_InstallPlan::invalidAnswer_isRefusedNamingTheField()
{
    const Expected<PreparedValues> prepared
        = plan("fields: {accessKey: short, workerReplicas: 50}\n").prepare(m_chart);
    QVERIFY(!prepared);
    QVERIFY2(prepared.error().message.contains(QLatin1String("accessKey")),
             qPrintable(prepared.error().message));
    QVERIFY(prepared.error().message.contains(QLatin1String("workerReplicas")));
    QVERIFY(!prepared.error().message.contains(QLatin1String("short"))); // never echo a secret
}

void tst_InstallPlan::unknownFieldOrKey_isRefused_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown field") << QByteArray("fields: {nope: 1}\n") << QStringLiteral("“nope”");
    QTest::newRow("unknown key") << QByteArray("fieldz: {}\n") << QStringLiteral("“fieldz”");
    QTest::newRow("not a map") << QByteArray("- a\n") << QStringLiteral("must be a map");
}

void tst_InstallPlan::unknownFieldOrKey_isRefused()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    const Expected<Answers> answers
        = AnswersFile::parse(yaml, QStringLiteral("a.yaml"), *m_chart.descriptor);
    QVERIFY(!answers);
    QVERIFY2(answers.error().toString().contains(message), qPrintable(answers.error().toString()));
}

void tst_InstallPlan::helmRequest_takesTheDescriptorsDefaults()
{
    InstallPlan p = plan("fields: {accessKey: key-0123456789abc}\n");
    const Expected<PreparedValues> prepared = p.prepare(m_chart);
    QVERIFY(prepared);
    const HelmRequest request = p.helmRequest(m_chart, prepared.value());
    QCOMPARE(request.release, QStringLiteral("backline"));
    QCOMPARE(request.nameSpace, QStringLiteral("backline"));
    QCOMPARE(request.timeoutSeconds, 15 * 60);
    QVERIFY(request.wait);
    QVERIFY(request.rollbackOnFailure);
    QCOMPARE(request.valuesFiles, prepared->files);
}

void tst_InstallPlan::helmRequest_readsTheDescriptorsTimeoutAsHelmDoes_data()
{
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<int>("seconds");
    QTest::newRow("minutes") << QStringLiteral("15m") << 900;
    QTest::newRow("seconds") << QStringLiteral("90s") << 90;
    QTest::newRow("mixed") << QStringLiteral("1h30m5s") << 5405;
    QTest::newRow("fraction") << QStringLiteral("1.5h") << 5400;
    QTest::newRow("milliseconds, cut to seconds") << QStringLiteral("2500ms") << 2;
    // No usable timeout: helm's own default of five minutes.
    QTest::newRow("empty") << QString() << 300;
    QTest::newRow("garbage") << QStringLiteral("soon") << 300;
    QTest::newRow("trailing garbage") << QStringLiteral("5mx") << 300;
    QTest::newRow("below a second") << QStringLiteral("500ms") << 300;
}

void tst_InstallPlan::helmRequest_readsTheDescriptorsTimeoutAsHelmDoes()
{
    QFETCH(QString, timeout);
    QFETCH(int, seconds);
    Chart chart = m_chart;
    chart.descriptor->helmTimeout = timeout;
    InstallPlan p = plan("fields: {accessKey: key-0123456789abc}\n");
    const Expected<PreparedValues> prepared = p.prepare(chart);
    QVERIFY(prepared);
    QCOMPARE(p.helmRequest(chart, prepared.value()).timeoutSeconds, seconds);
}

void tst_InstallPlan::check_returnsEachProblemWithItsField()
{
    const InstallPlan p = plan("fields: {accessKey: short, workerCpuRequest: lots}\n");
    const Issues issues = p.check(m_chart);
    QStringList fields;
    for (const Issue &issue : issues)
        fields << issue.field;
    QVERIFY2(fields.contains(QStringLiteral("accessKey")), qPrintable(fields.join(QLatin1Char(','))));
    QVERIFY2(fields.contains(QStringLiteral("workerCpuRequest")), qPrintable(fields.join(QLatin1Char(','))));
    QVERIFY(plan("fields: {accessKey: key-0123456789abc}\n").check(m_chart).isEmpty());
}

void tst_InstallPlan::upgradeRequest_installOrUpgrade_andKeepsDeployedValuesOnlyWithoutAnswers()
{
    InstallPlan p = plan("fields: {accessKey: key-0123456789abc}\n");
    p.storage = ReleaseStorage(ReleaseStorage::Kind::ConfigMaps);
    const PreparedValues values = p.prepare(m_chart).value();
    HelmRequest install = p.upgradeRequest(m_chart, values);
    QVERIFY(install.install);
    QVERIFY(!install.reuseValues);
    QCOMPARE(install.storage.driverName(), QStringLiteral("configmap"));
    p.upgrade = true;
    HelmRequest upgrade = p.upgradeRequest(m_chart, values);
    QVERIFY(!upgrade.install);
    QVERIFY2(!upgrade.reuseValues, "answers are the whole configuration: nothing is kept");
    p.hasAnswers = false;
    QVERIFY(p.upgradeRequest(m_chart, values).reuseValues);
}

void tst_InstallPlan::answersFile_writtenIsReadBackAsTheSameAnswers_secretsOnlyWhenAsked()
{
    const InstallPlan p = plan("environment: production\nsize: large\n"
                               "fields: {accessKey: key-0123456789abc, workerReplicas: 3, otel: true,\n"
                               "  workerNodeSelector: {disk: ssd}}\noverrides: |\n  extra: 1\n");
    const Descriptor &descriptor = *m_chart.descriptor;
    const QByteArray withSecrets = AnswersFile::serialize(p.answers, descriptor, true);
    const Expected<Answers> again = AnswersFile::parse(withSecrets, QStringLiteral("a.yaml"), descriptor);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(again.value(), p.answers);
    const QByteArray without = AnswersFile::serialize(p.answers, descriptor, false);
    QVERIFY(!without.contains("key-0123456789abc"));
    Answers expected = p.answers;
    expected.fields.remove(QStringLiteral("accessKey"));
    QCOMPARE(AnswersFile::parse(without, QStringLiteral("a.yaml"), descriptor).value(), expected);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("answers.yaml"));
    QVERIFY(AnswersFile::write(file, p.answers, descriptor, true));
    QCOMPARE(QFile(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QCOMPARE(AnswersFile::read(file, descriptor).value(), p.answers);
}

QTEST_GUILESS_MAIN(tst_InstallPlan)
#include "tst_installplan.moc"
