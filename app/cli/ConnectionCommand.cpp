#include "ConnectionCommand.h"

#include "CliSession.h"
#include "Console.h"
#include "ExitCode.h"
#include "SignalWatcher.h"
#include "core/Duration.h"
#include "install/ConnectionTest.h"

#include <QJsonDocument>

namespace Slipway {

QList<QCommandLineOption> ConnectionCommand::options()
{
    return {
        { QStringLiteral("kind"), tr("test-connection: postgres, redis, clickhouse or s3."),
          QStringLiteral("kind") },
        { QStringLiteral("host"), tr("test-connection: the server's host name or address."),
          QStringLiteral("host") },
        { QStringLiteral("port"), tr("test-connection: the port (default: the kind's usual one)."),
          QStringLiteral("port") },
        { QStringLiteral("user"), tr("test-connection: the user (s3: the access key ID)."),
          QStringLiteral("user") },
        { QStringLiteral("database"),
          tr("test-connection: the database (redis: its index; clickhouse: optional)."),
          QStringLiteral("name") },
        { QStringLiteral("bucket"), tr("test-connection: the S3 bucket."), QStringLiteral("name") },
        { QStringLiteral("region"), tr("test-connection: the S3 region (default: us-east-1)."),
          QStringLiteral("region") },
        { QStringLiteral("tls"), tr("test-connection: connect with TLS, verifying the server.") },
    };
}

QString ConnectionCommand::help()
{
    return tr("Usage: slipway-cli test-connection --kind postgres|redis|clickhouse|s3 --host HOST "
              "[--port PORT] [--user USER] [--database NAME] [--bucket NAME] [--region REGION] "
              "[--tls] [--timeout 10s] [-o json]\n\n"
              "Connects to an external database or object store the way the install wizard's "
              "“Test connection” does, from this computer: PostgreSQL (login, then SELECT "
              "version()), Redis (AUTH, PING, SELECT, INFO), ClickHouse's HTTP interface (/ping, "
              "then SELECT version() as the user) or an S3-compatible endpoint (a signed HEAD of "
              "the bucket, path-style). The password — for S3, the secret key — is read from the "
              "environment variable %1, never from an argument, and is never printed.\n\n"
              "Exit 0 when the connection works; 11 when it does not, with one line saying what "
              "is wrong (with -o json: {ok, outcome, message, elapsedMs}; outcome is one of dns, "
              "refused, timeout, tls, authentication, missing-database, missing-bucket, other); "
              "2 on a usage error; 130 on Ctrl-C.")
        .arg(QLatin1String(kPasswordVariable));
}

ConnectionTestRequest ConnectionCommand::request(const QCommandLineParser &parser, QString *error)
{
    ConnectionTestRequest request;
    const std::optional<ConnectionTestRequest::Kind> kind
        = ConnectionTestRequest::kindFromName(parser.value(QStringLiteral("kind")));
    if (!kind) {
        *error = tr("--kind must be one of %1")
                     .arg(ConnectionTestRequest::kindNames().join(QStringLiteral(", ")));
        return request;
    }
    request.kind = *kind;
    request.host = parser.value(QStringLiteral("host"));
    if (request.host.isEmpty()) {
        *error = tr("test-connection needs --host");
        return request;
    }
    if (parser.isSet(QStringLiteral("port"))) {
        bool number = false;
        request.port = parser.value(QStringLiteral("port")).toInt(&number);
        if (!number || request.port <= 0 || request.port > 65535) {
            *error = tr("--port must be a number from 1 to 65535, not “%1”")
                         .arg(parser.value(QStringLiteral("port")));
            return request;
        }
    }
    request.user = parser.value(QStringLiteral("user"));
    request.database = parser.value(QStringLiteral("database"));
    request.bucket = parser.value(QStringLiteral("bucket"));
    request.region = parser.value(QStringLiteral("region"));
    request.tls = parser.isSet(QStringLiteral("tls"));
    request.password = qEnvironmentVariable(kPasswordVariable);
    if (parser.isSet(QStringLiteral("timeout"))) {
        const QString text = parser.value(QStringLiteral("timeout"));
        bool number = false;
        const qint64 seconds = text.toLongLong(&number);
        const Expected<qint64> ms = number ? Expected<qint64>(seconds * 1000) : Duration::parseMs(text);
        if (!ms || *ms <= 0 || *ms > 3600 * 1000) {
            *error = tr("--timeout must be a duration such as 5s, up to 1h, not “%1”").arg(text);
            return request;
        }
        request.timeoutMs = int(*ms);
    }
    return request;
}

int ConnectionCommand::run(const QCommandLineParser &parser, bool json)
{
    QString error;
    const ConnectionTestRequest input = request(parser, &error);
    if (!error.isEmpty()) {
        Console::err(QStringLiteral("slipway-cli: ") + error);
        Console::err(tr("Run “slipway-cli test-connection --help” for its options."));
        return ExitUsage;
    }
    ConnectionTest test;
    ConnectionTestResult result;
    QObject::connect(&test, &ConnectionTest::finished, &test,
                     [&result](const ConnectionTestResult &r) { result = r; });
    SignalWatcher signals;
    int signalNumber = 0;
    QObject::connect(&signals, &SignalWatcher::caught, &test, [&](int number) {
        signalNumber = number;
        test.cancel();
    });
    test.start(input);
    CliSession::waitFor(&test, &ConnectionTest::finished);
    if (signalNumber != 0) {
        Console::err(tr("slipway-cli: connection test cancelled."));
        return SignalWatcher::exitCodeFor(signalNumber);
    }
    const QString kind = ConnectionTestRequest::kindName(input.kind);
    if (json) {
        QJsonObject object = result.toJson();
        object.insert(QStringLiteral("kind"), kind);
        object.insert(QStringLiteral("address"), input.address());
        Console::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
    } else if (result.ok()) {
        Console::out(tr("%1 at %2: connection works (%3, %4 ms).")
                         .arg(kind, input.address(), result.detail)
                         .arg(result.elapsedMs));
    } else {
        Console::err(tr("slipway-cli: %1 (%2)").arg(result.message, ConnectionTestResult::outcomeName(result.outcome)));
    }
    return result.ok() ? ExitOk : ExitConnectionFailed;
}

} // namespace Slipway
