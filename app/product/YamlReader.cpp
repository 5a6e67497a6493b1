#include "YamlReader.h"

#include "YamlScalar.h"

#include <yaml-cpp/yaml.h>

namespace Slipway {

namespace {

// Aliases make a small document expand exponentially; values files never come near these.
constexpr int MaxDepth = 200;
constexpr qint64 MaxNodes = 500'000;

struct Converter
{
    qint64 nodes = 0;
    QString error;
    YAML::Mark mark;

    bool fail(const YAML::Node &node, const QString &message)
    {
        error = message;
        mark = node.Mark();
        return false;
    }

    bool convert(const YAML::Node &node, ValueTree &out, int depth)
    {
        if (++nodes > MaxNodes)
            return fail(node, YamlReader::tr("the document is too large (aliases expand too far)"));
        if (depth > MaxDepth)
            return fail(node, YamlReader::tr("the document is nested too deeply"));
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            out = ValueTree();
            return true;
        case YAML::NodeType::Scalar: {
            const QString text = QString::fromStdString(node.Scalar());
            const std::string &tag = node.Tag();
            // "!" marks a quoted or block scalar: always a string, whatever it looks like.
            if (tag == "!" || tag == "tag:yaml.org,2002:str")
                out = ValueTree(text);
            else
                out = YamlScalar::resolvePlain(text);
            return true;
        }
        case YAML::NodeType::Sequence:
            out = ValueTree::list();
            for (const YAML::Node &item : node) {
                ValueTree child;
                if (!convert(item, child, depth + 1))
                    return false;
                out.append(std::move(child));
            }
            return true;
        case YAML::NodeType::Map:
            out = ValueTree::map();
            for (const auto &pair : node) {
                if (!pair.first.IsScalar())
                    return fail(pair.first, YamlReader::tr("a key must be a plain value"));
                ValueTree child;
                if (!convert(pair.second, child, depth + 1))
                    return false;
                out.insert(QString::fromStdString(pair.first.Scalar()), std::move(child));
            }
            return true;
        }
        return true;
    }
};

} // namespace

ValueTree YamlReader::fromNode(const YAML::Node &node, QString *error, int *line, int *column)
{
    Converter converter;
    ValueTree out;
    if (converter.convert(node, out, 0))
        return out;
    if (error)
        *error = converter.error;
    if (line)
        *line = converter.mark.line + 1;
    if (column)
        *column = converter.mark.column + 1;
    return {};
}

namespace {

ValueTree load(const QByteArray &yaml, const QString &fileName, Diagnostics *errors, bool mapOnly)
{
    auto report = [&](int line, int column, const QString &message, const QString &hint) {
        if (errors)
            errors->append(Error::at(fileName, line, column, message, hint));
        return ValueTree();
    };
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root || root.IsNull())
            return mapOnly ? ValueTree::map() : ValueTree();
        if (mapOnly && !root.IsMap())
            return report(root.Mark().line + 1, root.Mark().column + 1,
                          YamlReader::tr("values must be a mapping of keys to values"),
                          YamlReader::tr("start the file with a key, such as “replicaCount: 1”"));
        QString error;
        int line = 0;
        int column = 0;
        ValueTree tree = YamlReader::fromNode(root, &error, &line, &column);
        if (!error.isEmpty())
            return report(line, column, error, QString());
        return tree;
    } catch (const YAML::Exception &e) {
        return report(e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg),
                      YamlReader::tr("check the indentation and quoting around this spot"));
    } catch (const std::exception &e) {
        return report(0, 0, QString::fromLocal8Bit(e.what()), QString());
    }
}

} // namespace

ValueTree YamlReader::parse(const QByteArray &yaml, const QString &fileName, Diagnostics *errors)
{
    return load(yaml, fileName, errors, true);
}

ValueTree YamlReader::parseAny(const QByteArray &yaml, const QString &fileName, Diagnostics *errors)
{
    return load(yaml, fileName, errors, false);
}

} // namespace Slipway
