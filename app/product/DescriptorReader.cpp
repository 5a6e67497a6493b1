#include "DescriptorReader.h"

#include "YamlReader.h"

#include <QRegularExpression>

#include <algorithm>

namespace Slipway {

namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + cost });
            diagonal = above;
        }
    }
    return row[b.size()];
}

QString q(const char *key)
{
    return QStringLiteral("“%1”").arg(QLatin1String(key));
}

// A plain scalar as a value; a null tree for a quoted ("!"-tagged) or non-scalar node.
ValueTree plainScalar(const YAML::Node &node)
{
    if (!node.IsScalar() || node.Tag() == "!")
        return ValueTree();
    return YamlReader::fromNodeOrNull(node);
}

} // namespace

void DescriptorReader::error(const YAML::Mark &mark, const QString &message, const QString &hint)
{
    // yaml-cpp marks are 0-based, and -1 when unknown.
    m_diagnostics.append(Error::at(m_fileName, mark.line + 1, mark.column + 1, message, hint));
}

QString DescriptorReader::closest(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max(2, int(word.size()) / 3) + 1;
    for (const QString &candidate : candidates) {
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

void DescriptorReader::checkKeys(const YAML::Node &map, const QStringList &known, const QString &what)
{
    if (!map.IsMap())
        return;
    for (const auto &pair : map) {
        const QString key = QString::fromStdString(pair.first.Scalar());
        if (known.contains(key))
            continue;
        const QString guess = closest(key, known);
        error(pair.first, tr("unknown key “%1” in %2").arg(key, what),
              guess.isEmpty() ? tr("known keys: %1").arg(known.join(QLatin1String(", ")))
                              : tr("did you mean “%1”?").arg(guess));
    }
}

bool DescriptorReader::expectMap(const YAML::Node &node, const QString &what)
{
    if (node.IsMap())
        return true;
    error(node, tr("%1 must be a mapping").arg(what), tr("write it as “key: value” lines"));
    return false;
}

bool DescriptorReader::expectList(const YAML::Node &node, const QString &what)
{
    if (node.IsSequence())
        return true;
    error(node, tr("%1 must be a list").arg(what), tr("write each entry on a line starting with “- ”"));
    return false;
}

QString DescriptorReader::string(const YAML::Node &map, const char *key, bool required)
{
    const YAML::Node node = map[key];
    if (!node || node.IsNull()) {
        if (required)
            error(map, tr("%1 is missing").arg(q(key)), tr("add “%1: …”").arg(QLatin1String(key)));
        return {};
    }
    if (!node.IsScalar()) {
        error(node, tr("%1 must be text").arg(q(key)));
        return {};
    }
    const QString text = QString::fromStdString(node.Scalar());
    if (required && text.trimmed().isEmpty())
        error(node, tr("%1 is empty").arg(q(key)));
    return text;
}

bool DescriptorReader::boolean(const YAML::Node &map, const char *key, bool fallback)
{
    const YAML::Node node = map[key];
    if (!node || node.IsNull())
        return fallback;
    const ValueTree value = plainScalar(node);
    if (value.type() != ValueTree::Type::Bool) {
        error(node, tr("%1 must be true or false").arg(q(key)));
        return fallback;
    }
    return value.toBool();
}

std::optional<double> DescriptorReader::number(const YAML::Node &map, const char *key)
{
    const YAML::Node node = map[key];
    if (!node || node.IsNull())
        return std::nullopt;
    const ValueTree value = plainScalar(node);
    if (!value.isNumber()) {
        error(node, tr("%1 must be a number").arg(q(key)));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<int> DescriptorReader::integer(const YAML::Node &map, const char *key)
{
    const std::optional<double> value = number(map, key);
    if (value && (*value != double(int(*value)) || *value < 0)) {
        error(map[key], tr("%1 must be a whole number, 0 or more").arg(q(key)));
        return std::nullopt;
    }
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

QStringList DescriptorReader::stringList(const YAML::Node &map, const char *key)
{
    const YAML::Node node = map[key];
    QStringList out;
    if (!node || node.IsNull() || !expectList(node, q(key)))
        return out;
    for (const YAML::Node &item : node) {
        if (item.IsScalar())
            out.append(QString::fromStdString(item.Scalar()));
        else
            error(item, tr("each entry of %1 must be text").arg(q(key)));
    }
    return out;
}

ValuesPath DescriptorReader::path(const YAML::Node &map, const char *key)
{
    const QString text = string(map, key);
    if (text.isEmpty())
        return {};
    Expected<ValuesPath> path = ValuesPath::parse(text);
    if (!path) {
        const YAML::Node node = map[key];
        YAML::Mark mark = node.Mark();
        mark.column = textColumn(node) - 1 + path.error().column - 1;
        error(mark, tr("%1 is not a values path: %2").arg(q(key), path.error().message),
              tr("write keys separated by dots, list positions as [0], and keys with dots as [\"a.b\"]"));
        return {};
    }
    return std::move(path).value();
}

ValueTree DescriptorReader::values(const YAML::Node &node)
{
    if (!node || node.IsNull())
        return ValueTree::map();
    if (!expectMap(node, q("values")))
        return ValueTree::map();
    Expected<ValueTree> tree = YamlReader::fromNode(node);
    if (!tree) {
        YAML::Mark mark;
        mark.line = tree.error().line - 1;
        mark.column = tree.error().column - 1;
        error(mark, tree.error().message);
        return ValueTree();
    }
    return std::move(tree).value();
}

void DescriptorReader::checkPattern(const YAML::Node &map, const char *key, const QString &text,
                                    const QString &pattern, const QString &message,
                                    const QString &hint)
{
    const QRegularExpression re(pattern);
    if (!text.isEmpty() && !re.match(text).hasMatch())
        error(map[key], message, hint);
}

int DescriptorReader::textColumn(const YAML::Node &node)
{
    // yaml-cpp keeps no style; a scalar tagged "!" that starts with a quote was quoted.
    return node.Mark().column + 1 + (node.Tag() == "!" ? 1 : 0);
}

} // namespace Slipway
