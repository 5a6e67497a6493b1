#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

// A scripted HTTP/1.1 server on 127.0.0.1 for client tests that need answers a real API server
// will not give on demand (429, 500, a stalled stream). Plain http, so only anonymous requests.
class FakeApiServer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        // A stream: sent chunk by chunk, `chunkIntervalMs` apart, and then held open unless
        // `endStream`; `dropConnection` cuts the connection there instead, mid-response, the way
        // an API server that goes away does.
        QList<QByteArray> chunks;
        int chunkIntervalMs = 100;
        bool endStream = true;
        bool dropConnection = false;
        QByteArray contentType = "application/json";
    };
    using Handler = std::function<Response(const Request &)>;

    static Response answer(int status, const QByteArray &body,
                           const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        Response r;
        r.status = status;
        r.body = body;
        r.headers = headers;
        return r;
    }

    explicit FakeApiServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
    }

    ~FakeApiServer() override
    {
        // The sockets are the server's children: stop them reaching back into this half-gone object.
        const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *s : sockets) {
            s->disconnect(this);
            delete s;
        }
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    QList<Request> requests;

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.target = first.value(1);
            qsizetype length = 0;
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                r.headers.append({ name, line.mid(colon + 1).trimmed() });
                if (name == "content-length")
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            r.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            requests.append(r);
            respond(socket, m_handler(r));
        });
    }

    void respond(QTcpSocket *socket, const Response &response)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        if (response.chunks.isEmpty()) {
            head += "Content-Type: application/json\r\nContent-Length: "
                + QByteArray::number(response.body.size()) + "\r\n\r\n";
            socket->write(head + response.body);
            return;
        }
        socket->write(head + "Content-Type: " + response.contentType
                      + "\r\nTransfer-Encoding: chunked\r\n\r\n");
        int delay = 0;
        const QPointer<QTcpSocket> guard(socket);
        for (const QByteArray &chunk : response.chunks) {
            delay += response.chunkIntervalMs;
            QTimer::singleShot(delay, this, [guard, chunk] {
                if (guard)
                    guard->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            });
        }
        if (response.dropConnection)
            QTimer::singleShot(delay + response.chunkIntervalMs, this, [guard] {
                if (guard)
                    guard->abort();
            });
        else if (response.endStream)
            QTimer::singleShot(delay + response.chunkIntervalMs, this, [guard] {
                if (guard)
                    guard->write("0\r\n\r\n");
            });
    }

    Handler m_handler;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
