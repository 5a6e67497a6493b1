#include "install/ReleaseDiff.h"
#include "install/SecretMask.h"
#include "TestProducts.h"

#include "helm/ReleaseRecord.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Slipway;

// What `slipway-cli values` / `diff` and the diff view show of two revisions: values and
// manifests with the secrets masked, diffed.
class tst_ReleaseDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesAndManifests_maskTheProductsSecrets_plainAndBase64();
    void showSecrets_masksNothing();
    void storedInstallerYaml_masksWithoutTheProduct();
    void maskedValues_useTheProductOrTheStoredDescriptor();
    void helm4TrailingBlankLines_giveNoDiff();
    void unified_namesTheSides_andHeadsManifestHunksWithTheirSource();
    void valuesYaml_ofNoValues_isEmptyBraces();
};

namespace {

const QString kKeyOne = QStringLiteral("akey-0123456789abcdef");
const QString kKeyTwo = QStringLiteral("akey-fedcba9876543210");

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QString base64(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64());
}

// A manifest with the access key as a Secret holds it (base64) and as an env value (plain).
QString manifestWith(const QString &key, int replicas)
{
    return QStringLiteral("---\n# Source: backline/templates/secret.yaml\napiVersion: v1\n"
                          "kind: Secret\ndata:\n  ACCESS_KEY: %1\n---\n"
                          "# Source: backline/templates/worker.yaml\nkind: Deployment\nmetadata:\n"
                          "  name: worker\n  labels: {}\nspec:\n"
                          "  replicas: %2\n  env:\n    KEY: %3")
        .arg(base64(key))
        .arg(replicas)
        .arg(key);
}

ReleaseRecord record(int revision, const QString &key, int replicas)
{
    ReleaseRecord r;
    r.name = QStringLiteral("backline");
    r.revision = revision;
    r.config = QJsonObject { { QStringLiteral("accessKey"), key },
                             { QStringLiteral("worker"),
                               QJsonObject { { QStringLiteral("replicaCount"), replicas } } } };
    r.manifest = manifestWith(key, replicas);
    return r;
}

QByteArray backlineInstallerYaml()
{
    QFile file(QStringLiteral(SLIPWAY_CHARTS "/backline/installer.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read backline's installer.yaml");
    return file.readAll();
}

QString everything(const ReleaseDiff &diff)
{
    const QStringList sides { diff.fromValues(), diff.toValues(), diff.fromManifest(),
                              diff.toManifest() };
    return (sides + diff.valuesUnified() + diff.manifestUnified()).join(QLatin1Char('\n'));
}

} // namespace

void tst_ReleaseDiff::valuesAndManifests_maskTheProductsSecrets_plainAndBase64()
{
    const Chart backline = TestProducts::bundledChart(QStringLiteral("backline"));
    const ReleaseDiff diff(record(1, kKeyOne, 1), record(2, kKeyTwo, 2), &*backline.descriptor);
    const QString text = everything(diff);
    for (const QString &key : { kKeyOne, kKeyTwo }) {
        QVERIFY2(!text.contains(key), qPrintable(key));
        QVERIFY2(!text.contains(base64(key)), qPrintable(key));
    }
    // A changed secret shows as a changed mark, the same in the values and in the manifest.
    const QString one = SecretMask::maskFor(kKeyOne);
    const QString two = SecretMask::maskFor(kKeyTwo);
    QVERIFY(diff.valuesUnified().contains(QStringLiteral("-accessKey: ") + one)
            || diff.valuesUnified().contains(QStringLiteral("-accessKey: \"%1\"").arg(one)));
    QVERIFY(diff.manifestUnified().contains(QStringLiteral("-  ACCESS_KEY: ") + one));
    QVERIFY(diff.manifestUnified().contains(QStringLiteral("+  ACCESS_KEY: ") + two));
    QVERIFY(diff.manifestUnified().contains(QStringLiteral("+    KEY: ") + two));
    QVERIFY(diff.toManifest().contains(QStringLiteral("replicas: 2")));
    QVERIFY(diff.different());
}

void tst_ReleaseDiff::showSecrets_masksNothing()
{
    const Chart backline = TestProducts::bundledChart(QStringLiteral("backline"));
    const ReleaseDiff diff(record(1, kKeyOne, 1), record(2, kKeyTwo, 1), &*backline.descriptor,
                           true);
    QVERIFY(diff.fromValues().contains(kKeyOne));
    QVERIFY(diff.toManifest().contains(base64(kKeyTwo)));
    QVERIFY(!everything(diff).contains(QLatin1String("<secret ")));
}

void tst_ReleaseDiff::storedInstallerYaml_masksWithoutTheProduct()
{
    ReleaseRecord from = record(1, kKeyOne, 1);
    ReleaseRecord to = record(2, kKeyOne, 3);
    // Without any descriptor nothing says the key is secret…
    QVERIFY(everything(ReleaseDiff(from, to)).contains(kKeyOne));
    // …the one helm stored with the chart of either revision does.
    to.chartFiles.insert(QStringLiteral("installer.yaml"), backlineInstallerYaml());
    const ReleaseDiff diff(from, to);
    const QString text = everything(diff);
    QVERIFY(!text.contains(kKeyOne));
    QVERIFY(!text.contains(base64(kKeyOne)));
    QVERIFY(diff.fromValues().contains(SecretMask::maskFor(kKeyOne)));
    // A stored descriptor that does not parse is ignored, not fatal.
    to.chartFiles.insert(QStringLiteral("installer.yaml"), QByteArray("pages: [unclosed"));
    QVERIFY(everything(ReleaseDiff(from, to)).contains(kKeyOne));
}

void tst_ReleaseDiff::maskedValues_useTheProductOrTheStoredDescriptor()
{
    const Chart backline = TestProducts::bundledChart(QStringLiteral("backline"));
    ReleaseRecord r = record(1, kKeyOne, 2);
    r.config.insert(QStringLiteral("minio"),
                    json(R"({"rootUser":"root","rootPassword":"pw-0123456789"})"));
    QCOMPARE(ReleaseDiff::maskedValues(r, nullptr), r.config);
    const QJsonObject masked = ReleaseDiff::maskedValues(r, &*backline.descriptor);
    QCOMPARE(masked[QLatin1String("accessKey")].toString(), SecretMask::maskFor(kKeyOne));
    QCOMPARE(masked[QLatin1String("minio")][QLatin1String("rootPassword")].toString(),
             SecretMask::maskFor(QStringLiteral("pw-0123456789")));
    QCOMPARE(masked[QLatin1String("minio")][QLatin1String("rootUser")].toString(),
             QStringLiteral("root"));
    QCOMPARE(masked[QLatin1String("worker")][QLatin1String("replicaCount")].toInt(), 2);
    r.chartFiles.insert(QStringLiteral("installer.yaml"), backlineInstallerYaml());
    QCOMPARE(ReleaseDiff::maskedValues(r, nullptr), masked);
}

void tst_ReleaseDiff::helm4TrailingBlankLines_giveNoDiff()
{
    ReleaseRecord helm3 = record(1, kKeyOne, 1);
    ReleaseRecord helm4 = record(2, kKeyOne, 1);
    // Helm 4 ends every document with a blank line.
    helm4.manifest = helm3.manifest;
    helm4.manifest.replace(QStringLiteral("\n---\n"), QStringLiteral("\n\n---\n"));
    helm4.manifest += QStringLiteral("\n\n");
    QVERIFY(helm4.manifest != helm3.manifest);
    const ReleaseDiff diff(helm3, helm4);
    QVERIFY(diff.manifestHunks().isEmpty());
    QVERIFY(diff.manifestUnified().isEmpty());
    QVERIFY(diff.valuesHunks().isEmpty());
    QVERIFY(!diff.different());
    QCOMPARE(ReleaseDiff::normalizedManifest(QStringLiteral("a\n\n  \n---\nb\n\n")),
             QStringLiteral("a\n---\nb"));
}

void tst_ReleaseDiff::unified_namesTheSides_andHeadsManifestHunksWithTheirSource()
{
    ReleaseDiff diff(record(4, kKeyOne, 1), record(7, kKeyOne, 2));
    QCOMPARE(diff.fromName(), QStringLiteral("@4"));
    QCOMPARE(diff.valuesUnified().mid(0, 2),
             QStringList({ QStringLiteral("--- values@4"), QStringLiteral("+++ values@7") }));
    const QStringList manifest = diff.manifestUnified();
    QCOMPARE(manifest.mid(0, 2),
             QStringList({ QStringLiteral("--- manifest@4"), QStringLiteral("+++ manifest@7") }));
    // The replicas line is line 14; its hunk starts three lines up, below worker.yaml's Source.
    QCOMPARE(manifest.value(2),
             QStringLiteral("@@ -11,6 +11,6 @@ # Source: backline/templates/worker.yaml"));
    QCOMPARE(diff.manifestHunks().size(), 1);
    QCOMPARE(diff.manifestHunks().first().heading,
             QStringLiteral("# Source: backline/templates/worker.yaml"));
    diff.setNames(QStringLiteral("@4"), QStringLiteral("@upgrade"));
    QCOMPARE(diff.manifestUnified().value(1), QStringLiteral("+++ manifest@upgrade"));
    QCOMPARE(diff.valuesUnified().value(1), QStringLiteral("+++ values@upgrade"));
}

void tst_ReleaseDiff::valuesYaml_ofNoValues_isEmptyBraces()
{
    QCOMPARE(ReleaseDiff::valuesYaml(QJsonObject()), QStringLiteral("{}"));
    QCOMPARE(ReleaseDiff::valuesYaml(json(R"({"a":{"b":1}})")), QStringLiteral("a:\n  b: 1"));
}

QTEST_GUILESS_MAIN(tst_ReleaseDiff)
#include "tst_releasediff.moc"
