#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

typedef void CURLM;

namespace Slipway {

struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray url;
    QList<QByteArray> headers; // "Name: value"
    QByteArray body; // sent as is unless uploadFile is set
    QString uploadFile; // a blob in an OCI layout, sent from uploadOffset for uploadLength bytes
    qint64 uploadOffset = 0;
    qint64 uploadLength = 0;
    // Where a 2xx answer's body goes while it arrives (a blob streamed to disk); false aborts.
    std::function<bool(const char *data, qsizetype size)> sink;
    // Told of each piece of the upload as libcurl takes it, for progress.
    std::function<void(qint64 bytes)> sent;
};

struct HttpResponse
{
    long status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers; // of the last answer, names lowercase
    QByteArray body; // unless it went to the request's sink
    QString transportError; // the connection failed: no status
    bool cancelled = false;

    QByteArray header(const QByteArray &lowercaseName) const;
    bool ok() const { return transportError.isEmpty() && status >= 200 && status < 300; }
};

struct RegistryTls
{
    QString caFile; // trusted in addition to nothing: replaces the system's roots when set
};

// Blocking HTTP over libcurl for one registry operation's worker thread. One multi handle per
// object keeps connections alive from one request to the next (a pull is many small requests
// and a few big ones to the same host). cancel() may be called from any thread; the transfer
// in progress ends within a poll interval.
class RegistryHttp
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RegistryHttp)

public:
    // maxBytesPerSecond: a cap on each transfer's rate either way (0: none), for a slow link
    // shared with other work.
    explicit RegistryHttp(RegistryTls tls, qint64 maxBytesPerSecond = 0);
    ~RegistryHttp();
    RegistryHttp(const RegistryHttp &) = delete;
    RegistryHttp &operator=(const RegistryHttp &) = delete;

    HttpResponse send(const HttpRequest &request);
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    // Body bytes received and sent since construction, for throughput.
    qint64 bytesMoved() const { return m_bytesMoved; }

private:
    const RegistryTls m_tls;
    const qint64 m_maxBytesPerSecond;
    CURLM *m_multi = nullptr;
    std::atomic_bool m_cancelled = false;
    qint64 m_bytesMoved = 0;
};

} // namespace Slipway
