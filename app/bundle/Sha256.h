#pragma once

#include <QByteArray>
#include <QCryptographicHash>

#include <memory>

class QIODevice;

namespace Slipway {

// SHA-256 for blob digests, by OpenSSL's libcrypto where it can be opened, else by Qt.
// Every blob byte a pull receives is hashed, and Qt 6.4's portable SHA-256 made that most of a
// pull's CPU time; libcrypto's (SHA-NI / AVX2) is several times faster. It is opened at the
// first digest, as libcurl is (kube/CurlLibrary.cpp: no cost at program start), and the
// libcurl Slipway loads already brought it into the process.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const char *data, qsizetype size);
    bool addData(QIODevice *device); // reads to its end; false on a read error
    // "sha256:<64 hex>"; the hash is finished after this.
    QString digest();

    static QString digestOf(const QByteArray &data);

private:
    void *m_context = nullptr; // libcrypto's EVP_MD_CTX, when libcrypto is there
    std::unique_ptr<QCryptographicHash> m_qt; // else this
};

} // namespace Slipway
