#include "helm/ReleaseRecord.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Slipway;

// Release Secrets captured from the testbed (smoke chart, `--set message=…`) by helm 4 and
// helm 3, next to what those helms print for them: the decoder must agree with helm itself.
class tst_ReleaseRecord final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capturedSecret_decodesLikeHelmHistory_data();
    void capturedSecret_decodesLikeHelmHistory();
    void computedValues_equalHelmGetValuesAll_data() { capturedSecret_decodesLikeHelmHistory_data(); }
    void computedValues_equalHelmGetValuesAll();
    void uncompressedPayload_isReadAsPlainJson();
    void garbage_isAnErrorNotACrash_data();
    void garbage_isAnErrorNotACrash();
    void nullInUserValues_deletesTheDefault();
    void chartFiles_areKeptDecoded_soTheStoredDescriptorCanBeRead();

private:
    static QByteArray fixture(const QString &name);
};

QByteArray tst_ReleaseRecord::fixture(const QString &name)
{
    QFile file(QStringLiteral(SLIPWAY_HELM_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

void tst_ReleaseRecord::capturedSecret_decodesLikeHelmHistory_data()
{
    QTest::addColumn<QString>("helm");
    QTest::addColumn<QString>("message");
    QTest::newRow("helm 4") << QStringLiteral("helm4") << QStringLiteral("two");
    QTest::newRow("helm 3") << QStringLiteral("helm3") << QStringLiteral("three");
}

void tst_ReleaseRecord::capturedSecret_decodesLikeHelmHistory()
{
    QFETCH(QString, helm);
    QFETCH(QString, message);
    const QJsonObject secret
        = QJsonDocument::fromJson(fixture(QStringLiteral("release-%1.secret.json").arg(helm))).object();
    const Expected<ReleaseRecord> record = ReleaseRecord::fromSecret(secret);
    QVERIFY2(record, qPrintable(record.error().message));
    QCOMPARE(record->name, QStringLiteral("smoke"));
    QCOMPARE(record->nameSpace, helm == QLatin1String("helm4") ? QStringLiteral("fx-h4") : QStringLiteral("fx-h3"));
    QCOMPARE(record->objectName, QStringLiteral("sh.helm.release.v1.smoke.v1"));
    QVERIFY(!record->createdAt.isEmpty());
    QCOMPARE(record->config.value(QStringLiteral("message")).toString(), message);
    QVERIFY(record->manifest.contains(QStringLiteral("# Source: smoke/templates/")));
    QCOMPARE(record->firstDeployed, record->lastDeployed);
    QVERIFY(!record->isPending());

    const QJsonArray history = QJsonDocument::fromJson(
        fixture(QStringLiteral("release-%1.history.json").arg(helm))).array();
    QCOMPARE(history.size(), 1);
    QCOMPARE(record->historyEntry(), history.first().toObject());
}

void tst_ReleaseRecord::computedValues_equalHelmGetValuesAll()
{
    QFETCH(QString, helm);
    const Expected<ReleaseRecord> record = ReleaseRecord::fromSecret(
        QJsonDocument::fromJson(fixture(QStringLiteral("release-%1.secret.json").arg(helm))).object());
    QVERIFY(record);
    const QJsonObject computed
        = QJsonDocument::fromJson(fixture(QStringLiteral("release-%1.computed.json").arg(helm))).object();
    QCOMPARE(record->computedValues(), computed);
}

void tst_ReleaseRecord::uncompressedPayload_isReadAsPlainJson()
{
    const QByteArray json = R"({"name":"old","namespace":"ns","version":3,"info":{"status":"superseded"},
        "chart":{"metadata":{"name":"c","version":"1.2.3","appVersion":"9"}}})";
    const Expected<QByteArray> payload = ReleaseRecord::decodePayload(json.toBase64());
    QVERIFY(payload);
    const Expected<ReleaseRecord> record = ReleaseRecord::fromJson(*payload);
    QVERIFY(record);
    QCOMPARE(record->revision, 3);
    QCOMPARE(record->chart(), QStringLiteral("c-1.2.3"));
    QCOMPARE(record->status, QStringLiteral("superseded"));
}

void tst_ReleaseRecord::garbage_isAnErrorNotACrash_data()
{
    QTest::addColumn<QByteArray>("secretJson");
    QTest::newRow("no data") << QByteArray(R"({"metadata":{"name":"x"}})");
    QTest::newRow("not base64") << QByteArray(R"({"data":{"release":"%%%"}})");
    QTest::newRow("inner not base64")
        << (QByteArray(R"({"data":{"release":")") + QByteArray("%%%").toBase64() + "\"}}");
    QTest::newRow("truncated gzip")
        << (QByteArray(R"({"data":{"release":")")
            + QByteArray("\x1f\x8b\x08\x00\x00", 5).toBase64().toBase64() + "\"}}");
    QTest::newRow("json without a name")
        << (QByteArray(R"({"data":{"release":")") + QByteArray("{}").toBase64().toBase64()
            + "\"}}");
}

void tst_ReleaseRecord::garbage_isAnErrorNotACrash()
{
    QFETCH(QByteArray, secretJson);
    const Expected<ReleaseRecord> record
        = ReleaseRecord::fromSecret(QJsonDocument::fromJson(secretJson).object());
    QVERIFY(!record);
    QVERIFY(!record.error().message.isEmpty());
}

void tst_ReleaseRecord::nullInUserValues_deletesTheDefault()
{
    ReleaseRecord record;
    record.chartValues = QJsonDocument::fromJson(R"({"a":1,"b":{"c":2,"d":3}})").object();
    record.config = QJsonDocument::fromJson(R"({"a":null,"b":{"c":5}})").object();
    QCOMPARE(record.computedValues(), QJsonDocument::fromJson(R"({"b":{"c":5,"d":3}})").object());
}

void tst_ReleaseRecord::chartFiles_areKeptDecoded_soTheStoredDescriptorCanBeRead()
{
    // chart.files[].data is Go []byte, so base64 in the JSON (helm-engine.md §1.3).
    const Expected<ReleaseRecord> record = ReleaseRecord::fromJson(
        R"({"name":"b","version":2,"info":{"status":"deployed"},"chart":{"metadata":{"name":"b"},)"
        R"("files":[{"name":"installer.yaml","data":"a2luZDogSW5zdGFsbGVyCg=="},)"
        R"({"name":"README.md","data":""}]}})");
    QVERIFY(record);
    QCOMPARE(record->chartFiles.value(QStringLiteral("installer.yaml")), QByteArray("kind: Installer\n"));
    QVERIFY(record->chartFiles.contains(QStringLiteral("README.md")));
}

QTEST_GUILESS_MAIN(tst_ReleaseRecord)
#include "tst_releaserecord.moc"
