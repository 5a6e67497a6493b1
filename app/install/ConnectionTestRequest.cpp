#include "ConnectionTestRequest.h"

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

} // namespace Slipway
