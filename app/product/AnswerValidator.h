#pragma once

#include "ClusterFacts.h"
#include "Issue.h"
#include "ValuesComposer.h"

#include <QCoreApplication>

namespace Slipway {

// Checks answers before anything is written: each asked field on its own (required, type,
// pattern, range, length, allowed values, quantity syntax), then across fields on the composed
// values (requests ≤ limits in every resources block and profile; GPUs a node can actually give),
// and the descriptor's own `checks:`.
class AnswerValidator
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::AnswerValidator)

public:
    explicit AnswerValidator(const ValuesComposer &composer);

    // Issues for the fields asked with these answers, and for the values they compose.
    Issues validate(const Answers &answers, const ClusterFacts *facts = nullptr) const;
    Issues validateField(const Field &field, const QVariant &answer,
                         const ClusterFacts *facts = nullptr) const;
    // The descriptor's `checks:` whose condition holds: one issue per field each names.
    Issues checkDescriptorChecks(const Answers &answers) const;
    // Every map with `requests` and `limits` below `values` (paths relative to it).
    Issues checkRequestsWithinLimits(const ValueTree &values) const;

private:
    const ValuesComposer &m_composer;
};

} // namespace Slipway
