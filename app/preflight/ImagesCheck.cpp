#include "ImagesCheck.h"

#include "ManifestWalk.h"
#include "RunningCheck.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace Slipway {

namespace {

QStringList pullSecretsOf(const QJsonObject &object)
{
    QStringList names;
    for (const QJsonValue &value : object.value(u"imagePullSecrets").toArray()) {
        const QString name = value[u"name"].toString();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

void addUnique(QStringList *list, const QString &value)
{
    if (!list->contains(value))
        list->append(value);
}

// Image → the workloads that run it, secret → the workloads and ServiceAccounts that name it.
struct Usage
{
    QMap<QString, QStringList> images;
    QMap<QString, QStringList> pullSecrets;
    QSet<QString> createdSecrets;
    // Secrets a Role of the release may write by name: the release keeps them up to date itself
    // when it runs (a job that fetches registry credentials), so their absence before the
    // install is expected. Name → the Role.
    QMap<QString, QString> maintainedSecrets;
};

// The Secret names a Role or ClusterRole lets its holder create, update or patch.
QStringList writableSecretNames(const QJsonObject &role)
{
    static const QStringList writes { QStringLiteral("create"), QStringLiteral("update"),
                                      QStringLiteral("patch"), QStringLiteral("*") };
    QStringList names;
    for (const QJsonValue &ruleValue : role.value(u"rules").toArray()) {
        const QJsonObject rule = ruleValue.toObject();
        const QJsonArray groups = rule.value(u"apiGroups").toArray();
        const QJsonArray resources = rule.value(u"resources").toArray();
        const bool core = groups.contains(QJsonValue(QString())) || groups.contains(QJsonValue(QStringLiteral("*")));
        const bool secrets = resources.contains(QJsonValue(QStringLiteral("secrets")))
            || resources.contains(QJsonValue(QStringLiteral("*")));
        const bool writes_ = std::any_of(writes.cbegin(), writes.cend(), [&](const QString &verb) {
            return rule.value(u"verbs").toArray().contains(QJsonValue(verb));
        });
        if (!core || !secrets || !writes_)
            continue;
        for (const QJsonValue &name : rule.value(u"resourceNames").toArray())
            names << name.toString();
    }
    return names;
}

Usage usageOf(const QList<QJsonObject> &manifests)
{
    Usage usage;
    const QList<PodTemplate> pods = ManifestWalk::podTemplates(manifests);
    for (const PodTemplate &pod : pods) {
        for (const PodContainer &container : ManifestWalk::containers(pod.spec)) {
            const QString image = container.object.value(u"image").toString();
            if (!image.isEmpty())
                addUnique(&usage.images[image], pod.workload());
        }
        for (const QString &secret : pullSecretsOf(pod.spec))
            addUnique(&usage.pullSecrets[secret], pod.workload());
    }
    for (const QJsonObject &object : ManifestWalk::expand(manifests)) {
        const QString kind = object.value(u"kind").toString();
        const QString name = object.value(u"metadata")[u"name"].toString();
        if (kind == u"Secret")
            usage.createdSecrets.insert(name);
        if (kind == u"Role" || kind == u"ClusterRole") {
            for (const QString &secret : writableSecretNames(object))
                usage.maintainedSecrets.insert(secret, kind + u'/' + name);
        }
        if (kind != u"ServiceAccount")
            continue;
        for (const QString &secret : pullSecretsOf(object)) {
            addUnique(&usage.pullSecrets[secret], QStringLiteral("ServiceAccount/") + name);
            // The pods that run as the ServiceAccount get its pull secrets.
            for (const PodTemplate &pod : pods) {
                if (pod.spec.value(u"serviceAccountName").toString() == name)
                    addUnique(&usage.pullSecrets[secret], pod.workload());
            }
        }
    }
    return usage;
}

} // namespace

QString ImagesCheck::tagOf(const QString &image)
{
    const QString reference = image.section(u'@', 0, 0);
    const QString last = reference.section(u'/', -1);
    const qsizetype colon = last.indexOf(u':');
    return colon < 0 ? QString() : last.mid(colon + 1);
}

bool ImagesCheck::hasNoTagOrDigest(const QString &image)
{
    return !image.contains(u'@') && tagOf(image).isEmpty();
}

QStringList ImagesCheck::images(const QList<QJsonObject> &manifests)
{
    return usageOf(manifests).images.keys();
}

QStringList ImagesCheck::pullSecretNames(const QList<QJsonObject> &manifests)
{
    return usageOf(manifests).pullSecrets.keys();
}

PreflightCheck ImagesCheck::run(const QList<QJsonObject> &manifests,
                                const QHash<QString, int> &pullSecretStatus)
{
    RunningCheck running(QStringLiteral("images"), tr("Images"));
    PreflightCheck &check = running.check();
    const Usage usage = usageOf(manifests);

    QStringList missing;
    QStringList unchecked;
    int maintained = 0;
    QStringList floating;
    QStringList problems;
    for (auto it = usage.pullSecrets.cbegin(); it != usage.pullSecrets.cend(); ++it) {
        if (usage.createdSecrets.contains(it.key()))
            continue;
        const int status = pullSecretStatus.value(it.key(), 0);
        const QString users = it.value().join(QStringLiteral(", "));
        if (status == 200)
            continue;
        if (status == 404 && usage.maintainedSecrets.contains(it.key())) {
            ++maintained;
            problems << tr("pull secret %1 does not exist yet; the release writes it when it runs "
                           "(%2 may update it); used by %3")
                            .arg(it.key(), usage.maintainedSecrets.value(it.key()), users);
        } else if (status == 404) {
            missing << it.key();
            problems << tr("pull secret %1 does not exist; used by %2").arg(it.key(), users);
        } else if (status == 403) {
            unchecked << it.key();
            problems << tr("pull secret %1 cannot be checked: you may not read secrets; used by %2")
                            .arg(it.key(), users);
        } else {
            unchecked << it.key();
            problems << tr("pull secret %1 cannot be checked (HTTP %2); used by %3")
                            .arg(it.key())
                            .arg(status)
                            .arg(users);
        }
    }
    for (auto it = usage.images.cbegin(); it != usage.images.cend(); ++it) {
        const QString users = it.value().join(QStringLiteral(", "));
        if (hasNoTagOrDigest(it.key())) {
            floating << it.key();
            problems << tr("image %1 has no tag or digest: it uses :latest implicitly (%2)")
                            .arg(it.key(), users);
        } else if (!it.key().contains(u'@') && tagOf(it.key()) == u"latest") {
            floating << it.key();
            problems << tr("image %1 uses the tag latest (%2)").arg(it.key(), users);
        }
    }

    const qsizetype imageCount = usage.images.size();
    const qsizetype secretCount = usage.pullSecrets.size();
    QStringList parts;
    QStringList remedies;
    if (!missing.isEmpty()) {
        // A warning, not a failure: the API server admits a pod whose pull secret is missing and
        // the kubelet pulls without it, which works for public images — and some stacks create
        // their pull secret at run time (a job fetching registry credentials).
        check.severity = std::max(check.severity, PreflightCheck::Severity::Warn);
        parts << tr("%1 of %2 pull secrets are missing (%3)")
                     .arg(missing.size())
                     .arg(secretCount)
                     .arg(missing.join(QStringLiteral(", ")));
        remedies << tr("Unless the release creates them itself when it runs, create the "
                       "missing pull secrets in the release namespace before installing, for "
                       "example: kubectl create secret docker-registry %1 "
                       "--namespace <namespace> --docker-server=<registry> "
                       "--docker-username=<user> --docker-password=<password>")
                        .arg(missing.first());
    }
    if (!unchecked.isEmpty()) {
        check.severity = std::max(check.severity, PreflightCheck::Severity::Warn);
        parts << tr("%1 of %2 pull secrets cannot be checked (%3)")
                     .arg(unchecked.size())
                     .arg(secretCount)
                     .arg(unchecked.join(QStringLiteral(", ")));
        remedies << tr("Ask the cluster administrator whether those pull secrets exist in the "
                       "release namespace, or for the right to read secrets there.");
    }
    if (!floating.isEmpty()) {
        check.severity = std::max(check.severity, PreflightCheck::Severity::Warn);
        parts << tr("%1 of %2 images use latest").arg(floating.size()).arg(imageCount);
        remedies << tr("Pin the images to a version tag or a digest: latest changes under a "
                       "running release, and nodes that pulled it earlier run another image "
                       "than nodes that pull it now.");
    }
    parts << tr("the release pulls %1 images").arg(imageCount);
    if (secretCount > 0 && missing.isEmpty() && unchecked.isEmpty())
        parts.last() += maintained > 0
            ? tr(" with %1 pull secrets, all present or written by the release when it runs")
                  .arg(secretCount)
            : tr(" with %1 pull secrets, all present").arg(secretCount);
    QString message = parts.join(QStringLiteral("; "));
    message[0] = message.at(0).toUpper();
    check.message = message;
    check.remediation = remedies.join(u'\n');
    check.items = problems;
    for (auto it = usage.images.cbegin(); it != usage.images.cend(); ++it)
        check.items << tr("%1 (%2)").arg(it.key(), it.value().join(QStringLiteral(", ")));
    return running.finished();
}

} // namespace Slipway
