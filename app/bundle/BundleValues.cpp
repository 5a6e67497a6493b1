#include "BundleValues.h"

#include "product/Descriptor.h"
#include "product/YamlReader.h"

namespace Slipway {

Expected<BundleValues::Composed> BundleValues::compose(const QList<QByteArray> &files, const Descriptor *descriptor,
                                                      bool includeSecrets)
{
    Composed out;
    out.values = ValueTree::map();
    for (const QByteArray &file : files) {
        Diagnostics errors;
        const ValueTree tree = YamlReader::parse(file, QStringLiteral("values"), &errors);
        if (!errors.isEmpty())
            return errors.first();
        out.values.merge(tree);
    }
    out.containsSecrets = includeSecrets;
    if (!descriptor)
        return out;
    bool any = false;
    for (const Field &field : descriptor->fields) {
        if (!field.secret || field.path.isEmpty() || !out.values.at(field.path))
            continue;
        any = true;
        if (!includeSecrets) {
            out.values.erase(field.path);
            out.redacted.append(field.path.toString());
        }
    }
    out.containsSecrets = includeSecrets && any;
    return out;
}

} // namespace Slipway
