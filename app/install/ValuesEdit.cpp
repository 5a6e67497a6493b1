#include "ValuesEdit.h"

#include "ReleaseDiff.h"
#include "helm/ReleaseRecord.h"
#include "product/Chart.h"
#include "product/SchemaValidator.h"
#include "product/ValueTree.h"
#include "product/YamlReader.h"
#include "product/YamlWriter.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Slipway {

namespace {

constexpr auto kFileName = "values";

// Masks left in the values that no secret of the release stands behind (copied from another
// release, or typed): sending one to helm would deploy the mask as the secret.
void findUnknownMasks(const QJsonValue &value, const QString &path, QStringList *paths)
{
    if (value.isString() && SecretMask::looksMasked(value.toString())) {
        paths->append(path);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            findUnknownMasks(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), paths);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            findUnknownMasks(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), paths);
    }
}

} // namespace

ValuesEdit::ValuesEdit(const ReleaseRecord &deployed, const Descriptor *product)
    : m_secrets(ReleaseDiff::secretsOf(deployed, product))
    , m_text(ReleaseDiff::valuesYaml(m_secrets.apply(deployed.config)) + QLatin1Char('\n'))
{ }

ValuesEdit::Checked ValuesEdit::check(const QString &edited, const Chart *chart) const
{
    Checked checked;
    const QString fileName = QString::fromLatin1(kFileName);
    Diagnostics errors;
    const ValueTree tree = YamlReader::parse(edited.toUtf8(), fileName, &errors);
    if (!errors.isEmpty()) {
        checked.problems = errors;
        return checked;
    }
    if (!tree.isMap()) {
        checked.problems << Error::at(fileName, 1, 1,
                                      tr("The values must be a mapping of keys (“key: value”), "
                                         "not a single value or a list."));
        return checked;
    }
    checked.values = m_secrets.restore(tree.toJson().toObject());
    QStringList unknown;
    findUnknownMasks(checked.values, QString(), &unknown);
    for (const QString &path : std::as_const(unknown))
        checked.problems << Error::at(fileName, lineOf(edited, path), 0,
                                      tr("%1 holds a masked secret that is not one of this "
                                         "release's: type the secret itself.")
                                          .arg(path));
    if (chart && !chart->schemaJson.isEmpty()) {
        ValueTree merged = chart->defaults;
        merged.merge(tree);
        const Descriptor *descriptor = chart->descriptor ? &*chart->descriptor : nullptr;
        for (const Issue &issue : SchemaValidator::validate(merged, chart->schemaJson, descriptor)) {
            if (issue.severity != Issue::Severity::Error)
                continue;
            const QString where = issue.path.isEmpty() ? issue.field : issue.path;
            checked.problems << Error::at(
                fileName, lineOf(edited, issue.path), 0,
                where.isEmpty() ? issue.message
                                : QStringLiteral("%1: %2").arg(where, issue.message));
        }
    }
    if (checked.ok())
        checked.yaml = YamlWriter::write(ValueTree::fromVariant(checked.values.toVariantMap()));
    return checked;
}

int ValuesEdit::lineOf(const QString &text, const QString &path)
{
    if (path.isEmpty())
        return 0;
    static const QRegularExpression keyLine(QStringLiteral("^(\\s*)(?:- )?\"?([^\"#:]+)\"?\\s*:(\\s|$)"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList keys = path.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    int found = 0;
    int parentIndent = -1;
    int from = 0;
    for (QString key : std::as_const(keys)) {
        key.remove(QRegularExpression(QStringLiteral("\\[\\d+\\]$")));
        bool matched = false;
        for (int i = from; i < lines.size(); ++i) {
            const QRegularExpressionMatch m = keyLine.match(lines.at(i));
            if (!m.hasMatch())
                continue;
            const int indent = int(m.capturedLength(1));
            if (found == 0 && indent != 0)
                continue; // the first key is a top-level one
            if (found > 0 && indent <= parentIndent)
                break; // left the parent's block
            if (m.captured(2).trimmed() == key) {
                found = i + 1;
                parentIndent = indent;
                from = i + 1;
                matched = true;
                break;
            }
        }
        if (!matched)
            break;
    }
    return found;
}

} // namespace Slipway
