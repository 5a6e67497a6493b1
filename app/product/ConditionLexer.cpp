#include "ConditionLexer.h"

namespace Slipway {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

QString ConditionLexer::describe(Kind kind)
{
    switch (kind) {
    case Kind::Identifier:
        return tr("a field id");
    case Kind::String:
    case Kind::Number:
    case Kind::True:
    case Kind::False:
    case Kind::Null:
        return tr("a value");
    case Kind::In:
        return QStringLiteral("“in”");
    case Kind::Equal:
        return QStringLiteral("“==”");
    case Kind::NotEqual:
        return QStringLiteral("“!=”");
    case Kind::And:
        return QStringLiteral("“&&”");
    case Kind::Or:
        return QStringLiteral("“||”");
    case Kind::Not:
        return QStringLiteral("“!”");
    case Kind::LeftParen:
        return QStringLiteral("“(”");
    case Kind::RightParen:
        return QStringLiteral("“)”");
    case Kind::LeftBracket:
        return QStringLiteral("“[”");
    case Kind::RightBracket:
        return QStringLiteral("“]”");
    case Kind::Comma:
        return QStringLiteral("“,”");
    case Kind::End:
        return tr("the end of the expression");
    }
    return {};
}

Expected<QList<ConditionLexer::Token>> ConditionLexer::tokenize(const QString &text)
{
    auto fail = [](qsizetype at, const QString &message) {
        return Error(message, QString(), 0, int(at) + 1);
    };
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const int column = int(i) + 1;
        if (c.isSpace()) {
            ++i;
            continue;
        }
        auto two = [&](char second) { return i + 1 < text.size() && text.at(i + 1) == QLatin1Char(second); };
        if (c == QLatin1Char('=') || c == QLatin1Char('!') || c == QLatin1Char('&')
            || c == QLatin1Char('|')) {
            Kind kind;
            if (c == QLatin1Char('=') && two('='))
                kind = Kind::Equal;
            else if (c == QLatin1Char('!') && two('='))
                kind = Kind::NotEqual;
            else if (c == QLatin1Char('&') && two('&'))
                kind = Kind::And;
            else if (c == QLatin1Char('|') && two('|'))
                kind = Kind::Or;
            else if (c == QLatin1Char('!'))
                kind = Kind::Not;
            else
                return fail(i, tr("“%1” is not an operator; use ==, !=, &&, || or !").arg(c));
            const int length = kind == Kind::Not ? 1 : 2;
            tokens.append({ kind, text.mid(i, length), {}, column });
            i += length;
        } else if (QStringLiteral("()[],").contains(c)) {
            static const Kind kinds[] = { Kind::LeftParen, Kind::RightParen, Kind::LeftBracket,
                                          Kind::RightBracket, Kind::Comma };
            tokens.append({ kinds[QStringLiteral("()[],").indexOf(c)], QString(c), {}, column });
            ++i;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            QString value;
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j) != c) {
                if (text.at(j) == QLatin1Char('\\') && j + 1 < text.size())
                    ++j;
                value += text.at(j++);
            }
            if (j >= text.size())
                return fail(i, tr("the text starting here is not closed with %1").arg(c));
            tokens.append({ Kind::String, text.mid(i, j + 1 - i), value, column });
            i = j + 1;
        } else if (c.isDigit() || (c == QLatin1Char('-') && i + 1 < text.size() && text.at(i + 1).isDigit())) {
            qsizetype j = i + 1;
            while (j < text.size() && (text.at(j).isDigit() || text.at(j) == QLatin1Char('.')))
                ++j;
            const QString literal = text.mid(i, j - i);
            bool ok = false;
            const QVariant value = literal.contains(QLatin1Char('.'))
                ? QVariant(literal.toDouble(&ok))
                : QVariant(literal.toLongLong(&ok));
            if (!ok)
                return fail(i, tr("“%1” is not a number").arg(literal));
            tokens.append({ Kind::Number, literal, value, column });
            i = j;
        } else if (isIdentifierStart(c)) {
            qsizetype j = i + 1;
            while (j < text.size() && isIdentifierPart(text.at(j)))
                ++j;
            const QString word = text.mid(i, j - i);
            Kind kind = Kind::Identifier;
            QVariant value;
            if (word == QLatin1String("true") || word == QLatin1String("false")) {
                kind = word == QLatin1String("true") ? Kind::True : Kind::False;
                value = word == QLatin1String("true");
            } else if (word == QLatin1String("null")) {
                kind = Kind::Null;
            } else if (word == QLatin1String("in")) {
                kind = Kind::In;
            }
            tokens.append({ kind, word, value, column });
            i = j;
        } else {
            return fail(i, tr("unexpected “%1”").arg(c));
        }
    }
    tokens.append({ Kind::End, QString(), {}, int(text.size()) + 1 });
    return tokens;
}

} // namespace Slipway
