#include "StorageCheck.h"

#include "ReleaseObjects.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace Slipway {

namespace {

const QString kNoProvisioner = QStringLiteral("kubernetes.io/no-provisioner");

struct StorageClassInfo
{
    QString name;
    QString provisioner;
    QString bindingMode; // Immediate, WaitForFirstConsumer
    QString created; // RFC 3339: sorts as text
    bool isDefault = false;
};

struct VolumeInfo
{
    QString name;
    QString storageClassName;
    Quantity capacity;
    QStringList accessModes;
    bool used = false;
};

QList<StorageClassInfo> readClasses(const QJsonObject &list)
{
    QList<StorageClassInfo> classes;
    for (const QJsonValue &item : list[u"items"].toArray()) {
        const QJsonObject metadata = item[u"metadata"].toObject();
        const QJsonObject annotations = metadata[u"annotations"].toObject();
        StorageClassInfo info;
        info.name = metadata[u"name"].toString();
        info.provisioner = item[u"provisioner"].toString();
        info.bindingMode = item[u"volumeBindingMode"].toString(QStringLiteral("Immediate"));
        info.created = metadata[u"creationTimestamp"].toString();
        info.isDefault
            = annotations[u"storageclass.kubernetes.io/is-default-class"].toString() == u"true"
            || annotations[u"storageclass.beta.kubernetes.io/is-default-class"].toString() == u"true";
        classes.append(info);
    }
    std::sort(classes.begin(), classes.end(),
              [](const StorageClassInfo &a, const StorageClassInfo &b) { return a.name < b.name; });
    return classes;
}

QList<VolumeInfo> readAvailableVolumes(const QJsonObject &list, QStringList *problems)
{
    QList<VolumeInfo> volumes;
    for (const QJsonValue &item : list[u"items"].toArray()) {
        if (item[u"status"][u"phase"].toString() != QLatin1String("Available"))
            continue;
        VolumeInfo volume;
        volume.name = item[u"metadata"][u"name"].toString();
        const QJsonObject spec = item[u"spec"].toObject();
        volume.storageClassName = spec[u"storageClassName"].toString();
        for (const QJsonValue &mode : spec[u"accessModes"].toArray())
            volume.accessModes.append(mode.toString());
        const Expected<Quantity> capacity = ReleaseObjects::quantity(spec[u"capacity"][u"storage"]);
        if (!capacity) {
            problems->append(StorageCheck::tr("PersistentVolume %1: spec.capacity.storage: %2")
                                 .arg(volume.name, capacity.error().message));
            continue;
        }
        volume.capacity = *capacity;
        volumes.append(volume);
    }
    return volumes;
}

QString claimText(const ReleaseClaim &claim)
{
    return StorageCheck::tr("%1 (%2, %3)")
        .arg(claim.name, claim.size.toString(), claim.accessModes.join(QStringLiteral(", ")));
}

QString classLabel(const QString &className)
{
    return className.isEmpty() ? StorageCheck::tr("without a class")
                               : StorageCheck::tr("of class %1").arg(className);
}

QString bindingText(const StorageClassInfo *info)
{
    if (!info)
        return StorageCheck::tr("bound to Available PersistentVolumes");
    const QString mode = info->bindingMode == QLatin1String("WaitForFirstConsumer")
        ? StorageCheck::tr("WaitForFirstConsumer: bound when the pod is scheduled")
        : StorageCheck::tr("Immediate: bound as soon as the claim is created");
    if (info->provisioner == kNoProvisioner)
        return StorageCheck::tr("%1; no provisioner: bound to Available PersistentVolumes").arg(mode);
    return mode;
}

// The claims bound to Available volumes, largest first, each to the smallest volume of its
// class that holds it with the access modes it asks for. What finds none is named.
QStringList bindStatically(QList<const ReleaseClaim *> claims,
                           const QMap<const ReleaseClaim *, QString> &classOf,
                           QList<VolumeInfo> *volumes, QMap<QString, QString> *boundTo)
{
    std::stable_sort(claims.begin(), claims.end(), [](const ReleaseClaim *a, const ReleaseClaim *b) {
        return a->size > b->size;
    });
    QStringList unbound;
    for (const ReleaseClaim *claim : claims) {
        const QString className = classOf.value(claim);
        VolumeInfo *best = nullptr;
        VolumeInfo *largest = nullptr;
        for (VolumeInfo &volume : *volumes) {
            if (volume.used || volume.storageClassName != className)
                continue;
            if (!largest || volume.capacity > largest->capacity)
                largest = &volume;
            const bool modes = std::all_of(claim->accessModes.cbegin(), claim->accessModes.cend(),
                                           [&](const QString &m) { return volume.accessModes.contains(m); });
            if (modes && volume.capacity >= claim->size && (!best || volume.capacity < best->capacity))
                best = &volume;
        }
        if (best) {
            best->used = true;
            boundTo->insert(claim->name, best->name);
            continue;
        }
        unbound.append(StorageCheck::tr("claim %1 has no Available PersistentVolume %2 (%3)")
                           .arg(claimText(*claim), classLabel(className),
                                largest ? StorageCheck::tr("largest Available: %1")
                                              .arg(largest->capacity.toString())
                                        : StorageCheck::tr("none is Available")));
    }
    return unbound;
}

} // namespace

PreflightCheck StorageCheck::run(const QList<QJsonObject> &manifests,
                                 const QJsonObject &storageClassList,
                                 const QJsonObject &persistentVolumeList)
{
    TimedCheck timed(QStringLiteral("storage"), tr("Storage"));
    PreflightCheck &check = timed.check;

    QStringList problems;
    const QList<ReleaseClaim> claims = ReleaseObjects::claims(manifests, &problems);
    if (claims.isEmpty() && problems.isEmpty()) {
        check.message = tr("The release asks for no persistent storage");
        return timed.done();
    }

    const QList<StorageClassInfo> classes = readClasses(storageClassList);
    QList<VolumeInfo> volumes = readAvailableVolumes(persistentVolumeList, &problems);
    QStringList classNames;
    QList<const StorageClassInfo *> defaults;
    for (const StorageClassInfo &info : classes) {
        classNames.append(info.name);
        if (info.isDefault)
            defaults.append(&info);
    }
    // Kubernetes gives a claim without a class the newest default class (then the first by name).
    std::stable_sort(defaults.begin(), defaults.end(),
                     [](const StorageClassInfo *a, const StorageClassInfo *b) { return a->created > b->created; });
    const StorageClassInfo *defaultClass = defaults.isEmpty() ? nullptr : defaults.first();
    const auto findClass = [&](const QString &name) -> const StorageClassInfo * {
        for (const StorageClassInfo &info : classes) {
            if (info.name == name)
                return &info;
        }
        return nullptr;
    };
    const QString existing = classNames.isEmpty()
        ? tr("the cluster has none")
        : tr("the cluster has: %1").arg(classNames.join(QStringLiteral(", ")));

    QStringList failures;
    QStringList warnings;
    bool missingClass = false;
    bool noDefault = false;
    bool usesDefault = false;
    QList<const ReleaseClaim *> staticClaims;
    QMap<const ReleaseClaim *, QString> classOf;
    QMap<QString, QPair<int, Quantity>> byClass; // class → claims, total size
    for (const ReleaseClaim &claim : claims) {
        QString className;
        if (claim.storageClassName) {
            className = *claim.storageClassName;
            if (!className.isEmpty() && !findClass(className)) {
                missingClass = true;
                failures.append(tr("claim %1 asks for StorageClass %2, which does not exist (%3)")
                                    .arg(claim.name, className, existing));
                continue;
            }
        } else if (defaultClass) {
            usesDefault = true;
            className = defaultClass->name;
        } else {
            noDefault = true;
            failures.append(tr("claim %1 names no StorageClass and the cluster has no default "
                               "StorageClass (%2)")
                                .arg(claim.name, existing));
            continue;
        }
        classOf.insert(&claim, className);
        const StorageClassInfo *info = findClass(className);
        if (!info || info->provisioner == kNoProvisioner)
            staticClaims.append(&claim);
        byClass[className].first += 1;
        byClass[className].second += claim.size;
    }
    QMap<QString, QString> boundTo;
    const QStringList unbound = bindStatically(staticClaims, classOf, &volumes, &boundTo);
    failures += unbound;
    if (usesDefault && defaults.size() > 1) {
        QStringList names;
        for (const StorageClassInfo *info : defaults)
            names.append(info->name);
        std::sort(names.begin(), names.end());
        warnings.append(tr("%1 StorageClasses are marked default (%2); Kubernetes gives claims "
                           "without a class the newest, %3")
                            .arg(defaults.size())
                            .arg(names.join(QStringLiteral(", ")), defaultClass->name));
    }

    Quantity total;
    for (const ReleaseClaim &claim : claims)
        total += claim.size;
    QStringList perClass;
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
        const QString binding = bindingText(findClass(it.key()));
        if (byClass.size() == 1) {
            perClass.append(it.key().isEmpty() ? tr("no class (%1)").arg(binding)
                                               : tr("class %1 (%2)").arg(it.key(), binding));
        } else {
            perClass.append(tr("%1: %2 %3, %4 (%5)")
                                .arg(it.key().isEmpty() ? tr("no class") : tr("class %1").arg(it.key()))
                                .arg(it->first)
                                .arg(it->first == 1 ? tr("claim") : tr("claims"))
                                .arg(it->second.toString(), binding));
        }
    }
    const QString summary = tr("%1 %2, %3 in total")
                                .arg(claims.size())
                                .arg(claims.size() == 1 ? tr("claim") : tr("claims"))
                                .arg(total.toString());

    if (!failures.isEmpty() || !problems.isEmpty()) {
        check.severity = PreflightCheck::Severity::Fail;
        check.message = failures.isEmpty()
            ? tr("The release's storage cannot be judged: %1 sizes cannot be read").arg(problems.size())
            : tr("%1 of the release's %2 claims cannot be bound").arg(failures.size()).arg(claims.size());
        check.items = failures + problems + warnings;
        check.remediation = TimedCheck::remediationOf({
            { missingClass,
              tr("Set the storage class in the values to one the cluster has, or create the "
                 "StorageClass.") },
            { noDefault,
              tr("Name a storage class in the values, or mark one as the default "
                 "(annotation storageclass.kubernetes.io/is-default-class: \"true\").") },
            { !unbound.isEmpty(),
              tr("Create Available PersistentVolumes of the class, as large as the claims and "
                 "with their access modes, or use a class with a provisioner.") },
            { !problems.isEmpty(), tr("Correct the sizes named in the values.") },
        });
        return timed.done();
    }

    check.message = tr("%1, %2").arg(summary, perClass.join(QStringLiteral("; ")));
    for (const ReleaseClaim &claim : claims) {
        const QString bound = boundTo.value(claim.name);
        check.items.append(bound.isEmpty()
                               ? tr("%1 %2").arg(claimText(claim), classLabel(classOf.value(&claim)))
                               : tr("%1 %2: PersistentVolume %3")
                                     .arg(claimText(claim), classLabel(classOf.value(&claim)), bound));
    }
    if (!warnings.isEmpty()) {
        check.severity = PreflightCheck::Severity::Warn;
        check.items = warnings + check.items;
        check.remediation = tr("Leave one StorageClass marked default, or name the class in the "
                               "values so that the claims do not depend on which default wins.");
    }
    return timed.done();
}

} // namespace Slipway
