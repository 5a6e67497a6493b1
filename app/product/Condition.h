#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <vector>

namespace Slipway {

// The `when` language of installer descriptors: field ids, 'text' / "text", numbers, true, false,
// null, ==, !=, `in [a, b]`, !, &&, || and parentheses. `!` binds tightest, then == / != / in,
// then &&, then ||. A bare field id is true when its answer is set and not false, 0 or empty.
class Condition
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::Condition)

public:
    struct Error
    {
        int column = 0; // 1-based, in the expression
        QString message;
    };
    struct Reference
    {
        QString name;
        int column = 0;
    };
    using Lookup = std::function<QVariant(const QString &name)>;

    Condition() = default; // no condition: always true
    static Condition parse(const QString &expression);

    bool isEmpty() const { return m_text.trimmed().isEmpty(); }
    bool isValid() const { return m_error.message.isEmpty(); }
    const Error &error() const { return m_error; }
    const QString &text() const { return m_text; }
    const QList<Reference> &references() const { return m_references; }

    // An empty condition is true; one that failed to parse is false.
    bool evaluate(const Lookup &lookup) const;

    static bool truthy(const QVariant &value);
    static bool equal(const QVariant &a, const QVariant &b);

private:
    friend class ConditionParser;
    struct Node
    {
        enum class Op { Literal, Identifier, Not, And, Or, Equal, NotEqual, In };
        Op op = Op::Literal;
        QVariant value; // Literal; In: the list
        QString name; // Identifier
        int lhs = -1;
        int rhs = -1;
    };
    QVariant eval(int node, const Lookup &lookup) const;

    QString m_text;
    std::vector<Node> m_nodes;
    int m_root = -1;
    Error m_error;
    QList<Reference> m_references;
};

} // namespace Slipway
