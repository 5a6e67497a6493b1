#include "Descriptor.h"

namespace Slipway {

namespace {

const Preset *findPreset(const QList<Preset> &presets, const QString &id)
{
    for (const Preset &preset : presets) {
        if (id.isEmpty() ? preset.isDefault : preset.id == id)
            return &preset;
    }
    // Without a marked default, the first preset is the default.
    return id.isEmpty() && !presets.isEmpty() ? &presets.first() : nullptr;
}

} // namespace

const Field *Descriptor::field(const QString &id) const
{
    for (const Field &f : fields) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

const Field *Descriptor::fieldForPath(const ValuesPath &path) const
{
    const Field *above = nullptr;
    qsizetype aboveDepth = -1;
    const Field *below = nullptr;
    for (const Field &f : fields) {
        const QList<ValuesPath> paths = f.type == FieldType::Gpu
            ? QList<ValuesPath> { f.gpu.enabled, f.gpu.count, f.gpu.resourceName, f.gpu.nodeSelector, f.gpu.tolerations }
            : QList<ValuesPath> { f.path };
        for (const ValuesPath &p : paths) {
            if (p.isEmpty())
                continue;
            if (p == path)
                return &f;
            if (path.startsWith(p) && p.segments().size() > aboveDepth) {
                above = &f;
                aboveDepth = p.segments().size();
            } else if (!below && p.startsWith(path)) {
                below = &f;
            }
        }
    }
    return above ? above : below;
}

const DescriptorPage *Descriptor::page(const QString &id) const
{
    for (const DescriptorPage &p : pages) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Preset *Descriptor::environment(const QString &id) const
{
    return findPreset(environments, id);
}

const Preset *Descriptor::size(const QString &id) const
{
    return findPreset(sizes, id);
}

} // namespace Slipway
