#pragma once

#include <QByteArrayView>
#include <QString>

#include <compare>
#include <optional>

namespace Slipway {

// Where a followed log stands, so that a new connection carries on after the last line delivered,
// with none lost and none repeated. There is no resume token for logs: the client asks for
// timestamps=true and sinceTime. The API server hands sinceTime to the kubelet in whole seconds
// (RFC 3339, `KK pkg/registry/core/pod/strategy.go LogLocation`), so a resumed stream starts again
// at the last line's second: lines older than the last one delivered are skipped by their
// nanosecond timestamps, and lines with exactly its timestamp by how many were delivered.
class LogResumePoint
{
public:
    struct Timestamp
    {
        qint64 seconds = 0; // since the epoch, UTC
        int nanoseconds = 0;
        auto operator<=>(const Timestamp &) const = default;
    };

    // The kubelet's "2026-07-24T10:00:00.123456789Z" (any number of fraction digits, Z or an
    // offset); nullopt for anything else.
    static std::optional<Timestamp> parseTimestamp(QByteArrayView text);
    // `line` as sent with timestamps=true, without the timestamp and its space.
    static QByteArrayView withoutTimestamp(QByteArrayView line);

    // A line (with its timestamp) arrived: true when it is new and must be delivered; it then
    // becomes the resume point.
    bool accept(QByteArrayView line);
    // A new connection starts with sinceTime(): the lines up to the resume point come again.
    void reconnected();

    bool hasPosition() const { return m_last.has_value(); }
    // The resume point's second, as sinceTime wants it ("2026-07-24T10:00:00Z").
    QString sinceTime() const;
    int skipped() const { return m_skipped; } // repeats dropped since the last reconnect

private:
    std::optional<Timestamp> m_last;
    int m_atLast = 0; // lines delivered with exactly m_last
    bool m_catchingUp = false;
    int m_toSkipAtLast = 0;
    int m_skipped = 0;
};

} // namespace Slipway
