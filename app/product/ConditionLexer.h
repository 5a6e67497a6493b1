#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace Slipway {

// Splits a `when` expression into tokens. Columns are 1-based positions in the expression.
class ConditionLexer
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ConditionLexer)

public:
    enum class Kind {
        Identifier, String, Number, True, False, Null, In,
        Equal, NotEqual, And, Or, Not, LeftParen, RightParen, LeftBracket, RightBracket, Comma,
        End,
    };
    struct Token
    {
        Kind kind = Kind::End;
        QString text; // as written; the identifier's name
        QVariant value; // the literal's value
        int column = 0;
    };

    // On error returns false with `error` and `errorColumn` set.
    static bool tokenize(const QString &expression, QList<Token> *tokens, QString *error,
                         int *errorColumn);
    static QString describe(Kind kind);
};

} // namespace Slipway
