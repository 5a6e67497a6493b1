#pragma once

#include <QString>
#include <QVariantMap>

namespace Slipway {

// What the administrator chose in the wizard — the input of the ValuesComposer, and what it
// recovers from a deployed release so Upgrade can prefill the wizard.
struct Answers
{
    QString environment; // an environment preset id; empty: the descriptor's default
    QString size; // a size preset id; empty: the descriptor's default
    QVariantMap fields; // field id → answer, typed as FieldCodec describes
    // Raw YAML applied after everything else, when the descriptor has no yaml field without a
    // path (with one, that field's answer is the raw overrides).
    QString overrides;

    bool operator==(const Answers &) const = default;
};

} // namespace Slipway
