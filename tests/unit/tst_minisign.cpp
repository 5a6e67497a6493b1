#include "bundle/Minisign.h"

#include "TestFiles.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Slipway;

// Signatures in minisign's format: a round trip, tampering refused, and minisign itself
// (Debian's minisign, installed by .ci/deps.sh) agreeing both ways.
class tst_Minisign final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sign_thenVerify_withTheKey_isAccepted();
    void verify_aFlippedByte_isRefused();
    void verify_anEditedTrustedComment_isRefused();
    void verify_anotherKey_isRefusedNamingTheKeyId();
    void keyFiles_readBackTheSameKey();
    void writePair_makesTheSecretKeyPrivate_andRefusesToOverwrite();
    void minisign_acceptsSlipwaysSignature();
    void minisign_refusesSlipwaysSignatureOfChangedFile();
    void slipway_acceptsMinisignsSignature();
    void minisign_signsWithSlipwaysSecretKey();
    void loadTrustedKeys_readsTheFolder_andNamesABadFile();

private:
    static QByteArray run(const QStringList &arguments, int *exitCode, const QString &dir);
    QString m_minisign;
};

void tst_Minisign::initTestCase()
{
    m_minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    // Not a skip: interoperability is what this proves. .ci/deps.sh installs it.
    QVERIFY2(!m_minisign.isEmpty(), "minisign is missing: apt-get install -y minisign");
}

QByteArray tst_Minisign::run(const QStringList &arguments, int *exitCode, const QString &dir)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("minisign"), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        qFatal("minisign did not finish");
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAll();
}

void tst_Minisign::sign_thenVerify_withTheKey_isAccepted()
{
    const auto key = MinisignSecretKey::generate();
    QVERIFY(key);
    const QByteArray message("{\"formatVersion\": 1}\n");
    const auto signature = Minisign::sign(message, *key, QStringLiteral("timestamp:1\tfile:manifest.json"));
    QVERIFY2(signature, qPrintable(signature.error().toString()));
    const auto verified = Minisign::verify(message, *signature, { key->publicHalf() });
    QVERIFY2(verified, qPrintable(verified.error().toString()));
    QCOMPARE(verified->trustedComment, QStringLiteral("timestamp:1\tfile:manifest.json"));
    QCOMPARE(verified->key.keyId, key->keyId);
}

void tst_Minisign::verify_aFlippedByte_isRefused()
{
    const auto key = MinisignSecretKey::generate();
    const QByteArray message("{\"product\": \"backline\"}\n");
    const auto signature = Minisign::sign(message, *key, QStringLiteral("c"));
    for (qsizetype at : { qsizetype(0), message.size() / 2, message.size() - 1 }) {
        QByteArray changed = message;
        changed[at] = char(changed[at] ^ 0x01);
        const auto verified = Minisign::verify(changed, *signature, { key->publicHalf() });
        QVERIFY(!verified);
        QVERIFY2(verified.error().message.contains(QLatin1String("does not match")),
                 qPrintable(verified.error().message));
    }
}

void tst_Minisign::verify_anEditedTrustedComment_isRefused()
{
    const auto key = MinisignSecretKey::generate();
    const QByteArray message("m");
    QByteArray signature = *Minisign::sign(message, *key, QStringLiteral("file:a.zip"));
    signature.replace("file:a.zip", "file:b.zip");
    const auto verified = Minisign::verify(message, signature, { key->publicHalf() });
    QVERIFY(!verified);
    QVERIFY2(verified.error().message.contains(QLatin1String("trusted comment")), qPrintable(verified.error().message));
}

void tst_Minisign::verify_anotherKey_isRefusedNamingTheKeyId()
{
    const auto signer = MinisignSecretKey::generate();
    const auto other = MinisignSecretKey::generate();
    const QByteArray message("m");
    const auto signature = Minisign::sign(message, *signer, QStringLiteral("c"));
    const auto verified = Minisign::verify(message, *signature, { other->publicHalf() });
    QVERIFY(!verified);
    QVERIFY2(verified.error().message.contains(signer->publicHalf().idText()), qPrintable(verified.error().message));
    QVERIFY(!verified.error().hint.isEmpty());
    // A key with the signer's id but another key: the signature does not match it.
    MinisignPublicKey impostor = other->publicHalf();
    impostor.keyId = signer->keyId;
    QVERIFY(!Minisign::verify(message, *signature, { impostor }));
}

void tst_Minisign::keyFiles_readBackTheSameKey()
{
    const auto key = MinisignSecretKey::generate();
    const auto secret = MinisignSecretKey::parse(key->toFileText());
    QVERIFY2(secret, qPrintable(secret.error().toString()));
    QCOMPARE(secret->seed, key->seed);
    QCOMPARE(secret->keyId, key->keyId);
    const auto pub = MinisignPublicKey::parse(key->publicHalf().toFileText());
    QVERIFY(pub);
    QCOMPARE(pub->key, key->publicKey);
    QVERIFY(key->publicHalf().toFileText().startsWith(QByteArray("untrusted comment: minisign public key "
                                                      + key->publicHalf().idText().toLatin1())));
    QVERIFY(!MinisignPublicKey::parse("untrusted comment: x\nnot base64!\n"));
    QVERIFY(!MinisignSecretKey::parse(key->publicHalf().toFileText()));
}

void tst_Minisign::writePair_makesTheSecretKeyPrivate_andRefusesToOverwrite()
{
    TestFiles files;
    const auto key = MinisignSecretKey::writePair(files.path());
    QVERIFY2(key, qPrintable(key.error().toString()));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(files.path(QStringLiteral("slipway.key"))).permissions() & others, QFile::Permissions());
    QCOMPARE(MinisignPublicKey::load(files.path(QStringLiteral("slipway.pub")))->key, key->publicKey);
    const auto again = MinisignSecretKey::writePair(files.path());
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QLatin1String("already exists")), qPrintable(again.error().message));
    QCOMPARE(MinisignSecretKey::load(files.path(QStringLiteral("slipway.key")))->seed, key->seed);
}

void tst_Minisign::minisign_acceptsSlipwaysSignature()
{
    TestFiles files;
    const auto key = MinisignSecretKey::generate();
    const QByteArray message("{\"formatVersion\": 1, \"product\": \"smoke\"}\n");
    files.write(QStringLiteral("manifest.json"), message);
    files.write(QStringLiteral("manifest.json.minisig"), *Minisign::sign(message, *key, QStringLiteral("timestamp:1\tfile:manifest.json")));
    files.write(QStringLiteral("key.pub"), key->publicHalf().toFileText());
    int rc = -1;
    const QByteArray out = run({ QStringLiteral("-Vm"), QStringLiteral("manifest.json"), QStringLiteral("-p"),
                                 QStringLiteral("key.pub") },
                               &rc, files.path());
    QVERIFY2(rc == 0, out.constData());
    QVERIFY2(out.contains("timestamp:1\tfile:manifest.json"), out.constData());
}

void tst_Minisign::minisign_refusesSlipwaysSignatureOfChangedFile()
{
    TestFiles files;
    const auto key = MinisignSecretKey::generate();
    files.write(QStringLiteral("manifest.json.minisig"), *Minisign::sign("original", *key, QStringLiteral("c")));
    files.write(QStringLiteral("manifest.json"), "origina1");
    files.write(QStringLiteral("key.pub"), key->publicHalf().toFileText());
    int rc = -1;
    const QByteArray out = run({ QStringLiteral("-Vm"), QStringLiteral("manifest.json"), QStringLiteral("-p"),
                                 QStringLiteral("key.pub") },
                               &rc, files.path());
    QVERIFY2(rc != 0, out.constData());
}

void tst_Minisign::slipway_acceptsMinisignsSignature()
{
    TestFiles files;
    int rc = -1;
    QByteArray out = run({ QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), QStringLiteral("m.pub"),
                           QStringLiteral("-s"), QStringLiteral("m.key") },
                         &rc, files.path());
    QVERIFY2(rc == 0, out.constData());
    const QByteArray message("{\"formatVersion\": 1}\n");
    files.write(QStringLiteral("manifest.json"), message);
    out = run({ QStringLiteral("-S"), QStringLiteral("-s"), QStringLiteral("m.key"), QStringLiteral("-m"),
                QStringLiteral("manifest.json"), QStringLiteral("-t"), QStringLiteral("made by minisign") },
              &rc, files.path());
    QVERIFY2(rc == 0, out.constData());
    const auto pub = MinisignPublicKey::load(files.path(QStringLiteral("m.pub")));
    QVERIFY2(pub, qPrintable(pub.error().toString()));
    QFile sig(files.path(QStringLiteral("manifest.json.minisig")));
    QVERIFY(sig.open(QIODevice::ReadOnly));
    const QByteArray signature = sig.readAll();
    const auto verified = Minisign::verify(message, signature, { *pub });
    QVERIFY2(verified, qPrintable(verified.error().toString()));
    QCOMPARE(verified->trustedComment, QStringLiteral("made by minisign"));
    QVERIFY(!Minisign::verify(message + ' ', signature, { *pub }));
    // minisign's secret key without a password is one Slipway signs with too.
    const auto secret = MinisignSecretKey::load(files.path(QStringLiteral("m.key")));
    QVERIFY2(secret, qPrintable(secret.error().toString()));
    QCOMPARE(secret->publicKey, pub->key);
}

void tst_Minisign::minisign_signsWithSlipwaysSecretKey()
{
    TestFiles files;
    const auto key = MinisignSecretKey::writePair(files.path());
    QVERIFY(key);
    files.write(QStringLiteral("data"), "payload\n");
    int rc = -1;
    QByteArray out = run({ QStringLiteral("-S"), QStringLiteral("-s"), QStringLiteral("slipway.key"),
                           QStringLiteral("-m"), QStringLiteral("data") },
                         &rc, files.path());
    QVERIFY2(rc == 0, out.constData());
    out = run({ QStringLiteral("-Vm"), QStringLiteral("data"), QStringLiteral("-p"), QStringLiteral("slipway.pub") },
              &rc, files.path());
    QVERIFY2(rc == 0, out.constData());
    QFile sig(files.path(QStringLiteral("data.minisig")));
    QVERIFY(sig.open(QIODevice::ReadOnly));
    QVERIFY(Minisign::verify("payload\n", sig.readAll(), { key->publicHalf() }));
}

void tst_Minisign::loadTrustedKeys_readsTheFolder_andNamesABadFile()
{
    TestFiles files;
    const auto a = MinisignSecretKey::generate();
    const auto b = MinisignSecretKey::generate();
    files.write(QStringLiteral("keys/a.pub"), a->publicHalf().toFileText());
    files.write(QStringLiteral("keys/readme.txt"), "not a key");
    files.write(QStringLiteral("b.pub"), b->publicHalf().toFileText());
    const auto keys = Minisign::loadTrustedKeys(files.path(QStringLiteral("keys")), { files.path(QStringLiteral("b.pub")) });
    QVERIFY2(keys, qPrintable(keys.error().toString()));
    QCOMPARE(keys->size(), 2);
    QVERIFY(Minisign::loadTrustedKeys(files.path(QStringLiteral("missing")), {}));
    const auto bad = Minisign::loadTrustedKeys({}, { files.path(QStringLiteral("keys/readme.txt")) });
    QVERIFY(!bad);
    QCOMPARE(bad.error().file, files.path(QStringLiteral("keys/readme.txt")));
}

QTEST_GUILESS_MAIN(tst_Minisign)
#include "tst_minisign.moc"
