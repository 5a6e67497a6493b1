#include "Duration.h"

#include <limits>

namespace Slipway {

namespace {

constexpr qint64 kNanosPerMs = 1000 * 1000;
constexpr quint64 kMaxNanos = quint64(std::numeric_limits<qint64>::max());

struct Unit
{
    const char16_t *name;
    quint64 nanos;
};

constexpr Unit kUnits[] = {
    { u"ns", 1 },
    { u"us", 1000 },
    { u"\u00b5s", 1000 }, // U+00B5 micro sign, as Go accepts
    { u"\u03bcs", 1000 }, // U+03BC Greek mu, as Go accepts
    { u"ms", 1000 * 1000 },
    { u"s", 1000 * 1000 * 1000 },
    { u"m", 60ULL * 1000 * 1000 * 1000 },
    { u"h", 3600ULL * 1000 * 1000 * 1000 },
};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// "5d" or "5d2h": the finer unit only when it is not zero.
QString units(qint64 coarse, char16_t coarseUnit, qint64 fine = 0, char16_t fineUnit = u's')
{
    QString text = QString::number(coarse) + QChar(coarseUnit);
    if (fine != 0)
        text += QString::number(fine) + QChar(fineUnit);
    return text;
}

} // namespace

Expected<qint64> Duration::parseMs(QStringView text)
{
    const QStringView s = text.trimmed();
    const QString quoted = s.toString();
    const auto notADuration = [&] {
        return Error(tr("“%1” is not a duration (examples: 90s, 15m, 1h30m, 500ms)").arg(quoted));
    };
    const auto tooLong = [&] { return Error(tr("“%1” is too long a duration").arg(quoted)); };
    if (s.isEmpty())
        return Error(tr("an empty text is not a duration (examples: 90s, 15m, 1h30m, 500ms)"));

    qsizetype pos = 0;
    bool negative = false;
    if (s[0] == QLatin1Char('-') || s[0] == QLatin1Char('+')) {
        negative = s[0] == QLatin1Char('-');
        ++pos;
    }
    if (s.sliced(pos) == u"0") // Go's one unitless duration
        return qint64(0);
    if (pos == s.size())
        return notADuration();

    quint64 total = 0;
    while (pos < s.size()) {
        const qsizetype numberStart = pos;
        quint64 whole = 0;
        while (pos < s.size() && isDigit(s[pos])) {
            const quint64 digit = s[pos++].unicode() - u'0';
            if (whole > (kMaxNanos - digit) / 10)
                return tooLong();
            whole = whole * 10 + digit;
        }
        const bool hasWhole = pos > numberStart;
        // The fraction as fraction / scale; digits beyond what 64 bits hold only round, as in Go.
        quint64 fraction = 0;
        quint64 scale = 1;
        bool hasFraction = false;
        if (pos < s.size() && s[pos] == QLatin1Char('.')) {
            ++pos;
            bool saturated = false;
            while (pos < s.size() && isDigit(s[pos])) {
                hasFraction = true;
                const quint64 digit = s[pos++].unicode() - u'0';
                if (saturated || fraction > (kMaxNanos - digit) / 10) {
                    saturated = true;
                    continue;
                }
                fraction = fraction * 10 + digit;
                scale *= 10;
            }
        }
        if (!hasWhole && !hasFraction)
            return notADuration();

        const qsizetype unitStart = pos;
        while (pos < s.size() && !isDigit(s[pos]) && s[pos] != QLatin1Char('.'))
            ++pos;
        const QStringView unitText = s.sliced(unitStart, pos - unitStart);
        if (unitText.isEmpty())
            return Error(tr("“%1” needs a unit after “%2” (h, m, s, ms, us or ns)")
                             .arg(quoted, s.sliced(numberStart, pos - numberStart).toString()));
        const Unit *unit = nullptr;
        for (const Unit &candidate : kUnits) {
            if (unitText == QStringView(candidate.name))
                unit = &candidate;
        }
        if (!unit)
            return Error(tr("“%1” has an unknown unit “%2” (h, m, s, ms, us or ns)")
                             .arg(quoted, unitText.toString()));

        if (whole > kMaxNanos / unit->nanos)
            return tooLong();
        quint64 nanos = whole * unit->nanos;
        if (fraction > 0)
            nanos += quint64(double(fraction) * (double(unit->nanos) / double(scale)));
        total += nanos;
        if (nanos > kMaxNanos || total > kMaxNanos)
            return tooLong();
    }
    const qint64 ms = qint64(total) / kNanosPerMs;
    return negative ? -ms : ms;
}

QString Duration::human(qint64 ms)
{
    // Go truncates toward zero (int(d.Seconds())), so -1.9 s still reads "0s".
    const qint64 seconds = ms / 1000;
    if (seconds < -1)
        return QStringLiteral("<invalid>");
    if (seconds < 0)
        return QStringLiteral("0s");
    if (seconds < 60 * 2)
        return units(seconds, u's');
    const qint64 minutes = seconds / 60;
    if (minutes < 10)
        return units(minutes, u'm', seconds % 60, u's');
    if (minutes < 60 * 3)
        return units(minutes, u'm');
    const qint64 hours = minutes / 60;
    if (hours < 8)
        return units(hours, u'h', minutes % 60, u'm');
    if (hours < 48)
        return units(hours, u'h');
    if (hours < 24 * 8)
        return units(hours / 24, u'd', hours % 24, u'h');
    if (hours < 24 * 365 * 2)
        return units(hours / 24, u'd');
    if (hours < 24 * 365 * 8)
        return units(hours / 24 / 365, u'y', (hours / 24) % 365, u'd');
    return units(hours / 24 / 365, u'y');
}

} // namespace Slipway
