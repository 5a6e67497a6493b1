#pragma once

#include "ConnectionAttempt.h"
#include "ConnectionTestResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace Slipway {

// A blocking TCP connection for a connection test's worker thread: name resolution and connect
// typed as the failures a user can fix (does not resolve, refused, no answer), reads and writes
// bounded by the attempt's deadline and cancel flag. Each call returns the failure, or nothing.
class TcpConnection
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::TcpConnection)

public:
    explicit TcpConnection(const ConnectionAttempt &attempt);
    ~TcpConnection();
    TcpConnection(const TcpConnection &) = delete;
    TcpConnection &operator=(const TcpConnection &) = delete;

    std::optional<ConnectionTestResult> open(const QString &host, int port);
    std::optional<ConnectionTestResult> write(const QByteArray &data);
    // Reads into `buffer` until `complete(buffer)` is true or the peer closes.
    std::optional<ConnectionTestResult> readUntil(const std::function<bool(const QByteArray &)> &complete,
                                                  QByteArray *buffer);
    void close();

private:
    std::optional<ConnectionTestResult> stopped() const;
    bool waitFor(short events);

    const ConnectionAttempt &m_attempt;
    QString m_address;
    int m_fd = -1;
};

} // namespace Slipway
