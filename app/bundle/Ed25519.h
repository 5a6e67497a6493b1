#pragma once

#include <QByteArray>

namespace Slipway {

// The few primitives minisign's format needs, by libcrypto. Every function returns an empty
// array (or false) when libcrypto fails, which it does not for well-formed input.
class Ed25519
{
public:
    static QByteArray randomBytes(int count);
    static QByteArray publicKeyOf(const QByteArray &seed); // 32-byte seed → 32-byte key
    static QByteArray sign(const QByteArray &seed, const QByteArray &message); // 64 bytes
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
    static QByteArray blake2b512(const QByteArray &data);
};

} // namespace Slipway
