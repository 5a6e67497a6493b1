#pragma once

#include "core/Expected.h"

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

    // The tokens, the last one End; or an Error whose `column` is where the expression goes wrong.
    static Expected<QList<Token>> tokenize(const QString &expression);
    static QString describe(Kind kind);
};

} // namespace Slipway
