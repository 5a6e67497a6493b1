#include "bundle/BundleValues.h"
#include "product/Descriptor.h"
#include "product/YamlWriter.h"

#include <QTest>

using namespace Slipway;

// A bundle's values: every file merged, the installer's secret fields left out unless asked.
class tst_BundleValues final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compose_mergesFilesInOrder_andLeavesSecretsOut();
    void compose_keepsSecretsWhenAsked_andSaysSo();
    void compose_withoutDescriptor_keepsEverything();
    void compose_namesABadFile();

private:
    static Descriptor descriptor();
    static const QList<QByteArray> kFiles;
};

const QList<QByteArray> tst_BundleValues::kFiles {
    "db:\n  host: db.internal\n  password: first\nreplicas: 1\n",
    "db:\n  password: s3cret\napi:\n  token: abc\nreplicas: 3\n",
};

Descriptor tst_BundleValues::descriptor()
{
    Descriptor d;
    for (const auto &[path, secret] : { std::pair { "db.password", true }, std::pair { "api.token", true },
                                        std::pair { "db.host", false }, std::pair { "absent.key", true } }) {
        Field field;
        field.id = QString::fromLatin1(path);
        field.path = *ValuesPath::parse(QString::fromLatin1(path));
        field.secret = secret;
        d.fields.append(field);
    }
    return d;
}

void tst_BundleValues::compose_mergesFilesInOrder_andLeavesSecretsOut()
{
    const Descriptor d = descriptor();
    const auto composed = BundleValues::compose(kFiles, &d, false);
    QVERIFY2(composed, qPrintable(composed.error().toString()));
    const QByteArray yaml = YamlWriter::write(composed->values);
    QVERIFY2(!yaml.contains("s3cret") && !yaml.contains("first") && !yaml.contains("abc"), yaml.constData());
    QCOMPARE(composed->values.at(*ValuesPath::parse(QStringLiteral("db.host")))->toString(), QStringLiteral("db.internal"));
    QCOMPARE(composed->values.at(*ValuesPath::parse(QStringLiteral("replicas")))->toInt(), 3);
    QCOMPARE(composed->redacted, (QStringList { QStringLiteral("db.password"), QStringLiteral("api.token") }));
    QVERIFY(!composed->containsSecrets);
}

void tst_BundleValues::compose_keepsSecretsWhenAsked_andSaysSo()
{
    const Descriptor d = descriptor();
    const auto composed = BundleValues::compose(kFiles, &d, true);
    QVERIFY(composed);
    QCOMPARE(composed->values.at(*ValuesPath::parse(QStringLiteral("db.password")))->toString(), QStringLiteral("s3cret"));
    QVERIFY(composed->redacted.isEmpty());
    QVERIFY(composed->containsSecrets);
    // Asked, but there was no secret to keep.
    const auto none = BundleValues::compose({ "replicas: 2\n" }, &d, true);
    QVERIFY(!none->containsSecrets);
}

void tst_BundleValues::compose_withoutDescriptor_keepsEverything()
{
    const auto kept = BundleValues::compose(kFiles, nullptr, false);
    QVERIFY(kept);
    QCOMPARE(kept->values.at(*ValuesPath::parse(QStringLiteral("api.token")))->toString(), QStringLiteral("abc"));
    QVERIFY(!kept->containsSecrets);
    QVERIFY(BundleValues::compose(kFiles, nullptr, true)->containsSecrets);
}

void tst_BundleValues::compose_namesABadFile()
{
    const auto bad = BundleValues::compose({ "a: [1,\n" }, nullptr, false);
    QVERIFY(!bad);
    QVERIFY(bad.error().line > 0);
}

QTEST_GUILESS_MAIN(tst_BundleValues)
#include "tst_bundlevalues.moc"
