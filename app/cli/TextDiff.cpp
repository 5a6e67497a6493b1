#include "TextDiff.h"

#include <vector>

namespace Slipway {

namespace {

constexpr int kContext = 3;

struct Op
{
    char kind; // ' ', '-', '+'
    QString line;
    int oldLine;
    int newLine;
};

// Longest common subsequence over lines: release manifests are a few thousand lines at most.
std::vector<Op> edits(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j]
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    std::vector<Op> ops;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ops.push_back({ ' ', a[i], int(i), int(j) });
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            ops.push_back({ '-', a[i], int(i), int(j) });
            ++i;
        } else {
            ops.push_back({ '+', b[j], int(i), int(j) });
            ++j;
        }
    }
    return ops;
}

} // namespace

QStringList TextDiff::unified(const QString &before, const QString &after,
                              const QString &beforeName, const QString &afterName,
                              const QRegularExpression &heading)
{
    if (before == after)
        return {};
    const QStringList beforeLines = before.split(QLatin1Char('\n'));
    const std::vector<Op> ops = edits(beforeLines, after.split(QLatin1Char('\n')));
    const auto headingAbove = [&](int oldLine) -> QString {
        if (heading.pattern().isEmpty())
            return QString();
        for (int i = std::min(oldLine, int(beforeLines.size())) - 1; i >= 0; --i) {
            if (heading.match(beforeLines[i]).hasMatch())
                return QLatin1Char(' ') + beforeLines[i];
        }
        return QString();
    };
    QStringList out { QStringLiteral("--- ") + beforeName, QStringLiteral("+++ ") + afterName };
    const int count = int(ops.size());
    int k = 0;
    while (k < count) {
        if (ops[size_t(k)].kind == ' ') {
            ++k;
            continue;
        }
        // A hunk: from kContext lines before this change to kContext lines after the last
        // change that is at most 2*kContext lines further on.
        const int start = std::max(0, k - kContext);
        int end = k;
        int lastChange = k;
        while (end < count && end - lastChange <= 2 * kContext) {
            if (ops[size_t(end)].kind != ' ')
                lastChange = end;
            ++end;
        }
        end = std::min(count, lastChange + kContext + 1);
        int oldCount = 0;
        int newCount = 0;
        for (int x = start; x < end; ++x) {
            oldCount += ops[size_t(x)].kind != '+';
            newCount += ops[size_t(x)].kind != '-';
        }
        out << QStringLiteral("@@ -%1,%2 +%3,%4 @@")
                       .arg(ops[size_t(start)].oldLine + 1)
                       .arg(oldCount)
                       .arg(ops[size_t(start)].newLine + 1)
                       .arg(newCount)
                + headingAbove(ops[size_t(start)].oldLine);
        for (int x = start; x < end; ++x)
            out << QLatin1Char(ops[size_t(x)].kind) + ops[size_t(x)].line;
        k = end;
    }
    return out;
}

} // namespace Slipway
