#include "AnswerValidator.h"

#include "FieldChecks.h"

namespace Slipway {

namespace {

bool isEmptyAnswer(const QVariant &answer)
{
    switch (answer.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return true;
    case QMetaType::QVariantMap:
        return answer.toMap().isEmpty();
    case QMetaType::QVariantList:
        return answer.toList().isEmpty();
    case QMetaType::QString:
        return answer.toString().trimmed().isEmpty();
    default:
        return false;
    }
}

void walkResources(const ValueTree &node, const ValuesPath &path, const std::function<void(const ValuesPath &, const ValueTree &)> &visit)
{
    if (!node.isMap())
        return;
    const ValueTree *requests = node.value(QStringLiteral("requests"));
    const ValueTree *limits = node.value(QStringLiteral("limits"));
    if (requests && limits && requests->isMap() && limits->isMap())
        visit(path, node);
    for (const ValueTree::Entry &entry : node.entries())
        walkResources(entry.value, path.child(entry.key), visit);
}

} // namespace

AnswerValidator::AnswerValidator(const ValuesComposer &composer)
    : m_composer(composer)
{ }

Issues AnswerValidator::validateField(const Field &field, const QVariant &answer,
                                      const ClusterFacts *facts) const
{
    const QString name = field.label.isEmpty() ? field.id : field.label;
    const QString path = field.path.toString();
    if (isEmptyAnswer(answer)) {
        // Left empty, a password with `generate:` is generated when the values are composed.
        if (field.required && field.generateLength == 0)
            return { { Issue::Severity::Error, field.id, tr("%1 is required").arg(name), path } };
        return {};
    }
    Issues out;
    QStringList problems = FieldChecks::typeProblems(field, answer, facts);
    if (problems.isEmpty())
        problems = FieldChecks::ruleProblems(field, answer);
    for (const QString &problem : std::as_const(problems))
        out.append({ Issue::Severity::Error, field.id, tr("%1: %2").arg(name, problem), path });
    if (problems.isEmpty()) {
        for (const QString &doubt : FieldChecks::typeWarnings(field, answer, facts))
            out.append({ Issue::Severity::Warning, field.id, tr("%1: %2").arg(name, doubt), path });
    }
    return out;
}

Issues AnswerValidator::checkRequestsWithinLimits(const ValueTree &values) const
{
    Issues out;
    walkResources(values, {}, [&](const ValuesPath &path, const ValueTree &resources) {
        const ValueTree &requests = *resources.value(QStringLiteral("requests"));
        const ValueTree &limits = *resources.value(QStringLiteral("limits"));
        for (const ValueTree::Entry &request : requests.entries()) {
            const ValueTree *limit = limits.value(request.key);
            const auto asked = FieldChecks::readQuantity(request.value.toString());
            const auto allowed = limit ? FieldChecks::readQuantity(limit->toString()) : std::nullopt;
            if (!asked || !allowed || *asked <= *allowed)
                continue;
            const ValuesPath requestPath = path.child(QStringLiteral("requests")).child(request.key);
            const Field *field = m_composer.descriptor().fieldForPath(requestPath);
            out.append({ Issue::Severity::Error, field ? field->id : QString(),
                         tr("%1: the %2 request %3 is above its limit %4")
                             .arg(path.toString(), request.key, request.value.toString(), limit->toString()),
                         requestPath.toString() });
        }
    });
    return out;
}

Issues AnswerValidator::checkDescriptorChecks(const Answers &answers) const
{
    Issues out;
    const Descriptor &descriptor = m_composer.descriptor();
    for (const DescriptorCheck &check : descriptor.checks) {
        if (!m_composer.holds(check.when, answers))
            continue;
        for (const QString &id : check.fields) {
            const Field *field = descriptor.field(id);
            out.append({ check.warning ? Issue::Severity::Warning : Issue::Severity::Error, id,
                         check.message, field ? field->path.toString() : QString() });
        }
    }
    return out;
}

Issues AnswerValidator::validate(const Answers &answers, const ClusterFacts *facts) const
{
    Issues out;
    for (const Field &field : m_composer.descriptor().fields) {
        if (!m_composer.isActive(field, answers))
            continue;
        // A field left unanswered keeps the chart's value; that value must pass too.
        out += validateField(field, m_composer.effectiveAnswer(field, answers), facts);
    }
    const Composition composition = m_composer.compose(answers);
    out += composition.issues;
    out += checkRequestsWithinLimits(composition.full);
    out += checkDescriptorChecks(answers);
    return out;
}

} // namespace Slipway
