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
    // Exactly `text`, no newline added: the progress line rewrites itself with it.
    static void errRaw(const QString &text);

    static bool errIsTerminal();
    // Columns of the terminal stderr is on; else $COLUMNS, else 80.
    static int errWidth();
};

} // namespace Slipway
