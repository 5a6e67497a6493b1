#pragma once

#include "HelmVersion.h"
#include "ReleaseStorage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway {

// One helm job, as a value: what HelmJob runs. The cluster is always named explicitly
// (kubeconfig, context, namespace) so that no environment variable or kubeconfig default can
// point helm at another cluster than the one the user picked.
struct HelmRequest
{
    enum class Action
    {
        UpgradeInstall, // `upgrade --install`: install and upgrade are one idempotent action
        Rollback,
        Uninstall,
        Template,
        Lint,
        DependencyBuild,
        Pull, // a chart from an OCI registry (chart "oci://…") into `destination`
    };

    Action action = Action::UpgradeInstall;
    QString kubeconfig;
    QString context;
    QString nameSpace;
    QString release;
    // Where helm keeps the release's records; HelmJob sets HELM_DRIVER to it, so helm writes
    // exactly where Slipway reads.
    ReleaseStorage storage;
    QString chart; // a chart folder or .tgz
    // Values documents, lowest precedence first. Written to 0600 files in a private folder for
    // the run only: a secret on the command line would be visible to every local user.
    QList<QByteArray> valuesFiles;
    QStringList setValues; // path=value, as --set
    bool wait = true;
    bool rollbackOnFailure = true;
    bool createNamespace = true;
    // UpgradeInstall: false runs a plain `helm upgrade`, which refuses a release that has no
    // deployed (or failed) revision — the upgrade command's "nothing to upgrade" — instead of
    // installing it. Namespace creation then does not apply.
    bool install = true;
    // UpgradeInstall: `--reset-then-reuse-values`: the chart's defaults, then the values of the
    // revision helm upgrades from, then the new ones. An upgrade that only sets a few values
    // keeps the rest, merged by helm from the very revision it reads.
    bool reuseValues = false;
    bool keepHistory = false; // uninstall
    // UpgradeInstall only: `--dry-run=server --output json` — what the upgrade would store
    // (rendered against the live cluster, so `lookup` and .Capabilities match a real upgrade),
    // without changing anything. Wait, rollback-on-failure and namespace creation do not apply.
    bool dryRun = false;
    // Template only: render as the cluster would — .Capabilities.KubeVersion (`--kube-version`,
    // e.g. "v1.36.3") and .Capabilities.APIVersions (`--api-versions`, "apps/v1" and
    // "apps/v1/Deployment" entries) — with the chart's crds/ included and, for an upgrade,
    // .Release.IsUpgrade set. Preflight renders this way without touching the cluster.
    QString kubeVersion;
    QStringList apiVersions;
    bool includeCrds = false;
    bool isUpgrade = false;
    // Pull only: the chart's version (empty: the newest), the folder the .tgz goes to, and
    // --plain-http for a registry on this machine without TLS.
    QString version;
    QString destination;
    bool plainHttp = false;
    int revision = 0; // rollback target; 0 lets helm pick latest-1, which callers should avoid
    int timeoutSeconds = 300;
    QString description;

    bool mutatesRelease() const;
    QString actionName() const;
    // The full helm argument list for this helm major. `valuesPaths` are the written files.
    QStringList arguments(const HelmVersion &helm, const QStringList &valuesPaths) const;
};

} // namespace Slipway
