#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "bundle/Sha256.h"

#include "TestFiles.h"

#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Slipway;

// A .slipway.zip written by BundleWriter reads back and extracts; one that was tampered with
// or crafted is refused before anything is extracted, naming the first bad file.
class tst_BundleReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void written_thenVerified_andExtractedPrivately();
    void open_unsigned_isRefusedUnlessAllowed();
    void open_signedByAnUntrustedKey_isRefusedUnlessAllowed();
    void open_aTamperedManifest_isRefused();
    void open_refusesCraftedArchives_data();
    void open_refusesCraftedArchives();
    void verifyFiles_aChecksumMismatch_namesTheFile_andExtractsNothing();
    void verifyFiles_onlyUnder_extractsThatPart_andStillChecksEveryFile();
    void writer_destroyedUnfinished_leavesNoFile();

private:
    struct Entry
    {
        QString name;
        QByteArray data;
        bool listed = true; // in the manifest
        qint64 declaredSize = -1; // -1: its real size
        bool symlink = false;
    };
    // A bundle written entry by entry with QuaZip, as an attacker could, with a manifest listing
    // the entries marked `listed`, signed with m_key.
    QString craft(const QString &name, const QList<Entry> &entries, const QByteArray &manifestPatch = {}) const;
    static BundleManifest baseManifest();
    // A zip of these entries, in this order, and `manifest` signed with m_key after them.
    QString zipWithManifest(const QString &name, const QList<std::pair<QString, QByteArray>> &entries,
                            const BundleManifest &manifest) const;
    QString writeGood(const QString &name) const;

    std::unique_ptr<TestFiles> m_files;
    MinisignSecretKey m_key;
    BundleReader::Trust m_trust;
};

void tst_BundleReader::init()
{
    m_files = std::make_unique<TestFiles>();
    m_key = *MinisignSecretKey::generate();
    m_trust = BundleReader::Trust { { m_key.publicHalf() }, false };
}

BundleManifest tst_BundleReader::baseManifest()
{
    BundleManifest m;
    m.product = QStringLiteral("smoke");
    m.chartName = QStringLiteral("smoke");
    m.chartVersion = QStringLiteral("0.1.0");
    m.created = QDateTime::currentDateTimeUtc();
    m.slipwayVersion = QStringLiteral("0.0.0");
    return m;
}

QString tst_BundleReader::writeGood(const QString &name) const
{
    const QString blob = m_files->write(QStringLiteral("src/blob"), QByteArray(3 << 20, 'x'));
    const QString helm = m_files->write(QStringLiteral("src/helm"), "#!/bin/sh\necho helm\n", true);
    const QString out = m_files->path(name);
    BundleWriter writer(out);
    if (!writer.open() || !writer.addData(QStringLiteral("values/values.yaml"), "image: {tag: \"1\"}\n")
        || !writer.addFile(QStringLiteral("images/blobs/sha256/") + QString(64, QLatin1Char('0')), blob, true)
        || !writer.addFile(QStringLiteral("bin/helm"), helm, false) || !writer.finish(baseManifest(), &m_key))
        qFatal("cannot write the test bundle");
    return out;
}

QString tst_BundleReader::zipWithManifest(const QString &name, const QList<std::pair<QString, QByteArray>> &entries,
                                          const BundleManifest &manifest) const
{
    const QByteArray json = manifest.toJson();
    const QString path = m_files->path(name);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create a zip");
    QList<std::pair<QString, QByteArray>> all = entries;
    all.append({ BundleWriter::kManifest, json });
    all.append({ BundleWriter::kSignature, *Minisign::sign(json, m_key, QStringLiteral("t")) });
    for (const auto &[entryName, data] : std::as_const(all)) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entryName)) || file.write(data) != data.size())
            qFatal("cannot write a zip entry");
        file.close();
    }
    zip.close();
    return path;
}

QString tst_BundleReader::craft(const QString &name, const QList<Entry> &entries, const QByteArray &manifestPatch) const
{
    BundleManifest manifest = baseManifest();
    for (const Entry &entry : entries) {
        if (entry.listed)
            manifest.files.append({ entry.name, entry.declaredSize >= 0 ? entry.declaredSize : entry.data.size(),
                                    Sha256::digestOf(entry.data) });
    }
    QByteArray json = manifest.toJson();
    if (!manifestPatch.isEmpty())
        json.replace("\"containsSecrets\": false", manifestPatch);
    const QString path = m_files->path(name);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create a zip");
    const auto add = [&zip](const QString &entryName, const QByteArray &data, bool symlink) {
        QuaZipNewInfo info(entryName);
        if (symlink)
            info.externalAttr = 0120777u << 16;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info) || file.write(data) != data.size())
            qFatal("cannot write a zip entry");
        file.close();
    };
    for (const Entry &entry : entries)
        add(entry.name, entry.data, entry.symlink);
    add(BundleWriter::kManifest, json, false);
    add(BundleWriter::kSignature, *Minisign::sign(json, m_key, QStringLiteral("test")), false);
    zip.close();
    return path;
}

void tst_BundleReader::written_thenVerified_andExtractedPrivately()
{
    const QString bundle = writeGood(QStringLiteral("smoke-0.1.0.slipway.zip"));
    QVERIFY(!QFileInfo::exists(bundle + QStringLiteral(".partial")));
    BundleReader reader(bundle);
    const auto opened = reader.open(m_trust);
    QVERIFY2(opened, qPrintable(opened.error().toString()));
    QVERIFY(reader.isSigned());
    QCOMPARE(reader.signerKeyId(), m_key.publicHalf().idText());
    QCOMPARE(reader.manifest().files.size(), 3);
    QCOMPARE(reader.manifest().file(QStringLiteral("bin/helm"))->size, 20);
    qint64 lastDone = 0;
    const QString target = m_files->path(QStringLiteral("out"));
    const auto verified = reader.verifyFiles(target, [&lastDone](qint64 done, qint64) {
        lastDone = done;
        return true;
    });
    QVERIFY2(verified, qPrintable(verified.error().toString()));
    QCOMPARE(lastDone, reader.totalBytes());
    QCOMPARE(QFileInfo(target).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions());
    QFile values(target + QStringLiteral("/values/values.yaml"));
    QVERIFY(values.open(QIODevice::ReadOnly));
    QCOMPARE(values.readAll(), QByteArray("image: {tag: \"1\"}\n"));
    QVERIFY(QFileInfo(target + QStringLiteral("/bin/helm")).isExecutable());
    QCOMPARE(QFileInfo(target + QStringLiteral("/images/blobs/sha256/") + QString(64, QLatin1Char('0'))).size(),
             qint64(3 << 20));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));
}

void tst_BundleReader::open_unsigned_isRefusedUnlessAllowed()
{
    const QString path = m_files->path(QStringLiteral("unsigned.slipway.zip"));
    {
        BundleWriter writer(path);
        QVERIFY(writer.open());
        QVERIFY(writer.addData(QStringLiteral("values/values.yaml"), "a: 1\n"));
        QVERIFY(writer.finish(baseManifest(), nullptr));
    }
    BundleReader reader(path);
    const auto refused = reader.open(m_trust);
    QVERIFY(!refused);
    QVERIFY(reader.failedOnBundle());
    QVERIFY2(refused.error().message.contains(QLatin1String("not signed")), qPrintable(refused.error().message));
    QVERIFY2(refused.error().hint.contains(QLatin1String("--allow-unsigned")), qPrintable(refused.error().hint));
    QVERIFY(reader.open({ {}, true }));
    QVERIFY(!reader.isSigned());
    QVERIFY(reader.verifyFiles());
}

void tst_BundleReader::open_signedByAnUntrustedKey_isRefusedUnlessAllowed()
{
    const QString bundle = writeGood(QStringLiteral("b.slipway.zip"));
    const MinisignSecretKey other = *MinisignSecretKey::generate();
    BundleReader reader(bundle);
    const auto refused = reader.open({ { other.publicHalf() }, false });
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(m_key.publicHalf().idText()), qPrintable(refused.error().message));
    QVERIFY(reader.open({ { other.publicHalf() }, true }));
    QVERIFY(!reader.isSigned());
}

void tst_BundleReader::open_aTamperedManifest_isRefused()
{
    // One byte of the manifest changed after signing ("0.1.0" → "0.1.1"): refused even with
    // --allow-unsigned, since the key is trusted and the signature does not match.
    const QString path = craft(QStringLiteral("t.slipway.zip"), { { QStringLiteral("values/values.yaml"), "a: 1\n" } });
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QVERIFY(zip.setCurrentFile(BundleWriter::kManifest));
    QuaZipFile in(&zip);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray json = in.readAll();
    in.close();
    QVERIFY(zip.setCurrentFile(BundleWriter::kSignature));
    QuaZipFile sigIn(&zip);
    QVERIFY(sigIn.open(QIODevice::ReadOnly));
    const QByteArray signature = sigIn.readAll();
    sigIn.close();
    zip.close();
    json.replace("0.1.0", "0.1.1");
    const QString tampered = m_files->path(QStringLiteral("tampered.slipway.zip"));
    QuaZip out(tampered);
    QVERIFY(out.open(QuaZip::mdCreate));
    for (const auto &[name, data] : { std::pair { BundleWriter::kManifest, json },
                                      std::pair { BundleWriter::kSignature, signature },
                                      std::pair { QStringLiteral("values/values.yaml"), QByteArray("a: 1\n") } }) {
        QuaZipFile file(&out);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        file.write(data);
        file.close();
    }
    out.close();
    BundleReader reader(tampered);
    const auto refused = reader.open({ m_trust.keys, true });
    QVERIFY(!refused);
    QVERIFY(reader.failedOnBundle());
    QVERIFY2(refused.error().message.contains(QLatin1String("signature refused")), qPrintable(refused.error().message));
}

void tst_BundleReader::open_refusesCraftedArchives_data()
{
    QTest::addColumn<QList<Entry>>("entries");
    QTest::addColumn<QString>("expected");
    const Entry values { QStringLiteral("values/values.yaml"), "a: 1\n" };
    QTest::newRow("zip-slip ../x") << QList<Entry> { values, { QStringLiteral("../x"), "evil", false } }
                                   << QStringLiteral("“../x”, which would be written outside");
    QTest::newRow("zip-slip inner ..") << QList<Entry> { { QStringLiteral("charts/../../x"), "evil", false } }
                                       << QStringLiteral("“charts/../../x”, which would be written outside");
    QTest::newRow("absolute /abs") << QList<Entry> { values, { QStringLiteral("/abs"), "evil", false } }
                                   << QStringLiteral("“/abs”, which would be written outside");
    QTest::newRow("symlink entry") << QList<Entry> { values, { QStringLiteral("bin/helm"), "/etc/passwd", true, -1, true } }
                                   << QStringLiteral("“bin/helm”, a symbolic link");
    QTest::newRow("oversized entry") << QList<Entry> { { QStringLiteral("values/values.yaml"), "a: 1\nb: 2\n", true, 5 } }
                                     << QStringLiteral("“values/values.yaml” is 10 bytes in the archive, but the manifest says 5");
    QTest::newRow("file not in the manifest") << QList<Entry> { values, { QStringLiteral("charts/extra.tgz"), "x", false } }
                                              << QStringLiteral("“charts/extra.tgz” is in the archive but not in its manifest");
    QTest::newRow("entry twice") << QList<Entry> { values, values }
                                 << QStringLiteral("holds “values/values.yaml” twice");
}

void tst_BundleReader::open_refusesCraftedArchives()
{
    QFETCH(QList<Entry>, entries);
    QFETCH(QString, expected);
    QList<Entry> safeToList;
    for (const Entry &entry : entries) {
        Entry e = entry;
        // The manifest refuses unsafe paths itself; list them unlisted so the archive's own
        // names are what is caught.
        if (!BundleManifest::isSafePath(e.name))
            e.listed = false;
        safeToList.append(e);
    }
    const QString path = craft(QStringLiteral("crafted.slipway.zip"), safeToList);
    BundleReader reader(path);
    const auto refused = reader.open(m_trust);
    QVERIFY(!refused);
    QVERIFY(reader.failedOnBundle());
    QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
    QVERIFY(!refused.error().hint.isEmpty());
}

void tst_BundleReader::verifyFiles_aChecksumMismatch_namesTheFile_andExtractsNothing()
{
    // The manifest lists another content of the same size for the second file.
    BundleManifest manifest = baseManifest();
    const QByteArray good("good\n");
    const QByteArray bad("evil\n");
    manifest.files = { { QStringLiteral("values/values.yaml"), good.size(), Sha256::digestOf(good) },
                       { QStringLiteral("charts/smoke-0.1.0.tgz"), bad.size(), Sha256::digestOf("tgz!\n") } };
    const QString path = zipWithManifest(QStringLiteral("mismatch.slipway.zip"),
                                         { { QStringLiteral("values/values.yaml"), good },
                                           { QStringLiteral("charts/smoke-0.1.0.tgz"), bad } },
                                         manifest);
    BundleReader reader(path);
    QVERIFY(reader.open(m_trust));
    const QString target = m_files->path(QStringLiteral("out"));
    const auto refused = reader.verifyFiles(target);
    QVERIFY(!refused);
    QVERIFY(reader.failedOnBundle());
    QVERIFY2(refused.error().message.contains(QStringLiteral("“charts/smoke-0.1.0.tgz” does not match its checksum")),
             qPrintable(refused.error().message));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));
}

void tst_BundleReader::verifyFiles_onlyUnder_extractsThatPart_andStillChecksEveryFile()
{
    BundleReader reader(writeGood(QStringLiteral("images.slipway.zip")));
    QVERIFY(reader.open(m_trust));
    const QString target = m_files->path(QStringLiteral("images-only"));
    qint64 lastDone = 0;
    const auto verified = reader.verifyFiles(target, [&lastDone](qint64 done, qint64) {
        lastDone = done;
        return true;
    }, QStringLiteral("images/"));
    QVERIFY2(verified, qPrintable(verified.error().toString()));
    QCOMPARE(lastDone, reader.totalBytes()); // every file read and hashed
    QCOMPARE(QFileInfo(target + QStringLiteral("/images/blobs/sha256/") + QString(64, QLatin1Char('0'))).size(),
             qint64(3 << 20));
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList { QStringLiteral("images") });

    // A file outside images/ that does not match still refuses the bundle, and nothing stays.
    BundleManifest manifest = baseManifest();
    manifest.files = { { QStringLiteral("images/oci-layout"), 2, Sha256::digestOf("{}") },
                       { QStringLiteral("values/values.yaml"), 5, Sha256::digestOf("b: 2\n") } };
    const QString tampered = zipWithManifest(QStringLiteral("tampered.slipway.zip"),
                                             { { QStringLiteral("images/oci-layout"), "{}" },
                                               { QStringLiteral("values/values.yaml"), "a: 1\n" } },
                                             manifest);
    BundleReader second(tampered);
    QVERIFY(second.open(m_trust));
    const QString refusedTarget = m_files->path(QStringLiteral("images-refused"));
    QVERIFY(!second.verifyFiles(refusedTarget, {}, QStringLiteral("images/")));
    QVERIFY(second.failedOnBundle());
    QVERIFY(!QFileInfo::exists(refusedTarget));
    QVERIFY(!QFileInfo::exists(refusedTarget + QStringLiteral(".partial")));
}

void tst_BundleReader::writer_destroyedUnfinished_leavesNoFile()
{
    const QString out = m_files->path(QStringLiteral("half.slipway.zip"));
    {
        BundleWriter writer(out);
        QVERIFY(writer.open());
        QVERIFY(writer.addData(QStringLiteral("values/values.yaml"), "a: 1\n"));
        QVERIFY(QFileInfo::exists(writer.partialPath()));
        const auto stopped = writer.addFile(QStringLiteral("images/x"), m_files->write(QStringLiteral("x"), "xyz"),
                                            true, [](qint64) { return false; });
        QVERIFY(!stopped);
    }
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".partial")));
}

QTEST_GUILESS_MAIN(tst_BundleReader)
#include "tst_bundlereader.moc"
