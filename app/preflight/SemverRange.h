#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Slipway {

// A semantic version read as loosely as helm reads one: "v1.36.3", "1.36", "1.27.4-eks-2d98532",
// "1.2.3+build" (build metadata ignored).
struct SemVersion
{
    qint64 major = 0;
    qint64 minor = 0;
    qint64 patch = 0;
    QString prerelease; // "eks-2d98532", "0"; empty for a release

    static std::optional<SemVersion> parse(QStringView text);
    // Semantic versioning's precedence: numbers, then a release above its pre-releases, whose
    // dot-separated identifiers compare numerically or as text (numbers first).
    int compare(const SemVersion &other) const;
    QString toString() const;
};

// A version constraint as charts write it in Chart.yaml's kubeVersion and dependencies, with the
// meaning helm gives it (the Masterminds semver rules): comparisons = != > < >= <= (also => =<),
// ~ / ~> (same minor), ^ (same major, or minor below 1.0), wildcards x X * and missing parts,
// hyphen ranges "1.2 - 1.4.5", constraints separated by spaces or commas (AND) and || (OR).
// A pre-release version only satisfies a constraint that names a pre-release itself — hence
// ">=1.21.0-0", which lets "v1.27.4-eks-2d98532" in.
class SemverRange
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::SemverRange)

public:
    static Expected<SemverRange> parse(const QString &text);

    bool contains(const SemVersion &version) const;
    // Whether any of its constraints names a pre-release (so pre-release versions can match).
    bool allowsPrereleases() const;
    const QString &text() const { return m_text; }

private:
    struct Constraint
    {
        QString op;
        SemVersion version;
        bool dirty = false; // a wildcard or missing part somewhere
        bool minorDirty = false; // "1", "1.x"
        bool patchDirty = false; // "1.2", "1.2.x"

        bool matches(const SemVersion &v) const;
    };

    static Expected<Constraint> parseConstraint(const QString &op, const QString &version,
                                                const QString &whole);

    QString m_text;
    QList<QList<Constraint>> m_alternatives; // ORed lists of ANDed constraints
};

} // namespace Slipway
