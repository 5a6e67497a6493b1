#include "LogResumePoint.h"

#include <QDate>
#include <QDateTime>

namespace Slipway {

namespace {

// Digits at text[from, from + count) as a number; -1 when any is not a digit.
int digits(QByteArrayView text, qsizetype from, qsizetype count)
{
    if (from + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::optional<LogResumePoint::Timestamp> LogResumePoint::parseTimestamp(QByteArrayView text)
{
    // 2026-07-24T10:00:00[.fraction](Z|±hh:mm)
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0
        || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't')
        || text[13] != ':' || text[16] != ':' || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    qsizetype at = 19;
    int nanoseconds = 0;
    if (at < text.size() && text[at] == '.') {
        ++at;
        int scale = 100000000;
        const qsizetype first = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
            nanoseconds += (text[at] - '0') * scale; // digits past the ninth add nothing
            scale /= 10;
            ++at;
        }
        if (at == first)
            return std::nullopt;
    }
    int offsetSeconds = 0;
    if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        const int hours = digits(text, at + 1, 2);
        const int minutes = digits(text, at + 4, 2);
        if (hours < 0 || minutes < 0 || text[at + 3] != ':')
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (text[at] == '-' ? -1 : 1);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != text.size())
        return std::nullopt;
    constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
    const qint64 seconds = (date.toJulianDay() - kEpochJulianDay) * 86400 + hour * 3600
        + minute * 60 + second - offsetSeconds;
    return Timestamp { seconds, nanoseconds };
}

QByteArrayView LogResumePoint::withoutTimestamp(QByteArrayView line)
{
    const qsizetype space = line.indexOf(' ');
    return space < 0 ? QByteArrayView() : line.sliced(space + 1);
}

bool LogResumePoint::accept(QByteArrayView line)
{
    const qsizetype space = line.indexOf(' ');
    const std::optional<Timestamp> at = parseTimestamp(space < 0 ? line : line.first(space));
    if (!at)
        return true; // cannot place it: better shown twice than never
    if (m_catchingUp && m_last) {
        if (*at < *m_last || (*at == *m_last && m_toSkipAtLast > 0)) {
            if (*at == *m_last)
                --m_toSkipAtLast;
            ++m_skipped;
            return false;
        }
        m_catchingUp = false;
    }
    if (!m_last || *at > *m_last) {
        m_last = at;
        m_atLast = 1;
    } else if (*at == *m_last) {
        ++m_atLast;
    }
    // An older timestamp than the last one (clocks are not monotonic everywhere) is delivered
    // but leaves the resume point where it is.
    return true;
}

void LogResumePoint::reconnected()
{
    m_catchingUp = m_last.has_value();
    m_toSkipAtLast = m_atLast;
    m_skipped = 0;
}

QString LogResumePoint::sinceTime() const
{
    if (!m_last)
        return {};
    return QDateTime::fromSecsSinceEpoch(m_last->seconds).toUTC().toString(Qt::ISODate);
}

} // namespace Slipway
