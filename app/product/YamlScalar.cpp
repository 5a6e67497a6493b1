#include "YamlScalar.h"

#include <QRegularExpression>
#include <QtNumeric>

namespace Slipway {

namespace {

bool isNullWord(const QString &text)
{
    return text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null")
        || text == QLatin1String("Null") || text == QLatin1String("NULL");
}

int boolWord(const QString &text) // 1 true, 0 false, -1 neither
{
    static const QStringList yes = { QStringLiteral("true"), QStringLiteral("True"),
        QStringLiteral("TRUE"), QStringLiteral("yes"), QStringLiteral("Yes"), QStringLiteral("YES"),
        QStringLiteral("on"), QStringLiteral("On"), QStringLiteral("ON"), QStringLiteral("y"),
        QStringLiteral("Y") };
    static const QStringList no = { QStringLiteral("false"), QStringLiteral("False"),
        QStringLiteral("FALSE"), QStringLiteral("no"), QStringLiteral("No"), QStringLiteral("NO"),
        QStringLiteral("off"), QStringLiteral("Off"), QStringLiteral("OFF"), QStringLiteral("n"),
        QStringLiteral("N") };
    return yes.contains(text) ? 1 : no.contains(text) ? 0 : -1;
}

} // namespace

ValueTree YamlScalar::resolvePlain(const QString &text)
{
    if (isNullWord(text))
        return {};
    if (const int b = boolWord(text); b >= 0)
        return b == 1;
    static const QRegularExpression integer(
        QStringLiteral("^[-+]?(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|0[bB][01_]+|[0-9][0-9_]*)$"));
    if (integer.match(text).hasMatch()) {
        QString digits = text;
        digits.remove(QLatin1Char('_'));
        const bool negative = digits.startsWith(QLatin1Char('-'));
        if (negative || digits.startsWith(QLatin1Char('+')))
            digits.remove(0, 1);
        int base = 10;
        if (digits.size() > 1 && digits.at(0) == QLatin1Char('0')) {
            const QChar kind = digits.at(1).toLower();
            base = kind == QLatin1Char('x') ? 16 : kind == QLatin1Char('b') ? 2 : 8;
            digits.remove(0, kind.isDigit() ? 1 : 2);
        }
        bool ok = false;
        const qint64 value = digits.toLongLong(&ok, base);
        if (ok)
            return negative ? -value : value;
        return text; // too large for 64 bits: go-yaml keeps it as a string too
    }
    static const QRegularExpression real(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?$"));
    if (real.match(text).hasMatch()) {
        QString digits = text;
        digits.remove(QLatin1Char('_'));
        bool ok = false;
        const double value = digits.toDouble(&ok);
        if (ok)
            return value;
    }
    static const QRegularExpression special(
        QStringLiteral("^([-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    if (special.match(text).hasMatch()) {
        if (text.contains(QLatin1String("nan"), Qt::CaseInsensitive))
            return qQNaN();
        return text.startsWith(QLatin1Char('-')) ? -qInf() : qInf();
    }
    return text;
}

bool YamlScalar::needsQuotes(const QString &text)
{
    if (resolvePlain(text).type() != ValueTree::Type::String)
        return true;
    // YAML 1.1 readers take 12:30 for a number in base 60 and 2024-01-31 for a timestamp.
    static const QRegularExpression sexagesimalOrDate(
        QStringLiteral("^([-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?)$"));
    if (sexagesimalOrDate.match(text).hasMatch())
        return true;
    if (text.front().isSpace() || text.back().isSpace())
        return true;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(text.front()))
        return true;
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #"))
        || text.endsWith(QLatin1Char(':')))
        return true;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
            || c.unicode() == 0xfeff)
            return true;
    }
    return false;
}

QString YamlScalar::doubleQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format
                || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

} // namespace Slipway
