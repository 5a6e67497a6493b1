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

    // An HTTP Date header ("Mon, 30 Nov 2026 12:00:00 GMT", RFC 9110's IMF-fixdate, what the
    // API server sends); invalid for anything else. Qt's RFC 2822 reader takes only numeric
    // zones, so "GMT" is read here.
    static QDateTime parseHttpDate(const QByteArray &header);

    // kubectl's translateTimestampSince (Duration::human of the age): "<unknown>" for a missing
    // time, "<invalid>" when it lies more than a second in the future.
    static QString since(const QDateTime &then, const QDateTime &now);
};

} // namespace Slipway
