#include "WatchStreamDecoder.h"

#include <QJsonDocument>

namespace Slipway {

WatchStreamDecoder::WatchStreamDecoder(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{ }

WatchStreamDecoder::Event WatchStreamDecoder::parseLine(QByteArrayView line)
{
    Event event;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return event;
    const QJsonObject root = doc.object();
    const QJsonValue object = root.value(u"object");
    if (!object.isObject())
        return event;
    const QString type = root.value(u"type").toString();
    if (type == u"ADDED")
        event.type = Event::Type::Added;
    else if (type == u"MODIFIED")
        event.type = Event::Type::Modified;
    else if (type == u"DELETED")
        event.type = Event::Type::Deleted;
    else if (type == u"BOOKMARK")
        event.type = Event::Type::Bookmark;
    else if (type == u"ERROR")
        event.type = Event::Type::Error;
    else
        return event;
    event.object = object.toObject();
    return event;
}

QByteArrayList WatchStreamDecoder::feedLines(QByteArrayView chunk)
{
    QByteArrayList lines;
    while (!chunk.isEmpty()) {
        const qsizetype newline = chunk.indexOf('\n');
        const QByteArrayView piece = newline < 0 ? chunk : chunk.first(newline);
        chunk = newline < 0 ? QByteArrayView() : chunk.sliced(newline + 1);
        if (!m_skippingLongLine)
            m_buffer.append(piece);
        if (m_buffer.size() > m_maxLineBytes) {
            m_buffer.clear();
            m_skippingLongLine = true;
        }
        if (newline < 0)
            break;
        if (m_skippingLongLine) {
            m_skippingLongLine = false;
            lines.append(QByteArray());
            continue;
        }
        QByteArray line = std::exchange(m_buffer, QByteArray()).trimmed();
        if (!line.isEmpty())
            lines.append(std::move(line));
    }
    return lines;
}

QByteArrayList WatchStreamDecoder::finishLines()
{
    QByteArrayList lines = feedLines("\n");
    m_buffer.clear();
    m_skippingLongLine = false;
    return lines;
}

} // namespace Slipway
