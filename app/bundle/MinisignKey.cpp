#include "MinisignKey.h"

#include "Ed25519.h"
#include "Minisign.h"
#include "core/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Slipway {

namespace {

constexpr int kPublicKeyBytes = 2 + 8 + 32;
constexpr int kSecretKeyBytes = 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32;

// The base64 line after "untrusted comment: …" of a minisign file.
Expected<QByteArray> payload(const QByteArray &text, const QString &source, const QString &what)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    if (lines.size() < 2 || !lines[0].startsWith("untrusted comment:"))
        return Error(QCoreApplication::translate("Slipway::MinisignPublicKey",
                                                 "not a minisign %1: it must start with “untrusted comment:”")
                         .arg(what),
                     source);
    const auto decoded = QByteArray::fromBase64Encoding(lines[1].trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error(QCoreApplication::translate("Slipway::MinisignPublicKey", "not a minisign %1: bad base64")
                         .arg(what),
                     source);
    return decoded.decoded;
}

Expected<QByteArray> readFile(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error(in.errorString(), file);
    return in.readAll();
}

} // namespace

Expected<MinisignPublicKey> MinisignPublicKey::parse(const QByteArray &text, const QString &source)
{
    auto data = payload(text, source, tr("public key"));
    if (!data)
        return data.error();
    if (data->size() != kPublicKeyBytes || !data->startsWith("Ed"))
        return Error(tr("not a minisign Ed25519 public key (%1 bytes)").arg(data->size()), source);
    MinisignPublicKey key;
    key.keyId = data->mid(2, 8);
    key.key = data->mid(10, 32);
    key.source = source;
    return key;
}

Expected<MinisignPublicKey> MinisignPublicKey::load(const QString &file)
{
    auto text = readFile(file);
    if (!text)
        return text.error();
    return parse(*text, file);
}

QByteArray MinisignPublicKey::toFileText() const
{
    return "untrusted comment: minisign public key " + idText().toLatin1() + '\n'
        + QByteArray(QByteArray("Ed") + keyId + key).toBase64() + '\n';
}

QString MinisignPublicKey::idText() const
{
    return idText(keyId);
}

QString MinisignPublicKey::idText(const QByteArray &keyId)
{
    QByteArray reversed;
    for (qsizetype i = keyId.size() - 1; i >= 0; --i)
        reversed.append(keyId.at(i));
    return QString::fromLatin1(reversed.toHex().toUpper());
}

Expected<MinisignSecretKey> MinisignSecretKey::generate()
{
    if (!Ed25519::isAvailable())
        return Minisign::noCrypto();
    MinisignSecretKey key;
    key.seed = Ed25519::randomBytes(32);
    key.keyId = Ed25519::randomBytes(8);
    key.publicKey = Ed25519::publicKeyOf(key.seed);
    if (key.seed.isEmpty() || key.keyId.isEmpty() || key.publicKey.isEmpty())
        return Error(tr("libcrypto could not make an Ed25519 key"));
    return key;
}

Expected<MinisignSecretKey> MinisignSecretKey::parse(const QByteArray &text, const QString &source)
{
    auto data = payload(text, source, tr("secret key"));
    if (!data)
        return data.error();
    if (data->size() != kSecretKeyBytes || !data->startsWith("Ed"))
        return Error(tr("not a minisign Ed25519 secret key"), source);
    if (data->mid(2, 2) != QByteArray(2, '\0'))
        return Error(tr("the secret key is protected by a password, which Slipway does not read"), source,
                     0, 0, tr("make a key with “slipway-cli bundle keygen”, or “minisign -G -W”"));
    MinisignSecretKey key;
    constexpr int keyIdAt = 2 + 2 + 2 + 32 + 8 + 8;
    key.keyId = data->mid(keyIdAt, 8);
    key.seed = data->mid(keyIdAt + 8, 32);
    key.publicKey = data->mid(keyIdAt + 8 + 32, 32);
    // The stored public half must be the seed's, else signatures would not verify with it.
    if (!Ed25519::isAvailable())
        return Minisign::noCrypto();
    if (Ed25519::publicKeyOf(key.seed) != key.publicKey)
        return Error(tr("the secret key is damaged: its two halves do not match"), source);
    return key;
}

Expected<MinisignSecretKey> MinisignSecretKey::load(const QString &file)
{
    auto text = readFile(file);
    if (!text)
        return text.error();
    return parse(*text, file);
}

QByteArray MinisignSecretKey::toFileText() const
{
    QByteArray data("Ed");
    data += QByteArray(2, '\0'); // no key derivation: not encrypted
    data += "B2";
    data += QByteArray(32 + 8 + 8, '\0'); // salt and limits, unused without a password
    data += keyId + seed + publicKey;
    data += QByteArray(32, '\0'); // the checksum, unused without a password (as minisign -W)
    return "untrusted comment: minisign secret key " + MinisignPublicKey::idText(keyId).toLatin1()
        + " (not encrypted)\n" + data.toBase64() + '\n';
}

MinisignPublicKey MinisignSecretKey::publicHalf() const
{
    MinisignPublicKey key;
    key.keyId = keyId;
    key.key = publicKey;
    return key;
}

Expected<MinisignSecretKey> MinisignSecretKey::writePair(const QString &dir)
{
    const QString secretFile = QDir(dir).filePath(QStringLiteral("slipway.key"));
    const QString publicFile = QDir(dir).filePath(QStringLiteral("slipway.pub"));
    for (const QString &file : { secretFile, publicFile }) {
        if (QFileInfo::exists(file))
            return Error(tr("already exists; Slipway does not overwrite a key"), file, 0, 0,
                         tr("remove it or choose another folder"));
    }
    auto key = generate();
    if (!key)
        return key.error();
    if (auto written = PrivateFile::write(secretFile, key->toFileText(), PrivateFile::Mode::NewOnly); !written)
        return written.error();
    QFile out(publicFile);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(key->publicHalf().toFileText()) < 0
        || !out.flush()) {
        QFile::remove(secretFile);
        return Error(out.errorString(), publicFile);
    }
    return key;
}

} // namespace Slipway
