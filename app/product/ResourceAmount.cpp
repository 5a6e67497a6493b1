#include "ResourceAmount.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace Slipway {

std::optional<ResourceAmount> ResourceAmount::parse(const QString &text)
{
    // Kubernetes' grammar: a signed decimal, then a binary suffix, a decimal suffix or an exponent.
    static const QRegularExpression grammar(QStringLiteral(
        "^([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$"));
    const QRegularExpressionMatch match = grammar.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const double number = match.captured(1).toDouble();
    const QString suffix = match.captured(2);
    static const QHash<QString, double> factors = {
        { QStringLiteral("Ki"), 1024.0 }, { QStringLiteral("Mi"), std::pow(1024.0, 2) },
        { QStringLiteral("Gi"), std::pow(1024.0, 3) }, { QStringLiteral("Ti"), std::pow(1024.0, 4) },
        { QStringLiteral("Pi"), std::pow(1024.0, 5) }, { QStringLiteral("Ei"), std::pow(1024.0, 6) },
        { QStringLiteral("n"), 1e-9 }, { QStringLiteral("u"), 1e-6 }, { QStringLiteral("m"), 1e-3 },
        { QStringLiteral("k"), 1e3 }, { QStringLiteral("M"), 1e6 }, { QStringLiteral("G"), 1e9 },
        { QStringLiteral("T"), 1e12 }, { QStringLiteral("P"), 1e15 }, { QStringLiteral("E"), 1e18 },
    };
    double factor = 1;
    if (suffix.startsWith(QLatin1Char('e')) || suffix.startsWith(QLatin1Char('E'))) {
        const int exponent = suffix.mid(1).toInt();
        if (exponent > 30 || exponent < -30)
            return std::nullopt;
        factor = std::pow(10.0, exponent);
    } else if (!suffix.isEmpty()) {
        factor = factors.value(suffix);
    }
    const double milli = std::ceil(number * factor * 1000.0 - 1e-6);
    ResourceAmount q;
    constexpr double top = double(std::numeric_limits<qint64>::max() / 2);
    q.m_milli = milli > top ? qint64(top) : milli < -top ? -qint64(top) : qint64(milli);
    q.m_binary = suffix.endsWith(QLatin1Char('i'));
    q.m_milliSuffix = suffix == QLatin1String("m");
    return q;
}

} // namespace Slipway
