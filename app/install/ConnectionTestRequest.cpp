#include "ConnectionTestRequest.h"

#include <QUrl>
#include <QUrlQuery>

namespace Slipway {

namespace {

struct KindName
{
    ConnectionTestRequest::Kind kind;
    const char *name;
};

constexpr KindName kKinds[] = {
    { ConnectionTestRequest::Kind::Postgres, "postgres" },
    { ConnectionTestRequest::Kind::Redis, "redis" },
    { ConnectionTestRequest::Kind::ClickHouse, "clickhouse" },
    { ConnectionTestRequest::Kind::S3, "s3" },
};

} // namespace

QString ConnectionTestRequest::effectiveRegion() const
{
    // What the AWS SDKs assume without a region; S3-compatible servers mostly accept any.
    return region.isEmpty() ? QStringLiteral("us-east-1") : region;
}

QString ConnectionTestRequest::address() const
{
    const QString shownHost = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                                              : host;
    return shownHost + QLatin1Char(':') + QString::number(effectivePort());
}

std::optional<ConnectionTestRequest::Kind> ConnectionTestRequest::kindFromName(const QString &name)
{
    for (const KindName &entry : kKinds) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString ConnectionTestRequest::kindName(Kind kind)
{
    for (const KindName &entry : kKinds) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

QStringList ConnectionTestRequest::kindNames()
{
    QStringList names;
    for (const KindName &entry : kKinds)
        names << QLatin1String(entry.name);
    return names;
}

int ConnectionTestRequest::defaultPort(Kind kind, bool tls)
{
    switch (kind) {
    case Kind::Postgres:
        return 5432;
    case Kind::Redis:
        return 6379;
    case Kind::ClickHouse:
        return tls ? 8443 : 8123; // the HTTP interface, not the native protocol's 9000
    case Kind::S3:
        return tls ? 443 : 80;
    }
    return 0;
}

Expected<ConnectionTestRequest> ConnectionTestRequest::fromUrl(Kind kind, const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    ConnectionTestRequest request;
    request.kind = kind;
    bool known = false;
    switch (kind) {
    case Kind::Postgres: {
        known = scheme == QLatin1String("postgres") || scheme == QLatin1String("postgresql")
            || scheme.startsWith(QLatin1String("postgresql+")) || scheme.startsWith(QLatin1String("postgres+"));
        const QString sslmode = QUrlQuery(parsed).queryItemValue(QStringLiteral("sslmode"));
        request.tls = sslmode == QLatin1String("require") || sslmode.startsWith(QLatin1String("verify-"));
        request.database = parsed.path().mid(1);
        break;
    }
    case Kind::Redis:
        known = scheme == QLatin1String("redis") || scheme == QLatin1String("rediss");
        request.tls = scheme == QLatin1String("rediss");
        request.database = parsed.path().mid(1);
        break;
    case Kind::ClickHouse:
        known = scheme == QLatin1String("http") || scheme == QLatin1String("https");
        request.tls = scheme == QLatin1String("https");
        break;
    case Kind::S3:
        break;
    }
    if (!known)
        return Error(kind == Kind::S3 ? tr("An S3 connection is given by endpoint, bucket and keys, not by a URL.")
                                      : tr("This is not a %1 URL (it starts with “%2:”).")
                                            .arg(kindName(kind), scheme));
    if (!parsed.isValid() || parsed.host().isEmpty())
        return Error(tr("The %1 URL has no host, or is not a valid URL.").arg(kindName(kind)));
    request.host = parsed.host();
    request.port = parsed.port(0);
    request.user = parsed.userName(QUrl::FullyDecoded);
    request.password = parsed.password(QUrl::FullyDecoded);
    return request;
}

Expected<ConnectionTestRequest> ConnectionTestRequest::fromAnswers(Kind kind, const QVariantMap &byKey)
{
    auto text = [&byKey](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            const QString value = byKey.value(QLatin1String(key)).toString().trimmed();
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    const QString url = text({ "url", "databaseUrl", "redisUrl", "endpoint", "uri" });
    QString host = text({ "host", "hostname", "server", "address" });
    ConnectionTestRequest request;
    if (!url.isEmpty() && (host.isEmpty() || kind != Kind::S3)) {
        if (kind != Kind::S3) {
            Expected<ConnectionTestRequest> parsed = fromUrl(kind, url);
            if (!parsed)
                return parsed;
            request = parsed.value();
        } else {
            host = url; // an S3 endpoint: read below as a URL
        }
    }
    request.kind = kind;
    if (host.contains(QLatin1String("://"))) {
        const QUrl parsed(host);
        request.tls = parsed.scheme() == QLatin1String("https");
        request.host = parsed.host();
        request.port = parsed.port(0);
    } else if (!host.isEmpty()) {
        const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
        bool numeric = false;
        const int port = colon > 0 ? host.mid(colon + 1).toInt(&numeric) : 0;
        request.host = numeric && !host.left(colon).contains(QLatin1Char(':')) ? host.left(colon) : host;
        if (numeric)
            request.port = port;
    }
    bool ok = false;
    if (const int port = text({ "port" }).toInt(&ok); ok)
        request.port = port;
    if (const QString user = text({ "user", "username", "accessKey", "accessKeyId" }); !user.isEmpty())
        request.user = user;
    if (const QString password = text({ "password", "secretKey", "secretAccessKey" }); !password.isEmpty())
        request.password = password;
    if (const QString database = text({ "database", "db", "dbName" }); !database.isEmpty())
        request.database = database;
    request.bucket = text({ "bucket" });
    request.region = text({ "region", "awsRegion" });
    for (const char *key : { "secure", "tls", "useSSL", "ssl" }) {
        if (byKey.contains(QLatin1String(key)))
            request.tls = byKey.value(QLatin1String(key)).toBool();
    }
    if (request.host.isEmpty())
        return Error(tr("Fill in the server's address first."));
    return request;
}

} // namespace Slipway
