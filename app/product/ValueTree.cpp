#include "ValueTree.h"


#include <cmath>

namespace Slipway {

ValueTree::ValueTree(bool value)
    : m_type(Type::Bool)
    , m_bool(value)
{ }

ValueTree::ValueTree(int value)
    : ValueTree(qint64(value))
{ }

ValueTree::ValueTree(qint64 value)
    : m_type(Type::Int)
    , m_int(value)
{ }

ValueTree::ValueTree(double value)
    : m_type(Type::Double)
    , m_double(value)
{ }

ValueTree::ValueTree(const QString &value)
    : m_type(Type::String)
    , m_string(value)
{ }

ValueTree ValueTree::map()
{
    ValueTree tree;
    tree.m_type = Type::Map;
    return tree;
}

ValueTree ValueTree::list()
{
    ValueTree tree;
    tree.m_type = Type::List;
    return tree;
}

ValueTree ValueTree::fromVariant(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return {};
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Long:
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    case QMetaType::QVariantMap: {
        ValueTree tree = map();
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            tree.insert(it.key(), fromVariant(it.value()));
        return tree;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        ValueTree tree = list();
        const QVariantList items = value.toList();
        for (const QVariant &item : items)
            tree.append(fromVariant(item));
        return tree;
    }
    default:
        return value.toString();
    }
}

QVariant ValueTree::toVariant() const
{
    switch (m_type) {
    case Type::Null:
        return {};
    case Type::Bool:
        return m_bool;
    case Type::Int:
        return m_int;
    case Type::Double:
        return m_double;
    case Type::String:
        return m_string;
    case Type::Map: {
        QVariantMap map;
        for (const Entry &entry : m_entries)
            map.insert(entry.key, entry.value.toVariant());
        return map;
    }
    case Type::List: {
        QVariantList items;
        for (const ValueTree &item : m_items)
            items.append(item.toVariant());
        return items;
    }
    }
    return {};
}

QJsonValue ValueTree::toJson() const
{
    // JSON objects have no key order to keep, so the variant form serves.
    return QJsonValue::fromVariant(toVariant());
}

qint64 ValueTree::toInt() const
{
    return m_type == Type::Double ? qint64(m_double) : m_int;
}

double ValueTree::toDouble() const
{
    return m_type == Type::Int ? double(m_int) : m_double;
}

QString ValueTree::toString() const
{
    switch (m_type) {
    case Type::Bool:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Int:
        return QString::number(m_int);
    case Type::Double: {
        if (std::isnan(m_double))
            return QStringLiteral(".nan");
        if (std::isinf(m_double))
            return m_double > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
        QString text = QString::number(m_double, 'g', QLocale::FloatingPointShortest);
        // "2" would read back as an integer.
        if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
            text += QLatin1String(".0");
        return text;
    }
    case Type::String:
        return m_string;
    default:
        return {};
    }
}

qsizetype ValueTree::size() const
{
    return m_type == Type::Map ? qsizetype(m_entries.size())
                               : m_type == Type::List ? qsizetype(m_items.size()) : 0;
}

const ValueTree *ValueTree::value(const QString &key) const
{
    for (const Entry &entry : m_entries) {
        if (entry.key == key)
            return &entry.value;
    }
    return nullptr;
}

ValueTree &ValueTree::insert(const QString &key, ValueTree value)
{
    if (m_type != Type::Map)
        *this = map();
    for (Entry &entry : m_entries) {
        if (entry.key == key) {
            entry.value = std::move(value);
            return entry.value;
        }
    }
    m_entries.push_back({ key, std::move(value) });
    return m_entries.back().value;
}

bool ValueTree::remove(const QString &key)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->key == key) {
            m_entries.erase(it);
            return true;
        }
    }
    return false;
}

void ValueTree::append(ValueTree value)
{
    if (m_type != Type::List)
        *this = list();
    m_items.push_back(std::move(value));
}

const ValueTree *ValueTree::at(const ValuesPath &path) const
{
    const ValueTree *node = this;
    for (const ValuesPath::Segment &segment : path.segments()) {
        if (segment.isIndex()) {
            if (!node->isList() || segment.index >= qsizetype(node->m_items.size()))
                return nullptr;
            node = &node->m_items.at(size_t(segment.index));
        } else {
            node = node->isMap() ? node->value(segment.key) : nullptr;
            if (!node)
                return nullptr;
        }
    }
    return node;
}

ValueTree *ValueTree::child(const ValuesPath::Segment &segment)
{
    if (segment.isIndex())
        return isList() && segment.index < qsizetype(m_items.size())
            ? &m_items[size_t(segment.index)]
            : nullptr;
    if (!isMap())
        return nullptr;
    for (Entry &entry : m_entries) {
        if (entry.key == segment.key)
            return &entry.value;
    }
    return nullptr;
}

ValueTree *ValueTree::slot(const ValuesPath::Segment &segment)
{
    if (segment.isIndex()) {
        if (m_type != Type::List)
            *this = list();
        while (qsizetype(m_items.size()) <= segment.index)
            m_items.emplace_back();
        return &m_items[size_t(segment.index)];
    }
    if (ValueTree *existing = child(segment))
        return existing;
    return &insert(segment.key, {});
}

void ValueTree::set(const ValuesPath &path, ValueTree value)
{
    ValueTree *node = this;
    for (const ValuesPath::Segment &segment : path.segments())
        node = node->slot(segment);
    *node = std::move(value);
}

bool ValueTree::erase(const ValuesPath &path)
{
    if (path.isEmpty())
        return false;
    QList<ValuesPath::Segment> parentSegments = path.segments();
    const ValuesPath::Segment last = parentSegments.takeLast();
    ValueTree *parent = this;
    for (const ValuesPath::Segment &segment : parentSegments) {
        parent = parent->child(segment);
        if (!parent)
            return false;
    }
    if (last.isIndex()) {
        if (!parent->isList() || last.index >= qsizetype(parent->m_items.size()))
            return false;
        parent->m_items.erase(parent->m_items.begin() + last.index);
        return true;
    }
    return parent->isMap() && parent->remove(last.key);
}

void ValueTree::merge(const ValueTree &overlay)
{
    if (!isMap() || !overlay.isMap()) {
        *this = overlay;
        return;
    }
    for (const Entry &entry : overlay.m_entries) {
        if (entry.value.isNull()) {
            remove(entry.key);
            continue;
        }
        ValueTree *existing = child(ValuesPath::Segment { entry.key });
        if (existing && existing->isMap() && entry.value.isMap())
            existing->merge(entry.value);
        else
            insert(entry.key, entry.value);
    }
}

ValueTree ValueTree::diff(const ValueTree &base) const
{
    if (!isMap() || !base.isMap())
        return *this == base ? map() : *this;
    ValueTree out = map();
    for (const Entry &entry : m_entries) {
        const ValueTree *old = base.value(entry.key);
        if (!old) {
            out.insert(entry.key, entry.value);
        } else if (entry.value.isMap() && old->isMap()) {
            ValueTree inner = entry.value.diff(*old);
            // An emptied map stays empty only if its keys are nulled one by one.
            if (inner.size() > 0)
                out.insert(entry.key, std::move(inner));
        } else if (!(entry.value == *old)) {
            out.insert(entry.key, entry.value);
        }
    }
    for (const Entry &entry : base.m_entries) {
        if (!value(entry.key))
            out.insert(entry.key, {});
    }
    return out;
}

QList<ValuesPath> ValueTree::leafPaths(const ValuesPath &prefix) const
{
    if (!isMap() || m_entries.empty())
        return { prefix };
    QList<ValuesPath> out;
    for (const Entry &entry : m_entries)
        out += entry.value.leafPaths(prefix.child(entry.key));
    return out;
}

bool ValueTree::operator==(const ValueTree &other) const
{
    if (isNumber() && other.isNumber())
        return toDouble() == other.toDouble();
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::String:
        return m_string == other.m_string;
    case Type::Map: {
        if (m_entries.size() != other.m_entries.size())
            return false;
        for (const Entry &entry : m_entries) {
            const ValueTree *theirs = other.value(entry.key);
            if (!theirs || !(entry.value == *theirs))
                return false;
        }
        return true;
    }
    case Type::List:
        return m_items == other.m_items;
    default:
        return false;
    }
}

} // namespace Slipway
