#include "ReleaseStateCheck.h"

#include "ManifestWalk.h"
#include "RunningCheck.h"
#include "ServedApis.h"


namespace Slipway {

namespace {

const QString managedBy = QStringLiteral("app.kubernetes.io/managed-by");
const QString releaseNameKey = QStringLiteral("meta.helm.sh/release-name");
const QString releaseNamespaceKey = QStringLiteral("meta.helm.sh/release-namespace");

// "secret/accesskey", "deployment.apps/web": what kubectl takes.
QString kubectlRef(const QJsonObject &object)
{
    const QString group = ServedApis::splitApiVersion(object.value(u"apiVersion").toString()).first;
    QString type = object.value(u"kind").toString().toLower();
    if (!group.isEmpty())
        type += u'.' + group;
    return type + u'/' + object.value(u"metadata")[u"name"].toString();
}

} // namespace

QList<ManifestRef> ReleaseStateCheck::refs(const QList<QJsonObject> &manifests,
                                           const QString &releaseNamespace)
{
    QList<ManifestRef> list;
    for (const QJsonObject &object : ManifestWalk::expand(manifests)) {
        list.append({ object.value(u"apiVersion").toString(), object.value(u"kind").toString(),
                      object.value(u"metadata")[u"name"].toString(),
                      ManifestWalk::namespaceOf(object, releaseNamespace),
                      object.value(u"metadata")[u"annotations"].toObject().contains(u"helm.sh/hook") });
    }
    return list;
}

QStringList ReleaseStateCheck::ownershipProblems(const QJsonObject &liveObject,
                                                 const QString &releaseName,
                                                 const QString &releaseNamespace)
{
    const QJsonObject metadata = liveObject.value(u"metadata").toObject();
    const QJsonObject labels = metadata.value(u"labels").toObject();
    const QJsonObject annotations = metadata.value(u"annotations").toObject();
    QStringList problems;
    const QJsonValue manager = labels.value(managedBy);
    if (manager.isUndefined())
        problems << tr("no %1: Helm label").arg(managedBy);
    else if (manager.toString() != u"Helm")
        problems << tr("%1 is “%2”").arg(managedBy, manager.toString());
    const auto requireAnnotation = [&](const QString &key, const QString &expected) {
        const QJsonValue value = annotations.value(key);
        if (value.isUndefined())
            problems << tr("no %1 annotation").arg(key);
        else if (value.toString() != expected)
            problems << tr("%1 is “%2”").arg(key, value.toString());
    };
    requireAnnotation(releaseNameKey, releaseName);
    requireAnnotation(releaseNamespaceKey, releaseNamespace);
    return problems;
}

PreflightCheck ReleaseStateCheck::run(const QString &releaseName, const QString &releaseNamespace,
                                      const QString &latestStatus, int latestRevision,
                                      const QList<QJsonObject> &manifests,
                                      const QList<QJsonObject> &liveObjects)
{
    RunningCheck running(QStringLiteral("release-state"), tr("Release state"));
    PreflightCheck &check = running.check();
    const auto raise = [&](PreflightCheck::Severity severity) {
        check.severity = std::max(check.severity, severity);
    };

    static const QStringList stuck { QStringLiteral("pending-install"),
                                     QStringLiteral("pending-upgrade"),
                                     QStringLiteral("pending-rollback"),
                                     QStringLiteral("uninstalling") };
    if (stuck.contains(latestStatus)) {
        check.severity = PreflightCheck::Severity::Fail;
        check.message = tr("release %1 is stuck in %2 at revision %3")
                            .arg(releaseName, latestStatus)
                            .arg(latestRevision);
        check.remediation = tr("If no other helm is working on it, recover the release: "
                               "slipway-cli recover --release %1 --namespace %2, or the window's "
                               "Recover… button.")
                                .arg(releaseName, releaseNamespace);
        return running.finished();
    }

    QStringList parts;
    QStringList remedies;
    if (latestStatus.isEmpty()) {
        parts << tr("a new install of release %1").arg(releaseName);
    } else if (latestStatus == u"deployed" || latestStatus == u"superseded") {
        parts << tr("an upgrade of revision %1, not an install").arg(latestRevision);
    } else if (latestStatus == u"failed") {
        raise(PreflightCheck::Severity::Warn);
        parts << tr("an upgrade of revision %1, not an install; revision %1 failed")
                     .arg(latestRevision);
        remedies << tr("Look at why revision %1 failed (slipway-cli history --release %2) before "
                       "upgrading over it.")
                        .arg(latestRevision)
                        .arg(releaseName);
    } else if (latestStatus == u"uninstalled") {
        parts << tr("release %1 was uninstalled at revision %2 with its history kept; it will be "
                    "reinstalled")
                     .arg(releaseName)
                     .arg(latestRevision);
    } else {
        raise(PreflightCheck::Severity::Warn);
        parts << tr("revision %1 of release %2 has the status “%3”, which helm does not use")
                     .arg(latestRevision)
                     .arg(releaseName, latestStatus);
        remedies << tr("Look at the release's history (slipway-cli history --release %1).")
                        .arg(releaseName);
    }

    // Existing objects helm would have to adopt.
    const QList<QJsonObject> objects = ManifestWalk::expand(manifests);
    int existing = 0;
    QStringList commands;
    for (qsizetype i = 0; i < objects.size() && i < liveObjects.size(); ++i) {
        const QJsonObject &live = liveObjects.at(i);
        if (live.isEmpty()
            || objects.at(i).value(u"metadata")[u"annotations"].toObject().contains(u"helm.sh/hook"))
            continue;
        ++existing;
        const QStringList problems = ownershipProblems(live, releaseName, releaseNamespace);
        if (problems.isEmpty())
            continue;
        const QJsonObject metadata = live.value(u"metadata").toObject();
        const QString nameSpace = metadata.value(u"namespace").toString();
        const QString object = objects.at(i).value(u"kind").toString() + u'/'
            + metadata.value(u"name").toString();
        check.items << (nameSpace.isEmpty()
                            ? tr("%1 exists and is not owned by this release (%2)")
                                  .arg(object, problems.join(QStringLiteral("; ")))
                            : tr("%1 in %2 exists and is not owned by this release (%3)")
                                  .arg(object, nameSpace, problems.join(QStringLiteral("; "))));
        const QString target = kubectlRef(objects.at(i))
            + (nameSpace.isEmpty() ? QString() : QStringLiteral(" -n ") + nameSpace);
        commands << QStringLiteral("kubectl label %1 %2=Helm --overwrite").arg(target, managedBy)
                 << QStringLiteral("kubectl annotate %1 %2=%3 %4=%5 --overwrite")
                        .arg(target, releaseNameKey, releaseName, releaseNamespaceKey,
                             releaseNamespace);
    }
    if (!check.items.isEmpty()) {
        raise(PreflightCheck::Severity::Fail);
        parts << tr("%1 of %2 objects of the release already exist and are not owned by it")
                     .arg(check.items.size())
                     .arg(objects.size());
        remedies << tr("Delete those objects, or let release %1 adopt them:\n%2")
                        .arg(releaseName, commands.join(u'\n'));
    } else if (existing > 0) {
        parts << tr("%1 of %2 objects exist and belong to the release").arg(existing).arg(objects.size());
    }

    QString message = parts.join(QStringLiteral("; "));
    message[0] = message.at(0).toUpper();
    check.message = message;
    check.remediation = remedies.join(u'\n');
    return running.finished();
}

} // namespace Slipway
