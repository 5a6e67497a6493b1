// Any bytes as installer.yaml: parsing must end in a descriptor and a list of diagnostics, never a
// crash, a hang or an exception escaping the API. Whatever parses is composed once, so the
// conditions, paths and presets it holds are exercised too.

#include "product/AnswerValidator.h"
#include "product/DescriptorParser.h"
#include "product/ValuesComposer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Slipway;
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    Diagnostics errors;
    const Descriptor descriptor = DescriptorParser::parse(yaml, QStringLiteral("installer.yaml"), &errors);
    for (const Diagnostic &d : std::as_const(errors))
        (void)d.toString();
    if (!errors.isEmpty())
        return 0;
    const ValuesComposer composer(ValueTree::map(), descriptor);
    const Composition composition = composer.compose(Answers());
    (void)composition.valuesYaml();
    (void)composer.answersFrom(composition.values);
    (void)AnswerValidator(composer).validate(Answers());
    return 0;
}
