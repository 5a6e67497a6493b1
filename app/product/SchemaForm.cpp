#include "SchemaForm.h"

#include "DescriptorParser.h"
#include "ValuesPath.h"
#include "YamlWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Slipway {

namespace {

constexpr int kMaxDepth = 4;

QString typeOf(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (type.isString())
        return type.toString();
    if (type.isArray()) { // ["string", "null"]: the type that is not null
        for (const QJsonValue &t : type.toArray()) {
            if (t.toString() != QLatin1String("null"))
                return t.toString();
        }
    }
    return schema.contains(QLatin1String("properties")) ? QStringLiteral("object") : QString();
}

// "replicaCount" → "Replica count", "image_pull-policy" → "Image pull policy"
QString words(const QString &key)
{
    QString out;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == u'_' || c == u'-' || c == u'.') {
            out += u' ';
            continue;
        }
        const bool boundary = c.isUpper() && i > 0 && key.at(i - 1).isLower();
        if (boundary)
            out += u' ';
        out += (boundary ? c.toLower() : c);
    }
    static const QSet<QString> acronyms { QStringLiteral("api"), QStringLiteral("url"), QStringLiteral("uri"),
                                          QStringLiteral("tls"), QStringLiteral("id"), QStringLiteral("cpu"),
                                          QStringLiteral("gpu"), QStringLiteral("dns"), QStringLiteral("http"),
                                          QStringLiteral("https"), QStringLiteral("oidc"), QStringLiteral("sql"),
                                          QStringLiteral("ssl"), QStringLiteral("tcp"), QStringLiteral("udp") };
    QStringList parts = out.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString &part : parts) {
        if (acronyms.contains(part.toLower()))
            part = part.toUpper();
    }
    out = parts.join(u' ');
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

ValueTree scalarFrom(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return ValueTree(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return ValueTree(qint64(d));
        return ValueTree(d);
    }
    case QJsonValue::String:
        return ValueTree(value.toString());
    default:
        return {};
    }
}

bool isSecretKey(const QString &key)
{
    static const QRegularExpression secretName(
        QStringLiteral("password|passwd|secret|token|apikey|api_key|accesskey|privatekey|licensekey"),
        QRegularExpression::CaseInsensitiveOption);
    return secretName.match(key).hasMatch();
}

class Generator
{
public:
    explicit Generator(const Chart &chart)
        : m_chart(chart)
    {
    }

    ValueTree page(const QString &key, const QJsonObject &schema)
    {
        ValueTree fields = ValueTree::list();
        const ValuesPath path = ValuesPath::key(key);
        walk(schema, path, QString(), 1, fields);
        return pageTree(key, schema.value(QLatin1String("title")).toString(words(key)),
                        schema.value(QLatin1String("description")).toString(), fields);
    }

    // One field per scalar property of `schema` (and per property that is not an object with
    // properties), nested objects walked into up to kMaxDepth; labels prefixed by `prefix`.
    void walk(const QJsonObject &schema, const ValuesPath &at, const QString &prefix, int depth,
              ValueTree &fields)
    {
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QSet<QString> required = requiredOf(schema);
        for (const QString &key : ordered(properties, at)) {
            const QJsonObject property = properties.value(key).toObject();
            const ValuesPath path = at.child(key);
            const QString label = property.value(QLatin1String("title")).toString(words(key));
            if (typeOf(property) == QLatin1String("object")
                && property.value(QLatin1String("properties")).toObject().size() > 0
                && depth < kMaxDepth) {
                walk(property, path, prefix.isEmpty() ? label : prefix + QStringLiteral(" › ") + label,
                     depth + 1, fields);
                continue;
            }
            fields.append(field(key, property, path,
                                prefix.isEmpty() ? label : prefix + QStringLiteral(" › ") + label,
                                required.contains(key)));
        }
    }

    ValueTree field(const QString &key, const QJsonObject &schema, const ValuesPath &path,
                    const QString &label, bool required)
    {
        ValueTree f = ValueTree::map();
        f.insert(QStringLiteral("id"), ValueTree(idFor(path)));
        const QString type = typeOf(schema);
        const QString format = schema.value(QLatin1String("format")).toString();
        QString fieldType = QStringLiteral("yaml");
        ValueTree validate = ValueTree::map();
        if (schema.contains(QLatin1String("enum"))) {
            fieldType = QStringLiteral("enum");
        } else if (type == QLatin1String("string")) {
            if (schema.value(QLatin1String("writeOnly")).toBool() || format == QLatin1String("password")
                || isSecretKey(key))
                fieldType = QStringLiteral("secret");
            else if (format == QLatin1String("uri") || format == QLatin1String("url"))
                fieldType = QStringLiteral("url");
            else if (format == QLatin1String("email"))
                fieldType = QStringLiteral("email");
            else if (format == QLatin1String("hostname"))
                fieldType = QStringLiteral("hostname");
            else
                fieldType = QStringLiteral("string");
            if (fieldType == QLatin1String("string") || fieldType == QLatin1String("secret")) {
                if (schema.contains(QLatin1String("pattern")))
                    validate.insert(QStringLiteral("pattern"),
                                    ValueTree(schema.value(QLatin1String("pattern")).toString()));
                for (const char *bound : { "minLength", "maxLength" }) {
                    if (schema.value(QLatin1String(bound)).isDouble())
                        validate.insert(QString::fromLatin1(bound),
                                        scalarFrom(schema.value(QLatin1String(bound))));
                }
            }
        } else if (type == QLatin1String("integer") || type == QLatin1String("number")) {
            fieldType = type == QLatin1String("integer") ? QStringLiteral("int") : QStringLiteral("number");
            if (schema.value(QLatin1String("minimum")).isDouble())
                validate.insert(QStringLiteral("min"), scalarFrom(schema.value(QLatin1String("minimum"))));
            if (schema.value(QLatin1String("maximum")).isDouble())
                validate.insert(QStringLiteral("max"), scalarFrom(schema.value(QLatin1String("maximum"))));
        } else if (type == QLatin1String("boolean")) {
            fieldType = QStringLiteral("bool");
        } else if (type == QLatin1String("object") && !schema.contains(QLatin1String("properties"))
                   && typeOf(schema.value(QLatin1String("additionalProperties")).toObject())
                       == QLatin1String("string")) {
            fieldType = QStringLiteral("keyValues");
        }
        f.insert(QStringLiteral("type"), ValueTree(fieldType));
        f.insert(QStringLiteral("label"), ValueTree(label));
        const QString help = schema.value(QLatin1String("description")).toString();
        if (!help.isEmpty())
            f.insert(QStringLiteral("help"), ValueTree(help));
        f.insert(QStringLiteral("path"), ValueTree(path.toString()));
        if (fieldType == QLatin1String("enum")) {
            ValueTree options = ValueTree::list();
            for (const QJsonValue &option : schema.value(QLatin1String("enum")).toArray()) {
                const ValueTree value = scalarFrom(option);
                if (!value.isNull())
                    options.append(value);
            }
            f.insert(QStringLiteral("options"), options);
        }
        // The chart's values.yaml gives the default; the schema's only where values.yaml has none.
        const ValueTree defaultValue = scalarFrom(schema.value(QLatin1String("default")));
        if (!m_chart.defaults.at(path) && !defaultValue.isNull() && fieldType != QLatin1String("secret"))
            f.insert(QStringLiteral("default"), defaultValue);
        if (required)
            f.insert(QStringLiteral("required"), ValueTree(true));
        if (validate.size() > 0)
            f.insert(QStringLiteral("validate"), validate);
        return f;
    }

    ValueTree pageTree(const QString &key, const QString &title, const QString &description,
                       const ValueTree &fields)
    {
        ValueTree p = ValueTree::map();
        p.insert(QStringLiteral("id"), ValueTree(uniqueId(key, m_pageIds)));
        p.insert(QStringLiteral("title"), ValueTree(title));
        if (!description.isEmpty())
            p.insert(QStringLiteral("description"), ValueTree(description));
        p.insert(QStringLiteral("fields"), fields);
        return p;
    }

    // The keys of `properties` in values.yaml's order at `at`, then the others by name.
    QStringList ordered(const QJsonObject &properties, const ValuesPath &at) const
    {
        QStringList keys;
        const ValueTree *defaults = at.segments().isEmpty() ? &m_chart.defaults : m_chart.defaults.at(at);
        if (defaults && defaults->isMap()) {
            for (const ValueTree::Entry &entry : defaults->entries()) {
                if (properties.contains(entry.key))
                    keys << entry.key;
            }
        }
        for (const QString &key : properties.keys()) { // QJsonObject: sorted by name
            if (!keys.contains(key))
                keys << key;
        }
        return keys;
    }

    static QSet<QString> requiredOf(const QJsonObject &schema)
    {
        QSet<QString> required;
        for (const QJsonValue &key : schema.value(QLatin1String("required")).toArray())
            required.insert(key.toString());
        return required;
    }

    // A field id from a path: "service.port" → "servicePort", made a valid, unique identifier.
    QString idFor(const ValuesPath &path)
    {
        QString id;
        for (const ValuesPath::Segment &segment : path.segments()) {
            const QString part = segment.isIndex() ? QString::number(segment.index) : segment.key;
            QString clean;
            for (const QChar c : part)
                clean += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'_' ? c : u'_';
            if (!id.isEmpty() && !clean.isEmpty())
                clean[0] = clean.at(0).toUpper();
            id += clean;
        }
        if (id.isEmpty() || id.at(0).isDigit())
            id.prepend(u'_');
        if (id == QLatin1String("environment") || id == QLatin1String("size"))
            id += u'_';
        return uniqueId(id, m_fieldIds);
    }

    static QString uniqueId(const QString &wanted, QSet<QString> &taken)
    {
        QString id = wanted;
        for (int n = 2; taken.contains(id); ++n)
            id = wanted + QString::number(n);
        taken.insert(id);
        return id;
    }

private:
    const Chart &m_chart;
    QSet<QString> m_fieldIds;
    QSet<QString> m_pageIds;
};

QString productId(const QString &chartName)
{
    QString id = chartName.toLower();
    static const QRegularExpression notDns(QStringLiteral("[^a-z0-9-]+"));
    id.replace(notDns, QStringLiteral("-"));
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("chart") : id.left(63);
}

} // namespace

Expected<QByteArray> SchemaForm::installerYaml(const Chart &chart)
{
    if (chart.schemaJson.isEmpty())
        return Error(tr("the chart has no values.schema.json to build a form from"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(chart.schemaJson, &parseError);
    if (!document.isObject())
        return Error(tr("values.schema.json is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    const QJsonObject properties = root.value(QLatin1String("properties")).toObject();
    if (properties.isEmpty())
        return Error(tr("values.schema.json names no properties, so there is nothing to ask"));

    Generator generator(chart);
    ValueTree pages = ValueTree::list();
    ValueTree general = ValueTree::list();
    const QSet<QString> required = Generator::requiredOf(root);
    for (const QString &key : generator.ordered(properties, ValuesPath())) {
        const QJsonObject property = properties.value(key).toObject();
        if (typeOf(property) == QLatin1String("object")
            && property.value(QLatin1String("properties")).toObject().size() > 0) {
            ValueTree page = generator.page(key, property);
            if (page.value(QStringLiteral("fields"))->items().size() > 0)
                pages.append(std::move(page));
            continue;
        }
        general.append(generator.field(key, property, ValuesPath::key(key),
                                       property.value(QLatin1String("title")).toString(words(key)),
                                       required.contains(key)));
    }
    ValueTree all = ValueTree::list();
    if (!general.items().empty())
        all.append(generator.pageTree(QStringLiteral("general"), tr("General"), QString(), general));
    for (const ValueTree &page : pages.items())
        all.append(page);
    ValueTree overrides = ValueTree::list();
    ValueTree raw;
    raw.insert(QStringLiteral("id"), ValueTree(QStringLiteral("otherValues")));
    raw.insert(QStringLiteral("type"), ValueTree(QStringLiteral("yaml")));
    raw.insert(QStringLiteral("label"), ValueTree(tr("Other values")));
    raw.insert(QStringLiteral("help"),
               ValueTree(tr("YAML merged over everything above, for values the form does not ask.")));
    overrides.append(raw);
    all.append(generator.pageTree(QStringLiteral("otherValues"), tr("Other values"), QString(), overrides));

    ValueTree descriptor;
    descriptor.insert(QStringLiteral("apiVersion"), ValueTree(QStringLiteral("slipway/v1")));
    descriptor.insert(QStringLiteral("kind"), ValueTree(QStringLiteral("Installer")));
    ValueTree product;
    product.insert(QStringLiteral("id"), ValueTree(productId(chart.name)));
    product.insert(QStringLiteral("title"), ValueTree(chart.name.isEmpty() ? productId(chart.name) : chart.name));
    if (!chart.description.isEmpty())
        product.insert(QStringLiteral("description"), ValueTree(chart.description));
    descriptor.insert(QStringLiteral("product"), product);
    ValueTree release;
    release.insert(QStringLiteral("name"), ValueTree(productId(chart.name)));
    descriptor.insert(QStringLiteral("release"), release);
    descriptor.insert(QStringLiteral("pages"), all);
    QByteArray text("# Generated by Slipway from values.schema.json (the chart has no installer.yaml).\n");
    text += YamlWriter::write(descriptor);
    return text;
}

bool SchemaForm::describe(Chart &chart, Diagnostics *errors)
{
    if (chart.descriptor || chart.schemaJson.isEmpty())
        return false;
    const Expected<QByteArray> yaml = installerYaml(chart);
    if (!yaml) {
        if (errors)
            errors->append(yaml.error());
        return false;
    }
    Diagnostics problems;
    Descriptor descriptor = DescriptorParser::parse(*yaml, QStringLiteral("installer.yaml (generated)"), &problems);
    if (!problems.isEmpty()) {
        if (errors)
            errors->append(problems);
        return false;
    }
    chart.descriptor = std::move(descriptor);
    chart.generatedDescriptor = true;
    return true;
}

} // namespace Slipway
