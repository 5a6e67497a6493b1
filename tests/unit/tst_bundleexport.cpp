#include "HoldsFor.h"
#include "LocalRegistry.h"
#include "RegistryRun.h"
#include "TestChartArchive.h"
#include "TestImages.h"

#include "bundle/BundleExport.h"
#include "bundle/BundleImport.h"
#include "bundle/ImagePush.h"

#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

// BundleExport and BundleImport as operations (app/README.md §4) against two real registries:
// a round trip keeps every digest and rewrites the values; cancel ends with one finished(); a
// failed export leaves its pulls for the next one; a refused bundle pushes nothing.
class tst_BundleExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportThenImport_keepsDigests_andRewritesTheValues();
    void manifestPlatforms_areWhatEachImagesConfigSays();
    void cancel_endsWithOneFinished_andNoBundle();
    void failedExport_isResumedByTheNext();
    void importOfARefusedBundle_pushesNothing();

private:
    ExportSpec spec(const QString &name, const QStringList &images) const;
    static BundleResult runToEnd(BundleOperation &operation);

    LocalRegistry m_source;
    LocalRegistry m_target;
    QTemporaryDir m_dir;
    QString m_chart;
    QHash<QString, QString> m_digests; // "team/app:1" → its manifest digest
    MinisignSecretKey m_key;
};

BundleResult tst_BundleExport::runToEnd(BundleOperation &operation)
{
    QSignalSpy finished(&operation, &BundleOperation::finished);
    operation.start();
    if (!finished.wait(120000))
        return BundleResult();
    // A second finished() fails the test the moment it arrives.
    if (!holdsFor([&] { return finished.size() == 1; }, 300))
        qFatal("finished() came %d times", int(finished.size()));
    return finished.first().first().value<BundleResult>();
}

void tst_BundleExport::initTestCase()
{
    QString problem = m_source.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = m_target.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString seedDir = m_dir.filePath(QStringLiteral("seed"));
    TestImages seed(seedDir);
    for (const QString &name : { QStringLiteral("team/app:1"), QStringLiteral("team/side:2") }) {
        const QJsonObject descriptor = seed.manifest({ TestImages::randomBytes(512 * 1024), TestImages::randomBytes(64 * 1024) });
        m_digests.insert(name, descriptor.value(QStringLiteral("digest")).toString());
        seed.name(descriptor, QStringLiteral("seed.test/") + name);
    }
    // Built for arm64 v8 only, whatever platform an export asks for.
    seed.name(seed.manifest({ TestImages::randomBytes(32 * 1024) }, QStringLiteral("arm64"), QStringLiteral("linux/arm64/v8")),
              QStringLiteral("seed.test/team/arm:1"));
    PushOptions anonymous;
    anonymous.registry.plainHttp = true;
    ImagePush seeding(seedDir, m_source.host(), anonymous);
    const RegistryResult seeded = ::runToEnd(seeding);
    QVERIFY2(seeded.ok, qPrintable(seeded.error.toString()));

    m_chart = m_dir.filePath(QStringLiteral("demo-1.0.0.tgz"));
    QFile chart(m_chart);
    QVERIFY(chart.open(QIODevice::WriteOnly));
    chart.write(TestChartArchive::build(
        { { QStringLiteral("demo/Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 1.0.0\n" },
          { QStringLiteral("demo/values.yaml"), "image: {repository: nginx, tag: '1'}\nside: {image: 'x/y:1'}\n" } }));
    chart.close();
    m_key = *MinisignSecretKey::generate();
}

ExportSpec tst_BundleExport::spec(const QString &name, const QStringList &images) const
{
    ExportSpec s;
    s.output = m_dir.filePath(name);
    s.header.product = QStringLiteral("demo");
    s.header.chartName = QStringLiteral("demo");
    s.header.chartVersion = QStringLiteral("1.0.0");
    s.header.created = QDateTime::currentDateTimeUtc();
    s.header.slipwayVersion = QStringLiteral("0.0.0");
    s.chartArchive = m_chart;
    s.valuesYaml = "image:\n  repository: " + m_source.host().toUtf8() + "/team/app\n  tag: \"1\"\nside:\n  image: "
        + m_source.host().toUtf8() + "/team/side:2\n";
    for (const QString &image : images)
        s.images.append(m_source.host() + QLatin1Char('/') + image);
    s.pull.registry.plainHttp = true;
    s.signingKey = m_key;
    return s;
}

void tst_BundleExport::exportThenImport_keepsDigests_andRewritesTheValues()
{
    BundleExport exporting(spec(QStringLiteral("demo.slipway.zip"), { QStringLiteral("team/app:1"), QStringLiteral("team/side:2") }));
    QSignalSpy progress(&exporting, &BundleOperation::progress);
    const BundleResult exported = runToEnd(exporting);
    QVERIFY2(exported.ok, qPrintable(exported.error.toString()));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(exported.manifest.images.size(), 2);
    QCOMPARE(exported.manifest.images[0].digest, m_digests.value(QStringLiteral("team/app:1")));
    QCOMPARE(exported.manifest.images[1].digest, m_digests.value(QStringLiteral("team/side:2")));
    QVERIFY(!QFileInfo::exists(exporting.stagingDir()));

    ImportSpec importSpec;
    importSpec.bundle = exported.bundlePath;
    importSpec.trust = { { m_key.publicHalf() }, false };
    importSpec.extractTo = m_dir.filePath(QStringLiteral("imported"));
    importSpec.registry = m_target.host();
    importSpec.push.registry.plainHttp = true;
    BundleImport importing(importSpec);
    const BundleResult imported = runToEnd(importing);
    QVERIFY2(imported.ok, qPrintable(imported.error.toString()));
    QVERIFY(imported.isSigned);
    QCOMPARE(imported.images.size(), 2);
    QVERIFY(imported.images.contains(m_target.host() + QStringLiteral("/team/app@") + m_digests.value(QStringLiteral("team/app:1"))));
    QFile values(imported.valuesFile);
    QVERIFY(values.open(QIODevice::ReadOnly));
    const QByteArray text = values.readAll();
    QVERIFY2(text.contains(QByteArray("repository: " + m_target.host().toUtf8() + "/team/app")), text.constData());
    QVERIFY2(text.contains(QByteArray("image: " + m_target.host().toUtf8() + "/team/side:2")), text.constData());
    QCOMPARE(imported.valueChanges.size(), 2);
    QCOMPARE(imported.chartFile, importSpec.extractTo + QStringLiteral("/charts/demo-1.0.0.tgz"));
}

void tst_BundleExport::manifestPlatforms_areWhatEachImagesConfigSays()
{
    // The export asks for linux/amd64 (the default); the manifest says what each image is.
    BundleExport exporting(spec(QStringLiteral("platforms.slipway.zip"), { QStringLiteral("team/app:1"), QStringLiteral("team/arm:1") }));
    const BundleResult exported = runToEnd(exporting);
    QVERIFY2(exported.ok, qPrintable(exported.error.toString()));
    QCOMPARE(exported.manifest.images.size(), 2);
    QCOMPARE(exported.manifest.images[0].platforms, QStringList { QStringLiteral("linux/amd64") });
    QCOMPARE(exported.manifest.images[1].platforms, QStringList { QStringLiteral("linux/arm64/v8") });
    BundleReader reader(exported.bundlePath);
    QVERIFY(reader.open({ { m_key.publicHalf() }, false }));
    QCOMPARE(reader.manifest().images[1].platforms, QStringList { QStringLiteral("linux/arm64/v8") });
}

void tst_BundleExport::cancel_endsWithOneFinished_andNoBundle()
{
    BundleExport exporting(spec(QStringLiteral("cancelled.slipway.zip"), { QStringLiteral("team/app:1") }));
    exporting.start();
    exporting.cancel();
    const BundleResult result = runToEnd(exporting);
    QVERIFY(!result.ok);
    QCOMPARE(result.failure, BundleResult::Failure::Cancelled);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("cancelled.slipway.zip"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("cancelled.slipway.zip.partial"))));
}

void tst_BundleExport::failedExport_isResumedByTheNext()
{
    BundleExport failing(spec(QStringLiteral("resumed.slipway.zip"), { QStringLiteral("team/app:1"), QStringLiteral("team/missing:1") }));
    const BundleResult failed = runToEnd(failing);
    QVERIFY(!failed.ok);
    QCOMPARE(failed.failure, BundleResult::Failure::Registry);
    QVERIFY2(failed.error.message.contains(QLatin1String("team/missing")), qPrintable(failed.error.message));
    QVERIFY(QFileInfo::exists(failing.stagingDir()));
    BundleExport again(spec(QStringLiteral("resumed.slipway.zip"), { QStringLiteral("team/app:1") }));
    const BundleResult resumed = runToEnd(again);
    QVERIFY2(resumed.ok, qPrintable(resumed.error.toString()));
    QCOMPARE(resumed.registry.bytesTransferred, 0);
    QVERIFY(resumed.registry.bytesSkipped > 512 * 1024);
}

void tst_BundleExport::importOfARefusedBundle_pushesNothing()
{
    ExportSpec unsigned_ = spec(QStringLiteral("unsigned.slipway.zip"), { QStringLiteral("team/side:2") });
    unsigned_.signingKey.reset();
    BundleExport exporting(unsigned_);
    QVERIFY(runToEnd(exporting).ok);
    LocalRegistry empty;
    QString problem = empty.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    ImportSpec importSpec;
    importSpec.bundle = unsigned_.output;
    importSpec.trust = { { m_key.publicHalf() }, false };
    importSpec.extractTo = m_dir.filePath(QStringLiteral("refused"));
    importSpec.registry = empty.host();
    importSpec.push.registry.plainHttp = true;
    BundleImport importing(importSpec);
    const BundleResult result = runToEnd(importing);
    QVERIFY(!result.ok);
    QCOMPARE(result.failure, BundleResult::Failure::Invalid);
    QVERIFY(!QFileInfo::exists(importSpec.extractTo));
    QVERIFY(!QFileInfo::exists(empty.storage() + QStringLiteral("/docker")));
}

QTEST_GUILESS_MAIN(tst_BundleExport)
#include "tst_bundleexport.moc"
