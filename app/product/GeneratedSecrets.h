#pragma once

#include "Answers.h"
#include "ValuesComposer.h"

namespace Slipway {

// Generated passwords across upgrades: a secret field with `generate:` left empty gets a new
// password each time values are composed, so an upgrade composed from an answers file that does
// not hold it must take the deployed one instead. ValuesComposer::answersFrom does this for the
// wizard (every deployed answer is read back); a caller composing new answers for an existing
// release (`--answers` on upgrade) passes them through keepDeployed() first.
class GeneratedSecrets
{
public:
    // `answers` with each empty answer of a `generate:` field replaced by the value the release
    // has deployed (its user-supplied values over the chart's defaults, as answersFrom reads them).
    static Answers keepDeployed(const ValuesComposer &composer, const Answers &answers,
                                const ValueTree &deployedValues);
};

} // namespace Slipway
