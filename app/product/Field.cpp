#include "Field.h"

namespace Slipway {

namespace {

struct TypeName
{
    FieldType type;
    const char *name;
};

constexpr TypeName Names[] = {
    { FieldType::String, "string" }, { FieldType::Secret, "secret" }, { FieldType::Text, "text" },
    { FieldType::Int, "int" }, { FieldType::Number, "number" }, { FieldType::Bool, "bool" },
    { FieldType::Enum, "enum" }, { FieldType::Quantity, "quantity" },
    { FieldType::Hostname, "hostname" }, { FieldType::HostPort, "hostPort" },
    { FieldType::Url, "url" }, { FieldType::Email, "email" }, { FieldType::Pem, "pem" },
    { FieldType::StorageClass, "storageClass" }, { FieldType::KeyValues, "keyValues" },
    { FieldType::Tolerations, "tolerations" }, { FieldType::ResourceProfiles, "resourceProfiles" },
    { FieldType::DatabaseMode, "databaseMode" }, { FieldType::Gpu, "gpu" },
    { FieldType::Yaml, "yaml" }, { FieldType::SecretRef, "secretRef" },
    { FieldType::SecretName, "secretName" },
    { FieldType::Image, "image" }, { FieldType::StringList, "stringList" },
    { FieldType::MultiSelect, "multiSelect" },
};

} // namespace

QString Field::typeName(FieldType type)
{
    for (const TypeName &entry : Names) {
        if (entry.type == type)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<FieldType> Field::typeFromName(const QString &name)
{
    for (const TypeName &entry : Names) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

QStringList Field::typeNames()
{
    QStringList names;
    for (const TypeName &entry : Names)
        names.append(QLatin1String(entry.name));
    return names;
}

} // namespace Slipway
