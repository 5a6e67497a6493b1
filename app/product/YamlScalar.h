#pragma once

#include "ValueTree.h"

namespace Slipway {

// How Helm reads an unquoted YAML scalar (go-yaml, YAML 1.1 rules: `yes` and `on` are booleans,
// `0x1f` and `0777` are integers), and how to write a string so it reads back as a string.
class YamlScalar
{
public:
    static ValueTree resolvePlain(const QString &text);
    // True when a string written bare would read back as something else, or not parse at all.
    static bool needsQuotes(const QString &text);
    static QString doubleQuoted(const QString &text);
};

} // namespace Slipway
