#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonObject>
#include <QList>

namespace Slipway {

// Cuts a watch response body into events. The API server writes one compact JSON object per
// line ({"type":"ADDED","object":{…}}), but HTTP hands the bytes over in arbitrary pieces, so
// a line may arrive in many chunks or many lines in one: bytes are buffered up to the newline.
// A line longer than `maxLineBytes` is dropped as Invalid rather than buffered forever.
class WatchStreamDecoder
{
public:
    struct Event
    {
        enum class Type
        {
            Added,
            Modified,
            Deleted,
            Bookmark,
            Error, // object is a metav1.Status
            Invalid, // not a watch event; object is empty
        };
        Type type = Type::Invalid;
        QJsonObject object;
    };

    explicit WatchStreamDecoder(qsizetype maxLineBytes = 64 * 1024 * 1024);

    // Each complete line, trimmed, not parsed yet (a reader parses them a few at a time with
    // parseLine()); a null QByteArray stands for a line dropped as too long (an Invalid event).
    QByteArrayList feedLines(QByteArrayView chunk);
    // The stream ended: a last line without its newline still counts.
    QByteArrayList finishLines();
    qsizetype buffered() const { return m_buffer.size(); }

    // The event of one line; Invalid for a null (dropped) line or one that is no watch event.
    static Event parseLine(QByteArrayView line);

private:
    qsizetype m_maxLineBytes;
    QByteArray m_buffer;
    bool m_skippingLongLine = false;
};

} // namespace Slipway
