#include "LocalRegistry.h"
#include "RegistryRun.h"
#include "TestImages.h"

#include "bundle/ImagePull.h"
#include "bundle/ImagePush.h"

#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

// ImagePush against real registries (docker-registry on loopback): images go from an anonymous
// source registry through an OCI layout to a target with basic authentication, and are pulled
// back from it with the same digests.
class tst_ImagePush final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pushWithBasicAuth_sendsEveryImageWithItsDigest();
    void sharedLayer_isMountedFromTheOtherRepository();
    void bigBlob_goesUpInChunks();
    void pushedImages_pullBackWithIdenticalDigests();
    void pushedIndex_keepsBothPlatforms();
    void secondPush_sendsNoBlob();
    void wrongPassword_isAnAuthenticationErrorWithoutThePassword();
    void noCredentials_sayTheRegistryWantsThem();
    void dockerConfigCredentials_areUsed();

private:
    RegistryResult push(const QString &layout, const RegistryCredentials &credentials, qint64 chunkSize = 5 << 20);
    RegistryResult pull(const QString &ref, const QString &layout, const QString &platform = QString());

    static constexpr QLatin1String kUser{"slipway"};
    static constexpr QLatin1String kPassword{"s3cret-Pa55"};

    LocalRegistry m_source;
    LocalRegistry m_target;
    QTemporaryDir m_dir;
    QString m_transfer; // a layout pulled from the source
    QString m_seed; // the layout the test wrote
    QHash<QString, QString> m_digests; // image → manifest digest in the seed
    QString m_amd64;
    QString m_arm64;
    RegistryResult m_pushed; // the first push to the target
};

RegistryResult tst_ImagePush::push(const QString &layout, const RegistryCredentials &credentials, qint64 chunkSize)
{
    PushOptions options;
    options.registry.plainHttp = true;
    options.registry.credentials = credentials;
    options.chunkSize = chunkSize;
    ImagePush operation(layout, m_target.host(), options);
    return runToEnd(operation);
}

RegistryResult tst_ImagePush::pull(const QString &ref, const QString &layout, const QString &platform)
{
    PullOptions options;
    options.registry.plainHttp = true;
    options.registry.credentials = {kUser, kPassword};
    if (!platform.isEmpty())
        options.setPlatform(platform);
    ImagePull operation(ImageReference::parse(m_target.host() + QLatin1Char('/') + ref).value(), layout, options);
    return runToEnd(operation);
}

void tst_ImagePush::initTestCase()
{
    QString problem = m_source.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = m_target.start(kUser, kPassword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    m_seed = m_dir.filePath(QStringLiteral("seed"));
    TestImages seed(m_seed);
    const QByteArray shared = TestImages::randomBytes(512 * 1024);
    const auto add = [&](const QString &name, const QJsonObject &descriptor) {
        m_digests.insert(name, descriptor.value(QStringLiteral("digest")).toString());
        seed.name(descriptor, QStringLiteral("seed.test/") + name);
    };
    add(QStringLiteral("app:1"), seed.manifest({shared, TestImages::randomBytes(256 * 1024)}));
    add(QStringLiteral("tools/other:1"), seed.manifest({shared, TestImages::randomBytes(128 * 1024)}));
    add(QStringLiteral("big:1"), seed.manifest({TestImages::randomBytes(6 << 20)}));
    PushOptions anonymous;
    anonymous.registry.plainHttp = true;
    ImagePush seeding(m_seed, m_source.host(), anonymous);
    const RegistryResult seeded = runToEnd(seeding);
    QVERIFY2(seeded.ok, qPrintable(seeded.error.toString()));

    // Through a layout pulled from the source, as a bundle export would make it.
    m_transfer = m_dir.filePath(QStringLiteral("transfer"));
    for (const QString &name : {QStringLiteral("app:1"), QStringLiteral("tools/other:1"), QStringLiteral("big:1")}) {
        PullOptions options;
        options.registry.plainHttp = true;
        ImagePull pulling(ImageReference::parse(m_source.host() + QLatin1Char('/') + name).value(), m_transfer, options);
        const RegistryResult pulled = runToEnd(pulling);
        QVERIFY2(pulled.ok, qPrintable(pulled.error.toString()));
    }
    m_pushed = push(m_transfer, {kUser, kPassword});

    // A multi-platform image straight from the test's own layout.
    TestImages multi(m_dir.filePath(QStringLiteral("multi")));
    const QJsonObject amd64 = multi.manifest({TestImages::randomBytes(64 * 1024)}, QStringLiteral("amd64"));
    const QJsonObject arm64 = multi.manifest({TestImages::randomBytes(64 * 1024)}, QStringLiteral("arm64"));
    m_amd64 = amd64.value(QStringLiteral("digest")).toString();
    m_arm64 = arm64.value(QStringLiteral("digest")).toString();
    const QJsonObject index = multi.index({amd64, arm64});
    m_digests.insert(QStringLiteral("multi:1"), index.value(QStringLiteral("digest")).toString());
    multi.name(index, QStringLiteral("seed.test/multi:1"));
}

void tst_ImagePush::pushWithBasicAuth_sendsEveryImageWithItsDigest()
{
    QVERIFY2(m_pushed.ok, qPrintable(m_pushed.error.toString()));
    QCOMPARE(m_pushed.images.size(), 3);
    for (const QString &image : m_pushed.images) {
        const QString name = image.section(QLatin1Char('/'), 1).section(QLatin1Char('@'), 0, 0);
        QVERIFY2(m_digests.contains(name + QStringLiteral(":1")), qPrintable(image));
        QVERIFY2(image.endsWith(m_digests.value(name + QStringLiteral(":1"))), qPrintable(image));
    }
    QVERIFY(m_pushed.bytesTransferred > 6 << 20);
}

void tst_ImagePush::sharedLayer_isMountedFromTheOtherRepository()
{
    QCOMPARE(m_pushed.blobsMounted, 1);
}

void tst_ImagePush::bigBlob_goesUpInChunks()
{
    QCOMPARE(m_pushed.chunks, 2); // 6 MiB in chunks of 5 MiB
}

void tst_ImagePush::pushedImages_pullBackWithIdenticalDigests()
{
    const QString back = m_dir.filePath(QStringLiteral("back"));
    for (const QString &name : {QStringLiteral("app:1"), QStringLiteral("tools/other:1"), QStringLiteral("big:1")}) {
        const RegistryResult result = pull(name, back);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QVERIFY2(result.images.first().endsWith(m_digests.value(name)), qPrintable(result.images.first()));
    }
    // Every blob came back bit for bit: the layouts hold the same files.
    QDir blobs(back + QStringLiteral("/blobs/sha256"));
    QDir sent(m_transfer + QStringLiteral("/blobs/sha256"));
    QCOMPARE(blobs.entryList(QDir::Files), sent.entryList(QDir::Files));
}

void tst_ImagePush::pushedIndex_keepsBothPlatforms()
{
    const RegistryResult pushed = push(m_dir.filePath(QStringLiteral("multi")), {kUser, kPassword});
    QVERIFY2(pushed.ok, qPrintable(pushed.error.toString()));
    QVERIFY(pushed.images.first().endsWith(m_digests.value(QStringLiteral("multi:1"))));
    const RegistryResult amd64 = pull(QStringLiteral("multi:1"), m_dir.filePath(QStringLiteral("multi-amd64")));
    QVERIFY2(amd64.ok, qPrintable(amd64.error.toString()));
    QVERIFY(amd64.images.first().endsWith(m_amd64));
    const RegistryResult arm64 = pull(QStringLiteral("multi:1"), m_dir.filePath(QStringLiteral("multi-arm64")),
                                      QStringLiteral("linux/arm64"));
    QVERIFY2(arm64.ok, qPrintable(arm64.error.toString()));
    QVERIFY(arm64.images.first().endsWith(m_arm64));
}

void tst_ImagePush::secondPush_sendsNoBlob()
{
    const RegistryResult again = push(m_transfer, {kUser, kPassword});
    QVERIFY2(again.ok, qPrintable(again.error.toString()));
    QCOMPARE(again.bytesTransferred, 0);
    QCOMPARE(again.blobsTransferred, 0);
    QCOMPARE(again.blobsMounted, 0);
    QCOMPARE(again.blobsSkipped, 8); // 3 configs, 5 layers (the shared one in both repositories)
}

void tst_ImagePush::wrongPassword_isAnAuthenticationErrorWithoutThePassword()
{
    const RegistryResult result = push(m_transfer, {kUser, QStringLiteral("wrong-Pa55")});
    QVERIFY(!result.ok);
    const QString text = result.error.toString();
    QVERIFY2(text.contains(QStringLiteral("authentication failed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\"slipway\"")), qPrintable(text));
    QVERIFY2(text.contains(m_target.host() + QStringLiteral("/app:1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("UNAUTHORIZED")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("wrong-Pa55")), qPrintable(text));
}

void tst_ImagePush::noCredentials_sayTheRegistryWantsThem()
{
    const RegistryResult result = push(m_transfer, RegistryCredentials());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(QStringLiteral("requires a user name and password")),
             qPrintable(result.error.message));
}

void tst_ImagePush::dockerConfigCredentials_areUsed()
{
    const QString path = m_dir.filePath(QStringLiteral("config.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"auths\":{\"" + m_target.host().toUtf8() + "\":{\"auth\":\""
              + QByteArray("slipway:s3cret-Pa55").toBase64() + "\"}}}");
    out.close();
    const auto credentials = RegistryCredentials::fromDockerConfig(m_target.host(), path);
    QVERIFY2(credentials, qPrintable(credentials.error().message));
    const RegistryResult result = push(m_transfer, *credentials);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
}

QTEST_GUILESS_MAIN(tst_ImagePush)
#include "tst_imagepush.moc"
