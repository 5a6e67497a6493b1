#pragma once

#include "DiffHunk.h"

#include <QRegularExpression>
#include <QStringList>

namespace Slipway {

// A minimal line diff (Myers' O((N+M)·D) algorithm in linear space), as hunks for a diff view
// or as unified text (---/+++ header, @@ hunks). Empty when the texts are equal. Like git's
// function headers, a hunk can name where it is: the last line before it (in `before`) that
// matches `heading` — for a manifest, the "# Source: chart/templates/x.yaml" of the document
// it changes.
//
// Among equally small diffs it takes the one the LCS table it replaced took — a line kept as
// early as it can be, a removal before an addition — so diffs read as they did; only where
// equal lines repeat in a tangle (reordered runs) can it still pick another, as small.
class TextDiff
{
public:
    // Changes with up to `context` unchanged lines on each side. Two changes share a hunk when
    // fewer than 2·context unchanged lines separate them.
    static QList<DiffHunk> hunks(const QString &before, const QString &after, int context = 3,
                                 const QRegularExpression &heading = QRegularExpression());
    static QStringList unified(const QString &before, const QString &after,
                               const QString &beforeName, const QString &afterName,
                               const QRegularExpression &heading = QRegularExpression());
    // The unified text of hunks already computed; empty when there are none.
    static QStringList unified(const QList<DiffHunk> &hunks, const QString &beforeName,
                               const QString &afterName);
};

} // namespace Slipway
