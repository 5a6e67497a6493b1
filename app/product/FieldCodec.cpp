#include "FieldCodec.h"

#include "ImageParts.h"
#include "YamlReader.h"
#include "YamlWriter.h"

namespace Slipway {

namespace {

const QStringList TolerationKeys = { QStringLiteral("key"), QStringLiteral("operator"),
    QStringLiteral("value"), QStringLiteral("effect"), QStringLiteral("tolerationSeconds") };

QVariantMap stringMap(const ValueTree &node, bool *ok)
{
    QVariantMap out;
    *ok = node.isNull() || node.isMap();
    for (const ValueTree::Entry &entry : node.entries()) {
        if (!entry.value.isScalar() || entry.value.isNull())
            *ok = false;
        out.insert(entry.key, entry.value.toString());
    }
    return out;
}

ValueTree stringMapNode(const QVariant &answer)
{
    ValueTree node = ValueTree::map();
    const QVariantMap map = answer.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        node.insert(it.key(), it.value().toString());
    return node;
}

QVariant tolerationsFromNode(const ValueTree &node)
{
    if (!node.isNull() && !node.isList())
        return {};
    QVariantList out;
    for (const ValueTree &item : node.items()) {
        if (!item.isMap())
            return {};
        // A key Kubernetes does not know (a typo such as "efect") or a value that is not a
        // scalar makes the answer invalid, so the validator names it, instead of a toleration
        // that silently lost it.
        for (const ValueTree::Entry &entry : item.entries()) {
            if (!TolerationKeys.contains(entry.key) || entry.value.isMap() || entry.value.isList())
                return {};
        }
        QVariantMap toleration;
        for (const QString &key : TolerationKeys) {
            const ValueTree *value = item.value(key);
            if (!value || value->isNull())
                continue;
            if (key == QLatin1String("tolerationSeconds")) {
                if (value->type() != ValueTree::Type::Int)
                    return {};
                toleration.insert(key, value->toInt());
            } else {
                toleration.insert(key, value->toString());
            }
        }
        out.append(toleration);
    }
    return out;
}

ValueTree tolerationsNode(const QVariant &answer)
{
    ValueTree node = ValueTree::list();
    const QVariantList items = answer.toList();
    for (const QVariant &item : items) {
        const QVariantMap toleration = item.toMap();
        ValueTree entry = ValueTree::map();
        for (const QString &key : TolerationKeys) {
            const QVariant value = toleration.value(key);
            if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
                continue;
            if (key == QLatin1String("tolerationSeconds"))
                entry.insert(key, value.toLongLong());
            else
                entry.insert(key, value.toString());
        }
        node.append(entry);
    }
    return node;
}

QVariant profilesFromNode(const ValueTree &node)
{
    if (!node.isMap())
        return {};
    QVariantMap out;
    for (const ValueTree::Entry &profile : node.entries()) {
        if (!profile.value.isMap())
            return {};
        QVariantMap parts;
        for (const ValueTree::Entry &part : profile.value.entries()) {
            bool ok = false;
            parts.insert(part.key, stringMap(part.value, &ok));
            if (!ok || !part.value.isMap())
                return {};
        }
        out.insert(profile.key, parts);
    }
    return out;
}

ValueTree profilesNode(const Field &field, const QVariant &answer)
{
    const QVariantMap map = answer.toMap();
    QStringList order = field.profiles;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    ValueTree node = ValueTree::map();
    for (const QString &profile : std::as_const(order)) {
        if (!map.contains(profile))
            continue;
        const QVariantMap parts = map.value(profile).toMap();
        ValueTree profileNode = ValueTree::map();
        // requests before limits, as Kubernetes writes them.
        QStringList partOrder = { QStringLiteral("requests"), QStringLiteral("limits") };
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            if (!partOrder.contains(it.key()))
                partOrder.append(it.key());
        }
        for (const QString &part : std::as_const(partOrder)) {
            if (parts.contains(part))
                profileNode.insert(part, stringMapNode(parts.value(part)));
        }
        node.insert(profile, profileNode);
    }
    return node;
}

QVariant gpuFromNode(const ValueTree &node)
{
    if (!node.isMap())
        return {};
    QVariantMap out;
    if (const ValueTree *v = node.value(QStringLiteral("enabled")); v && !v->isNull()) {
        if (v->type() != ValueTree::Type::Bool)
            return {};
        out.insert(QStringLiteral("enabled"), v->toBool());
    }
    if (const ValueTree *v = node.value(QStringLiteral("count")); v && !v->isNull()) {
        if (v->type() != ValueTree::Type::Int)
            return {};
        out.insert(QStringLiteral("count"), v->toInt());
    }
    if (const ValueTree *v = node.value(QStringLiteral("resourceName")); v && !v->isNull())
        out.insert(QStringLiteral("resourceName"), v->toString());
    if (const ValueTree *v = node.value(QStringLiteral("nodeSelector")); v) {
        bool ok = false;
        out.insert(QStringLiteral("nodeSelector"), stringMap(*v, &ok));
        if (!ok)
            return {};
    }
    if (const ValueTree *v = node.value(QStringLiteral("tolerations")); v) {
        const QVariant tolerations = tolerationsFromNode(*v);
        if (!tolerations.isValid())
            return {};
        out.insert(QStringLiteral("tolerations"), tolerations);
    }
    return out;
}

QList<std::pair<QString, ValuesPath>> gpuParts(const Field &field)
{
    return { { QStringLiteral("enabled"), field.gpu.enabled },
             { QStringLiteral("count"), field.gpu.count },
             { QStringLiteral("resourceName"), field.gpu.resourceName },
             { QStringLiteral("nodeSelector"), field.gpu.nodeSelector },
             { QStringLiteral("tolerations"), field.gpu.tolerations } };
}

QList<std::pair<QString, ValuesPath>> imageParts(const Field &field)
{
    return { { QStringLiteral("registry"), field.image.registry },
             { QStringLiteral("repository"), field.image.repository },
             { QStringLiteral("tag"), field.image.tag },
             { QStringLiteral("digest"), field.image.digest } };
}

bool isList(const QVariant &answer)
{
    return answer.typeId() == QMetaType::QVariantList || answer.typeId() == QMetaType::QStringList;
}

// A gpu field, and an image field with `image:`, write each part of the answer to its own path.
QList<std::pair<QString, ValuesPath>> pathsOfParts(const Field &field)
{
    if (field.type == FieldType::Gpu)
        return gpuParts(field);
    if (field.type == FieldType::Image && !field.image.isEmpty())
        return imageParts(field);
    return {};
}

QVariant imageFromNode(const ValueTree &node)
{
    if (!node.isMap())
        return {};
    ImageParts parts;
    const std::pair<const char *, QString *> keys[] = { { "registry", &parts.registry },
        { "repository", &parts.repository }, { "tag", &parts.tag }, { "digest", &parts.digest } };
    for (const auto &[key, part] : keys) {
        const ValueTree *value = node.value(QLatin1String(key));
        if (!value || value->isNull())
            continue;
        if (!value->isScalar())
            return {};
        *part = value->toString();
    }
    // A chart's "name" is its repository (charts write both).
    if (const ValueTree *name = node.value(QStringLiteral("name")); parts.repository.isEmpty() && name && name->isScalar())
        parts.repository = name->toString();
    if (parts.repository.isEmpty())
        return {};
    return parts.toString();
}

ValueTree imageNode(const QVariant &answer)
{
    const std::optional<ImageParts> parts = ImageParts::parse(answer.toString().trimmed());
    if (!parts)
        return answer.toString().isEmpty() ? ValueTree() : ValueTree(answer.toString());
    ValueTree node = ValueTree::map();
    node.insert(QStringLiteral("registry"), parts->registry);
    node.insert(QStringLiteral("repository"), parts->repository);
    node.insert(QStringLiteral("tag"), parts->tag);
    if (!parts->digest.isEmpty())
        node.insert(QStringLiteral("digest"), parts->digest);
    return node;
}

QVariant stringListFromNode(const ValueTree &node)
{
    if (!node.isNull() && !node.isList())
        return {};
    QVariantList out;
    for (const ValueTree &item : node.items()) {
        if (!item.isScalar() || item.isNull())
            return {};
        out.append(item.toString());
    }
    return out;
}

QVariant secretRefFromNode(const ValueTree &node)
{
    if (!node.isMap())
        return {};
    QVariantMap out;
    for (const ValueTree::Entry &entry : node.entries()) {
        if (entry.key != QLatin1String("name") && entry.key != QLatin1String("key"))
            return {};
        if (!entry.value.isScalar())
            return {};
        if (!entry.value.isNull())
            out.insert(entry.key, entry.value.toString());
    }
    return out;
}

} // namespace

QVariant FieldCodec::answerFromNode(const Field &field, const ValueTree &node)
{
    switch (field.type) {
    case FieldType::Int:
        if (node.type() == ValueTree::Type::Int)
            return node.toInt();
        if (node.type() == ValueTree::Type::Double && node.toDouble() == double(node.toInt()))
            return node.toInt();
        return {};
    case FieldType::Number:
        return node.isNumber() ? QVariant(node.toDouble()) : QVariant();
    case FieldType::Bool:
        return node.type() == ValueTree::Type::Bool ? QVariant(node.toBool()) : QVariant();
    case FieldType::KeyValues: {
        bool ok = false;
        const QVariantMap map = stringMap(node, &ok);
        return ok ? QVariant(map) : QVariant();
    }
    case FieldType::Tolerations:
        return tolerationsFromNode(node);
    case FieldType::ResourceProfiles:
        return profilesFromNode(node);
    case FieldType::Gpu:
        return gpuFromNode(node);
    case FieldType::Image:
        return imageFromNode(node);
    case FieldType::StringList:
        return stringListFromNode(node);
    case FieldType::MultiSelect:
        return stringListFromNode(node);
    case FieldType::SecretRef:
        return secretRefFromNode(node);
    case FieldType::Yaml:
        if (node.isNull())
            return {};
        return QString::fromUtf8(YamlWriter::write(node));
    default:
        if (node.isNull() || !node.isScalar())
            return {};
        return node.toString();
    }
}

ValueTree FieldCodec::nodeFromAnswer(const Field &field, const QVariant &answer)
{
    if (!answer.isValid() || answer.isNull())
        return {};
    bool ok = false;
    switch (field.type) {
    case FieldType::Int: {
        const qint64 value = answer.toLongLong(&ok);
        return ok ? ValueTree(value) : ValueTree();
    }
    case FieldType::Number: {
        const double value = answer.toDouble(&ok);
        return ok ? ValueTree(value) : ValueTree();
    }
    case FieldType::Bool:
        return answer.typeId() == QMetaType::Bool ? ValueTree(answer.toBool()) : ValueTree();
    case FieldType::KeyValues:
        return answer.canConvert<QVariantMap>() ? stringMapNode(answer) : ValueTree();
    case FieldType::Tolerations:
        return tolerationsNode(answer);
    case FieldType::ResourceProfiles:
        return profilesNode(field, answer);
    case FieldType::Gpu: {
        const QVariantMap map = answer.toMap();
        ValueTree node = ValueTree::map();
        if (map.contains(QStringLiteral("enabled")))
            node.insert(QStringLiteral("enabled"), map.value(QStringLiteral("enabled")).toBool());
        if (map.contains(QStringLiteral("count")))
            node.insert(QStringLiteral("count"), map.value(QStringLiteral("count")).toLongLong());
        if (map.contains(QStringLiteral("resourceName")))
            node.insert(QStringLiteral("resourceName"), map.value(QStringLiteral("resourceName")).toString());
        if (map.contains(QStringLiteral("nodeSelector")))
            node.insert(QStringLiteral("nodeSelector"), stringMapNode(map.value(QStringLiteral("nodeSelector"))));
        if (map.contains(QStringLiteral("tolerations")))
            node.insert(QStringLiteral("tolerations"), tolerationsNode(map.value(QStringLiteral("tolerations"))));
        return node;
    }
    case FieldType::Image:
        return imageNode(answer);
    case FieldType::StringList: {
        if (!isList(answer))
            return {};
        ValueTree node = ValueTree::list();
        const QVariantList items = answer.toList();
        for (const QVariant &item : items)
            node.append(ValueTree(item.toString()));
        return node;
    }
    case FieldType::MultiSelect: {
        if (!isList(answer))
            return {};
        // In the options' order, each option value typed as written.
        const QVariantList items = answer.toList();
        QStringList chosen;
        for (const QVariant &item : items)
            chosen.append(item.toString());
        ValueTree node = ValueTree::list();
        for (const EnumOption &option : field.options) {
            if (chosen.removeAll(option.value.toString()) > 0)
                node.append(option.value);
        }
        for (const QString &unknown : std::as_const(chosen))
            node.append(ValueTree(unknown)); // not an option: the validator names it
        return node;
    }
    case FieldType::SecretRef: {
        if (answer.typeId() != QMetaType::QVariantMap)
            return {};
        const QVariantMap map = answer.toMap();
        if (map.isEmpty())
            return {}; // no Secret chosen: nothing written
        ValueTree node = ValueTree::map();
        node.insert(QStringLiteral("name"), map.value(QStringLiteral("name")).toString());
        node.insert(QStringLiteral("key"), map.value(QStringLiteral("key")).toString());
        return node;
    }
    case FieldType::Yaml:
        return answer.toString().trimmed().isEmpty()
            ? ValueTree()
            : YamlReader::parseAny(answer.toString().toUtf8(), QString(), nullptr);
    case FieldType::Enum: {
        const QString text = answer.toString();
        for (const EnumOption &option : field.options) {
            if (option.value.toString() == text)
                return option.value;
        }
        return text;
    }
    default:
        return answer.toString();
    }
}

QVariant FieldCodec::read(const Field &field, const ValueTree &values)
{
    if (const auto parts = pathsOfParts(field); !parts.isEmpty()) {
        ValueTree node = ValueTree::map();
        for (const auto &[part, path] : parts) {
            if (const ValueTree *value = path.isEmpty() ? nullptr : values.at(path))
                node.insert(part, *value);
        }
        return answerFromNode(field, node);
    }
    if (field.path.isEmpty())
        return {};
    const ValueTree *node = values.at(field.path);
    return node ? answerFromNode(field, *node) : QVariant();
}

QList<ValuesPath> FieldCodec::write(const Field &field, const QVariant &answer, ValueTree &values)
{
    const ValueTree node = nodeFromAnswer(field, answer);
    if (node.isNull())
        return {};
    if (const auto parts = pathsOfParts(field); !parts.isEmpty()) {
        QList<ValuesPath> written;
        for (const auto &[part, path] : parts) {
            if (const ValueTree *value = node.value(part); value && !path.isEmpty()) {
                values.set(path, *value);
                written.append(path);
            }
        }
        return written;
    }
    if (field.path.isEmpty())
        return {};
    values.set(field.path, node);
    return { field.path };
}

QVariant FieldCodec::normalized(const Field &field, const QVariant &answer)
{
    return answerFromNode(field, nodeFromAnswer(field, answer));
}

} // namespace Slipway
