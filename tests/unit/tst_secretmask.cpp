#include "install/SecretMask.h"
#include "TestProducts.h"

#include "product/DescriptorParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Slipway;

// What `values` and `diff` print instead of a secret: the same mark wherever the secret shows
// up — in the values, as written in a manifest, and base64-encoded in a Secret's data.
class tst_SecretMask final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backlineSecrets_areMaskedInTheValues_theRestKept();
    void manifest_secretIsMaskedAsWrittenAndInBase64();
    void mark_isStable_andDiffersBetweenSecrets();
    void noSecretFieldsAnswered_changesNothing();
    void multiLineSecret_isFoundLineByLine();
    void secretSpelledAsANumber_isMaskedToo();
};

namespace {

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

Descriptor descriptorOf(const QByteArray &yaml)
{
    Diagnostics errors;
    Descriptor descriptor = DescriptorParser::parse(yaml, QStringLiteral("installer.yaml"), &errors);
    if (!errors.isEmpty())
        qFatal("%s", qPrintable(TestProducts::describe(errors)));
    return descriptor;
}

const QByteArray kPemDescriptor = R"(apiVersion: slipway/v1
kind: Installer
product: {id: p, title: P}
pages:
  - id: tls
    title: TLS
    fields:
      - {id: key, type: pem, label: Key, path: tls.key, secret: true}
      - {id: pin, type: secret, label: PIN, path: pin}
)";

} // namespace

void tst_SecretMask::backlineSecrets_areMaskedInTheValues_theRestKept()
{
    const Chart backline = TestProducts::bundledChart(QStringLiteral("backline"));
    const QJsonObject config = json(R"({"accessKey":"akey-0123456789abcdef","namespaceOverride":"ns1",
        "minio":{"rootUser":"root","rootPassword":"pw-0123456789"},"worker":{"replicaCount":2}})");
    SecretMask mask;
    mask.collect(*backline.descriptor, config);
    const QJsonObject masked = mask.apply(config);
    QCOMPARE(masked[QLatin1String("accessKey")].toString(),
             SecretMask::maskFor(QStringLiteral("akey-0123456789abcdef")));
    QVERIFY(masked[QLatin1String("accessKey")].toString().startsWith(QLatin1String("<secret ")));
    QCOMPARE(masked[QLatin1String("minio")][QLatin1String("rootPassword")].toString(),
             SecretMask::maskFor(QStringLiteral("pw-0123456789")));
    QCOMPARE(masked[QLatin1String("minio")][QLatin1String("rootUser")].toString(),
             QStringLiteral("root"));
    QCOMPARE(masked[QLatin1String("worker")][QLatin1String("replicaCount")].toInt(), 2);
    QCOMPARE(masked[QLatin1String("namespaceOverride")].toString(), QStringLiteral("ns1"));
    const QByteArray text = QJsonDocument(masked).toJson();
    QVERIFY(!text.contains("akey-0123456789abcdef"));
    QVERIFY(!text.contains("pw-0123456789"));
}

void tst_SecretMask::manifest_secretIsMaskedAsWrittenAndInBase64()
{
    const Chart backline = TestProducts::bundledChart(QStringLiteral("backline"));
    const QString key = QStringLiteral("akey-0123456789abcdef");
    SecretMask mask;
    mask.collect(*backline.descriptor, json(R"({"accessKey":"akey-0123456789abcdef"})"));
    const QString manifest = QStringLiteral("data:\n  ACCESS_KEY: \"%1\"\nenv:\n  KEY: %2\n")
                                 .arg(QString::fromLatin1(key.toUtf8().toBase64()), key);
    const QString masked = mask.apply(manifest);
    QCOMPARE(masked, QStringLiteral("data:\n  ACCESS_KEY: \"%1\"\nenv:\n  KEY: %1\n")
                         .arg(SecretMask::maskFor(key)));
}

void tst_SecretMask::mark_isStable_andDiffersBetweenSecrets()
{
    QCOMPARE(SecretMask::maskFor(QStringLiteral("one-secret")),
             SecretMask::maskFor(QStringLiteral("one-secret")));
    QVERIFY(SecretMask::maskFor(QStringLiteral("one-secret"))
            != SecretMask::maskFor(QStringLiteral("two-secret")));
    QVERIFY(!SecretMask::maskFor(QStringLiteral("one-secret")).contains(QLatin1String("one")));
}

void tst_SecretMask::noSecretFieldsAnswered_changesNothing()
{
    const Chart backline = TestProducts::bundledChart(QStringLiteral("backline"));
    const QJsonObject config = json(R"({"worker":{"replicaCount":2},"accessKey":""})");
    SecretMask mask;
    mask.collect(*backline.descriptor, config);
    QVERIFY(mask.isEmpty());
    QCOMPARE(mask.apply(config), config);
    QCOMPARE(mask.apply(QStringLiteral("x: y")), QStringLiteral("x: y"));
}

void tst_SecretMask::multiLineSecret_isFoundLineByLine()
{
    const QString pem = QStringLiteral("-----BEGIN PRIVATE KEY-----\n"
                                       "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"
                                       "-----END PRIVATE KEY-----\n");
    QJsonObject config { { QStringLiteral("tls"), QJsonObject { { QStringLiteral("key"), pem } } } };
    SecretMask mask;
    mask.collect(descriptorOf(kPemDescriptor), config);
    QVERIFY(!mask.apply(config)[QLatin1String("tls")][QLatin1String("key")].toString().contains(
        QLatin1String("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")));
    // Re-indented inside a ConfigMap of a manifest.
    const QString manifest = QStringLiteral("data:\n  key.pem: |\n    -----BEGIN PRIVATE KEY-----\n"
                                            "    MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n");
    QVERIFY(!mask.apply(manifest).contains(QLatin1String("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")));
}

void tst_SecretMask::secretSpelledAsANumber_isMaskedToo()
{
    // `pin: 12345678` in a values file arrives as a number.
    const QJsonObject config = json(R"({"pin":12345678})");
    SecretMask mask;
    mask.collect(descriptorOf(kPemDescriptor), config);
    QCOMPARE(mask.apply(config)[QLatin1String("pin")].toString(),
             SecretMask::maskFor(QStringLiteral("12345678")));
}

QTEST_GUILESS_MAIN(tst_SecretMask)
#include "tst_secretmask.moc"
