#include "Condition.h"

#include "ConditionLexer.h"

namespace Slipway {

using Kind = ConditionLexer::Kind;

// Recursive descent over the token list; deeply nested input is refused, not overflowed.
class ConditionParser
{
public:
    ConditionParser(Condition &condition, const QList<ConditionLexer::Token> &tokens)
        : m_c(condition)
        , m_tokens(tokens)
    { }

    bool run()
    {
        m_c.m_root = orExpr();
        if (m_c.m_root >= 0 && peek().kind != Kind::End)
            return unexpected(Condition::tr("an operator"));
        return m_c.m_root >= 0;
    }

private:
    static constexpr int MaxDepth = 64;
    using Op = Condition::Node::Op;

    const ConditionLexer::Token &peek() const { return m_tokens.at(m_pos); }
    const ConditionLexer::Token &next() { return m_tokens.at(m_pos++); }

    int add(Condition::Node node)
    {
        m_c.m_nodes.push_back(std::move(node));
        return int(m_c.m_nodes.size()) - 1;
    }

    int fail(int column, const QString &message)
    {
        if (m_c.m_error.message.isEmpty())
            m_c.m_error = { column, message };
        return -1;
    }

    int unexpected(const QString &expected)
    {
        const auto &token = peek();
        const QString found = token.kind == Kind::End
            ? ConditionLexer::describe(Kind::End)
            : QStringLiteral("“%1”").arg(token.text);
        return fail(token.column, Condition::tr("expected %1, found %2").arg(expected, found));
    }

    int binary(Op op, Kind kind, int (ConditionParser::*operand)())
    {
        int lhs = (this->*operand)();
        while (lhs >= 0 && peek().kind == kind) {
            next();
            const int rhs = (this->*operand)();
            if (rhs < 0)
                return -1;
            lhs = add({ op, {}, {}, lhs, rhs });
        }
        return lhs;
    }

    int orExpr() { return binary(Op::Or, Kind::Or, &ConditionParser::andExpr); }
    int andExpr() { return binary(Op::And, Kind::And, &ConditionParser::comparison); }

    int comparison()
    {
        const int lhs = unary();
        if (lhs < 0)
            return -1;
        const Kind kind = peek().kind;
        if (kind == Kind::Equal || kind == Kind::NotEqual) {
            next();
            const int rhs = unary();
            return rhs < 0 ? -1 : add({ kind == Kind::Equal ? Op::Equal : Op::NotEqual, {}, {}, lhs, rhs });
        }
        if (kind == Kind::In) {
            next();
            QVariantList items;
            if (!list(&items))
                return -1;
            return add({ Op::In, items, {}, lhs, -1 });
        }
        return lhs;
    }

    bool list(QVariantList *items)
    {
        if (peek().kind != Kind::LeftBracket)
            return unexpected(QStringLiteral("“[”")) >= 0;
        next();
        while (peek().kind != Kind::RightBracket) {
            if (!items->isEmpty()) {
                if (peek().kind != Kind::Comma)
                    return unexpected(QStringLiteral("“,” or “]”")) >= 0;
                next();
            }
            if (!isLiteral(peek().kind))
                return unexpected(Condition::tr("a value")) >= 0;
            items->append(next().value);
        }
        next();
        return true;
    }

    static bool isLiteral(Kind kind)
    {
        return kind == Kind::String || kind == Kind::Number || kind == Kind::True
            || kind == Kind::False || kind == Kind::Null;
    }

    int unary()
    {
        if (peek().kind != Kind::Not)
            return primary();
        next();
        if (++m_depth > MaxDepth)
            return fail(peek().column, Condition::tr("the expression is nested too deeply"));
        const int operand = unary();
        --m_depth;
        return operand < 0 ? -1 : add({ Op::Not, {}, {}, operand, -1 });
    }

    int primary()
    {
        const auto &token = peek();
        if (isLiteral(token.kind))
            return add({ Op::Literal, next().value, {}, -1, -1 });
        if (token.kind == Kind::Identifier) {
            m_c.m_references.append({ token.text, token.column });
            return add({ Op::Identifier, {}, next().text, -1, -1 });
        }
        if (token.kind == Kind::LeftParen) {
            next();
            if (++m_depth > MaxDepth)
                return fail(token.column, Condition::tr("the expression is nested too deeply"));
            const int inner = orExpr();
            --m_depth;
            if (inner < 0)
                return -1;
            if (peek().kind != Kind::RightParen)
                return unexpected(QStringLiteral("“)”"));
            next();
            return inner;
        }
        return unexpected(Condition::tr("a field id, a value, “!” or “(”"));
    }

    Condition &m_c;
    const QList<ConditionLexer::Token> &m_tokens;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

Condition Condition::parse(const QString &expression)
{
    Condition condition;
    condition.m_text = expression;
    if (condition.isEmpty())
        return condition;
    // Bounds the tree's depth, and so the evaluator's recursion, for any input.
    constexpr qsizetype MaxLength = 4096;
    if (expression.size() > MaxLength) {
        condition.m_error = { int(MaxLength), tr("the expression is longer than %1 characters").arg(MaxLength) };
        return condition;
    }
    const Expected<QList<ConditionLexer::Token>> tokens = ConditionLexer::tokenize(expression);
    if (!tokens) {
        condition.m_error = { tokens.error().column, tokens.error().message };
        return condition;
    }
    ConditionParser parser(condition, tokens.value());
    if (!parser.run()) {
        condition.m_nodes.clear();
        condition.m_root = -1;
    }
    return condition;
}

bool Condition::truthy(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return false;
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return value.toDouble() != 0;
    case QMetaType::QVariantList:
        return !value.toList().isEmpty();
    case QMetaType::QVariantMap:
        return !value.toMap().isEmpty();
    default:
        return !value.toString().isEmpty();
    }
}

bool Condition::equal(const QVariant &a, const QVariant &b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    auto isNumber = [](const QVariant &v) {
        return v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong
            || v.typeId() == QMetaType::Double;
    };
    if (a.typeId() == QMetaType::Bool || b.typeId() == QMetaType::Bool)
        return a.typeId() == b.typeId() && a.toBool() == b.toBool();
    if (isNumber(a) || isNumber(b)) {
        // An enum answer "2" equals the number 2; "two" equals no number.
        bool aOk = false;
        bool bOk = false;
        const double x = a.toString().toDouble(&aOk);
        const double y = b.toString().toDouble(&bOk);
        return aOk && bOk && x == y;
    }
    return a.toString() == b.toString();
}

QVariant Condition::eval(int index, const Lookup &lookup) const
{
    const Node &node = m_nodes.at(size_t(index));
    switch (node.op) {
    case Node::Op::Literal:
        return node.value;
    case Node::Op::Identifier:
        return lookup ? lookup(node.name) : QVariant();
    case Node::Op::Not:
        return !truthy(eval(node.lhs, lookup));
    case Node::Op::And:
        return truthy(eval(node.lhs, lookup)) && truthy(eval(node.rhs, lookup));
    case Node::Op::Or:
        return truthy(eval(node.lhs, lookup)) || truthy(eval(node.rhs, lookup));
    case Node::Op::Equal:
        return equal(eval(node.lhs, lookup), eval(node.rhs, lookup));
    case Node::Op::NotEqual:
        return !equal(eval(node.lhs, lookup), eval(node.rhs, lookup));
    case Node::Op::In: {
        const QVariant needle = eval(node.lhs, lookup);
        const QVariantList items = node.value.toList();
        for (const QVariant &item : items) {
            if (equal(needle, item))
                return true;
        }
        return false;
    }
    }
    return {};
}

bool Condition::evaluate(const Lookup &lookup) const
{
    if (isEmpty())
        return true;
    if (!isValid() || m_root < 0)
        return false;
    return truthy(eval(m_root, lookup));
}

} // namespace Slipway
