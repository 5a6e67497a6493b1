#include "Quantity.h"

#include <limits>

namespace Slipway {

namespace {

__extension__ typedef __int128 Int;

constexpr int kNanoScale = -9;
constexpr int kMaxDigits = 36; // 10^36 still leaves room for a few more digits in 128 bits
constexpr int kMaxMagnitude = 30; // below 10^30, so sums and comparisons stay within 128 bits
const Int kMaxBinary = std::numeric_limits<qint64>::max(); // apimachinery's maxAllowed

struct Parts
{
    bool positive = true;
    QString num; // integer digits without leading zeros, "0" when there are none
    QString denom; // fraction digits
    QString suffix;
};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// A port of parseQuantityString: the regular expression ^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$
// walked by hand, with the same quirks ("-" alone is zero).
std::optional<Parts> split(QStringView s)
{
    Parts p;
    qsizetype pos = 0;
    const qsizetype end = s.size();
    if (pos < end && (s[0] == QLatin1Char('-') || s[0] == QLatin1Char('+'))) {
        p.positive = s[0] == QLatin1Char('+');
        ++pos;
    }
    while (pos < end && s[pos] == QLatin1Char('0'))
        ++pos;
    if (pos >= end) {
        p.num = QStringLiteral("0");
        return p;
    }
    qsizetype start = pos;
    while (pos < end && isDigit(s[pos]))
        ++pos;
    p.num = pos > start ? s.mid(start, pos - start).toString() : QStringLiteral("0");
    if (pos < end && s[pos] == QLatin1Char('.')) {
        start = ++pos;
        while (pos < end && isDigit(s[pos]))
            ++pos;
        p.denom = s.mid(start, pos - start).toString();
    }
    const qsizetype suffixStart = pos;
    while (pos < end && QStringView(u"eEinumkKMGTP").contains(s[pos]))
        ++pos;
    if (pos < end && (s[pos] == QLatin1Char('-') || s[pos] == QLatin1Char('+')))
        ++pos;
    while (pos < end && isDigit(s[pos]))
        ++pos;
    if (pos != end)
        return std::nullopt;
    p.suffix = s.mid(suffixStart).toString();
    return p;
}

struct Suffix
{
    int base = 10;
    int exponent = 0;
    Quantity::Format format = Quantity::Format::DecimalSI;
};

constexpr std::pair<const char16_t *, int> kDecimalSuffixes[] = {
    { u"n", -9 }, { u"u", -6 }, { u"m", -3 }, { u"", 0 },   { u"k", 3 },
    { u"M", 6 },  { u"G", 9 },  { u"T", 12 }, { u"P", 15 }, { u"E", 18 },
};
constexpr const char16_t *kBinarySuffixes[] = { u"", u"Ki", u"Mi", u"Gi", u"Ti", u"Pi", u"Ei" };

std::optional<Suffix> interpret(const QString &s)
{
    for (const auto &[text, exponent] : kDecimalSuffixes) {
        if (s == QStringView(text))
            return Suffix { 10, exponent, Quantity::Format::DecimalSI };
    }
    for (int i = 1; i < 7; ++i) {
        if (s == QStringView(kBinarySuffixes[i]))
            return Suffix { 2, 10 * i, Quantity::Format::BinarySI };
    }
    if (s.size() > 1 && (s[0] == QLatin1Char('e') || s[0] == QLatin1Char('E'))) {
        bool ok = false;
        const int exponent = s.mid(1).toInt(&ok);
        if (ok)
            return Suffix { 10, exponent, Quantity::Format::DecimalExponent };
    }
    return std::nullopt;
}

Int digitsValue(QStringView digits)
{
    Int v = 0;
    for (QChar c : digits)
        v = v * 10 + (c.unicode() - u'0');
    return v;
}

Int pow10(int n)
{
    Int v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}

// The decimal digits of digits × 2^exponent.
QString timesPowerOfTwo(QString digits, int exponent)
{
    for (int i = 0; i < exponent; ++i) {
        int carry = 0;
        for (qsizetype at = digits.size() - 1; at >= 0; --at) {
            const int doubled = 2 * (digits[at].unicode() - u'0') + carry;
            digits[at] = QChar(u'0' + doubled % 10);
            carry = doubled / 10;
        }
        if (carry != 0)
            digits.prepend(QLatin1Char('1'));
    }
    return digits;
}

QString intToString(Int v)
{
    if (v == 0)
        return QStringLiteral("0");
    const bool negative = v < 0;
    QString out;
    while (v != 0) {
        const int digit = int(v % 10);
        out.prepend(QChar(u'0' + (negative ? -digit : digit)));
        v /= 10;
    }
    return negative ? QLatin1Char('-') + out : out;
}

// apimachinery keeps the text a quantity was parsed from when its int64 fast path accepts it and
// it is already in a canonical shape; "+1" then prints as "+1". Reproduced for byte-equal output.
bool keepsOriginalText(const Parts &p, const Suffix &suffix)
{
    const QString shifted = p.num + p.denom;
    if (suffix.format == Quantity::Format::BinarySI) {
        if (!p.denom.isEmpty())
            return false;
        const int precision
            = 15 - int(p.num.size()) - int(float(suffix.exponent) * 3 / 10) - 1;
        if (precision < 0)
            return false;
        bool ok = false;
        const qint64 value = p.num.toLongLong(&ok);
        if (!ok || (value != 0 && (std::numeric_limits<qint64>::max() >> suffix.exponent) < value))
            return false;
        return suffix.exponent % 10 == 0 && (value & 0x07) != 0;
    }
    if (18 - shifted.size() < 0)
        return false;
    const qint64 scale = qint64(suffix.exponent) - p.denom.size();
    return scale >= kNanoScale && scale % 3 == 0 && !shifted.endsWith(QLatin1String("000"))
        && shifted[0] != QLatin1Char('0');
}

} // namespace

Quantity Quantity::make(Int value, int scale, Format format)
{
    Quantity q;
    q.m_value = value;
    q.m_scale = value == 0 ? 0 : scale;
    q.m_format = format;
    return q;
}

Quantity Quantity::fromInteger(qint64 value, Format format)
{
    return make(value, 0, format);
}

Quantity Quantity::fromMilli(qint64 milliValue, Format format)
{
    return make(milliValue, -3, format);
}

Expected<Quantity> Quantity::parse(QStringView text)
{
    const auto formatError = [&] {
        return Error { tr("“%1” is not a quantity (examples: 500m, 2, 1.5Gi, 1e3)")
                           .arg(text.toString()) };
    };
    if (text.isEmpty())
        return formatError();
    if (text == u"0") {
        Quantity zero;
        zero.m_text = QStringLiteral("0");
        return zero;
    }
    const std::optional<Parts> parts = split(text);
    if (!parts)
        return formatError();
    const std::optional<Suffix> suffix = interpret(parts->suffix);
    if (!suffix)
        return Error { tr("“%1” has an unknown unit suffix “%2”").arg(text.toString(),
                                                                         parts->suffix) };

    // A binary suffix multiplies the digits by its power of two, exactly and in decimal, so that
    // rounding to nano-units and the size limits below are the same for every suffix. The scale
    // is 64-bit until those limits have bounded it: an exponent may be anything an int holds.
    QString digits = parts->num + parts->denom;
    qint64 scale = -qint64(parts->denom.size());
    if (suffix->base == 2)
        digits = timesPowerOfTwo(digits, suffix->exponent);
    else
        scale += suffix->exponent;
    // Normalise the digits: no leading zeros, trailing zeros moved into the scale.
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    while (digits.size() > 1 && digits.endsWith(QLatin1Char('0'))) {
        digits.chop(1);
        ++scale;
    }
    if (digits == QLatin1String("0"))
        scale = 0; // zero is zero at any scale ("0e40")
    // Finer than a nano-unit is rounded up (away from zero), like inf.RoundUp at scale 9.
    bool roundUp = false;
    if (scale < kNanoScale) {
        const qsizetype drop = qsizetype(std::min<qint64>(kNanoScale - scale, digits.size()));
        roundUp = QStringView(digits).right(drop).toString().count(QLatin1Char('0')) != drop;
        digits.chop(drop);
        scale = kNanoScale;
    }
    if (digits.size() > kMaxDigits || digits.size() + scale > kMaxMagnitude) {
        if (suffix->base != 2)
            return Error { tr("“%1” is too large a quantity").arg(text.toString()) };
        digits = QString::number(std::numeric_limits<qint64>::max()); // saturates, as below
        scale = 0;
        roundUp = false;
    }
    Int value = digits.isEmpty() ? 0 : digitsValue(digits);
    if (roundUp)
        ++value;
    Format format = suffix->format;
    if (suffix->base == 2) {
        if (value != 0 && scale > 0) {
            value *= pow10(int(scale));
            scale = 0;
        }
        if (scale >= 0 ? value > kMaxBinary : value > kMaxBinary * pow10(int(-scale))) {
            value = kMaxBinary;
            scale = 0;
        }
        if (value != 0 && scale < 0 && value < pow10(int(-scale)))
            format = Format::DecimalSI;
    }
    Quantity q = make(parts->positive ? value : -value, int(scale), format);
    if (suffix->base == 2)
        q.m_written = Written::Binary;
    else if (parts->suffix == QLatin1String("m"))
        q.m_written = Written::Milli;
    if (keepsOriginalText(*parts, *suffix))
        q.m_text = text.toString();
    return q;
}

qint64 Quantity::scaledCeiling(int scale) const
{
    Int v = m_value;
    int s = m_scale;
    for (; s > scale; --s) {
        if (v > kMaxBinary || v < -kMaxBinary)
            break;
        v *= 10;
    }
    if (s < scale) {
        const Int divisor = pow10(scale - s);
        const Int rest = v % divisor;
        v /= divisor;
        if (rest != 0)
            v += v < 0 || (v == 0 && m_value < 0) ? -1 : 1;
    }
    const Int limit = std::numeric_limits<qint64>::max();
    return qint64(v > limit ? limit : (v < -limit ? -limit : v));
}

qint64 Quantity::value() const
{
    return scaledCeiling(0);
}

qint64 Quantity::milliValue() const
{
    return scaledCeiling(-3);
}

double Quantity::toDouble() const
{
    double v = double(m_value);
    for (int s = m_scale; s > 0; --s)
        v *= 10;
    for (int s = m_scale; s < 0; ++s)
        v /= 10;
    return v;
}

Quantity Quantity::operator+(const Quantity &other) const
{
    // As in Quantity.Add: a zero takes the format of what is added to it.
    const Format format = isZero() ? other.m_format : m_format;
    const int scale = std::min(m_scale, other.m_scale);
    return make(m_value * pow10(m_scale - scale) + other.m_value * pow10(other.m_scale - scale),
                scale, format);
}

Quantity Quantity::operator-(const Quantity &other) const
{
    return *this + (-other);
}

Quantity Quantity::operator-() const
{
    return make(-m_value, m_scale, m_format);
}

std::strong_ordering Quantity::operator<=>(const Quantity &other) const
{
    const int scale = std::min(m_scale, other.m_scale);
    return m_value * pow10(m_scale - scale) <=> other.m_value * pow10(other.m_scale - scale);
}

QString Quantity::toString() const
{
    if (!m_text.isEmpty())
        return m_text;
    if (m_value == 0)
        return QStringLiteral("0");

    Format format = m_format;
    Int integer = 0;
    if (format == Format::BinarySI) {
        const bool small = *this > fromInteger(-1024) && *this < fromInteger(1024);
        const bool exact = m_scale >= 0 || m_value % pow10(-m_scale) == 0;
        if (small || !exact)
            format = Format::DecimalSI;
        else
            integer = m_scale >= 0 ? m_value * pow10(m_scale) : m_value / pow10(-m_scale);
    }
    if (format == Format::BinarySI) {
        int power = 0;
        while (power < 6 && integer % 1024 == 0) {
            integer /= 1024;
            ++power;
        }
        return intToString(integer) + QStringView(kBinarySuffixes[power]);
    }

    Int mantissa = m_value;
    int exponent = m_scale;
    while (mantissa % 10 == 0) {
        mantissa /= 10;
        ++exponent;
    }
    while (exponent % 3 != 0) {
        mantissa *= 10;
        --exponent;
    }
    const QString number = intToString(mantissa);
    if (format == Format::DecimalSI) {
        for (const auto &[text, e] : kDecimalSuffixes) {
            if (e == exponent)
                return number + QStringView(text);
        }
    }
    if (exponent == 0)
        return number;
    return number + QLatin1Char('e') + QString::number(exponent);
}

} // namespace Slipway
