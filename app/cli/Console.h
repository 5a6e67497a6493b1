#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway {

// Line output for the CLI. Written straight to the C streams so stdout and stderr interleave in
// the order they were written, which QTextStream's buffering would not guarantee.
class Console
{
public:
    static void out(const QString &line);
    static void err(const QString &line);
    // A kubectl-style table on stdout: columns as wide as their widest cell, three spaces apart.
    static void table(const QList<QStringList> &rows);
    // Exactly `text`, no newline added: the progress line rewrites itself with it.
    static void errRaw(const QString &text);

    static bool errIsTerminal();
    // Columns of the terminal stderr is on; else $COLUMNS, else 80.
    static int errWidth();
};

} // namespace Slipway
