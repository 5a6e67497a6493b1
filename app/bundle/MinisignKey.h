#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Slipway {

// An Ed25519 public key in minisign's file format ("untrusted comment: …" then base64 of
// "Ed" + 8-byte key id + 32-byte key), so that `minisign -V -p` reads Slipway's keys and
// Slipway reads minisign's.
struct MinisignPublicKey
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::MinisignPublicKey)

public:
    QByteArray keyId; // 8 bytes, as minisign stores it (little-endian)
    QByteArray key; // 32 bytes
    QString source; // the file it was read from, for messages

    static Expected<MinisignPublicKey> parse(const QByteArray &text, const QString &source = QString());
    static Expected<MinisignPublicKey> load(const QString &file);
    QByteArray toFileText() const;
    // As minisign prints it: the id as a 64-bit number in 16 upper-case hex digits.
    QString idText() const;
    static QString idText(const QByteArray &keyId);
};

// The secret half, in minisign's secret key format without a password (its `-W`: key
// derivation "\0\0", so nothing is encrypted and the checksum is not used): "Ed", kdf, "B2",
// salt, limits, key id, the 64-byte secret key (seed + public key), checksum. The file is
// written mode 0600.
struct MinisignSecretKey
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::MinisignSecretKey)

public:
    QByteArray keyId; // 8 bytes
    QByteArray seed; // 32 bytes: the Ed25519 private key
    QByteArray publicKey; // 32 bytes

    static Expected<MinisignSecretKey> generate();
    static Expected<MinisignSecretKey> parse(const QByteArray &text, const QString &source = QString());
    static Expected<MinisignSecretKey> load(const QString &file);
    QByteArray toFileText() const;
    MinisignPublicKey publicHalf() const;

    // Writes DIR/slipway.key (0600) and DIR/slipway.pub; refuses to overwrite either.
    static Expected<MinisignSecretKey> writePair(const QString &dir);
};

} // namespace Slipway
