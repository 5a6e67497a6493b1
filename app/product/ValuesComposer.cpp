#include "ValuesComposer.h"

#include "FieldCodec.h"
#include "PasswordGenerator.h"
#include "YamlReader.h"
#include "YamlWriter.h"

namespace Slipway {

namespace {

// Later layers own what they write: earlier origins at or below the path no longer apply.
void setOrigin(Composition *composition, const ValuesPath &path, const QString &origin)
{
    auto &origins = composition->origins;
    origins.erase(std::remove_if(origins.begin(), origins.end(),
                                 [&](const auto &entry) { return entry.first.startsWith(path); }),
                  origins.end());
    origins.append({ path, origin });
}

void overlay(ValueTree &full, const ValueTree &values, const QString &origin, Composition *composition)
{
    if (values.size() == 0)
        return;
    full.merge(values);
    if (composition) {
        const QList<ValuesPath> leaves = values.leafPaths();
        for (const ValuesPath &leaf : leaves)
            setOrigin(composition, leaf, origin);
    }
}

} // namespace

ValuesComposer::ValuesComposer(ValueTree chartDefaults, Descriptor descriptor)
    : m_defaults(chartDefaults.isMap() ? std::move(chartDefaults) : ValueTree::map())
    , m_descriptor(std::move(descriptor))
{ }

ValuesComposer::ValuesComposer(const Chart &chart)
    : ValuesComposer(chart.defaults, chart.descriptor.value_or(Descriptor()))
{ }

const Field *ValuesComposer::rawOverridesField() const
{
    for (const Field &field : m_descriptor.fields) {
        if (field.isRawOverrides())
            return &field;
    }
    return nullptr;
}

ValueTree ValuesComposer::presetLayers(const Answers &answers, Composition *composition) const
{
    ValueTree full = m_defaults;
    if (const Preset *env = m_descriptor.environment(answers.environment))
        overlay(full, env->values, tr("environment preset “%1”").arg(env->title), composition);
    if (const Preset *size = m_descriptor.size(answers.size))
        overlay(full, size->values, tr("size preset “%1”").arg(size->title), composition);
    return full;
}

QVariant ValuesComposer::effectiveAnswer(const Field &field, const Answers &answers,
                                         const ValueTree &base) const
{
    if (answers.fields.contains(field.id))
        return answers.fields.value(field.id);
    if (field.defaultValue.isValid())
        return field.defaultValue;
    // A generated password never takes the chart's value (a well-known default) as its answer:
    // left empty, it is generated.
    if (field.generateLength > 0)
        return {};
    return FieldCodec::read(field, base);
}

QVariant ValuesComposer::effectiveAnswer(const Field &field, const Answers &answers) const
{
    return effectiveAnswer(field, answers, presetLayers(answers, nullptr));
}

Condition::Lookup ValuesComposer::lookup(const Answers &answers, const ValueTree &base) const
{
    return [this, &answers, &base](const QString &name) -> QVariant {
        if (const Field *field = m_descriptor.field(name))
            return effectiveAnswer(*field, answers, base);
        if (name == QLatin1String("environment")) {
            const Preset *env = m_descriptor.environment(answers.environment);
            return env ? env->id : answers.environment;
        }
        if (name == QLatin1String("size")) {
            const Preset *size = m_descriptor.size(answers.size);
            return size ? size->id : answers.size;
        }
        return {};
    };
}

bool ValuesComposer::isActive(const Field &field, const Answers &answers, const ValueTree &base,
                              int depth) const
{
    const Condition::Lookup find = lookup(answers, base);
    if (const DescriptorPage *page = m_descriptor.page(field.page); page && !page->when.evaluate(find))
        return false;
    if (!field.when.evaluate(find))
        return false;
    if (field.parentField.isEmpty())
        return true;
    const Field *parent = m_descriptor.field(field.parentField);
    if (!parent || depth > 16 || !isActive(*parent, answers, base, depth + 1))
        return false;
    return effectiveAnswer(*parent, answers, base).toString() == field.parentMode;
}

bool ValuesComposer::isPageShown(const DescriptorPage &page, const Answers &answers) const
{
    const ValueTree base = presetLayers(answers, nullptr);
    if (!page.when.evaluate(lookup(answers, base)))
        return false;
    if (!page.info.isEmpty())
        return true;
    return std::any_of(page.fields.cbegin(), page.fields.cend(), [&](const QString &id) {
        const Field *field = m_descriptor.field(id);
        return field && isActive(*field, answers, base, 0);
    });
}

bool ValuesComposer::holds(const Condition &condition, const Answers &answers) const
{
    const ValueTree base = presetLayers(answers, nullptr);
    return condition.evaluate(lookup(answers, base));
}

bool ValuesComposer::isActive(const Field &field, const Answers &answers) const
{
    return isActive(field, answers, presetLayers(answers, nullptr), 0);
}

Composition ValuesComposer::compose(const Answers &answers) const
{
    Composition out;
    const ValueTree base = presetLayers(answers, &out);
    ValueTree full = base;
    for (const Field &field : m_descriptor.fields) {
        if (field.isRawOverrides() || !isActive(field, answers, base, 0))
            continue;
        QVariant answer = answers.fields.contains(field.id) ? answers.fields.value(field.id)
                                                             : field.defaultValue;
        if (field.generateLength > 0 && answer.toString().isEmpty()) {
            answer = PasswordGenerator::generate(field.generateLength);
            out.generated.append(field.id);
        }
        const QString origin = field.label.isEmpty()
            ? field.id
            : tr("%1 (%2)").arg(field.label, field.id);
        const QList<ValuesPath> written = FieldCodec::write(field, answer, full);
        for (const ValuesPath &path : written)
            setOrigin(&out, path, origin);
        if (field.secret)
            out.secretPaths += written;
        if (field.type == FieldType::DatabaseMode) {
            for (const DatabaseModeOption &mode : field.modes) {
                if (mode.id == effectiveAnswer(field, answers, base).toString())
                    overlay(full, mode.values, tr("%1: %2").arg(origin, mode.title), &out);
            }
        }
    }
    const Field *rawField = rawOverridesField();
    const QString raw = rawField ? answers.fields.value(rawField->id).toString() : answers.overrides;
    if (!raw.trimmed().isEmpty()) {
        Diagnostics problems;
        const ValueTree overrides = YamlReader::parse(raw.toUtf8(), tr("raw overrides"), &problems);
        for (const Diagnostic &problem : std::as_const(problems))
            out.issues.append({ Issue::Severity::Error, rawField ? rawField->id : QString(),
                                problem.toString(), QString() });
        if (problems.isEmpty())
            overlay(full, overrides, tr("raw override"), &out);
    }
    out.values = full.diff(m_defaults);
    out.full = std::move(full);
    return out;
}

QString ValuesComposer::bestPreset(const QList<Preset> &presets, const ValueTree &values,
                                   const QList<ValuesPath> &laterPaths) const
{
    // The preset whose values the deployed values agree with most (held minus contradicted) wins;
    // among equals, the default. A later layer may have changed some of them, so holding all of
    // them is not required: whatever differs comes back as an answer or a raw override anyway.
    const Preset *best = nullptr;
    qsizetype bestScore = 0;
    for (const Preset &preset : presets) {
        const QList<ValuesPath> leaves = preset.values.size() == 0 ? QList<ValuesPath>()
                                                                   : preset.values.leafPaths();
        qsizetype score = 0;
        for (const ValuesPath &leaf : leaves) {
            const ValueTree *have = values.at(leaf);
            if (have && *have == *preset.values.at(leaf))
                ++score;
            else if (std::none_of(laterPaths.begin(), laterPaths.end(),
                                  [&](const ValuesPath &later) { return leaf.startsWith(later); }))
                --score;
        }
        if (score > bestScore || (score == bestScore && score > 0 && preset.isDefault)) {
            best = &preset;
            bestScore = score;
        }
    }
    if (best)
        return best->id;
    const Preset *fallback = m_descriptor.environments.isEmpty() && presets.isEmpty() ? nullptr
        : (&presets == &m_descriptor.environments ? m_descriptor.environment(QString())
                                                  : m_descriptor.size(QString()));
    return fallback ? fallback->id : QString();
}

Answers ValuesComposer::answersFrom(const ValueTree &deployedValues) const
{
    ValueTree full = m_defaults;
    full.merge(deployedValues);
    Answers answers;
    // A value a later layer writes may differ from a preset without contradicting it.
    QList<ValuesPath> fieldPaths;
    for (const Field &field : m_descriptor.fields)
        fieldPaths += { field.path, field.gpu.enabled, field.gpu.count, field.gpu.resourceName,
                        field.gpu.nodeSelector, field.gpu.tolerations };
    fieldPaths.removeAll(ValuesPath());
    QList<ValuesPath> sizePaths = fieldPaths;
    for (const Preset &size : m_descriptor.sizes)
        sizePaths += size.values.size() == 0 ? QList<ValuesPath>() : size.values.leafPaths();
    answers.environment = bestPreset(m_descriptor.environments, full, sizePaths);
    answers.size = bestPreset(m_descriptor.sizes, full, fieldPaths);
    for (const Field &field : m_descriptor.fields) {
        const QVariant answer = field.isRawOverrides() ? QVariant() : FieldCodec::read(field, full);
        if (answer.isValid())
            answers.fields.insert(field.id, answer);
    }
    // Only what the wizard asks is an answer; the rest returns below as overrides if it differs.
    const ValueTree base = presetLayers(answers, nullptr);
    Answers asked = answers;
    for (const Field &field : m_descriptor.fields) {
        if (!isActive(field, answers, base, 0))
            asked.fields.remove(field.id);
    }
    const ValueTree leftover = full.diff(compose(asked).full);
    if (leftover.size() > 0) {
        const QString text = QString::fromUtf8(YamlWriter::write(leftover));
        if (const Field *rawField = rawOverridesField())
            asked.fields.insert(rawField->id, text);
        else
            asked.overrides = text;
    }
    return asked;
}

} // namespace Slipway
