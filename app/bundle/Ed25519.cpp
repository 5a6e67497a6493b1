#include "Ed25519.h"

#include "LibCrypto.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>
#include <mutex>

namespace Slipway {

namespace {

// libcrypto's functions, typed by the declarations of <openssl/evp.h> (LibCrypto opens it).
struct Crypto
{
    decltype(&::EVP_PKEY_new_raw_private_key) newPrivateKey = nullptr;
    decltype(&::EVP_PKEY_new_raw_public_key) newPublicKey = nullptr;
    decltype(&::EVP_PKEY_get_raw_public_key) rawPublicKey = nullptr;
    decltype(&::EVP_PKEY_free) freeKey = nullptr;
    decltype(&::EVP_MD_CTX_new) newContext = nullptr;
    decltype(&::EVP_MD_CTX_free) freeContext = nullptr;
    decltype(&::EVP_DigestSignInit) signInit = nullptr;
    decltype(&::EVP_DigestSign) digestSign = nullptr;
    decltype(&::EVP_DigestVerifyInit) verifyInit = nullptr;
    decltype(&::EVP_DigestVerify) digestVerify = nullptr;
    decltype(&::EVP_Digest) digest = nullptr;
    decltype(&::EVP_blake2b512) blake2b512 = nullptr;
    decltype(&::RAND_bytes) randomBytes = nullptr;
    bool ok = false;
};

const Crypto &crypto()
{
    static Crypto c;
    static std::once_flag once;
    std::call_once(once, [] {
        c.ok = LibCrypto::resolve("EVP_PKEY_new_raw_private_key", &c.newPrivateKey)
            && LibCrypto::resolve("EVP_PKEY_new_raw_public_key", &c.newPublicKey)
            && LibCrypto::resolve("EVP_PKEY_get_raw_public_key", &c.rawPublicKey)
            && LibCrypto::resolve("EVP_PKEY_free", &c.freeKey) && LibCrypto::resolve("EVP_MD_CTX_new", &c.newContext)
            && LibCrypto::resolve("EVP_MD_CTX_free", &c.freeContext)
            && LibCrypto::resolve("EVP_DigestSignInit", &c.signInit)
            && LibCrypto::resolve("EVP_DigestSign", &c.digestSign)
            && LibCrypto::resolve("EVP_DigestVerifyInit", &c.verifyInit)
            && LibCrypto::resolve("EVP_DigestVerify", &c.digestVerify) && LibCrypto::resolve("EVP_Digest", &c.digest)
            && LibCrypto::resolve("EVP_blake2b512", &c.blake2b512) && LibCrypto::resolve("RAND_bytes", &c.randomBytes);
    });
    return c;
}

struct KeyFree
{
    void operator()(EVP_PKEY *key) const { crypto().freeKey(key); }
};
struct ContextFree
{
    void operator()(EVP_MD_CTX *context) const { crypto().freeContext(context); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using Context = std::unique_ptr<EVP_MD_CTX, ContextFree>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

Key privateKey(const QByteArray &seed)
{
    if (seed.size() != 32 || !crypto().ok)
        return {};
    return Key(crypto().newPrivateKey(EVP_PKEY_ED25519, nullptr, bytes(seed), size_t(seed.size())));
}

} // namespace

bool Ed25519::isAvailable()
{
    return crypto().ok;
}

QByteArray Ed25519::randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (!crypto().ok || crypto().randomBytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        return {};
    return out;
}

QByteArray Ed25519::publicKeyOf(const QByteArray &seed)
{
    const Key key = privateKey(seed);
    if (!key)
        return {};
    QByteArray out(32, Qt::Uninitialized);
    size_t length = size_t(out.size());
    if (crypto().rawPublicKey(key.get(), reinterpret_cast<unsigned char *>(out.data()), &length) != 1 || length != 32)
        return {};
    return out;
}

QByteArray Ed25519::sign(const QByteArray &seed, const QByteArray &message)
{
    const Key key = privateKey(seed);
    if (!key)
        return {};
    const Context context(crypto().newContext());
    if (!context || crypto().signInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return {};
    QByteArray out(64, Qt::Uninitialized);
    size_t length = size_t(out.size());
    if (crypto().digestSign(context.get(), reinterpret_cast<unsigned char *>(out.data()), &length, bytes(message),
                            size_t(message.size()))
            != 1
        || length != 64)
        return {};
    return out;
}

bool Ed25519::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != 32 || signature.size() != 64 || !crypto().ok)
        return false;
    const Key key(crypto().newPublicKey(EVP_PKEY_ED25519, nullptr, bytes(publicKey), 32));
    if (!key)
        return false;
    const Context context(crypto().newContext());
    if (!context || crypto().verifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return crypto().digestVerify(context.get(), bytes(signature), 64, bytes(message), size_t(message.size())) == 1;
}

QByteArray Ed25519::blake2b512(const QByteArray &data)
{
    if (!crypto().ok)
        return {};
    QByteArray out(64, Qt::Uninitialized);
    unsigned int length = 0;
    if (crypto().digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &length,
                        crypto().blake2b512(), nullptr)
            != 1
        || length != 64)
        return {};
    return out;
}

} // namespace Slipway
