#pragma once

#include "ValuesPath.h"

#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <vector>

namespace Slipway {

// A chart's values as Helm sees them: JSON-like data whose maps keep their keys in document order,
// because the composed values file follows the chart's own order.
class ValueTree
{
public:
    enum class Type { Null, Bool, Int, Double, String, Map, List };
    struct Entry;

    ValueTree() = default;
    ValueTree(bool value);
    ValueTree(int value);
    ValueTree(qint64 value);
    ValueTree(double value);
    ValueTree(const QString &value);
    ValueTree(const char *) = delete; // say QStringLiteral, so no text is guessed at
    static ValueTree map();
    static ValueTree list();

    // QVariantMap / QVariantHash keys come in their container's order.
    static ValueTree fromVariant(const QVariant &value);
    QVariant toVariant() const;
    QJsonValue toJson() const;

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isMap() const { return m_type == Type::Map; }
    bool isList() const { return m_type == Type::List; }
    bool isScalar() const { return !isMap() && !isList(); }
    bool isNumber() const { return m_type == Type::Int || m_type == Type::Double; }

    bool toBool() const { return m_bool; }
    qint64 toInt() const;
    double toDouble() const;
    // The text of a scalar as it would be written (empty for null, maps and lists).
    QString toString() const;

    // Maps.
    qsizetype size() const;
    const std::vector<Entry> &entries() const { return m_entries; }
    const ValueTree *value(const QString &key) const;
    ValueTree &insert(const QString &key, ValueTree value); // replaces in place, else appends
    bool remove(const QString &key);

    // Lists.
    const std::vector<ValueTree> &items() const { return m_items; }
    void append(ValueTree value);

    // Paths; set() turns whatever is in the way into maps (or lists, for positions).
    const ValueTree *at(const ValuesPath &path) const;
    void set(const ValuesPath &path, ValueTree value);
    bool erase(const ValuesPath &path);

    // Helm's coalescing: maps merge key by key, anything else replaces, and null deletes a key.
    void merge(const ValueTree &overlay);
    // The smallest overlay that merged onto `base` gives this tree (null where a key has gone).
    ValueTree diff(const ValueTree &base) const;
    // Every node below this one that is not itself a non-empty map, with its path.
    QList<ValuesPath> leafPaths(const ValuesPath &prefix = {}) const;

    // Maps compare regardless of key order; numbers compare by value.
    bool operator==(const ValueTree &other) const;

private:
    ValueTree *child(const ValuesPath::Segment &segment); // nullptr when absent
    ValueTree *slot(const ValuesPath::Segment &segment); // created when absent

    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_int = 0;
    double m_double = 0;
    QString m_string;
    std::vector<Entry> m_entries;
    std::vector<ValueTree> m_items;
};

struct ValueTree::Entry
{
    QString key;
    ValueTree value;
};

} // namespace Slipway
