#include "YamlWriter.h"

#include "YamlScalar.h"

namespace Slipway {

namespace {

QString keyText(const QString &key)
{
    return key.isEmpty() || YamlScalar::needsQuotes(key) ? YamlScalar::doubleQuoted(key) : key;
}

// A literal block keeps multi-line text readable; it cannot carry every string, though.
bool fitsLiteralBlock(const QString &text)
{
    if (!text.contains(QLatin1Char('\n')) || text.front().isSpace())
        return false;
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            || c.category() == QChar::Other_Format || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return false;
    }
    // Trailing blanks on a line, or a line of only blanks, do not survive every reader.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.isEmpty() && line.back().isSpace())
            return false;
    }
    return true;
}

class Writer
{
public:
    explicit Writer(const YamlWriter::CommentFor &comment)
        : m_comment(comment)
    { }

    QStringList node(const ValueTree &value, const ValuesPath &path, bool inList)
    {
        if (value.isMap() && value.size() > 0)
            return map(value, path, inList);
        if (value.isList() && value.size() > 0)
            return list(value, path);
        return { YamlWriter::scalar(value) };
    }

private:
    QStringList map(const ValueTree &value, const ValuesPath &path, bool inList)
    {
        QStringList lines;
        for (const ValueTree::Entry &entry : value.entries()) {
            const ValuesPath childPath = path.child(entry.key);
            // A comment right after "- " would swallow the list item's first key.
            if (m_comment && !(inList && lines.isEmpty())) {
                const QString text = m_comment(childPath);
                if (!text.isEmpty())
                    lines.append(QLatin1String("# ") + QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
            }
            const ValueTree &child = entry.value;
            const QString key = keyText(entry.key) + QLatin1Char(':');
            if ((child.isMap() || child.isList()) && child.size() > 0) {
                lines.append(key);
                const QStringList inner = node(child, childPath, false);
                for (const QString &line : inner)
                    lines.append(QLatin1String("  ") + line);
            } else if (child.type() == ValueTree::Type::String && fitsLiteralBlock(child.toString())) {
                appendBlock(lines, key, child.toString());
            } else {
                lines.append(key + QLatin1Char(' ') + YamlWriter::scalar(child));
            }
        }
        return lines;
    }

    QStringList list(const ValueTree &value, const ValuesPath &path)
    {
        QStringList lines;
        qsizetype index = 0;
        for (const ValueTree &item : value.items()) {
            const ValuesPath itemPath = path.child(index++);
            if (item.type() == ValueTree::Type::String && fitsLiteralBlock(item.toString())) {
                appendBlock(lines, QStringLiteral("-"), item.toString());
                continue;
            }
            const QStringList inner = node(item, itemPath, true);
            for (qsizetype i = 0; i < inner.size(); ++i)
                lines.append((i == 0 ? QLatin1String("- ") : QLatin1String("  ")) + inner.at(i));
        }
        return lines;
    }

    static void appendBlock(QStringList &lines, const QString &lead, QString text)
    {
        // Chomping: "-" strips the missing final newline, "+" keeps extra ones.
        QString indicator = QStringLiteral("|");
        if (!text.endsWith(QLatin1Char('\n')))
            indicator += QLatin1Char('-');
        else if (text.endsWith(QLatin1String("\n\n")))
            indicator += QLatin1Char('+');
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        lines.append(lead + QLatin1Char(' ') + indicator);
        const QStringList body = text.split(QLatin1Char('\n'));
        for (const QString &line : body)
            lines.append(line.isEmpty() ? QString() : QLatin1String("  ") + line);
    }

    const YamlWriter::CommentFor &m_comment;
};

} // namespace

QString YamlWriter::scalar(const ValueTree &value)
{
    switch (value.type()) {
    case ValueTree::Type::Null:
        return QStringLiteral("null");
    case ValueTree::Type::Map:
        return QStringLiteral("{}");
    case ValueTree::Type::List:
        return QStringLiteral("[]");
    case ValueTree::Type::String: {
        const QString text = value.toString();
        return text.isEmpty() || YamlScalar::needsQuotes(text) ? YamlScalar::doubleQuoted(text) : text;
    }
    default:
        return value.toString();
    }
}

QByteArray YamlWriter::write(const ValueTree &tree, const CommentFor &comment)
{
    if (tree.isMap() && tree.size() == 0)
        return QByteArrayLiteral("{}\n");
    Writer writer(comment);
    const QStringList lines = writer.node(tree, ValuesPath(), false);
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace Slipway
