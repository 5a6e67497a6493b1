#include "SchemaValidator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace Slipway {

namespace {

// valijson names where an error is as ["<root>", "[worker]", "[0]"]; the values tree says
// whether "[0]" is a list position or a key.
ValuesPath pathOf(const std::vector<std::string> &context, const ValueTree &values)
{
    ValuesPath path;
    const ValueTree *node = &values;
    for (const std::string &part : context) {
        if (part.size() < 2 || part.front() != '[' || part.back() != ']')
            continue;
        const QString inner = QString::fromStdString(part.substr(1, part.size() - 2));
        bool isIndex = false;
        const qsizetype index = inner.toLongLong(&isIndex);
        path = node && node->isList() && isIndex ? path.child(index) : path.child(inner);
        node = node ? values.at(path) : nullptr;
    }
    return path;
}

bool isPrefix(const std::vector<std::string> &a, const std::vector<std::string> &b)
{
    return a.size() < b.size() && std::equal(a.begin(), a.end(), b.begin());
}

} // namespace

Issues SchemaValidator::validate(const ValueTree &values, const QByteArray &schemaJson,
                                 const Descriptor *descriptor)
{
    if (schemaJson.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(schemaJson, &parseError);
    if (!document.isObject())
        return { { Issue::Severity::Error, QString(),
                   tr("values.schema.json is not a JSON object: %1").arg(parseError.errorString()), QString() } };
    const QString draft = document.object().value(QStringLiteral("$schema")).toString();
    const auto version = draft.contains(QLatin1String("draft-04")) ? valijson::SchemaParser::kDraft4
        : draft.contains(QLatin1String("draft-03"))                  ? valijson::SchemaParser::kDraft3
                                                                     : valijson::SchemaParser::kDraft7;
    valijson::Schema schema;
    valijson::ValidationResults results;
    try {
        valijson::SchemaParser parser(version);
        const valijson::adapters::QtJsonAdapter schemaAdapter(QJsonValue(document.object()));
        parser.populateSchema(schemaAdapter, schema);
        valijson::Validator validator;
        const QJsonValue target = values.toJson();
        const valijson::adapters::QtJsonAdapter targetAdapter(target);
        validator.validate(schema, targetAdapter, &results);
    } catch (const std::exception &e) {
        return { { Issue::Severity::Error, QString(),
                   tr("values.schema.json cannot be used: %1").arg(QString::fromLocal8Bit(e.what())),
                   QString() } };
    }
    std::vector<valijson::ValidationResults::Error> errors;
    valijson::ValidationResults::Error error;
    while (results.popError(error))
        errors.push_back(error);
    Issues out;
    for (const auto &e : errors) {
        // An error on an object that only says "a property failed" repeats a deeper one.
        const bool repeated = std::any_of(errors.begin(), errors.end(), [&](const auto &other) {
            return isPrefix(e.context, other.context);
        });
        if (repeated)
            continue;
        ValuesPath path = pathOf(e.context, values);
        // Some keywords (propertyNames) leave only the wrapper's error, which names the key.
        static const QRegularExpression wrapper(QStringLiteral("associated with property name '([^']*)'"));
        const QString description = QString::fromStdString(e.description);
        if (const auto match = wrapper.match(description); match.hasMatch())
            path = path.child(match.captured(1));
        const Field *field = descriptor ? descriptor->fieldForPath(path) : nullptr;
        const QString where = path.isEmpty() ? tr("the values") : path.toString();
        Issue issue { Issue::Severity::Error, field ? field->id : QString(),
                      tr("%1: %2").arg(where, description), path.toString() };
        if (!out.contains(issue))
            out.append(issue);
    }
    return out;
}

} // namespace Slipway
