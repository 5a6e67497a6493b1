#include "HelmRequest.h"

namespace Slipway {

namespace {

QString seconds(int value)
{
    return QStringLiteral("%1s").arg(value);
}

} // namespace

bool HelmRequest::mutatesRelease() const
{
    return (action == Action::UpgradeInstall && !dryRun) || action == Action::Rollback
        || action == Action::Uninstall;
}

QString HelmRequest::actionName() const
{
    switch (action) {
    case Action::UpgradeInstall:
        return dryRun ? QStringLiteral("upgrade --dry-run") : QStringLiteral("upgrade");
    case Action::Rollback:
        return QStringLiteral("rollback");
    case Action::Uninstall:
        return QStringLiteral("uninstall");
    case Action::Template:
        return QStringLiteral("template");
    case Action::Lint:
        return QStringLiteral("lint");
    case Action::DependencyBuild:
        return QStringLiteral("dependency build");
    case Action::Pull:
        return QStringLiteral("pull");
    }
    return {};
}

QStringList HelmRequest::arguments(const HelmVersion &helm, const QStringList &valuesPaths) const
{
    const bool helm4 = helm.major >= 4;
    QStringList args;
    const auto cluster = [&] {
        if (!kubeconfig.isEmpty())
            args << QStringLiteral("--kubeconfig") << kubeconfig;
        if (!context.isEmpty())
            args << QStringLiteral("--kube-context") << context;
        if (!nameSpace.isEmpty())
            args << QStringLiteral("--namespace") << nameSpace;
    };
    const auto values = [&] {
        for (const QString &path : valuesPaths)
            args << QStringLiteral("--values") << path;
        for (const QString &set : setValues)
            args << QStringLiteral("--set") << set;
    };
    // Helm 3's --wait is a boolean; Helm 4's bare --wait means the kstatus watcher, and its
    // default (hookOnly) would not wait for workloads at all.
    const QString waitFlag = helm4 ? QStringLiteral("--wait=watcher") : QStringLiteral("--wait");
    // Helm 4's watcher skips objects whose status it has not yet heard of when it waits for a
    // deletion, so an uninstall can return (and drop the release record) while an object held
    // by a finalizer still exists. The legacy strategy asks for every object until it is gone.
    const QString deleteWaitFlag = helm4 ? QStringLiteral("--wait=legacy") : QStringLiteral("--wait");

    switch (action) {
    case Action::UpgradeInstall:
        args << QStringLiteral("upgrade");
        if (install)
            args << QStringLiteral("--install");
        args << release << chart;
        cluster();
        if (reuseValues)
            args << QStringLiteral("--reset-then-reuse-values");
        values();
        if (dryRun) {
            // Both majors accept the string form (H3 since 3.13); the JSON is the release record
            // helm would write, manifest and user values included.
            args << QStringLiteral("--dry-run=server") << QStringLiteral("--output")
                 << QStringLiteral("json") << QStringLiteral("--timeout") << seconds(timeoutSeconds);
            break;
        }
        if (install && createNamespace)
            args << QStringLiteral("--create-namespace");
        if (rollbackOnFailure)
            args << (helm4 ? QStringLiteral("--rollback-on-failure") : QStringLiteral("--atomic"));
        if (wait || rollbackOnFailure)
            args << waitFlag;
        args << QStringLiteral("--timeout") << seconds(timeoutSeconds);
        if (!description.isEmpty())
            args << QStringLiteral("--description") << description;
        // The stored release on stdout: ReleaseOperation takes the new revision from it instead
        // of reading the history again.
        args << QStringLiteral("--output") << QStringLiteral("json");
        break;
    case Action::Rollback:
        args << QStringLiteral("rollback") << release;
        if (revision > 0)
            args << QString::number(revision);
        cluster();
        if (wait)
            args << waitFlag;
        args << QStringLiteral("--timeout") << seconds(timeoutSeconds);
        break;
    case Action::Uninstall:
        args << QStringLiteral("uninstall") << release;
        cluster();
        if (keepHistory)
            args << QStringLiteral("--keep-history");
        if (wait)
            args << deleteWaitFlag;
        args << QStringLiteral("--timeout") << seconds(timeoutSeconds);
        if (!description.isEmpty())
            args << QStringLiteral("--description") << description;
        break;
    case Action::Template:
        args << QStringLiteral("template") << release << chart;
        // Only .Release.Namespace: template never contacts the cluster.
        if (!nameSpace.isEmpty())
            args << QStringLiteral("--namespace") << nameSpace;
        if (!kubeVersion.isEmpty())
            args << QStringLiteral("--kube-version") << kubeVersion;
        for (const QString &apiVersion : apiVersions)
            args << QStringLiteral("--api-versions") << apiVersion;
        if (includeCrds)
            args << QStringLiteral("--include-crds");
        if (isUpgrade)
            args << QStringLiteral("--is-upgrade");
        values();
        break;
    case Action::Lint:
        args << QStringLiteral("lint") << chart;
        values();
        break;
    case Action::DependencyBuild:
        args << QStringLiteral("dependency") << QStringLiteral("build") << chart;
        break;
    case Action::Pull:
        args << QStringLiteral("pull") << chart << QStringLiteral("--destination") << destination;
        if (!version.isEmpty())
            args << QStringLiteral("--version") << version;
        if (plainHttp)
            args << QStringLiteral("--plain-http");
        break;
    }
    return args;
}

} // namespace Slipway
