#include "GeneratedSecrets.h"

#include "FieldCodec.h"

namespace Slipway {

Answers GeneratedSecrets::keepDeployed(const ValuesComposer &composer, const Answers &answers,
                                       const ValueTree &deployedValues)
{
    ValueTree deployed = composer.defaults();
    deployed.merge(deployedValues);
    Answers out = answers;
    for (const Field &field : composer.descriptor().fields) {
        if (field.generateLength == 0 || !out.fields.value(field.id).toString().isEmpty())
            continue;
        const QVariant kept = FieldCodec::read(field, deployed);
        if (!kept.toString().isEmpty())
            out.fields.insert(field.id, kept);
    }
    return out;
}

} // namespace Slipway
