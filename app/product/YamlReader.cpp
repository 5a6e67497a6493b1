#include "YamlReader.h"

#include "YamlScalar.h"

#include <QHash>
#include <QSet>

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

Expected<ValueTree> YamlReader::fromNode(const YAML::Node &node)
{
    Converter converter;
    ValueTree out;
    if (converter.convert(node, out, 0))
        return out;
    return Error(converter.error, QString(), converter.mark.line + 1, converter.mark.column + 1);
}

namespace {

struct DuplicateFinder
{
    QString fileName;
    Diagnostics found;
    QSet<std::pair<int, int>> reported; // an aliased mapping is walked once per alias
    qint64 nodes = 0;

    void walk(const YAML::Node &node, int depth)
    {
        if (++nodes > MaxNodes || depth > MaxDepth)
            return;
        if (node.IsSequence()) {
            for (const YAML::Node &item : node)
                walk(item, depth + 1);
            return;
        }
        if (!node.IsMap())
            return;
        QHash<QString, YAML::Mark> seen;
        for (const auto &pair : node) {
            if (pair.first.IsScalar()) {
                const QString key = QString::fromStdString(pair.first.Scalar());
                const YAML::Mark mark = pair.first.Mark();
                const auto first = seen.constFind(key);
                if (first == seen.cend())
                    seen.insert(key, mark);
                else if (!reported.contains({ mark.line, mark.column })) {
                    reported.insert({ mark.line, mark.column });
                    found.append(Error::at(
                        fileName, mark.line + 1, mark.column + 1,
                        YamlReader::tr("duplicate key “%1” at line %2; first at line %3")
                            .arg(key)
                            .arg(mark.line + 1)
                            .arg(first->line + 1),
                        YamlReader::tr("keep one of them: YAML keys are unique in a mapping")));
                }
            }
            walk(pair.second, depth + 1);
        }
    }
};

} // namespace

Diagnostics YamlReader::duplicateKeys(const YAML::Node &node, const QString &fileName)
{
    DuplicateFinder finder;
    finder.fileName = fileName;
    finder.walk(node, 0);
    return finder.found;
}

ValueTree YamlReader::fromNodeOrNull(const YAML::Node &node)
{
    Expected<ValueTree> value = fromNode(node);
    return value ? std::move(value).value() : ValueTree();
}

namespace {

// YAML is Unicode text: UTF-8 here, without control characters other than tab and line breaks.
// yaml-cpp passes other bytes through and Qt would turn invalid UTF-8 into U+FFFD, so a value
// would change silently; helm's YAML parser refuses such a file too. Returns the first offending
// byte's 1-based line and column and what it is, or an empty message.
struct TextProblem
{
    int line = 0;
    int column = 0;
    QString message;
};

TextProblem firstNonText(const QByteArray &yaml)
{
    int line = 1;
    int column = 1;
    const auto *bytes = reinterpret_cast<const unsigned char *>(yaml.constData());
    const qsizetype size = yaml.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
                return { line, column,
                         YamlReader::tr("the control character U+%1 is not allowed in YAML text; "
                                        "write it as an escape in a double-quoted string")
                             .arg(c, 4, 16, QLatin1Char('0')).toUpper() };
            if (c == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            ++i;
            continue;
        }
        // The length of the sequence and the range its second byte must be in (no overlong
        // forms, no surrogates, nothing above U+10FFFF).
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            low = c == 0xe0 ? 0xa0 : 0x80;
            high = c == 0xed ? 0x9f : 0xbf;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            low = c == 0xf0 ? 0x90 : 0x80;
            high = c == 0xf4 ? 0x8f : 0xbf;
        }
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char next = bytes[i + k];
            valid = k == 1 ? next >= low && next <= high : next >= 0x80 && next <= 0xbf;
        }
        if (!valid)
            return { line, column,
                     YamlReader::tr("the byte 0x%1 is not UTF-8 text; save the file as UTF-8")
                         .arg(c, 2, 16, QLatin1Char('0')).toUpper() };
        i += length;
        ++column;
    }
    return {};
}

ValueTree load(const QByteArray &yaml, const QString &fileName, Diagnostics *errors, bool mapOnly)
{
    auto report = [&](int line, int column, const QString &message, const QString &hint) {
        if (errors)
            errors->append(Error::at(fileName, line, column, message, hint));
        return ValueTree();
    };
    if (const TextProblem problem = firstNonText(yaml); !problem.message.isEmpty())
        return report(problem.line, problem.column, problem.message, QString());
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        // Helm refuses a values file with a key twice; so does Slipway, rather than keep one.
        if (const Diagnostics duplicates = YamlReader::duplicateKeys(root, fileName); !duplicates.isEmpty()) {
            if (errors)
                *errors += duplicates;
            return ValueTree();
        }
        if (!root || root.IsNull())
            return mapOnly ? ValueTree::map() : ValueTree();
        if (mapOnly && !root.IsMap())
            return report(root.Mark().line + 1, root.Mark().column + 1,
                          YamlReader::tr("values must be a mapping of keys to values"),
                          YamlReader::tr("start the file with a key, such as “replicaCount: 1”"));
        Expected<ValueTree> tree = YamlReader::fromNode(root);
        if (!tree)
            return report(tree.error().line, tree.error().column, tree.error().message, QString());
        return std::move(tree).value();
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

QList<ValueTree> YamlReader::parseDocuments(const QByteArray &yaml, const QString &fileName,
                                            Diagnostics *errors)
{
    QList<ValueTree> documents;
    auto report = [&](int line, int column, const QString &message) {
        if (errors)
            errors->append(Error::at(fileName, line, column, message,
                                     tr("check the indentation and quoting around this spot")));
    };
    if (const TextProblem problem = firstNonText(yaml); !problem.message.isEmpty()) {
        report(problem.line, problem.column, problem.message);
        return {};
    }
    try {
        const std::vector<YAML::Node> nodes = YAML::LoadAll(yaml.toStdString());
        for (const YAML::Node &node : nodes) {
            if (!node || node.IsNull())
                continue;
            if (const Diagnostics duplicates = duplicateKeys(node, fileName); !duplicates.isEmpty()) {
                if (errors)
                    *errors += duplicates;
                return {};
            }
            Expected<ValueTree> tree = fromNode(node);
            if (!tree) {
                report(tree.error().line, tree.error().column, tree.error().message);
                return {};
            }
            documents.append(std::move(tree).value());
        }
    } catch (const YAML::Exception &e) {
        report(e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg));
    } catch (const std::exception &e) {
        report(0, 0, QString::fromLocal8Bit(e.what()));
    }
    return documents;
}

} // namespace Slipway
