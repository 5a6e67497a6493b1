#include "HoldsFor.h"
#include "LocalRegistry.h"
#include "RegistryRun.h"
#include "TestImages.h"

#include "bundle/ImagePull.h"
#include "bundle/ImagePush.h"

#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

// ImagePull against a real registry (docker-registry on loopback): test images are written
// into a layout, pushed to it, and pulled back by tag, by digest and per platform.
class tst_ImagePull final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pullByTag_writesAVerifiedOciLayout();
    void pullByDigest_givesTheSameImage();
    void pullOfAnIndex_takesLinuxAmd64ByDefault();
    void pullOfAnIndex_takesTheChosenPlatform();
    void pullOfAnIndex_withoutThePlatform_namesTheOffered();
    void platform_isWhatTheImagesConfigSays();
    void pullOfAnIndex_keepsTheConfigsVariant();
    void pullOfAnIndex_whoseEntryContradictsItsConfig_isRefused();
    void secondPull_transfersNoBlobBytes();
    void interruptedPull_fetchesOnlyWhatIsMissing();
    void progress_reportsBytesUpToTheTotal();
    void corruptBlob_failsNamingItsDigestAndKeepsNothing();
    void unknownTag_isTheRegistrysError();
    void plainHttp_isRefusedBeyondLoopback();
    void cancel_endsWithOneFinished();
    void cancelMidTransfer_leavesNoPartialBlob();

private:
    RegistryResult pull(const QString &ref, const QString &layout, const QString &platform = QString());
    PullOptions options() const;

    LocalRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_app; // manifest digests as written
    QList<QByteArray> m_appLayers;
    QString m_amd64;
    QString m_arm64;
    QString m_index;
    QString m_victimLayer;
    QString m_lying; // an index entry listed as linux/amd64 whose config says linux/arm64
};

PullOptions tst_ImagePull::options() const
{
    PullOptions options;
    options.registry.plainHttp = true;
    return options;
}

RegistryResult tst_ImagePull::pull(const QString &ref, const QString &layout, const QString &platform)
{
    PullOptions opts = options();
    if (!platform.isEmpty())
        opts.setPlatform(platform);
    ImagePull operation(ImageReference::parse(m_registry.host() + QLatin1Char('/') + ref).value(), layout, opts);
    return runToEnd(operation);
}

void tst_ImagePull::initTestCase()
{
    const QString problem = m_registry.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    TestImages seed(m_dir.filePath(QStringLiteral("seed")));
    m_appLayers = {TestImages::randomBytes(1 << 20), TestImages::randomBytes(200 * 1024)};
    const QJsonObject app = seed.manifest(m_appLayers);
    m_app = app.value(QStringLiteral("digest")).toString();
    seed.name(app, QStringLiteral("seed.test/app:1"));
    const QJsonObject amd64 = seed.manifest({TestImages::randomBytes(64 * 1024)}, QStringLiteral("amd64"));
    const QJsonObject arm64 = seed.manifest({TestImages::randomBytes(64 * 1024)}, QStringLiteral("arm64"));
    m_amd64 = amd64.value(QStringLiteral("digest")).toString();
    m_arm64 = arm64.value(QStringLiteral("digest")).toString();
    const QJsonObject index = seed.index({amd64, arm64});
    m_index = index.value(QStringLiteral("digest")).toString();
    seed.name(index, QStringLiteral("seed.test/multi:1"));
    const QJsonObject victim = seed.manifest({TestImages::randomBytes(300 * 1024)});
    const QByteArray victimManifest = seed.layout().readBlob(victim.value(QStringLiteral("digest")).toString()).value();
    m_victimLayer = QJsonDocument::fromJson(victimManifest).object().value(QStringLiteral("layers"))[0]
                        .toObject().value(QStringLiteral("digest")).toString();
    seed.name(victim, QStringLiteral("seed.test/victim:1"));
    seed.name(seed.manifest({TestImages::randomBytes(16 << 20)}), QStringLiteral("seed.test/big:1"));
    // Built for arm64 v8 only; its config says so, which a pull for linux/amd64 must record.
    seed.name(seed.manifest({TestImages::randomBytes(8 * 1024)}, QStringLiteral("arm64"), QStringLiteral("linux/arm64/v8")),
              QStringLiteral("seed.test/arm:1"));
    // An index whose arm64 entry (no variant) leads to a config naming v8, and one whose amd64
    // entry leads to an arm64 config.
    seed.name(seed.index({seed.manifest({TestImages::randomBytes(8 * 1024)}, QStringLiteral("arm64"),
                                        QStringLiteral("linux/arm64/v8"))}),
              QStringLiteral("seed.test/armv8:1"));
    const QJsonObject lying = seed.manifest({TestImages::randomBytes(8 * 1024)}, QStringLiteral("amd64"),
                                            QStringLiteral("linux/arm64"));
    m_lying = lying.value(QStringLiteral("digest")).toString();
    seed.name(seed.index({lying}), QStringLiteral("seed.test/lying:1"));

    PushOptions push;
    push.registry.plainHttp = true;
    ImagePush seeding(seed.layout().path(), m_registry.host(), push);
    const RegistryResult pushed = runToEnd(seeding);
    QVERIFY2(pushed.ok, qPrintable(pushed.error.toString()));
    QCOMPARE(pushed.images.size(), 7);
}

void tst_ImagePull::pullByTag_writesAVerifiedOciLayout()
{
    const QString dir = m_dir.filePath(QStringLiteral("bytag"));
    const RegistryResult result = pull(QStringLiteral("app:1"), dir);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.blobsTransferred, 3); // config and two layers
    QVERIFY(QFile::exists(dir + QStringLiteral("/oci-layout")));
    const OciLayout layout = OciLayout::open(dir).value();
    QCOMPARE(layout.manifests().size(), 1);
    const QJsonObject entry = layout.manifests().first().toObject();
    QCOMPARE(entry.value(QStringLiteral("digest")).toString(), m_app);
    QCOMPARE(entry.value(QStringLiteral("annotations"))[MediaTypes::kRefNameAnnotation].toString(), QStringLiteral("1"));
    for (const QByteArray &layer : m_appLayers)
        QVERIFY(layout.hasVerifiedBlob(OciLayout::digestOf(layer), layer.size()));
    QVERIFY(layout.readBlob(m_app));
    QCOMPARE(result.images, QStringList{m_registry.host() + QStringLiteral("/app:1@") + m_app});
}

void tst_ImagePull::pullByDigest_givesTheSameImage()
{
    const QString dir = m_dir.filePath(QStringLiteral("bydigest"));
    const RegistryResult result = pull(QStringLiteral("app@") + m_app, dir);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(OciLayout::open(dir)->manifests().first().toObject().value(QStringLiteral("digest")).toString(), m_app);
}

void tst_ImagePull::pullOfAnIndex_takesLinuxAmd64ByDefault()
{
    const RegistryResult result = pull(QStringLiteral("multi:1"), m_dir.filePath(QStringLiteral("amd64")));
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QVERIFY2(result.images.first().endsWith(m_amd64), qPrintable(result.images.first()));
}

void tst_ImagePull::pullOfAnIndex_takesTheChosenPlatform()
{
    const RegistryResult result = pull(QStringLiteral("multi:1"), m_dir.filePath(QStringLiteral("arm64")),
                                       QStringLiteral("linux/arm64"));
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QVERIFY2(result.images.first().endsWith(m_arm64), qPrintable(result.images.first()));
    QCOMPARE(result.platforms, QStringList{QStringLiteral("linux/arm64")});
    // The index itself, pulled by its digest, resolves the same way.
    const RegistryResult byDigest = pull(QStringLiteral("multi@") + m_index, m_dir.filePath(QStringLiteral("arm64")),
                                         QStringLiteral("linux/arm64"));
    QVERIFY2(byDigest.ok, qPrintable(byDigest.error.toString()));
    QVERIFY(byDigest.images.first().endsWith(m_arm64));
}

void tst_ImagePull::pullOfAnIndex_withoutThePlatform_namesTheOffered()
{
    const RegistryResult result = pull(QStringLiteral("multi:1"), m_dir.filePath(QStringLiteral("s390x")),
                                       QStringLiteral("linux/s390x"));
    QVERIFY(!result.ok);
    const QString message = result.error.message;
    QVERIFY2(message.contains(QStringLiteral("linux/s390x")) && message.contains(QStringLiteral("linux/amd64, linux/arm64")),
             qPrintable(message));
}

void tst_ImagePull::platform_isWhatTheImagesConfigSays()
{
    const QString dir = m_dir.filePath(QStringLiteral("arm"));
    ImagePull operation(ImageReference::parse(m_registry.host() + QStringLiteral("/arm:1")).value(), dir, options());
    QSignalSpy notices(&operation, &RegistryOperation::notice);
    const RegistryResult result = runToEnd(operation);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.platforms, QStringList{QStringLiteral("linux/arm64/v8")});
    const QJsonObject platform = OciLayout::open(dir)->manifests().first().toObject().value(QStringLiteral("platform")).toObject();
    QCOMPARE(platform.value(QStringLiteral("architecture")).toString(), QStringLiteral("arm64"));
    QCOMPARE(platform.value(QStringLiteral("variant")).toString(), QStringLiteral("v8"));
    // Asked for linux/amd64 (the default), it says what it took.
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.first().first().toString().contains(QStringLiteral("linux/arm64/v8")),
             qPrintable(notices.first().first().toString()));
    // An image whose config names what was asked for says nothing.
    ImagePull app(ImageReference::parse(m_registry.host() + QStringLiteral("/app:1")).value(),
                  m_dir.filePath(QStringLiteral("quiet")), options());
    QSignalSpy quiet(&app, &RegistryOperation::notice);
    const RegistryResult amd64 = runToEnd(app);
    QCOMPARE(amd64.platforms, QStringList{QStringLiteral("linux/amd64")});
    QVERIFY(quiet.isEmpty());
}

void tst_ImagePull::pullOfAnIndex_keepsTheConfigsVariant()
{
    const RegistryResult result = pull(QStringLiteral("armv8:1"), m_dir.filePath(QStringLiteral("armv8")),
                                       QStringLiteral("linux/arm64"));
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.platforms, QStringList{QStringLiteral("linux/arm64/v8")});
    const RegistryResult multi = pull(QStringLiteral("multi:1"), m_dir.filePath(QStringLiteral("armv8")),
                                      QStringLiteral("linux/arm64"));
    QCOMPARE(multi.platforms, QStringList{QStringLiteral("linux/arm64")});
}

void tst_ImagePull::pullOfAnIndex_whoseEntryContradictsItsConfig_isRefused()
{
    const QString dir = m_dir.filePath(QStringLiteral("lying"));
    const RegistryResult result = pull(QStringLiteral("lying:1"), dir);
    QVERIFY(!result.ok);
    const QString message = result.error.message;
    QVERIFY2(message.contains(QStringLiteral("lying:1")) && message.contains(m_lying)
                 && message.contains(QStringLiteral("linux/amd64")) && message.contains(QStringLiteral("linux/arm64")),
             qPrintable(message));
    QCOMPARE(OciLayout::open(dir)->manifests().size(), 0);
    QCOMPARE(result.blobsTransferred, 1); // the config only: no layer after it
}

void tst_ImagePull::secondPull_transfersNoBlobBytes()
{
    const QString dir = m_dir.filePath(QStringLiteral("twice"));
    const RegistryResult first = pull(QStringLiteral("app:1"), dir);
    QVERIFY2(first.ok, qPrintable(first.error.toString()));
    QVERIFY(first.bytesTransferred > 1 << 20);
    const RegistryResult second = pull(QStringLiteral("app:1"), dir);
    QVERIFY2(second.ok, qPrintable(second.error.toString()));
    QCOMPARE(second.bytesTransferred, 0);
    QCOMPARE(second.blobsSkipped, 3);
    QCOMPARE(second.bytesSkipped, first.bytesTransferred);
    QCOMPARE(OciLayout::open(dir)->manifests().size(), 1); // the same image, listed once
}

void tst_ImagePull::interruptedPull_fetchesOnlyWhatIsMissing()
{
    const QString dir = m_dir.filePath(QStringLiteral("interrupted"));
    const RegistryResult first = pull(QStringLiteral("app:1"), dir);
    QVERIFY2(first.ok, qPrintable(first.error.toString()));
    // As a pull stopped before its last layer leaves the layout: that blob is not there, and a
    // half-written one only under its .partial name.
    const QString missing = OciLayout::digestOf(m_appLayers[1]);
    const QString path = OciLayout::open(dir)->blobPath(missing);
    QVERIFY(QFile::rename(path, path + QStringLiteral(".partial")));
    const RegistryResult second = pull(QStringLiteral("app:1"), dir);
    QVERIFY2(second.ok, qPrintable(second.error.toString()));
    QCOMPARE(second.blobsTransferred, 1);
    QCOMPARE(second.bytesTransferred, qint64(m_appLayers[1].size()));
    QCOMPARE(second.blobsSkipped, 2);
    QVERIFY(OciLayout::open(dir)->hasVerifiedBlob(missing));
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
}

void tst_ImagePull::progress_reportsBytesUpToTheTotal()
{
    ImagePull operation(ImageReference::parse(m_registry.host() + QStringLiteral("/app:1")).value(),
                        m_dir.filePath(QStringLiteral("progress")), options());
    QSignalSpy progress(&operation, &RegistryOperation::progress);
    const RegistryResult result = runToEnd(operation);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QVERIFY(progress.size() >= 2);
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(1).toLongLong(), last.at(2).toLongLong());
    QVERIFY(last.at(2).toLongLong() > qint64(m_appLayers[0].size() + m_appLayers[1].size()));
    QVERIFY(last.at(3).toDouble() > 0); // bytes per second
}

void tst_ImagePull::corruptBlob_failsNamingItsDigestAndKeepsNothing()
{
    // Same size, other bytes: only the digest can tell.
    QFile data(m_registry.blobData(m_victimLayer));
    QVERIFY2(data.open(QIODevice::ReadWrite), qPrintable(data.fileName()));
    data.write(TestImages::randomBytes(data.size()));
    data.close();
    const QString dir = m_dir.filePath(QStringLiteral("corrupt"));
    const RegistryResult result = pull(QStringLiteral("victim:1"), dir);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(m_victimLayer) && result.error.message.contains(QStringLiteral("does not match")),
             qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QStringLiteral("victim:1")), qPrintable(result.error.message));
    const QString blobs = dir + QStringLiteral("/blobs/sha256/");
    QVERIFY(!QFile::exists(blobs + m_victimLayer.mid(7)));
    QVERIFY(!QFile::exists(blobs + m_victimLayer.mid(7) + QStringLiteral(".partial")));
    QCOMPARE(OciLayout::open(dir)->manifests().size(), 0);
}

void tst_ImagePull::unknownTag_isTheRegistrysError()
{
    const RegistryResult result = pull(QStringLiteral("app:nope"), m_dir.filePath(QStringLiteral("unknown")));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(QStringLiteral("404"))
                 && result.error.message.contains(QStringLiteral("MANIFEST_UNKNOWN")),
             qPrintable(result.error.message));
}

void tst_ImagePull::plainHttp_isRefusedBeyondLoopback()
{
    ImagePull operation(ImageReference::parse(QStringLiteral("registry.example/app:1")).value(),
                        m_dir.filePath(QStringLiteral("remote")), options());
    const RegistryResult result = runToEnd(operation);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(QStringLiteral("plain http is refused")), qPrintable(result.error.message));
}

void tst_ImagePull::cancel_endsWithOneFinished()
{
    ImagePull operation(ImageReference::parse(m_registry.host() + QStringLiteral("/app:1")).value(),
                        m_dir.filePath(QStringLiteral("cancelled")), options());
    QSignalSpy finished(&operation, &RegistryOperation::finished);
    operation.start();
    operation.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY(holdsFor([&] { return finished.size() == 1; }, 300));
    QVERIFY(finished.first().first().value<RegistryResult>().cancelled);
}

void tst_ImagePull::cancelMidTransfer_leavesNoPartialBlob()
{
    const QString dir = m_dir.filePath(QStringLiteral("cancelled-midway"));
    // At 4 MiB/s the 16 MiB layer takes 4 s; it is cancelled once its first bytes have arrived.
    PullOptions slow = options();
    slow.registry.maxBytesPerSecond = 4 << 20;
    ImagePull operation(ImageReference::parse(m_registry.host() + QStringLiteral("/big:1")).value(), dir, slow);
    QSignalSpy finished(&operation, &RegistryOperation::finished);
    connect(&operation, &RegistryOperation::progress, this, [&operation](const QString &, qint64 done) {
        if (done > 0)
            operation.cancel();
    });
    operation.start();
    QVERIFY(finished.wait(30000));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    const RegistryResult result = finished.first().first().value<RegistryResult>();
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QVERIFY2(result.seconds < 2, qPrintable(QString::number(result.seconds))); // not after the whole layer
    const QStringList left = QDir(dir + QStringLiteral("/blobs/sha256")).entryList({QStringLiteral("*.partial")});
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    QCOMPARE(OciLayout::open(dir)->manifests().size(), 0);
}

QTEST_GUILESS_MAIN(tst_ImagePull)
#include "tst_imagepull.moc"
