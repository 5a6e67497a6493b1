#include "TcpConnection.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Slipway {

TcpConnection::TcpConnection(const ConnectionAttempt &attempt)
    : m_attempt(attempt)
{ }

TcpConnection::~TcpConnection()
{
    close();
}

void TcpConnection::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

std::optional<ConnectionTestResult> TcpConnection::stopped() const
{
    if (m_attempt.isCancelled())
        return ConnectionTestResult::cancelled();
    if (m_attempt.isExpired())
        return ConnectionTestResult::timedOut(m_address, m_attempt.timeoutMs());
    return std::nullopt;
}

bool TcpConnection::waitFor(short events)
{
    while (!m_attempt.shouldStop()) {
        pollfd fd { m_fd, events, 0 };
        const int ready = ::poll(&fd, 1, m_attempt.sliceMs());
        if (ready > 0)
            return true;
        if (ready < 0 && errno != EINTR)
            return true; // let the following call report the error
    }
    return false;
}

std::optional<ConnectionTestResult> TcpConnection::open(const QString &host, int port)
{
    m_address = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                                : QStringLiteral("%1:%2").arg(host).arg(port);
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *addresses = nullptr;
    // getaddrinfo cannot be interrupted; ConnectionTest's own timer covers a resolver that hangs.
    const int resolved = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(),
                                       &hints, &addresses);
    if (resolved != 0 || !addresses)
        return ConnectionTestResult::unresolved(host);
    const auto failed = [this](int error) {
        return error == ECONNREFUSED
            ? ConnectionTestResult::refused(m_address)
            : ConnectionTestResult::failure(
                  ConnectionTestResult::Outcome::Other,
                  tr("%1 cannot be reached (%2). Check the host and the network between this "
                     "computer and it.")
                      .arg(m_address, QString::fromLocal8Bit(std::strerror(error))));
    };
    // Each address in turn, as libpq and libcurl do: the answer of the last one that failed counts.
    std::optional<ConnectionTestResult> failure;
    for (addrinfo *a = addresses; a; a = a->ai_next) {
        close();
        m_fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (m_fd < 0)
            continue;
        if (::connect(m_fd, a->ai_addr, a->ai_addrlen) != 0 && errno != EINPROGRESS) {
            failure = failed(errno);
            continue;
        }
        if (!waitFor(POLLOUT)) {
            failure = stopped();
            break;
        }
        int error = 0;
        socklen_t length = sizeof error;
        ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error == 0) {
            ::freeaddrinfo(addresses);
            return std::nullopt;
        }
        failure = failed(error);
    }
    ::freeaddrinfo(addresses);
    close();
    return failure ? failure : ConnectionTestResult::refused(m_address);
}

std::optional<ConnectionTestResult> TcpConnection::write(const QByteArray &data)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        if (!waitFor(POLLOUT))
            return stopped();
        const ssize_t n = ::send(m_fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (n <= 0)
            return ConnectionTestResult::failure(
                ConnectionTestResult::Outcome::Other,
                tr("%1 closed the connection. Check that the port is the server's.").arg(m_address));
        sent += n;
    }
    return std::nullopt;
}

std::optional<ConnectionTestResult> TcpConnection::readUntil(
    const std::function<bool(const QByteArray &)> &complete, QByteArray *buffer)
{
    char chunk[4096];
    while (!complete(*buffer)) {
        if (!waitFor(POLLIN))
            return stopped();
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (n <= 0)
            return ConnectionTestResult::failure(
                ConnectionTestResult::Outcome::Other,
                tr("%1 closed the connection without answering. Check that the port is the "
                   "server's and whether it expects TLS.")
                    .arg(m_address));
        buffer->append(chunk, n);
    }
    return std::nullopt;
}

} // namespace Slipway
