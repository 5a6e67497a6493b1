// Any text as a Kubernetes quantity. Parsing ends in a quantity or an Error, and a quantity:
// - has the value the text says, within double precision (finer than a nano-unit rounds up to
//   one, binary quantities saturate at 2^63-1 as apimachinery's do): no overflow goes unseen;
// - formatted and parsed again, has the same value, and formats the same (toString() is canonical);
// - subtracted from itself is zero, and value() / milliValue() agree with it in sign.

#include "FuzzTarget.h"

#include "core/Quantity.h"

#include <cmath>

using namespace Slipway;

namespace {

// The text's value as a double, read independently of Quantity; nullopt where the text is not of
// the shape this reading knows.
std::optional<double> approximate(const QString &text, bool *binary)
{
    qsizetype end = 0;
    while (end < text.size()
           && (text[end].isDigit() || text[end] == u'.' || (end == 0 && (text[0] == u'+' || text[0] == u'-'))))
        ++end;
    const QString number = text.left(end);
    const QString suffix = text.mid(end);
    double mantissa = 0;
    QString digits = number;
    if (digits.startsWith(u'+') || digits.startsWith(u'-'))
        digits.remove(0, 1);
    if (digits.contains(u'.') && digits.size() > 1 && digits != QLatin1String(".")) {
        bool ok = false;
        mantissa = QString(QLatin1Char('0') + digits).toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else if (!digits.isEmpty() && digits != QLatin1String(".")) {
        bool ok = false;
        mantissa = digits.toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (number.startsWith(u'-'))
        mantissa = -mantissa;
    static const QStringList decimal { QStringLiteral("n"), QStringLiteral("u"), QStringLiteral("m"),
                                       QString(), QStringLiteral("k"), QStringLiteral("M"),
                                       QStringLiteral("G"), QStringLiteral("T"), QStringLiteral("P"),
                                       QStringLiteral("E") };
    static const QStringList binarySuffixes { QStringLiteral("Ki"), QStringLiteral("Mi"),
                                              QStringLiteral("Gi"), QStringLiteral("Ti"),
                                              QStringLiteral("Pi"), QStringLiteral("Ei") };
    *binary = false;
    if (const qsizetype i = decimal.indexOf(suffix); i >= 0)
        return mantissa * std::pow(10.0, double(3 * i - 9));
    if (const qsizetype i = binarySuffixes.indexOf(suffix); i >= 0) {
        *binary = true;
        return mantissa * std::pow(2.0, double(10 * (i + 1)));
    }
    if (suffix.size() > 1 && (suffix[0] == u'e' || suffix[0] == u'E')) {
        bool ok = false;
        const int exponent = suffix.mid(1).toInt(&ok);
        if (ok && exponent > -300 && exponent < 300)
            return mantissa * std::pow(10.0, double(exponent));
    }
    return std::nullopt;
}

// Within a nano-unit (the rounding) and double precision.
bool near(double got, double expected)
{
    return std::abs(got - expected) <= 1.000001e-9 + 1e-9 * std::abs(expected);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using SlipwayFuzz::require;
    const QString text = QString::fromUtf8(SlipwayFuzz::bytes(data, size));
    const Expected<Quantity> q = Quantity::parse(text);
    if (!q) {
        require(!q.error().message.isEmpty());
        return 0;
    }

    bool binary = false;
    if (const std::optional<double> expected = approximate(text, &binary)) {
        double want = *expected;
        const double maxBinary = 9223372036854775807.0;
        if (binary && std::abs(want) > maxBinary)
            want = std::copysign(maxBinary, want);
        const double got = q->toDouble();
        require(near(got, want));
        require(want == 0 ? std::abs(got) <= 1.000001e-9 : (got < 0) == (want < 0));
    }

    const QString printed = q->toString();
    const Expected<Quantity> again = Quantity::parse(printed);
    require(again.hasValue());
    require(*again == *q);
    require(again->toString() == printed);

    require((*q - *q).isZero());
    require(q->value() == 0 || (q->value() < 0) == (q->sign() < 0));
    require(q->milliValue() == 0 || (q->milliValue() < 0) == (q->sign() < 0));
    require(q->sign() != 0 || (q->value() == 0 && q->milliValue() == 0));
    return 0;
}
