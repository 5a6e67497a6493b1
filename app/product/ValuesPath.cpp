#include "ValuesPath.h"

#include <QRegularExpression>

namespace Slipway {

ValuesPath::ValuesPath(QList<Segment> segments)
    : m_segments(std::move(segments))
{ }

namespace {

struct PathParser
{
    const QString &text;
    qsizetype pos = 0;
    QString error;

    bool atEnd() const { return pos >= text.size(); }
    QChar peek() const { return atEnd() ? QChar() : text.at(pos); }

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    bool plainKey(QList<ValuesPath::Segment> &out)
    {
        QString key;
        while (!atEnd() && peek() != QLatin1Char('.') && peek() != QLatin1Char('[')) {
            if (peek() == QLatin1Char('\\')) {
                ++pos;
                if (atEnd())
                    return fail(ValuesPath::tr("a “\\” must be followed by the character it escapes"));
            } else if (peek() == QLatin1Char(']') || peek() == QLatin1Char('"')
                       || peek() == QLatin1Char('\'') || peek().isSpace()) {
                return fail(ValuesPath::tr("unexpected “%1” in a key").arg(peek()));
            }
            key += text.at(pos++);
        }
        if (key.isEmpty())
            return fail(ValuesPath::tr("a key is missing"));
        out.append({ key });
        return true;
    }

    bool bracket(QList<ValuesPath::Segment> &out)
    {
        ++pos; // '['
        const QChar quote = peek();
        if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
            ++pos;
            QString key;
            while (!atEnd() && peek() != quote) {
                if (peek() == QLatin1Char('\\') && pos + 1 < text.size())
                    ++pos;
                key += text.at(pos++);
            }
            if (atEnd())
                return fail(ValuesPath::tr("the quoted key is not closed"));
            ++pos;
            out.append({ key });
        } else {
            const qsizetype start = pos;
            while (!atEnd() && peek().isDigit())
                ++pos;
            if (pos == start)
                return fail(ValuesPath::tr("“[” must hold a list position or a quoted key"));
            bool ok = false;
            const qsizetype index = text.mid(start, pos - start).toLongLong(&ok);
            if (!ok || index > 100000)
                return fail(ValuesPath::tr("the list position is too large"));
            out.append({ QString(), index });
        }
        if (peek() != QLatin1Char(']'))
            return fail(ValuesPath::tr("“]” expected"));
        ++pos;
        return true;
    }

    bool run(QList<ValuesPath::Segment> &out)
    {
        if (text.isEmpty())
            return fail(ValuesPath::tr("the path is empty"));
        bool needKey = true;
        while (!atEnd()) {
            if (peek() == QLatin1Char('[')) {
                if (!bracket(out))
                    return false;
                needKey = false;
            } else if (peek() == QLatin1Char('.')) {
                if (needKey)
                    return fail(ValuesPath::tr("a key is missing before “.”"));
                ++pos;
                needKey = true;
                if (atEnd())
                    return fail(ValuesPath::tr("a key is missing after “.”"));
            } else {
                if (!needKey)
                    return fail(ValuesPath::tr("“.” expected"));
                if (!plainKey(out))
                    return false;
                needKey = false;
            }
        }
        return true;
    }
};

} // namespace

Expected<ValuesPath> ValuesPath::parse(const QString &text)
{
    QList<Segment> segments;
    PathParser parser { text, 0, QString() };
    if (!parser.run(segments))
        return Error(parser.error, QString(), 0, int(parser.pos) + 1);
    return ValuesPath(segments);
}

ValuesPath ValuesPath::child(const QString &key) const
{
    ValuesPath path = *this;
    path.m_segments.append({ key });
    return path;
}

ValuesPath ValuesPath::child(qsizetype index) const
{
    ValuesPath path = *this;
    path.m_segments.append({ QString(), index });
    return path;
}

ValuesPath ValuesPath::joined(const ValuesPath &rest) const
{
    ValuesPath path = *this;
    path.m_segments += rest.m_segments;
    return path;
}

bool ValuesPath::startsWith(const ValuesPath &prefix) const
{
    if (prefix.m_segments.size() > m_segments.size())
        return false;
    for (qsizetype i = 0; i < prefix.m_segments.size(); ++i) {
        if (!(m_segments.at(i) == prefix.m_segments.at(i)))
            return false;
    }
    return true;
}

QString ValuesPath::toString() const
{
    // Anchored at the very end: "$" would also match before a final line break ("a\n").
    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]+")));
    QString out;
    for (const Segment &segment : m_segments) {
        if (segment.isIndex()) {
            out += QLatin1Char('[') + QString::number(segment.index) + QLatin1Char(']');
        } else if (plain.match(segment.key).hasMatch()) {
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += segment.key;
        } else {
            QString escaped = segment.key;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('"'), QLatin1String("\\\""));
            out += QLatin1String("[\"") + escaped + QLatin1String("\"]");
        }
    }
    return out;
}

} // namespace Slipway
