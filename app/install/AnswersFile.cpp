#include "AnswersFile.h"

#include "core/Error.h"
#include "product/FieldCodec.h"
#include "product/YamlReader.h"

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

} // namespace Slipway
