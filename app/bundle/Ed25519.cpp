#include "Ed25519.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace Slipway {

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct ContextFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using Context = std::unique_ptr<EVP_MD_CTX, ContextFree>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

Key privateKey(const QByteArray &seed)
{
    if (seed.size() != 32)
        return {};
    return Key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), size_t(seed.size())));
}

} // namespace

QByteArray Ed25519::randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
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
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(out.data()), &length) != 1
        || length != 32)
        return {};
    return out;
}

QByteArray Ed25519::sign(const QByteArray &seed, const QByteArray &message)
{
    const Key key = privateKey(seed);
    const Context context(EVP_MD_CTX_new());
    if (!key || !context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return {};
    QByteArray out(64, Qt::Uninitialized);
    size_t length = size_t(out.size());
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(out.data()), &length, bytes(message),
                       size_t(message.size()))
            != 1
        || length != 64)
        return {};
    return out;
}

bool Ed25519::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    const Key key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), 32));
    const Context context(EVP_MD_CTX_new());
    if (!key || !context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(context.get(), bytes(signature), 64, bytes(message), size_t(message.size())) == 1;
}

QByteArray Ed25519::blake2b512(const QByteArray &data)
{
    QByteArray out(64, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &length,
                   EVP_blake2b512(), nullptr)
            != 1
        || length != 64)
        return {};
    return out;
}

} // namespace Slipway
