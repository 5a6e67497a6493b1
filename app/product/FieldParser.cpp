#include "FieldParser.h"

#include "DescriptorReader.h"
#include "FieldChecks.h"
#include "FieldCodec.h"
#include "PasswordGenerator.h"
#include "YamlReader.h"

#include <QRegularExpression>

namespace Slipway {

namespace {

const QStringList FieldKeys = { QStringLiteral("id"), QStringLiteral("type"),
    QStringLiteral("label"), QStringLiteral("help"), QStringLiteral("placeholder"),
    QStringLiteral("path"), QStringLiteral("default"), QStringLiteral("required"),
    QStringLiteral("secret"), QStringLiteral("validate"), QStringLiteral("when"),
    QStringLiteral("options"), QStringLiteral("quantity"), QStringLiteral("profiles"),
    QStringLiteral("modes"), QStringLiteral("gpu"), QStringLiteral("generate"),
    QStringLiteral("image"), QStringLiteral("keys") };

// Types whose answer is text, and so can be kept secret.
bool isTextual(FieldType type)
{
    switch (type) {
    case FieldType::String: case FieldType::Secret: case FieldType::Text: case FieldType::Url:
    case FieldType::HostPort: case FieldType::Hostname: case FieldType::Email: case FieldType::Pem:
    case FieldType::Yaml:
        return true;
    default:
        return false;
    }
}

} // namespace

Condition FieldParser::condition(DescriptorReader &reader, const YAML::Node &map, int *line,
                                 int *column)
{
    const QString text = reader.string(map, "when");
    const Condition parsed = Condition::parse(text);
    if (text.isEmpty())
        return parsed;
    *line = map["when"].Mark().line + 1;
    *column = DescriptorReader::textColumn(map["when"]);
    if (!parsed.isValid()) {
        YAML::Mark mark = map["when"].Mark();
        mark.column = *column - 1 + parsed.error().column - 1;
        reader.error(mark, tr("“when” does not parse: %1").arg(parsed.error().message),
                     tr("conditions use field ids, 'text', numbers, true / false, ==, !=, in [..], "
                        "!, &&, || and parentheses"));
    }
    return parsed;
}

QStringList FieldParser::parse(const YAML::Node &node, const QString &page,
                               const QString &parentField, const QString &parentMode)
{
    if (!m_reader.expectMap(node, tr("a field")))
        return {};
    m_reader.checkKeys(node, FieldKeys, tr("a field"));
    Field field;
    field.page = page;
    field.parentField = parentField;
    field.parentMode = parentMode;
    field.line = node.Mark().line + 1;
    field.column = node.Mark().column + 1;
    field.id = m_reader.string(node, "id", true);
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!field.id.isEmpty() && !idPattern.match(field.id).hasMatch())
        m_reader.error(node["id"], tr("field id “%1” is not a plain name").arg(field.id),
                       tr("use letters, digits and “_”, starting with a letter or “_”, so conditions can name it"));
    if (field.id == QLatin1String("environment") || field.id == QLatin1String("size"))
        m_reader.error(node["id"], tr("field id “%1” is reserved").arg(field.id),
                       tr("conditions use “environment” and “size” for the chosen presets; rename the field"));

    const QString typeName = m_reader.string(node, "type", true);
    if (const auto type = Field::typeFromName(typeName)) {
        field.type = *type;
    } else if (!typeName.isEmpty()) {
        const QString guess = DescriptorReader::closest(typeName, Field::typeNames());
        m_reader.error(node["type"], tr("unknown field type “%1”").arg(typeName),
                       guess.isEmpty() ? tr("known types: %1").arg(Field::typeNames().join(QLatin1String(", ")))
                                       : tr("did you mean “%1”?").arg(guess));
    }
    field.label = m_reader.string(node, "label", true);
    field.help = m_reader.string(node, "help");
    field.placeholder = m_reader.string(node, "placeholder");
    field.required = m_reader.boolean(node, "required", false);
    field.secret = m_reader.boolean(node, "secret", field.type == FieldType::Secret);
    // A secret field's answer is a password or a key: it is never written to the values file
    // or a log, so it cannot be switched off.
    if (field.type == FieldType::Secret && !field.secret) {
        m_reader.error(node["secret"], tr("a secret field is always secret"),
                       tr("remove “secret: false”, or use type “string” for text that may be shown"));
        field.secret = true;
    }
    if (field.secret && !isTextual(field.type))
        m_reader.error(node["secret"], tr("a %1 field cannot be secret").arg(typeName),
                       tr("only text answers are kept secret; use type “secret” for a password"));
    field.path = m_reader.path(node, "path");
    const bool pathOptional = field.type == FieldType::Yaml || field.type == FieldType::Gpu
        || (field.type == FieldType::Image && node["image"]);
    if (field.path.isEmpty() && !pathOptional && !node["path"])
        m_reader.error(node, tr("field “%1” has no “path”").arg(field.id),
                       tr("add “path: …”, the values key this answer is written to"));
    if (field.type == FieldType::Gpu && node["path"])
        m_reader.error(node["path"], tr("a gpu field writes through its “gpu” paths, not “path”"),
                       tr("move the path under “gpu:” as enabled, count, resourceName, "
                          "nodeSelector or tolerations"));
    if (field.type == FieldType::Image && node["image"] && node["path"])
        m_reader.error(node["path"], tr("an image field writes through its “image” paths or its “path”, not both"),
                       tr("keep “image:” for charts with registry, repository and tag keys of their own"));
    if (field.isRawOverrides() && !parentMode.isEmpty())
        m_reader.error(node, tr("raw overrides cannot belong to a mode"), tr("give the yaml field a path"));
    field.when = condition(m_reader, node, &field.whenLine, &field.whenColumn);
    validation(node, field);

    QStringList appended { field.id };
    const qsizetype index = m_out.size();
    m_out.append(field);
    typeSpecific(node, m_out[index], appended);
    defaultValue(node, m_out[index]);
    return appended;
}

void FieldParser::typeSpecific(const YAML::Node &node, Field &field, QStringList &appended)
{
    auto misplaced = [&](const char *key, FieldType owner) {
        if (node[key] && field.type != owner)
            m_reader.error(node[key], tr("“%1” belongs to %2 fields only")
                                          .arg(QLatin1String(key), Field::typeName(owner)));
    };
    if (field.type != FieldType::MultiSelect)
        misplaced("options", FieldType::Enum);
    misplaced("quantity", FieldType::Quantity);
    misplaced("profiles", FieldType::ResourceProfiles);
    misplaced("modes", FieldType::DatabaseMode);
    misplaced("gpu", FieldType::Gpu);
    misplaced("generate", FieldType::Secret);
    misplaced("image", FieldType::Image);
    misplaced("keys", FieldType::SecretName);

    switch (field.type) {
    case FieldType::Enum:
    case FieldType::MultiSelect: {
        const YAML::Node options = node["options"];
        if (!options && field.validation.allowed.isEmpty()) {
            m_reader.error(node, tr("%1 field “%2” has no “options”").arg(Field::typeName(field.type), field.id),
                           tr("list the choices under “options:”, as values or {value, title}"));
        } else if (options && m_reader.expectList(options, tr("“options”"))) {
            for (const YAML::Node &option : options) {
                if (option.IsMap()) {
                    m_reader.checkKeys(option, { QStringLiteral("value"), QStringLiteral("title") }, tr("an option"));
                    if (!option["value"])
                        m_reader.error(option, tr("an option has no “value”"));
                    const ValueTree value = option["value"]
                        ? YamlReader::fromNodeOrNull(option["value"])
                        : ValueTree();
                    field.options.append({ value, m_reader.string(option, "title") });
                } else {
                    const ValueTree value = YamlReader::fromNodeOrNull(option);
                    field.options.append({ value, value.toString() });
                }
            }
        }
        if (!options) {
            for (const ValueTree &allowed : std::as_const(field.validation.allowed))
                field.options.append({ allowed, allowed.toString() });
        }
        break;
    }
    case FieldType::Quantity: {
        const QString kind = m_reader.string(node, "quantity");
        static const QStringList kinds = { QStringLiteral("any"), QStringLiteral("cpu"),
                                           QStringLiteral("memory"), QStringLiteral("storage") };
        if (!kind.isEmpty() && !kinds.contains(kind))
            m_reader.error(node["quantity"], tr("unknown quantity kind “%1”").arg(kind),
                           tr("use cpu, memory, storage or any"));
        field.quantity = kind == QLatin1String("cpu") ? QuantityKind::Cpu
            : kind == QLatin1String("memory")         ? QuantityKind::Memory
            : kind == QLatin1String("storage")        ? QuantityKind::Storage
                                                      : QuantityKind::Any;
        break;
    }
    case FieldType::ResourceProfiles:
        field.profiles = m_reader.stringList(node, "profiles");
        if (field.profiles.isEmpty())
            m_reader.error(node, tr("resourceProfiles field “%1” lists no “profiles”").arg(field.id),
                           tr("add “profiles: [small, medium, large]”, the keys under its path"));
        break;
    case FieldType::DatabaseMode:
        modes(node, field, appended);
        break;
    case FieldType::Secret:
        generate(node, field);
        break;
    case FieldType::SecretName:
        field.secretKeys = m_reader.stringList(node, "keys");
        for (const QString &key : std::as_const(field.secretKeys)) {
            if (!FieldChecks::isSecretKey(key))
                m_reader.error(node["keys"], tr("“%1” is not a Secret key (letters, digits, “-”, “_” and “.”)").arg(key));
        }
        break;
    case FieldType::Image: {
        const YAML::Node image = node["image"];
        if (!image || !m_reader.expectMap(image, tr("“image”")))
            break;
        m_reader.checkKeys(image, { QStringLiteral("registry"), QStringLiteral("repository"),
                                    QStringLiteral("tag"), QStringLiteral("digest") }, tr("“image”"));
        field.image = { m_reader.path(image, "registry"), m_reader.path(image, "repository"),
                        m_reader.path(image, "tag"), m_reader.path(image, "digest") };
        if (field.image.repository.isEmpty())
            m_reader.error(image, tr("“image” has no “repository” path"),
                           tr("map repository: to the values key of the image's name"));
        break;
    }
    case FieldType::Gpu: {
        const YAML::Node gpu = node["gpu"];
        if (!gpu || !m_reader.expectMap(gpu, tr("“gpu”"))) {
            if (!gpu)
                m_reader.error(node, tr("gpu field “%1” has no “gpu” paths").arg(field.id),
                               tr("map at least count: under “gpu:” to a values path"));
            break;
        }
        m_reader.checkKeys(gpu, { QStringLiteral("enabled"), QStringLiteral("count"),
                                  QStringLiteral("resourceName"), QStringLiteral("nodeSelector"),
                                  QStringLiteral("tolerations") }, tr("“gpu”"));
        field.gpu = { m_reader.path(gpu, "enabled"), m_reader.path(gpu, "count"),
                      m_reader.path(gpu, "resourceName"), m_reader.path(gpu, "nodeSelector"),
                      m_reader.path(gpu, "tolerations") };
        break;
    }
    default:
        break;
    }
}

void FieldParser::modes(const YAML::Node &node, Field &field, QStringList &appended)
{
    const YAML::Node modes = node["modes"];
    if (!modes) {
        m_reader.error(node, tr("databaseMode field “%1” has no “modes”").arg(field.id),
                       tr("list the modes, each with an id, a title and its own fields"));
        return;
    }
    if (!m_reader.expectList(modes, tr("“modes”")))
        return;
    if (++m_depth > 8) {
        m_reader.error(modes, tr("modes are nested too deeply"));
        return;
    }
    // Copies: `field` lives in m_out, which the mode fields appended below may move.
    const QString fieldId = field.id;
    const QString pageId = field.page;
    QList<DatabaseModeOption> options;
    for (const YAML::Node &mode : modes) {
        if (!m_reader.expectMap(mode, tr("a mode")))
            continue;
        m_reader.checkKeys(mode, { QStringLiteral("id"), QStringLiteral("title"),
                                   QStringLiteral("description"), QStringLiteral("test"),
                                   QStringLiteral("values"), QStringLiteral("fields") }, tr("a mode"));
        DatabaseModeOption option;
        option.id = m_reader.string(mode, "id", true);
        option.title = m_reader.string(mode, "title", true);
        option.description = m_reader.string(mode, "description");
        option.test = m_reader.string(mode, "test");
        option.values = m_reader.values(mode["values"]);
        for (const DatabaseModeOption &earlier : std::as_const(options)) {
            if (!option.id.isEmpty() && earlier.id == option.id)
                m_reader.error(mode["id"], tr("mode “%1” is defined twice").arg(option.id));
        }
        const YAML::Node fields = mode["fields"];
        if (fields && m_reader.expectList(fields, tr("a mode's “fields”"))) {
            for (const YAML::Node &child : fields) {
                const QStringList ids = parse(child, pageId, fieldId, option.id);
                if (!ids.isEmpty())
                    option.fields.append(ids.first());
                appended += ids;
            }
        }
        options.append(option);
    }
    --m_depth;
    // `field` may have moved while children were appended.
    for (Field &f : m_out) {
        if (f.id == fieldId && f.type == FieldType::DatabaseMode && f.modes.isEmpty())
            f.modes = options;
    }
}

void FieldParser::generate(const YAML::Node &node, Field &field)
{
    const YAML::Node g = node["generate"];
    if (!g || !m_reader.expectMap(g, tr("“generate”")))
        return;
    m_reader.checkKeys(g, { QStringLiteral("length") }, tr("“generate”"));
    const std::optional<int> length = m_reader.integer(g, "length");
    field.generateLength = length.value_or(PasswordGenerator::DefaultLength);
    if (field.generateLength < PasswordGenerator::MinLength || field.generateLength > PasswordGenerator::MaxLength) {
        m_reader.error(g["length"], tr("a generated password has %1 to %2 characters")
                                        .arg(PasswordGenerator::MinLength).arg(PasswordGenerator::MaxLength));
        field.generateLength = PasswordGenerator::DefaultLength;
    }
    if (field.validation.maxLength && *field.validation.maxLength < field.generateLength)
        m_reader.error(g["length"], tr("the generated password is longer than “maxLength”"));
    if (field.validation.minLength && *field.validation.minLength > field.generateLength)
        m_reader.error(g["length"], tr("the generated password is shorter than “minLength”"));
}

void FieldParser::validation(const YAML::Node &node, Field &field)
{
    const YAML::Node v = node["validate"];
    if (!v || !m_reader.expectMap(v, tr("“validate”")))
        return;
    m_reader.checkKeys(v, { QStringLiteral("pattern"), QStringLiteral("message"),
                            QStringLiteral("min"), QStringLiteral("max"),
                            QStringLiteral("minLength"), QStringLiteral("maxLength"),
                            QStringLiteral("allowed") }, tr("“validate”"));
    FieldValidation &out = field.validation;
    out.pattern = m_reader.string(v, "pattern");
    out.message = m_reader.string(v, "message");
    if (!out.pattern.isEmpty()) {
        const QRegularExpression re(out.pattern);
        if (!re.isValid()) {
            YAML::Mark mark = v["pattern"].Mark();
            mark.column = DescriptorReader::textColumn(v["pattern"]) - 1 + int(re.patternErrorOffset());
            m_reader.error(mark, tr("“pattern” is not a valid regular expression: %1").arg(re.errorString()),
                           tr("patterns use Perl syntax; in single quotes a backslash needs no escaping"));
        }
    }
    out.min = m_reader.number(v, "min");
    out.max = m_reader.number(v, "max");
    if (out.min && out.max && *out.min > *out.max)
        m_reader.error(v["max"], tr("“max” is smaller than “min”"));
    out.minLength = m_reader.integer(v, "minLength");
    out.maxLength = m_reader.integer(v, "maxLength");
    if (out.minLength && out.maxLength && *out.minLength > *out.maxLength)
        m_reader.error(v["maxLength"], tr("“maxLength” is smaller than “minLength”"));
    if (const YAML::Node allowed = v["allowed"]; allowed && m_reader.expectList(allowed, tr("“allowed”"))) {
        for (const YAML::Node &item : allowed)
            out.allowed.append(YamlReader::fromNodeOrNull(item));
        if (out.allowed.isEmpty())
            m_reader.error(allowed, tr("“allowed” is empty"), tr("list at least one value, or remove it"));
    }
}

void FieldParser::defaultValue(const YAML::Node &node, Field &field)
{
    const YAML::Node d = node["default"];
    if (!d || d.IsNull())
        return;
    const Expected<ValueTree> value = YamlReader::fromNode(d);
    field.defaultValue = value ? FieldCodec::answerFromNode(field, value.value()) : QVariant();
    if (!field.defaultValue.isValid())
        m_reader.error(d, tr("the default does not fit a %1 field").arg(Field::typeName(field.type)),
                       tr("write the default as the answer itself, e.g. 3 for int, true for bool, "
                          "a mapping for keyValues"));
}

} // namespace Slipway
