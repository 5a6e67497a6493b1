#include "KubernetesVersionCheck.h"

#include "SemverRange.h"

#include <QElapsedTimer>

namespace Slipway {

PreflightCheck KubernetesVersionCheck::run(const QString &kubeVersion, const QString &gitVersion)
{
    QElapsedTimer timer;
    timer.start();
    PreflightCheck check;
    check.id = QStringLiteral("kubernetes-version");
    check.title = tr("Kubernetes version");
    const auto done = [&]() -> PreflightCheck {
        check.durationMs = timer.elapsed();
        return check;
    };

    const std::optional<SemVersion> version = SemVersion::parse(gitVersion);
    if (kubeVersion.trimmed().isEmpty()) {
        check.message = tr("The chart names no Kubernetes version; the cluster runs %1").arg(gitVersion);
        return done();
    }
    const Expected<SemverRange> range = SemverRange::parse(kubeVersion);
    if (!range) {
        check.severity = PreflightCheck::Severity::Fail;
        check.message = tr("The chart's kubeVersion cannot be read: %1").arg(range.error().message);
        check.remediation = tr("Correct kubeVersion in the chart's Chart.yaml (for example "
                               "“>=1.21.0-0”); helm refuses to install a chart whose constraint "
                               "it cannot read.");
        return done();
    }
    if (!version) {
        check.severity = PreflightCheck::Severity::Warn;
        check.message = tr("The cluster reports the version “%1”, which is not a semantic version; "
                           "the chart asks for %2")
                            .arg(gitVersion, kubeVersion);
        check.remediation = tr("Check the cluster's version with `kubectl version` before installing.");
        return done();
    }
    if (range->contains(*version)) {
        check.message = tr("The cluster runs %1, which the chart's kubeVersion %2 allows")
                            .arg(gitVersion, kubeVersion);
        return done();
    }
    check.severity = PreflightCheck::Severity::Fail;
    check.message = tr("The chart requires Kubernetes %1; the cluster runs %2").arg(kubeVersion, gitVersion);
    if (!version->prerelease.isEmpty() && !range->allowsPrereleases()) {
        check.remediation = tr("%1 carries the pre-release suffix “-%2”, as managed clusters' "
                               "versions often do, and a constraint that names no pre-release "
                               "excludes it: charts write their bounds with “-0” (“>=1.21.0-0”) "
                               "to let them in. Use a chart version that does, or override this "
                               "check if the cluster's release is in fact supported.")
                                .arg(gitVersion, version->prerelease);
    } else {
        check.remediation = tr("Install on a cluster whose version the chart supports, or use a "
                               "version of the chart made for Kubernetes %1.")
                                .arg(QStringLiteral("%1.%2").arg(version->major).arg(version->minor));
    }
    return done();
}

} // namespace Slipway
