#include "RedisConnectionTest.h"

#include "TcpConnection.h"

namespace Slipway {

qsizetype RedisConnectionTest::replyLength(const QByteArray &buffer)
{
    const qsizetype lineEnd = buffer.indexOf("\r\n");
    if (lineEnd < 0)
        return -1;
    if (!buffer.startsWith('$'))
        return lineEnd + 2; // +simple, -error, :integer
    bool number = false;
    const qsizetype length = buffer.mid(1, lineEnd - 1).toLongLong(&number);
    if (!number || length < 0)
        return lineEnd + 2; // a null bulk string
    const qsizetype total = lineEnd + 2 + length + 2;
    return buffer.size() >= total ? total : -1;
}

QByteArray RedisConnectionTest::command(const QList<QByteArray> &words)
{
    QByteArray out = '*' + QByteArray::number(words.size()) + "\r\n";
    for (const QByteArray &word : words)
        out += '$' + QByteArray::number(word.size()) + "\r\n" + word + "\r\n";
    return out;
}

QString RedisConnectionTest::versionFromInfo(const QByteArray &info)
{
    for (const QByteArray &line : info.split('\n')) {
        if (line.startsWith("redis_version:"))
            return QStringLiteral("Redis ") + QString::fromLatin1(line.mid(14).trimmed());
    }
    return {};
}

ConnectionTestResult RedisConnectionTest::errorReply(const QByteArray &reply,
                                                     const ConnectionTestRequest &request)
{
    using Outcome = ConnectionTestResult::Outcome;
    const QByteArray text = reply.mid(1).trimmed();
    const QString address = request.address();
    if (text.startsWith("WRONGPASS") || text.contains("invalid password")
        || text.contains("invalid username-password"))
        return ConnectionTestResult::failure(
            Outcome::Authentication,
            tr("Redis at %1 refused the user name or password. Check both (without a user "
               "name, the password is the server's requirepass).")
                .arg(address));
    if (text.startsWith("NOAUTH"))
        return ConnectionTestResult::failure(
            Outcome::Authentication,
            tr("Redis at %1 requires a password, and none was given. Enter the password.").arg(address));
    if (text.contains("without any password configured") || text.contains("no password is set"))
        return ConnectionTestResult::failure(
            Outcome::Authentication,
            tr("Redis at %1 has no password set, but one was given. Leave the password empty, or "
               "set one on the server.")
                .arg(address));
    if (text.contains("DB index is out of range") || text.contains("invalid DB index"))
        return ConnectionTestResult::failure(
            Outcome::MissingDatabase,
            tr("Redis at %1 has no database %2. Use an index below the server's “databases” "
               "setting (16 by default).")
                .arg(address, request.database));
    return ConnectionTestResult::failure(
        Outcome::Other, tr("Redis at %1 answered: %2").arg(address, QString::fromUtf8(text.left(200))));
}

ConnectionTestResult RedisConnectionTest::run(const ConnectionTestRequest &request,
                                              const ConnectionAttempt &attempt)
{
    if (request.tls)
        return ConnectionTestResult::failure(
            ConnectionTestResult::Outcome::Other,
            tr("Slipway cannot test Redis over TLS yet. Check this connection with “redis-cli "
               "--tls -h %1 -p %2 PING” instead.")
                .arg(request.host)
                .arg(request.effectivePort()));
    bool number = false;
    const int index = request.database.isEmpty() ? 0 : request.database.toInt(&number);
    if (!request.database.isEmpty() && (!number || index < 0))
        return ConnectionTestResult::failure(
            ConnectionTestResult::Outcome::MissingDatabase,
            tr("A Redis database is a number (0, 1, …), not “%1”.").arg(request.database));

    TcpConnection connection(attempt);
    if (auto failure = connection.open(request.host, request.effectivePort()))
        return *failure;
    // One round trip: a reply, or the failure to read one. `reply` keeps the reply's bytes.
    QByteArray reply;
    auto ask = [&](const QList<QByteArray> &words) -> std::optional<ConnectionTestResult> {
        if (auto failure = connection.write(command(words)))
            return failure;
        QByteArray buffer;
        if (auto failure = connection.readUntil([](const QByteArray &b) { return replyLength(b) >= 0; },
                                                &buffer))
            return failure;
        reply = buffer.left(replyLength(buffer));
        if (reply.startsWith('-'))
            return errorReply(reply, request);
        if (!reply.startsWith('+') && !reply.startsWith('$') && !reply.startsWith(':'))
            return ConnectionTestResult::failure(
                ConnectionTestResult::Outcome::Other,
                tr("%1 does not speak the Redis protocol. Check the port.").arg(request.address()));
        return std::nullopt;
    };
    if (!request.password.isEmpty()) {
        QList<QByteArray> auth { QByteArrayLiteral("AUTH") };
        if (!request.user.isEmpty())
            auth << request.user.toUtf8(); // Redis 6 ACL user
        auth << request.password.toUtf8();
        if (auto failure = ask(auth))
            return *failure;
    }
    if (auto failure = ask({ QByteArrayLiteral("PING") }))
        return *failure;
    if (index != 0) {
        if (auto failure = ask({ QByteArrayLiteral("SELECT"), QByteArray::number(index) }))
            return *failure;
    }
    // A user may be denied INFO by its ACL; the connection works all the same.
    QString version = tr("Redis");
    if (!ask({ QByteArrayLiteral("INFO"), QByteArrayLiteral("server") })) {
        const QString found = versionFromInfo(reply);
        if (!found.isEmpty())
            version = found;
    }
    return ConnectionTestResult::success(version);
}

} // namespace Slipway
