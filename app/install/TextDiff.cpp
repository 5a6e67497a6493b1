#include "TextDiff.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <vector>

namespace Slipway {

namespace {

constexpr int kUnifiedContext = 3;

// Myers' linear-space diff ("An O(ND) Difference Algorithm and Its Variations", §4b), without
// the heuristics that trade minimality for speed: find the middle snake of an optimal edit
// path by searching from both ends at once, then solve the two halves. Two vectors of one
// entry per diagonal are all it keeps, so memory stays O(N+M) however different the texts.
// Lines are numbers here (equal lines, equal numbers).
class MiddleSnakeDiff
{
public:
    MiddleSnakeDiff(const std::vector<int> &a, const std::vector<int> &b,
                    std::vector<char> *removed, std::vector<char> *added)
        : m_a(a)
        , m_b(b)
        , m_removed(*removed)
        , m_added(*added)
        , m_forward(a.size() + b.size() + 3)
        , m_backward(a.size() + b.size() + 3)
        , m_offset(int(b.size()) + 1)
    { }

    void compare(int xoff, int xlim, int yoff, int ylim)
    {
        while (xoff < xlim && yoff < ylim && m_a[size_t(xoff)] == m_b[size_t(yoff)]) {
            ++xoff;
            ++yoff;
        }
        while (xlim > xoff && ylim > yoff && m_a[size_t(xlim - 1)] == m_b[size_t(ylim - 1)]) {
            --xlim;
            --ylim;
        }
        if (xoff == xlim) {
            std::fill(m_added.begin() + yoff, m_added.begin() + ylim, char(1));
        } else if (yoff == ylim) {
            std::fill(m_removed.begin() + xoff, m_removed.begin() + xlim, char(1));
        } else {
            // Each half costs about half as much, so the recursion is O(log D) deep.
            const auto [xmid, ymid] = middle(xoff, xlim, yoff, ylim);
            compare(xoff, xmid, yoff, ymid);
            compare(xmid, xlim, ymid, ylim);
        }
    }

private:
    // A point on an optimal path from (xoff, yoff) to (xlim, ylim), about halfway in cost.
    // Diagonal k = x - y; fd[k] / bd[k] is the furthest x the forward / backward search has
    // reached on it.
    std::pair<int, int> middle(int xoff, int xlim, int yoff, int ylim)
    {
        int *fd = m_forward.data() + m_offset;
        int *bd = m_backward.data() + m_offset;
        const int dmin = xoff - ylim;
        const int dmax = xlim - yoff;
        const int fmid = xoff - yoff;
        const int bmid = xlim - ylim;
        const bool odd = ((fmid - bmid) & 1) != 0;
        int fmin = fmid;
        int fmax = fmid;
        int bmin = bmid;
        int bmax = bmid;
        fd[fmid] = xoff;
        bd[bmid] = xlim;
        for (;;) {
            fmin > dmin ? fd[--fmin - 1] = -1 : ++fmin;
            fmax < dmax ? fd[++fmax + 1] = -1 : --fmax;
            for (int d = fmax; d >= fmin; d -= 2) {
                int x = fd[d - 1] >= fd[d + 1] ? fd[d - 1] + 1 : fd[d + 1];
                int y = x - d;
                while (x < xlim && y < ylim && m_a[size_t(x)] == m_b[size_t(y)]) {
                    ++x;
                    ++y;
                }
                fd[d] = x;
                if (odd && bmin <= d && d <= bmax && bd[d] <= x)
                    return { x, y };
            }
            bmin > dmin ? bd[--bmin - 1] = INT_MAX : ++bmin;
            bmax < dmax ? bd[++bmax + 1] = INT_MAX : --bmax;
            for (int d = bmax; d >= bmin; d -= 2) {
                int x = bd[d - 1] < bd[d + 1] ? bd[d - 1] : bd[d + 1] - 1;
                int y = x - d;
                while (x > xoff && y > yoff && m_a[size_t(x - 1)] == m_b[size_t(y - 1)]) {
                    --x;
                    --y;
                }
                bd[d] = x;
                if (!odd && fmin <= d && d <= fmax && x <= fd[d])
                    return { x, y };
            }
        }
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    std::vector<char> &m_removed;
    std::vector<char> &m_added;
    std::vector<int> m_forward;
    std::vector<int> m_backward;
    int m_offset;
};

// Which lines of `a` are removed and which of `b` added, in a smallest edit.
struct Edit
{
    std::vector<char> removed;
    std::vector<char> added;
};

// Of the equally small edits, take the one the LCS table took before Myers replaced it (its
// diffs are in scripts and expectations). Walking from the top, that table kept a line as soon
// as it could, else removed one as soon as it could, else added one. Where this edit changes
// lines up to a kept line equal to the first of them, the first is kept instead and the later
// copy changes; where it adds lines before a kept line that later copies could stand in for,
// that line is removed first. Each is the same edit, slid.
void preferTheLcsTablesEdit(const std::vector<int> &a, const std::vector<int> &b, Edit *edit)
{
    std::vector<char> &removed = edit->removed;
    std::vector<char> &added = edit->added;
    const int n = int(a.size());
    const int m = int(b.size());
    int keptAfterA = 0; // a cursor on the first kept line of `a` at or after the walk
    int keptAfterB = 0;
    const auto nextKept = [](const std::vector<char> &changed, int from, int *cursor) {
        *cursor = std::max(*cursor, from);
        while (*cursor < int(changed.size()) && changed[size_t(*cursor)])
            ++*cursor;
        return *cursor;
    };
    // With an addition due at a kept line i, the table removed that line first if it could:
    // when the kept lines from i up to the next removals fit, in order, into the lines after i
    // up to the end of those removals, later copies take their place (as late as possible, as
    // the table would have it) and line i is removed.
    int cannotRemoveAt = -1; // remembered while the edit stays as it is
    std::vector<int> keep;
    const auto removeInstead = [&](int i) {
        if (i == cannotRemoveAt)
            return false;
        int start = i;
        while (start < n && !removed[size_t(start)])
            ++start;
        int end = start;
        while (end < n && removed[size_t(end)])
            ++end;
        keep.clear();
        for (int x = start - 1, p = end - 1; start < n && x >= i; --x, --p) {
            while (p > x && a[size_t(p)] != a[size_t(x)])
                --p;
            if (p <= x)
                break; // lines i..x would have to fit into fewer lines
            keep.push_back(p);
        }
        if (start == n || int(keep.size()) != start - i) {
            cannotRemoveAt = i;
            return false;
        }
        std::fill(removed.begin() + i, removed.begin() + end, char(1));
        for (const int p : keep)
            removed[size_t(p)] = 0;
        return true;
    };
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
        const bool rem = removed[size_t(i)];
        const bool add = added[size_t(j)];
        if (!rem && !add) {
            ++i;
            ++j;
            continue;
        }
        if (a[size_t(i)] != b[size_t(j)]) {
            if (rem) {
                ++i;
            } else if (removeInstead(i)) {
                cannotRemoveAt = -1;
            } else {
                ++j;
            }
            continue;
        }
        if (rem && add) {
            // Cannot happen after a minimal edit; keeping the pair is smaller still.
            removed[size_t(i)] = added[size_t(j)] = 0;
        } else if (rem) {
            const int later = nextKept(removed, i, &keptAfterA);
            removed[size_t(i)] = 0;
            removed[size_t(later)] = 1;
        } else {
            const int later = nextKept(added, j, &keptAfterB);
            added[size_t(j)] = 0;
            added[size_t(later)] = 1;
        }
        cannotRemoveAt = -1;
        ++i;
        ++j;
    }
}

Edit minimalEdit(const QList<QStringView> &before, const QList<QStringView> &after)
{
    const int n = int(before.size());
    const int m = int(after.size());
    QHash<QStringView, int> ids;
    ids.reserve(n + m);
    std::vector<int> a(static_cast<size_t>(n));
    std::vector<int> b(static_cast<size_t>(m));
    std::vector<int> countInA; // per id
    std::vector<int> countInB;
    const auto idOf = [&](QStringView line) {
        const auto it = ids.constFind(line);
        if (it != ids.constEnd())
            return it.value();
        countInA.push_back(0);
        countInB.push_back(0);
        return ids.insert(line, int(countInA.size()) - 1).value();
    };
    for (int i = 0; i < n; ++i)
        ++countInA[size_t(a[size_t(i)] = idOf(before[i]))];
    for (int j = 0; j < m; ++j)
        ++countInB[size_t(b[size_t(j)] = idOf(after[j]))];

    Edit edit { std::vector<char>(size_t(n), 0), std::vector<char>(size_t(m), 0) };
    // A line the other side lacks altogether can only be removed (or added): settled here, so
    // two texts with little in common cost next to nothing (GNU diff does the same). The
    // search runs on the rest, whose positions map its answer back.
    struct Shared
    {
        std::vector<int> lines;
        std::vector<int> positions;
        std::vector<char> changed;
    };
    const auto sharedOf = [](const std::vector<int> &lines, const std::vector<int> &countInOther,
                             std::vector<char> *changed) {
        Shared shared;
        for (int k = 0; k < int(lines.size()); ++k) {
            if (countInOther[size_t(lines[size_t(k)])] == 0) {
                (*changed)[size_t(k)] = 1;
            } else {
                shared.lines.push_back(lines[size_t(k)]);
                shared.positions.push_back(k);
            }
        }
        shared.changed.assign(shared.lines.size(), 0);
        return shared;
    };
    Shared sharedA = sharedOf(a, countInB, &edit.removed);
    Shared sharedB = sharedOf(b, countInA, &edit.added);
    MiddleSnakeDiff(sharedA.lines, sharedB.lines, &sharedA.changed, &sharedB.changed)
        .compare(0, int(sharedA.lines.size()), 0, int(sharedB.lines.size()));
    for (const auto &[shared, changed] : { std::pair(&sharedA, &edit.removed),
                                           std::pair(&sharedB, &edit.added) }) {
        for (size_t k = 0; k < shared->changed.size(); ++k)
            (*changed)[size_t(shared->positions[k])] = shared->changed[k];
    }

    preferTheLcsTablesEdit(a, b, &edit);
    return edit;
}

QList<QStringView> linesOf(const QString &text)
{
    return QStringView(text).split(QLatin1Char('\n'));
}

} // namespace

QList<DiffHunk> TextDiff::hunks(const QString &before, const QString &after, int context,
                                const QRegularExpression &heading)
{
    if (before == after)
        return {};
    context = std::max(0, context);
    const QList<QStringView> a = linesOf(before);
    const QList<QStringView> b = linesOf(after);
    const Edit edit = minimalEdit(a, b);

    // The whole edit as one sequence of kept, removed and added lines, removals first.
    struct Op
    {
        DiffLine::Kind kind;
        int i; // 0-based positions in a and b when the op happens
        int j;
    };
    std::vector<Op> ops;
    ops.reserve(size_t(a.size() + b.size()));
    for (int i = 0, j = 0; i < a.size() || j < b.size();) {
        if (i < a.size() && edit.removed[size_t(i)]) {
            ops.push_back({ DiffLine::Kind::Removed, i, j });
            ++i;
        } else if (j < b.size() && edit.added[size_t(j)]) {
            ops.push_back({ DiffLine::Kind::Added, i, j });
            ++j;
        } else {
            ops.push_back({ DiffLine::Kind::Context, i, j });
            ++i;
            ++j;
        }
    }

    const bool withHeadings = !heading.pattern().isEmpty();
    int headingScanned = 0; // lines of `a` searched for headings so far
    QString lastHeading;
    QList<DiffHunk> out;
    const int count = int(ops.size());
    const auto isChange = [&ops](int k) { return ops[size_t(k)].kind != DiffLine::Kind::Context; };
    // Changes closer than this (in unchanged lines between them, plus one) share a hunk.
    const int mergeDistance = std::max(2 * context, 1);
    int k = 0;
    while (k < count) {
        if (!isChange(k)) {
            ++k;
            continue;
        }
        const int start = std::max(0, k - context);
        int lastChange = k;
        for (int x = k; x < count && x - lastChange <= mergeDistance; ++x) {
            if (isChange(x))
                lastChange = x;
        }
        const int end = std::min(count, lastChange + context + 1);
        DiffHunk hunk;
        hunk.beforeStart = ops[size_t(start)].i + 1;
        hunk.afterStart = ops[size_t(start)].j + 1;
        for (int x = start; x < end; ++x) {
            const Op &op = ops[size_t(x)];
            DiffLine line { op.kind, 0, 0, {} };
            if (op.kind != DiffLine::Kind::Added) {
                line.beforeLine = op.i + 1;
                ++hunk.beforeCount;
            }
            if (op.kind != DiffLine::Kind::Removed) {
                line.afterLine = op.j + 1;
                ++hunk.afterCount;
            }
            line.text = (op.kind == DiffLine::Kind::Added ? b[op.j] : a[op.i]).toString();
            hunk.lines.append(std::move(line));
        }
        // As diff -u: a side the hunk does not cover starts at the line it follows.
        if (hunk.beforeCount == 0)
            --hunk.beforeStart;
        if (hunk.afterCount == 0)
            --hunk.afterStart;
        if (withHeadings) {
            const int above = std::min(ops[size_t(start)].i, int(a.size()));
            for (; headingScanned < above; ++headingScanned) {
                const QStringView line = a[headingScanned];
                if (heading.match(line).hasMatch())
                    lastHeading = line.toString();
            }
            hunk.heading = lastHeading;
        }
        out.append(std::move(hunk));
        k = end;
    }
    return out;
}

QStringList TextDiff::unified(const QString &before, const QString &after,
                              const QString &beforeName, const QString &afterName,
                              const QRegularExpression &heading)
{
    return unified(hunks(before, after, kUnifiedContext, heading), beforeName, afterName);
}

QStringList TextDiff::unified(const QList<DiffHunk> &hunks, const QString &beforeName,
                              const QString &afterName)
{
    if (hunks.isEmpty())
        return {};
    QStringList out { QStringLiteral("--- ") + beforeName, QStringLiteral("+++ ") + afterName };
    for (const DiffHunk &hunk : hunks) {
        out << QStringLiteral("@@ -%1,%2 +%3,%4 @@")
                       .arg(hunk.beforeStart)
                       .arg(hunk.beforeCount)
                       .arg(hunk.afterStart)
                       .arg(hunk.afterCount)
                + (hunk.heading.isEmpty() ? QString() : QLatin1Char(' ') + hunk.heading);
        for (const DiffLine &line : hunk.lines) {
            const QLatin1Char mark(line.kind == DiffLine::Kind::Context       ? ' '
                                       : line.kind == DiffLine::Kind::Removed ? '-'
                                                                               : '+');
            out << mark + line.text;
        }
    }
    return out;
}

} // namespace Slipway
