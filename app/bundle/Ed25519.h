#pragma once

#include <QByteArray>

namespace Slipway {

// The few primitives minisign's format needs, by OpenSSL 3's libcrypto, opened at the first use
// (as Sha256 and libcurl are). Every function returns an empty array (or false) when libcrypto
// cannot be opened or fails, which it does not for well-formed input.
class Ed25519
{
public:
    static bool isAvailable();
    static QByteArray randomBytes(int count);
    static QByteArray publicKeyOf(const QByteArray &seed); // 32-byte seed → 32-byte key
    static QByteArray sign(const QByteArray &seed, const QByteArray &message); // 64 bytes
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
    static QByteArray blake2b512(const QByteArray &data);
};

} // namespace Slipway
