#include "Sha256.h"

#include "LibCrypto.h"

#include <QIODevice>

#include <mutex>

namespace Slipway {

namespace {

// The five EVP calls needed, by their stable OpenSSL 3 ABI; no OpenSSL headers are needed.
struct Crypto
{
    void *(*mdCtxNew)() = nullptr;
    void (*mdCtxFree)(void *) = nullptr;
    const void *(*sha256)() = nullptr;
    int (*digestInit)(void *, const void *, void *) = nullptr;
    int (*digestUpdate)(void *, const void *, size_t) = nullptr;
    int (*digestFinal)(void *, unsigned char *, unsigned int *) = nullptr;
    bool ok = false;
};

const Crypto &crypto()
{
    static Crypto c;
    static std::once_flag once;
    std::call_once(once, [] {
        c.ok = LibCrypto::resolve("EVP_MD_CTX_new", &c.mdCtxNew) && LibCrypto::resolve("EVP_MD_CTX_free", &c.mdCtxFree)
            && LibCrypto::resolve("EVP_sha256", &c.sha256) && LibCrypto::resolve("EVP_DigestInit_ex", &c.digestInit)
            && LibCrypto::resolve("EVP_DigestUpdate", &c.digestUpdate)
            && LibCrypto::resolve("EVP_DigestFinal_ex", &c.digestFinal);
    });
    return c;
}

} // namespace

Sha256::Sha256()
{
    const Crypto &c = crypto();
    if (c.ok) {
        m_context = c.mdCtxNew();
        if (m_context && c.digestInit(m_context, c.sha256(), nullptr) == 1)
            return;
        c.mdCtxFree(m_context);
        m_context = nullptr;
    }
    m_qt = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
}

Sha256::~Sha256()
{
    if (m_context)
        crypto().mdCtxFree(m_context);
}

void Sha256::addData(const char *data, qsizetype size)
{
    if (m_context)
        crypto().digestUpdate(m_context, data, size_t(size));
    else
        m_qt->addData(QByteArrayView(data, size));
}

bool Sha256::addData(QIODevice *device)
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 got = device->read(buffer.data(), buffer.size());
        if (got < 0)
            return false;
        if (got == 0)
            return true;
        addData(buffer.constData(), got);
    }
}

QString Sha256::digest()
{
    QByteArray raw;
    if (m_context) {
        raw.resize(32);
        unsigned int length = 0;
        crypto().digestFinal(m_context, reinterpret_cast<unsigned char *>(raw.data()), &length);
    } else {
        raw = m_qt->result();
    }
    return QLatin1String("sha256:") + QString::fromLatin1(raw.toHex());
}

QString Sha256::digestOf(const QByteArray &data)
{
    Sha256 hash;
    hash.addData(data.constData(), data.size());
    return hash.digest();
}

} // namespace Slipway
