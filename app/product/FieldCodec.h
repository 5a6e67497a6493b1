#pragma once

#include "Field.h"
#include "ValueTree.h"

#include <QVariant>

namespace Slipway {

// Answers ⇄ values for every field type. An answer is typed by the field:
//   int → qint64; number → double; bool → bool;
//   keyValues → QVariantMap of strings;
//   tolerations → QVariantList of QVariantMap {key, operator, value, effect, tolerationSeconds};
//   resourceProfiles → QVariantMap profile → {requests: {cpu, memory}, limits: {cpu, memory}};
//   gpu → QVariantMap {enabled, count, resourceName, nodeSelector, tolerations};
//   secretRef → QVariantMap {name, key}; stringList, multiSelect → QVariantList of QString;
//   image → QString "[registry/]repository[:tag][@digest]" (ImageParts), written as the parts;
//   yaml → the YAML text of the subtree; every other type → QString.
// Answers → values → answers is the identity for every answer of its type (normalized()).
class FieldCodec
{
public:
    // The answer a values node stands for; invalid when the node cannot be one.
    static QVariant answerFromNode(const Field &field, const ValueTree &node);
    // The values node an answer stands for; null when the answer does not fit the type.
    static ValueTree nodeFromAnswer(const Field &field, const QVariant &answer);

    // From / to the field's place in a whole values tree (a gpu field has several places).
    static QVariant read(const Field &field, const ValueTree &values);
    // Returns the paths written, for the comments of the composed file.
    static QList<ValuesPath> write(const Field &field, const QVariant &answer, ValueTree &values);

    static QVariant normalized(const Field &field, const QVariant &answer);
};

} // namespace Slipway
