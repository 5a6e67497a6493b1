#pragma once

#include "Answers.h"
#include "Chart.h"
#include "Composition.h"
#include "Descriptor.h"

#include <QCoreApplication>

namespace Slipway {

// Answers ⇄ values. Layers, each over the one before: chart defaults < environment preset <
// size preset < answers (with the chosen database modes' overlays) < raw YAML overrides.
class ValuesComposer
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ValuesComposer)

public:
    ValuesComposer(ValueTree chartDefaults, Descriptor descriptor);
    explicit ValuesComposer(const Chart &chart);

    // A secret field with `generate:` and an empty answer gets a new random password each
    // time: Composition::generated names those fields.
    Composition compose(const Answers &answers) const;

    // A deployed release's values (the user-supplied ones, or all of them) → the answers that
    // compose them again. Values no field covers come back as raw overrides, never dropped.
    Answers answersFrom(const ValueTree &deployedValues) const;

    // Whether a field is asked: its page's and its own `when` hold, and for a mode's field, its
    // databaseMode field is asked and set to that mode.
    bool isActive(const Field &field, const Answers &answers) const;
    // The answer given, else the descriptor's default, else what the preset layers hold (not
    // for a field with `generate:`, which is empty until generated).
    QVariant effectiveAnswer(const Field &field, const Answers &answers) const;

    // Whether the wizard shows a page: its `when` holds and it has `info:` or an asked field.
    bool isPageShown(const DescriptorPage &page, const Answers &answers) const;
    // Whether a condition holds for these answers, as `when` is evaluated.
    bool holds(const Condition &condition, const Answers &answers) const;

    const Descriptor &descriptor() const { return m_descriptor; }
    const ValueTree &defaults() const { return m_defaults; }

private:
    ValueTree presetLayers(const Answers &answers, Composition *composition) const;
    bool isActive(const Field &field, const Answers &answers, const ValueTree &base, int depth) const;
    QVariant effectiveAnswer(const Field &field, const Answers &answers, const ValueTree &base) const;
    Condition::Lookup lookup(const Answers &answers, const ValueTree &base) const;
    QString bestPreset(const QList<Preset> &presets, const ValueTree &values,
                       const QList<ValuesPath> &laterPaths) const;
    const Field *rawOverridesField() const;

    ValueTree m_defaults;
    Descriptor m_descriptor;
};

} // namespace Slipway
