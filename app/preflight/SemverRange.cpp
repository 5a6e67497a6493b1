#include "SemverRange.h"

#include <QRegularExpression>

namespace Slipway {

namespace {

const QString kPart = QStringLiteral("[0-9xX*]+");
const QString kIdentifiers = QStringLiteral("[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*");

const QRegularExpression &versionPattern()
{
    // major, .minor, .patch, -prerelease, +build: each part after the first optional.
    static const QRegularExpression pattern(QStringLiteral("^v?(%1)(?:\\.(%1))?(?:\\.(%1))?(?:-(%2))?(?:\\+%2)?$")
                                                .arg(kPart, kIdentifiers));
    return pattern;
}

bool isWildcard(const QString &part)
{
    return part == QLatin1String("x") || part == QLatin1String("X") || part == QLatin1String("*");
}

bool isNumber(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

int comparePrerelease(const QString &a, const QString &b)
{
    if (a == b)
        return 0;
    if (a.isEmpty())
        return 1; // a release is above its pre-releases
    if (b.isEmpty())
        return -1;
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        const QString &l = left[i];
        const QString &r = right[i];
        if (l == r)
            continue;
        const bool ln = isNumber(l);
        const bool rn = isNumber(r);
        if (ln && rn) {
            const qulonglong lv = l.toULongLong();
            const qulonglong rv = r.toULongLong();
            return lv < rv ? -1 : 1;
        }
        if (ln != rn)
            return ln ? -1 : 1;
        return l < r ? -1 : 1;
    }
    return left.size() < right.size() ? -1 : (left.size() > right.size() ? 1 : 0);
}

const QStringList &operators()
{
    static const QStringList ops { QString(), QStringLiteral("="), QStringLiteral("!="),
                                   QStringLiteral(">"), QStringLiteral("<"), QStringLiteral(">="),
                                   QStringLiteral("=>"), QStringLiteral("<="), QStringLiteral("=<"),
                                   QStringLiteral("~"), QStringLiteral("~>"), QStringLiteral("^") };
    return ops;
}

} // namespace

std::optional<SemVersion> SemVersion::parse(QStringView text)
{
    const QRegularExpressionMatch m = versionPattern().match(text.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    SemVersion v;
    bool ok = true;
    qint64 *parts[] = { &v.major, &v.minor, &v.patch };
    for (int i = 0; i < 3; ++i) {
        const QString part = m.captured(i + 1);
        if (part.isEmpty())
            continue;
        bool partOk = false;
        *parts[i] = part.toLongLong(&partOk);
        ok = ok && partOk;
    }
    if (!ok)
        return std::nullopt;
    v.prerelease = m.captured(4);
    return v;
}

int SemVersion::compare(const SemVersion &other) const
{
    if (major != other.major)
        return major < other.major ? -1 : 1;
    if (minor != other.minor)
        return minor < other.minor ? -1 : 1;
    if (patch != other.patch)
        return patch < other.patch ? -1 : 1;
    return comparePrerelease(prerelease, other.prerelease);
}

QString SemVersion::toString() const
{
    QString text = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
    if (!prerelease.isEmpty())
        text += QLatin1Char('-') + prerelease;
    return text;
}

Expected<SemverRange> SemverRange::parse(const QString &text)
{
    SemverRange range;
    range.m_text = text;
    // "1.2 - 1.4.5" is ">= 1.2, <= 1.4.5".
    static const QRegularExpression hyphen(
        QStringLiteral("(v?%1(?:\\.%1){0,2}(?:-%2)?(?:\\+%2)?)\\s+-\\s+(v?%1(?:\\.%1){0,2}(?:-%2)?(?:\\+%2)?)")
            .arg(kPart, kIdentifiers));
    QString rewritten = text;
    rewritten.replace(hyphen, QStringLiteral(">= \\1, <= \\2"));

    static const QRegularExpression token(QStringLiteral("([=!<>~^]*)\\s*([^\\s,=!<>~^|]+)"));
    for (const QString &alternative : rewritten.split(QStringLiteral("||"))) {
        QList<Constraint> constraints;
        qsizetype pos = 0;
        const QString trimmed = alternative.trimmed();
        while (pos < trimmed.size()) {
            if (trimmed[pos].isSpace() || trimmed[pos] == QLatin1Char(',')) {
                ++pos;
                continue;
            }
            const QRegularExpressionMatch m
                = token.match(trimmed, pos, QRegularExpression::NormalMatch,
                              QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch())
                return Error { tr("“%1” is not a version constraint: “%2” is not understood")
                                   .arg(text, trimmed.mid(pos)) };
            const Expected<Constraint> c = parseConstraint(m.captured(1), m.captured(2), text);
            if (!c)
                return c.error();
            constraints.append(*c);
            pos = m.capturedEnd();
        }
        if (constraints.isEmpty()) {
            // An empty alternative accepts every release, as "*" does.
            const Expected<Constraint> any = parseConstraint(QString(), QStringLiteral("*"), text);
            constraints.append(*any);
        }
        range.m_alternatives.append(constraints);
    }
    return range;
}

Expected<SemverRange::Constraint> SemverRange::parseConstraint(const QString &op,
                                                               const QString &version,
                                                               const QString &whole)
{
    if (!operators().contains(op))
        return Error { tr("“%1” is not a version constraint: “%2” is no operator (use =, !=, >, <, "
                          ">=, <=, ~ or ^)")
                           .arg(whole, op) };
    const QRegularExpressionMatch m = versionPattern().match(version);
    if (!m.hasMatch())
        return Error { tr("“%1” is not a version constraint: “%2” is not a version")
                           .arg(whole, version) };
    Constraint c;
    c.op = op;
    const QString major = m.captured(1);
    const QString minor = m.captured(2);
    const QString patch = m.captured(3);
    const QString pre = m.captured(4);
    QString exact;
    if (isWildcard(major)) {
        c.dirty = true;
        exact = QStringLiteral("0.0.0");
    } else if (minor.isEmpty() || isWildcard(minor)) {
        c.dirty = c.minorDirty = true;
        exact = major + QStringLiteral(".0.0");
    } else if (patch.isEmpty() || isWildcard(patch)) {
        c.dirty = c.patchDirty = true;
        exact = major + QLatin1Char('.') + minor + QStringLiteral(".0");
    } else {
        exact = major + QLatin1Char('.') + minor + QLatin1Char('.') + patch;
    }
    if (!pre.isEmpty())
        exact += QLatin1Char('-') + pre;
    const std::optional<SemVersion> v = SemVersion::parse(exact);
    if (!v)
        return Error { tr("“%1” is not a version constraint: “%2” is not a version")
                           .arg(whole, version) };
    c.version = *v;
    return c;
}

bool SemverRange::Constraint::matches(const SemVersion &v) const
{
    const SemVersion &con = version;
    // A pre-release only satisfies constraints that name one.
    const bool prereleaseRefused = !v.prerelease.isEmpty() && con.prerelease.isEmpty();
    const int cmp = v.compare(con);
    const auto tilde = [&] {
        if (cmp < 0)
            return false;
        if (con.major == 0 && con.minor == 0 && con.patch == 0 && !minorDirty && !patchDirty)
            return true;
        return v.major == con.major && (minorDirty || v.minor == con.minor);
    };
    if (op == QLatin1String("!=")) {
        if (!dirty)
            return cmp != 0;
        if (prereleaseRefused)
            return false;
        if (v.major != con.major)
            return true;
        if (minorDirty)
            return false;
        if (v.minor != con.minor)
            return true;
        if (!patchDirty)
            return v.patch != con.patch;
        return comparePrerelease(v.prerelease, con.prerelease) != 0;
    }
    if (prereleaseRefused)
        return false;
    if (op.isEmpty() || op == QLatin1String("="))
        return dirty ? tilde() : cmp == 0;
    if (op == QLatin1String(">")) {
        if (!dirty || (v.major == con.major && !minorDirty && !patchDirty))
            return cmp > 0;
        if (v.major != con.major)
            return v.major > con.major;
        return patchDirty && v.minor > con.minor;
    }
    if (op == QLatin1String("<"))
        return cmp < 0;
    if (op == QLatin1String(">=") || op == QLatin1String("=>"))
        return cmp >= 0;
    if (op == QLatin1String("<=") || op == QLatin1String("=<")) {
        if (!dirty)
            return cmp <= 0;
        if (v.major != con.major)
            return v.major < con.major;
        return minorDirty || v.minor <= con.minor;
    }
    if (op == QLatin1String("~") || op == QLatin1String("~>"))
        return tilde();
    // ^: the same major version; below 1.0 the same minor; below 0.1 the same patch.
    if (cmp < 0)
        return false;
    if (con.major > 0 || minorDirty)
        return v.major == con.major;
    if (v.major > 0)
        return false;
    if (con.minor > 0 || patchDirty)
        return v.minor == con.minor;
    return v.minor == 0 && v.patch == con.patch;
}

bool SemverRange::contains(const SemVersion &version) const
{
    return std::any_of(m_alternatives.cbegin(), m_alternatives.cend(), [&](const QList<Constraint> &all) {
        return std::all_of(all.cbegin(), all.cend(),
                           [&](const Constraint &c) { return c.matches(version); });
    });
}

bool SemverRange::allowsPrereleases() const
{
    return std::any_of(m_alternatives.cbegin(), m_alternatives.cend(), [](const QList<Constraint> &all) {
        return std::any_of(all.cbegin(), all.cend(),
                           [](const Constraint &c) { return !c.version.prerelease.isEmpty(); });
    });
}

} // namespace Slipway
