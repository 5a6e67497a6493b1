#pragma once

#include "ValueTree.h"
#include "core/Error.h"

#include <QCoreApplication>

namespace YAML {
class Node;
}

namespace Slipway {

// YAML text (values files, presets, raw overrides) to a ValueTree, resolving scalars the way
// Helm does. Errors name the file, line and column.
class YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::YamlReader)

public:
    // An empty document is an empty map. On failure returns null and appends to `errors`.
    static ValueTree parse(const QByteArray &yaml, const QString &fileName, Diagnostics *errors);
    // Any document — a map, a list or a single value; an empty one is null.
    static ValueTree parseAny(const QByteArray &yaml, const QString &fileName, Diagnostics *errors);
    // For callers that already hold a node; `error` is set (with the node's position in `line`
    // and `column`, 1-based) when the document is too large or too deep to be values.
    static ValueTree fromNode(const YAML::Node &node, QString *error, int *line, int *column);
};

} // namespace Slipway
