#pragma once

#include <QDateTime>
#include <QString>

namespace Slipway {

// Time as the API server writes it and as kubectl prints it.
class KubeTime
{
public:
    // RFC 3339 with or without fractional seconds ("2026-07-01T10:00:00Z",
    // "…T10:00:00.123456Z"); an invalid QDateTime for anything else, including null.
    static QDateTime parse(const QString &rfc3339);

    // kubectl's translateTimestampSince (Duration::human of the age): "<unknown>" for a missing
    // time, "<invalid>" when it lies more than a second in the future.
    static QString since(const QDateTime &then, const QDateTime &now);
};

} // namespace Slipway
