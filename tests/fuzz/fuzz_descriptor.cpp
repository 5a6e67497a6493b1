// Any bytes as installer.yaml: parsing must end in a descriptor and a list of diagnostics, never a
// crash, a hang or an exception escaping the API, and every diagnostic names the file and, where
// it has one, a line of the input. Whatever parses is composed once, so the conditions, paths and
// presets it holds are exercised too, and the values and secrets files composed read back as the
// values they were written from.

#include "FuzzTarget.h"

#include "product/AnswerValidator.h"
#include "product/DescriptorParser.h"
#include "product/FieldCodec.h"
#include "product/ValuesComposer.h"
#include "product/YamlReader.h"

using namespace Slipway;

namespace {

bool readsBackAs(const QByteArray &yaml, const ValueTree &values)
{
    Diagnostics errors;
    const ValueTree read = YamlReader::parse(yaml, QStringLiteral("values.yaml"), &errors);
    const auto empty = [](const ValueTree &tree) { return tree.isNull() || (tree.isMap() && tree.size() == 0); };
    return errors.isEmpty() && (read == values || (empty(read) && empty(values)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using SlipwayFuzz::require;
    const QString fileName = QStringLiteral("installer.yaml");
    const QByteArray yaml = SlipwayFuzz::bytes(data, size);
    Diagnostics errors;
    const Descriptor descriptor = DescriptorParser::parse(yaml, fileName, &errors);
    for (const Diagnostic &d : std::as_const(errors)) {
        (void)d.toString();
        require(!d.message.isEmpty() && d.file == fileName);
        require(d.line >= 0 && d.line <= SlipwayFuzz::lastLine(yaml));
    }
    if (!errors.isEmpty())
        return 0;
    const ValuesComposer composer(ValueTree::map(), descriptor);
    const Composition composition = composer.compose(Answers());
    require(readsBackAs(composition.valuesYaml(), composition.publicValues()));
    require(readsBackAs(composition.secretsYaml(), composition.secretValues()));
    // A generated password is read back as the answer, so an upgrade never generates another.
    const Answers deployed = composer.answersFrom(composition.values);
    for (const QString &id : composition.generated) {
        const Field *field = descriptor.field(id);
        require(field && field->generateLength > 0);
        const QVariant generated = FieldCodec::read(*field, composition.full);
        require(generated.toString().size() == field->generateLength);
        require(!deployed.fields.contains(id) || deployed.fields.value(id) == generated
                || !composer.isActive(*field, deployed));
    }
    (void)AnswerValidator(composer).validate(Answers());
    return 0;
}
