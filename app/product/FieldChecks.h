#pragma once

#include "ClusterFacts.h"
#include "Field.h"
#include "core/Quantity.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Slipway {

// The type rules of each field type, on a non-empty answer: the problems, as sentences.
// Private to the library; AnswerValidator adds who and where.
class FieldChecks
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::FieldChecks)

public:
    static QStringList typeProblems(const Field &field, const QVariant &answer, const ClusterFacts *facts);
    static QStringList ruleProblems(const Field &field, const QVariant &answer);
    // What may be wrong but need not be: a secretRef or secretName to a Secret or key the
    // namespace does not have (yet).
    static QStringList typeWarnings(const Field &field, const QVariant &answer, const ClusterFacts *facts);

    static bool isHostname(const QString &text);
    static bool isIpAddress(const QString &text);
    static bool isLabelKey(const QString &text);
    static bool isLabelValue(const QString &text);
    static bool isDns1123Subdomain(const QString &text);
    static bool isSecretKey(const QString &text);
    // A quantity as an answer holds it: blanks around it do not count, and its number needs a
    // digit, because "Gi" or "e3" alone are typos here although apimachinery reads them as zero.
    static std::optional<Quantity> readQuantity(const QString &text);

private:
    static QStringList quantityProblems(QuantityKind kind, const QString &text);
    static QStringList tolerationProblems(const QVariant &answer);
    static QStringList gpuProblems(const QVariantMap &gpu, const ClusterFacts *facts);
};

} // namespace Slipway
