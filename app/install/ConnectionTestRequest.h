#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Slipway {

// What the administrator entered for an external database or object store, as the wizard's
// "Test connection" and `slipway-cli test-connection` hand it to ConnectionTest. The password
// (for S3: the secret key) is held here only; nothing derived from a request ever prints it.
struct ConnectionTestRequest
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ConnectionTestRequest)

public:
    enum class Kind
    {
        Postgres,
        Redis,
        ClickHouse,
        S3,
    };

    Kind kind = Kind::Postgres;
    QString host;
    int port = 0; // 0: the kind's usual port (defaultPort)
    QString user; // S3: the access key ID
    QString password; // S3: the secret access key
    QString database; // Postgres: database name; Redis: database index; ClickHouse: database
    QString bucket; // S3
    QString region; // S3; empty: us-east-1
    bool tls = false;
    int timeoutMs = 10000;

    int effectivePort() const { return port > 0 ? port : defaultPort(kind, tls); }
    QString effectiveRegion() const;
    // host:port, with an IPv6 address in brackets.
    QString address() const;

    // The names DatabaseModeOption::test and the CLI's --kind use: postgres, redis, clickhouse, s3.
    static std::optional<Kind> kindFromName(const QString &name);
    static QString kindName(Kind kind);
    static QStringList kindNames();
    static int defaultPort(Kind kind, bool tls);

    // The request a connection URL describes, in the forms the charts' fields take:
    // postgres[ql][+driver]://user:password@host:port/database[?sslmode=require|verify-ca|verify-full],
    // redis[s]://[user]:password@host:port[/index] (rediss: TLS), and ClickHouse's HTTP
    // interface http[s]://[user:password@]host:port. Percent-escapes in the user and password are
    // decoded. The error never quotes the URL, which may hold the password.
    static Expected<ConnectionTestRequest> fromUrl(Kind kind, const QString &url);
    // The request a databaseMode's answers describe (the wizard's Test connection), keyed by the
    // last segment of each field's values path, as the charts name them: host (also
    // "host:port", or a URL), port, user / username / accessKey, password / secretKey,
    // database / db, bucket, region / awsRegion, secure / tls / useSSL, url / endpoint /
    // databaseUrl / redisUrl (a connection URL, read by fromUrl). Keys it does not know are
    // ignored; an error when nothing names the server.
    static Expected<ConnectionTestRequest> fromAnswers(Kind kind, const QVariantMap &byKey);
};

} // namespace Slipway
