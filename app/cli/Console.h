#pragma once

#include <QString>

namespace Slipway {

// Line output for the CLI. Written straight to the C streams so stdout and stderr interleave in
// the order they were written, which QTextStream's buffering would not guarantee.
class Console
{
public:
    static void out(const QString &line);
    static void err(const QString &line);
};

} // namespace Slipway
