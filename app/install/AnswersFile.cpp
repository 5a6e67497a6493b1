#include "AnswersFile.h"

#include "core/Error.h"
#include "core/PrivateFile.h"
#include "product/FieldCodec.h"
#include "product/YamlReader.h"
#include "product/YamlWriter.h"

#include <QFile>

namespace Slipway {

Expected<Answers> AnswersFile::read(const QString &path, const Descriptor &descriptor)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot read the answers file: %1").arg(file.errorString()), path);
    return parse(file.readAll(), path, descriptor);
}

Expected<Answers> AnswersFile::parse(const QByteArray &yaml, const QString &fileName,
                                     const Descriptor &descriptor)
{
    Diagnostics errors;
    const ValueTree tree = YamlReader::parse(yaml, fileName, &errors);
    if (!errors.isEmpty())
        return Error(errors.first().toString());
    if (!tree.isMap() && !tree.isNull())
        return Error(tr("The answers file must be a map (environment, size, fields, overrides)."),
                     fileName);
    Answers answers;
    for (const ValueTree::Entry &entry : tree.entries()) {
        if (entry.key == QLatin1String("environment")) {
            answers.environment = entry.value.toString();
        } else if (entry.key == QLatin1String("size")) {
            answers.size = entry.value.toString();
        } else if (entry.key == QLatin1String("overrides")) {
            answers.overrides = entry.value.toString();
        } else if (entry.key == QLatin1String("fields")) {
            for (const ValueTree::Entry &answer : entry.value.entries()) {
                const Field *field = descriptor.field(answer.key);
                if (!field)
                    return Error(tr("“%1” is not a field of this product's installer.")
                                     .arg(answer.key),
                                 fileName);
                answers.fields.insert(answer.key, FieldCodec::answerFromNode(*field, answer.value));
            }
        } else {
            return Error(tr("Unknown key “%1”: an answers file has environment, size, fields "
                            "and overrides.")
                             .arg(entry.key),
                         fileName);
        }
    }
    return answers;
}

QByteArray AnswersFile::serialize(const Answers &answers, const Descriptor &descriptor,
                                  bool includeSecrets)
{
    ValueTree file = ValueTree::map();
    if (!answers.environment.isEmpty())
        file.insert(QStringLiteral("environment"), ValueTree(answers.environment));
    if (!answers.size.isEmpty())
        file.insert(QStringLiteral("size"), ValueTree(answers.size));
    ValueTree fields = ValueTree::map();
    for (auto it = answers.fields.cbegin(); it != answers.fields.cend(); ++it) {
        const Field *field = descriptor.field(it.key());
        if (!field || (field->secret && !includeSecrets))
            continue;
        const ValueTree node = FieldCodec::nodeFromAnswer(*field, it.value());
        if (!node.isNull())
            fields.insert(it.key(), node);
    }
    file.insert(QStringLiteral("fields"), fields);
    if (!answers.overrides.isEmpty())
        file.insert(QStringLiteral("overrides"), ValueTree(answers.overrides));
    return YamlWriter::write(file);
}

Expected<void> AnswersFile::write(const QString &path, const Answers &answers,
                                  const Descriptor &descriptor, bool includeSecrets)
{
    return PrivateFile::write(path, serialize(answers, descriptor, includeSecrets));
}

} // namespace Slipway
