#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Slipway {

struct Chart;
struct Descriptor;
struct ReleaseRecord;

// The rules about releases that every front end must answer the same way: which namespace and
// release name an operation means, how long helm may take, when a release is stuck, which
// revision is the last good one, and when a stuck operation may safely be taken over. Defined
// once so that the window and slipway-cli never disagree.
class ReleasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReleasePolicy)

public:
    // How much longer than the operation's timeout a pending operation may take before it is
    // taken for abandoned: helm's --timeout bounds each wait, not the whole run (hooks, the
    // apply, the rollback after).
    static constexpr int kRecoverMarginSeconds = 120;
    // helm's own default for --timeout.
    static constexpr int kDefaultTimeoutSeconds = 300;

    // The one given, else the product's (installer.yaml `release.namespace`), else the
    // context's, else "default".
    static QString nameSpace(const QString &given, const Descriptor *descriptor,
                             const QString &contextNamespace);
    // The one given, else the product's (installer.yaml `release.name`), else the chart's name.
    static QString releaseName(const QString &given, const Chart *chart);
    // Why helm would refuse this release name (empty when it would not): at most 53 characters,
    // lower-case letters, digits, "-" and ".", starting and ending with a letter or digit.
    static QString releaseNameProblem(const QString &name);
    // Why Kubernetes would refuse this namespace name: a DNS label of at most 63 characters.
    static QString namespaceProblem(const QString &name);
    // What helm may take for one operation on the release — install, upgrade, rollback,
    // uninstall and recover alike: the given seconds, else the product's `helm.timeout`, else
    // helm's five minutes.
    static int timeoutSeconds(int givenSeconds, const Descriptor *descriptor);

    // pending-install / pending-upgrade / pending-rollback, or uninstalling: an operation began
    // and has not (yet) written its end. Only finishing or recovering it unlocks the release.
    static bool isStuck(const ReleaseRecord &record);
    static bool isStuckStatus(const QString &status);
    // The revision to go back to from `below` (exclusive): the newest deployed one — what
    // runs in the cluster — else the newest superseded one. nullptr when there is none (a first
    // install that never finished). `records` oldest first.
    static const ReleaseRecord *lastGood(const QList<ReleaseRecord> &records, int below);
    // When the revision is a rollback: the revision it restored (helm 4.3+ records it; older
    // helms only say it in the description, "Rollback to 3"). 0 otherwise.
    static int rollbackTarget(const ReleaseRecord &record);
    // Whether a stuck operation of this age may still be running somewhere: younger than the
    // timeout plus the margin. An unknown age (-1) counts as young.
    static bool mayStillRun(qint64 ageMs, int timeoutSeconds);
};

} // namespace Slipway
