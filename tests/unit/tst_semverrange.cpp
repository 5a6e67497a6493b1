#include "preflight/KubernetesVersionCheck.h"
#include "preflight/SemverRange.h"

#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Slipway::PreflightCheck::Severity)

class tst_SemverRange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versions_compareBySemverPrecedence_data();
    void versions_compareBySemverPrecedence();
    void constraints_matchAsHelmMatchesThem_data();
    void constraints_matchAsHelmMatchesThem();
    void badConstraints_areRefusedWithTheirText_data();
    void badConstraints_areRefusedWithTheirText();
    void kubernetesVersion_isCheckedAgainstTheChart_data();
    void kubernetesVersion_isCheckedAgainstTheChart();
};

void tst_SemverRange::versions_compareBySemverPrecedence_data()
{
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("higher");

    QTest::newRow("patch") << u"1.36.2"_s << u"v1.36.3"_s;
    QTest::newRow("minor numerically") << u"1.9.0"_s << u"1.10.0"_s;
    QTest::newRow("a pre-release below its release") << u"1.21.0-0"_s << u"1.21.0"_s;
    QTest::newRow("-0 below any other pre-release") << u"1.21.0-0"_s << u"1.21.0-alpha"_s;
    QTest::newRow("numeric identifiers numerically") << u"1.0.0-rc.2"_s << u"1.0.0-rc.10"_s;
    QTest::newRow("fewer identifiers first") << u"1.0.0-alpha"_s << u"1.0.0-alpha.1"_s;
    QTest::newRow("missing parts are zero") << u"1.2"_s << u"1.2.1"_s;
}

void tst_SemverRange::versions_compareBySemverPrecedence()
{
    QFETCH(QString, lower);
    QFETCH(QString, higher);
    const std::optional<SemVersion> a = SemVersion::parse(lower);
    const std::optional<SemVersion> b = SemVersion::parse(higher);
    QVERIFY(a && b);
    QCOMPARE(a->compare(*b), -1);
    QCOMPARE(b->compare(*a), 1);
    QCOMPARE(a->compare(*a), 0);
}

void tst_SemverRange::constraints_matchAsHelmMatchesThem_data()
{
    QTest::addColumn<QString>("constraint");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("matches");

    const auto row = [](const QString &constraint, const QString &version, bool matches) {
        QTest::addRow("%s %s %s", qPrintable(constraint), matches ? "admits" : "refuses",
                      qPrintable(version))
            << constraint << version << matches;
    };
    // The bounds charts write.
    row(u">=1.21.0-0"_s, u"v1.36.3"_s, true);
    row(u">=1.21.0-0"_s, u"v1.27.4-eks-2d98532"_s, true);
    row(u">=1.21.0-0"_s, u"v1.20.15"_s, false);
    row(u">=1.21.0"_s, u"v1.27.4-eks-2d98532"_s, false); // a pre-release needs a "-0" bound
    row(u">=1.21.0"_s, u"v1.36.3"_s, true);
    row(u">= 1.19.0-0 < 1.37.0-0"_s, u"v1.36.3"_s, true);
    row(u">=1.19.0-0, <1.36.0-0"_s, u"v1.36.3"_s, false);
    row(u"<=1.36.3"_s, u"v1.36.3"_s, true);
    row(u"<1.36.3"_s, u"v1.36.3"_s, false);
    row(u">1.36.2"_s, u"v1.36.3"_s, true);
    row(u">1.36.3"_s, u"v1.36.3"_s, false);
    row(u"=1.36.3"_s, u"v1.36.3"_s, true);
    row(u"1.36.3"_s, u"v1.36.4"_s, false);
    row(u"!=1.36.3"_s, u"v1.36.4"_s, true);
    row(u"!=1.36.3"_s, u"v1.36.3"_s, false);
    row(u"!=1.36.x"_s, u"v1.36.9"_s, false);
    row(u"!=1.36.x"_s, u"v1.37.0"_s, true);
    // Wildcards and missing parts.
    row(u"1.36.x"_s, u"v1.36.9"_s, true);
    row(u"1.36"_s, u"v1.37.0"_s, false);
    row(u"1.x"_s, u"v1.99.0"_s, true);
    row(u"*"_s, u"v1.36.3"_s, true);
    row(u""_s, u"v1.36.3"_s, true);
    row(u">1.36"_s, u"v1.36.9"_s, false);
    row(u">1.36"_s, u"v1.37.0"_s, true);
    row(u"<=1.36"_s, u"v1.36.9"_s, true);
    row(u"<=1.36"_s, u"v1.37.0"_s, false);
    // Tilde: the same minor version (the same major where the minor is left out).
    row(u"~1.36.1"_s, u"v1.36.3"_s, true);
    row(u"~1.36.1"_s, u"v1.37.0"_s, false);
    row(u"~1.36.4"_s, u"v1.36.3"_s, false);
    row(u"~>1.36"_s, u"v1.36.3"_s, true);
    row(u"~1"_s, u"v1.99.0"_s, true);
    row(u"~1"_s, u"v2.0.0"_s, false);
    // Caret: the same major version; below 1.0 the same minor, below 0.1 the same patch.
    row(u"^1.21.0"_s, u"v1.36.3"_s, true);
    row(u"^1.21.0"_s, u"v2.0.0"_s, false);
    row(u"^1.37.0"_s, u"v1.36.3"_s, false);
    row(u"^0.2.3"_s, u"0.2.9"_s, true);
    row(u"^0.2.3"_s, u"0.3.0"_s, false);
    row(u"^0.0.3"_s, u"0.0.4"_s, false);
    row(u"^0.0.3"_s, u"0.0.3"_s, true);
    // Hyphen ranges, AND and OR.
    row(u"1.20 - 1.36.3"_s, u"v1.36.3"_s, true);
    row(u"1.20 - 1.36.2"_s, u"v1.36.3"_s, false);
    row(u">=1.30.0 <1.34.0 || >=1.36.0"_s, u"v1.36.3"_s, true);
    row(u">=1.30.0 <1.34.0 || >=1.37.0"_s, u"v1.36.3"_s, false);
    row(u"<1.20.0 || ^1.36.0-0"_s, u"v1.36.3-gke.1200"_s, true);
    row(u"=>1.36.0 =<1.36.3"_s, u"v1.36.3"_s, true);
    row(u"1.36.3-0"_s, u"v1.36.3-0"_s, true);
}

void tst_SemverRange::constraints_matchAsHelmMatchesThem()
{
    QFETCH(QString, constraint);
    QFETCH(QString, version);
    QFETCH(bool, matches);
    const Expected<SemverRange> range = SemverRange::parse(constraint);
    QVERIFY2(range, qPrintable(range.error().message));
    const std::optional<SemVersion> v = SemVersion::parse(version);
    QVERIFY(v);
    QCOMPARE(range->contains(*v), matches);
}

void tst_SemverRange::badConstraints_areRefusedWithTheirText_data()
{
    QTest::addColumn<QString>("constraint");
    QTest::addColumn<QString>("says");

    QTest::newRow("not a version") << u">=one.two"_s << u"“one.two” is not a version"_s;
    QTest::newRow("unknown operator") << u"=~1.2.3"_s << u"“=~” is no operator"_s;
    QTest::newRow("garbage") << u">=1.2 && <2"_s << u"“&&” is not a version"_s;
}

void tst_SemverRange::badConstraints_areRefusedWithTheirText()
{
    QFETCH(QString, constraint);
    QFETCH(QString, says);
    const Expected<SemverRange> range = SemverRange::parse(constraint);
    QVERIFY(!range);
    QVERIFY2(range.error().message.contains(says), qPrintable(range.error().message));
    QVERIFY2(range.error().message.contains(constraint), qPrintable(range.error().message));
}

void tst_SemverRange::kubernetesVersion_isCheckedAgainstTheChart_data()
{
    QTest::addColumn<QString>("kubeVersion");
    QTest::addColumn<QString>("gitVersion");
    QTest::addColumn<PreflightCheck::Severity>("severity");
    QTest::addColumn<QString>("says");

    using S = PreflightCheck::Severity;
    QTest::newRow("the testbed satisfies a usual bound")
        << u">=1.21.0-0"_s << u"v1.36.3"_s << S::Pass
        << u"The cluster runs v1.36.3, which the chart's kubeVersion >=1.21.0-0 allows"_s;
    QTest::newRow("no constraint") << QString() << u"v1.36.3"_s << S::Pass
                                   << u"The chart names no Kubernetes version; the cluster runs v1.36.3"_s;
    QTest::newRow("too new a cluster")
        << u">=1.19.0-0 <1.30.0-0"_s << u"v1.36.3"_s << S::Fail
        << u"The chart requires Kubernetes >=1.19.0-0 <1.30.0-0; the cluster runs v1.36.3\n"
           "Install on a cluster whose version the chart supports, or use a version of the chart "
           "made for Kubernetes 1.36."_s;
    QTest::newRow("a managed cluster's pre-release suffix")
        << u">=1.21.0"_s << u"v1.27.4-eks-2d98532"_s << S::Fail
        << u"v1.27.4-eks-2d98532 carries the pre-release suffix “-eks-2d98532”"_s;
    QTest::newRow("an unreadable constraint")
        << u">=1.21.0 &&"_s << u"v1.36.3"_s << S::Fail << u"The chart's kubeVersion cannot be read"_s;
    QTest::newRow("an unreadable cluster version")
        << u">=1.21.0-0"_s << u"unknown"_s << S::Warn << u"“unknown”, which is not a semantic version"_s;
}

void tst_SemverRange::kubernetesVersion_isCheckedAgainstTheChart()
{
    QFETCH(QString, kubeVersion);
    QFETCH(QString, gitVersion);
    QFETCH(PreflightCheck::Severity, severity);
    QFETCH(QString, says);
    const PreflightCheck check = KubernetesVersionCheck::run(kubeVersion, gitVersion);
    const QString text = check.message + QLatin1Char('\n') + check.remediation;
    QCOMPARE(check.id, u"kubernetes-version"_s);
    QVERIFY2(check.severity == severity, qPrintable(text));
    QVERIFY2(text.contains(says), qPrintable(text));
    QCOMPARE(check.remediation.isEmpty(), severity == PreflightCheck::Severity::Pass);
}

QTEST_APPLESS_MAIN(tst_SemverRange)
#include "tst_semverrange.moc"
