#pragma once

#include <QList>
#include <QString>

namespace Slipway {

// One line of a diff as a diff view shows it: where it is on each side (1-based; 0 on the side
// it is not on) and what it says.
struct DiffLine
{
    enum class Kind { Context, Removed, Added };

    Kind kind = Kind::Context;
    int beforeLine = 0;
    int afterLine = 0;
    QString text;

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// A run of changes with the unchanged lines around them, as a unified diff's "@@" section. The
// starts and counts are the header's: the first line on each side and how many lines of that
// side the hunk covers — when a side covers none, its start is the line the hunk follows (0 at
// the top), as in `diff -u`, so a patch tool reads them alike. `heading` is the nearest line
// above the hunk (in the "before" text) that matched the heading pattern, empty when none did.
struct DiffHunk
{
    int beforeStart = 0;
    int beforeCount = 0;
    int afterStart = 0;
    int afterCount = 0;
    QString heading;
    QList<DiffLine> lines;

    friend bool operator==(const DiffHunk &, const DiffHunk &) = default;
};

} // namespace Slipway
