#include "Minisign.h"

#include "Ed25519.h"

#include <QDir>
#include <QStandardPaths>

namespace Slipway {

namespace {

// Empty when not valid base64.
QByteArray base64(const QByteArray &text)
{
    const auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    return result ? result.decoded : QByteArray();
}

} // namespace

Error Minisign::noCrypto()
{
    return Error(tr("signatures need OpenSSL 3's libcrypto (libcrypto.so.3), which cannot be opened"), {}, 0, 0,
                 tr("install it: apt-get install -y libssl3"));
}

Expected<QByteArray> Minisign::sign(const QByteArray &message, const MinisignSecretKey &key,
                                    const QString &trustedComment, const QString &untrustedComment)
{
    if (!Ed25519::isAvailable())
        return noCrypto();
    const QByteArray comment = trustedComment.toUtf8();
    if (comment.contains('\n') || comment.contains('\r'))
        return Error(tr("a trusted comment is one line"));
    const QByteArray hash = Ed25519::blake2b512(message);
    const QByteArray signature = Ed25519::sign(key.seed, hash);
    const QByteArray global = Ed25519::sign(key.seed, signature + comment);
    if (hash.isEmpty() || signature.isEmpty() || global.isEmpty())
        return Error(tr("libcrypto could not sign"));
    const QString untrusted = untrustedComment.isEmpty()
        ? QStringLiteral("signature from slipway secret key ") + MinisignPublicKey::idText(key.keyId)
        : untrustedComment;
    return QByteArray("untrusted comment: " + untrusted.toUtf8() + '\n' + QByteArray(QByteArray("ED") + key.keyId + signature).toBase64()
        + "\ntrusted comment: " + comment + '\n' + global.toBase64() + '\n');
}

QByteArray Minisign::keyIdOf(const QByteArray &signature)
{
    const QList<QByteArray> lines = signature.split('\n');
    if (lines.size() < 2)
        return {};
    const QByteArray decoded = base64(lines[1].trimmed());
    if (decoded.size() != 2 + 8 + 64)
        return {};
    return decoded.mid(2, 8);
}

Expected<Minisign::Verified> Minisign::verify(const QByteArray &message, const QByteArray &signature,
                                              const QList<MinisignPublicKey> &trusted)
{
    QList<QByteArray> lines = signature.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    static const QByteArray trustedPrefix("trusted comment: ");
    if (lines.size() < 4 || !lines[0].startsWith("untrusted comment:") || !lines[2].startsWith(trustedPrefix))
        return Error(tr("the signature is not in minisign's format"));
    const QByteArray decoded = base64(lines[1]);
    const QByteArray global = base64(lines[3]);
    if (decoded.size() != 2 + 8 + 64 || global.size() != 64)
        return Error(tr("the signature is not in minisign's format"));
    const QByteArray algorithm = decoded.left(2);
    if (algorithm != "ED" && algorithm != "Ed")
        return Error(tr("the signature's algorithm “%1” is not Ed25519").arg(QString::fromLatin1(algorithm.toHex())));
    const QByteArray keyId = decoded.mid(2, 8);
    const QByteArray sig = decoded.mid(10, 64);
    const MinisignPublicKey *key = nullptr;
    for (const MinisignPublicKey &candidate : trusted) {
        if (candidate.keyId == keyId) {
            key = &candidate;
            break;
        }
    }
    if (!key)
        return Error(tr("signed by key %1, which is not a trusted key").arg(MinisignPublicKey::idText(keyId)), {}, 0, 0,
                     tr("if you trust who made the bundle, get their public key (.pub) another way and pass it "
                        "with --trusted-key, or copy it into %1")
                         .arg(defaultTrustedKeysFolder()));
    if (!Ed25519::isAvailable())
        return noCrypto();
    const QByteArray signedData = algorithm == "ED" ? Ed25519::blake2b512(message) : message;
    if (!Ed25519::verify(key->key, signedData, sig))
        return Error(tr("the signature does not match: the signed file was changed after it was signed, or the "
                        "signature is damaged"),
                     {}, 0, 0, tr("get the bundle again from its source"));
    const QByteArray comment = lines[2].mid(trustedPrefix.size());
    if (!Ed25519::verify(key->key, sig + comment, global))
        return Error(tr("the signature's trusted comment was changed after it was signed"), {}, 0, 0,
                     tr("get the bundle again from its source"));
    return Verified { *key, QString::fromUtf8(comment) };
}

QString Minisign::defaultTrustedKeysFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/slipway/trusted-keys");
}

Expected<QList<MinisignPublicKey>> Minisign::loadTrustedKeys(const QString &folder, const QStringList &files)
{
    QList<MinisignPublicKey> keys;
    QStringList paths;
    if (!folder.isEmpty()) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({ QStringLiteral("*.pub") }, QDir::Files, QDir::Name))
            paths.append(dir.filePath(name));
    }
    paths += files;
    for (const QString &path : std::as_const(paths)) {
        auto key = MinisignPublicKey::load(path);
        if (!key)
            return key.error();
        keys.append(*key);
    }
    return keys;
}

} // namespace Slipway
