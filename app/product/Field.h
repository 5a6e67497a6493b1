#pragma once

#include "Condition.h"
#include "ValueTree.h"
#include "ValuesPath.h"

#include <QStringList>
#include <QVariant>

#include <optional>

namespace Slipway {

// Every kind of question a descriptor can ask (app/README.md §5, charts/README.md).
enum class FieldType {
    String, Secret, Text, Int, Number, Bool, Enum, Quantity, Hostname, HostPort, Url, Email, Pem,
    StorageClass, KeyValues, Tolerations, ResourceProfiles, DatabaseMode, Gpu, Yaml,
    SecretRef, SecretName, Image, StringList, MultiSelect,
};

// What a quantity field measures; it decides the units accepted.
enum class QuantityKind { Any, Cpu, Memory, Storage };

struct FieldValidation
{
    QString pattern; // a regular expression the whole answer must match
    QString message; // shown instead of the generic text when the pattern does not match
    std::optional<double> min; // numbers: value; text: nothing
    std::optional<double> max;
    std::optional<int> minLength;
    std::optional<int> maxLength;
    QList<ValueTree> allowed; // the answer must be one of these
};

struct EnumOption
{
    ValueTree value; // typed as written, so `2` stays a number in the values
    QString title;
};

struct DatabaseModeOption
{
    QString id;
    QString title;
    QString description;
    QString test; // the kind of connection test this mode offers ("postgres", "redis", …)
    ValueTree values; // a values overlay applied when this mode is chosen
    QStringList fields; // ids of the fields this mode asks for
};

// Where each part of a GPU answer goes; an empty path is a part the chart does not have.
struct GpuPaths
{
    ValuesPath enabled;
    ValuesPath count;
    ValuesPath resourceName;
    ValuesPath nodeSelector;
    ValuesPath tolerations;
};

// Where each part of an image answer goes (`image:`); without them the field's `path` takes a
// {registry, repository, tag, digest} mapping. An empty path is a part the chart does not have.
struct ImagePaths
{
    ValuesPath registry;
    ValuesPath repository;
    ValuesPath tag;
    ValuesPath digest;

    bool isEmpty() const { return registry.isEmpty() && repository.isEmpty() && tag.isEmpty() && digest.isEmpty(); }
};

// One question of the wizard, bound to a values path. Fields of a databaseMode's modes are
// fields like any other, with `parentField` / `parentMode` saying when they apply.
struct Field
{
    QString id;
    FieldType type = FieldType::String;
    QString label;
    QString help;
    QString placeholder;
    ValuesPath path; // empty for a gpu field and for the raw-overrides yaml field
    QVariant defaultValue; // an answer, as answers are typed (see FieldCodec)
    bool required = false;
    bool secret = false; // kept out of the values file, never logged
    FieldValidation validation;
    Condition when;
    QString page;
    QString parentField;
    QString parentMode;

    QList<EnumOption> options; // enum, multiSelect
    QuantityKind quantity = QuantityKind::Any; // quantity
    QStringList profiles; // resourceProfiles: the profiles offered, in order
    QList<DatabaseModeOption> modes; // databaseMode
    GpuPaths gpu; // gpu
    ImagePaths image; // image
    // secret: when the answer is empty, a random password of this many characters is generated
    // (PasswordGenerator) as the answer; 0: nothing is generated.
    int generateLength = 0;
    // secretName: the keys the Secret must hold (`keys:`); a Secret the namespace has without
    // one of them is a warning naming it.
    QStringList secretKeys;

    int line = 0; // where the descriptor declares it
    int column = 0;
    int whenLine = 0; // where the text of `when` starts
    int whenColumn = 0;

    // A yaml field without a path edits the raw overrides applied after everything else.
    bool isRawOverrides() const { return type == FieldType::Yaml && path.isEmpty(); }
    static QString typeName(FieldType type);
    static std::optional<FieldType> typeFromName(const QString &name);
    static QStringList typeNames();
};

} // namespace Slipway
