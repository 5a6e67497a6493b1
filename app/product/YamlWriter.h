#pragma once

#include "ValueTree.h"

#include <functional>

namespace Slipway {

// A ValueTree as block-style YAML that Helm reads back to the same tree: strings that would
// read as something else are quoted, multi-line strings become literal blocks, and a comment
// can stand above any key (the composer names the field a value came from there).
class YamlWriter
{
public:
    using CommentFor = std::function<QString(const ValuesPath &)>;

    // A map is written as a document; anything else as a single node.
    static QByteArray write(const ValueTree &tree, const CommentFor &comment = {});
    static QString scalar(const ValueTree &value);
};

} // namespace Slipway
