#pragma once

#include "ValueTree.h"
#include "core/Expected.h"

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
    // Every document of a multi-document stream (`---` between them), as helm template prints a
    // release's manifests; empty documents are left out. On failure returns nothing (the
    // stream is read as a whole) and appends the error, which names the line.
    static QList<ValueTree> parseDocuments(const QByteArray &yaml, const QString &fileName,
                                           Diagnostics *errors);
    // For callers that already hold a node. The Error (its `line` and `column` 1-based, its
    // `file` empty) says where the document is too large or too deep to be values.
    static Expected<ValueTree> fromNode(const YAML::Node &node);
    // fromNode's value, or null where it fails: for nodes whose problems are reported elsewhere.
    static ValueTree fromNodeOrNull(const YAML::Node &node);
    // Every key that appears twice in one mapping, anywhere under `node`, each reported at its
    // second occurrence naming the first. yaml-cpp keeps both and lookups find the first, so
    // without this the second block would be ignored silently; helm refuses such charts.
    static Diagnostics duplicateKeys(const YAML::Node &node, const QString &fileName);
};

} // namespace Slipway
