#include "UpgradeImpact.h"

#include "core/Quantity.h"
#include "preflight/ManifestWalk.h"
#include "product/YamlReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Slipway {

namespace {

using Objects = QMap<QString, QJsonObject>; // "Kind/namespace/name" → object

QList<QJsonObject> documents(const QString &manifest)
{
    Diagnostics ignored; // helm wrote it; a document that does not parse is left out
    QList<QJsonObject> out;
    for (const ValueTree &document :
         YamlReader::parseDocuments(manifest.toUtf8(), QStringLiteral("manifest"), &ignored)) {
        const QJsonObject object = document.toJson().toObject();
        if (!object.isEmpty())
            out << object;
    }
    return ManifestWalk::expand(out);
}

Objects byIdentity(const QString &manifest)
{
    Objects objects;
    for (const QJsonObject &object : documents(manifest)) {
        const QJsonObject metadata = object.value(u"metadata").toObject();
        objects.insert(object.value(u"kind").toString() + u'/' + metadata.value(u"namespace").toString()
                           + u'/' + metadata.value(u"name").toString(),
                       object);
    }
    return objects;
}

QString shown(const QJsonObject &object)
{
    return object.value(u"kind").toString() + u'/'
        + object.value(u"metadata").toObject().value(u"name").toString();
}

QJsonValue at(const QJsonObject &object, std::initializer_list<const char16_t *> path)
{
    QJsonValue value = object;
    for (const char16_t *key : path)
        value = value.toObject().value(QStringView(key));
    return value;
}

bool kept(const QJsonObject &object)
{
    return at(object, { u"metadata", u"annotations", u"helm.sh/resource-policy" }).toString()
        == QLatin1String("keep");
}

const QSet<QString> &workloads()
{
    static const QSet<QString> kinds { QStringLiteral("Deployment"), QStringLiteral("StatefulSet"),
                                       QStringLiteral("DaemonSet"), QStringLiteral("ReplicaSet") };
    return kinds;
}

} // namespace

QList<UpgradeNote> UpgradeImpact::between(const QString &deployedManifest,
                                          const QString &plannedManifest)
{
    const Objects before = byIdentity(deployedManifest);
    const Objects after = byIdentity(plannedManifest);
    QList<UpgradeNote> notes;
    const auto note = [&notes](UpgradeNote::Kind kind, const QJsonObject &object, const QString &message) {
        notes << UpgradeNote { kind, shown(object), message };
    };
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QJsonObject &old = it.value();
        const QString kind = old.value(u"kind").toString();
        if (!after.contains(it.key())) {
            if (kept(old))
                continue; // helm leaves it in the cluster
            if (kind == QLatin1String("PersistentVolumeClaim"))
                note(UpgradeNote::Kind::DeleteVolume, old,
                     tr("the chart no longer has this claim: helm deletes it, and its data with it "
                        "unless its volume's reclaim policy is Retain."));
            else
                note(UpgradeNote::Kind::Delete, old, tr("the chart no longer has it: helm deletes it."));
            continue;
        }
        const QJsonObject &now = after.value(it.key());
        const QJsonObject oldSpec = old.value(u"spec").toObject();
        const QJsonObject newSpec = now.value(u"spec").toObject();
        const auto changed = [&](const char16_t *key) { return oldSpec.value(QStringView(key)) != newSpec.value(QStringView(key)); };
        if (workloads().contains(kind)) {
            if (changed(u"selector"))
                note(UpgradeNote::Kind::Immutable, old,
                     tr("spec.selector changes, which Kubernetes refuses: the upgrade fails. Keep "
                        "the selector, or uninstall and install again."));
            if (kind == QLatin1String("StatefulSet")) {
                for (const char16_t *field : { u"volumeClaimTemplates", u"serviceName", u"podManagementPolicy" }) {
                    if (changed(field))
                        note(UpgradeNote::Kind::Immutable, old,
                             tr("spec.%1 changes, which Kubernetes refuses for a StatefulSet: the "
                                "upgrade fails.")
                                 .arg(QString::fromUtf16(field)));
                }
            }
            if (changed(u"template")) {
                const QString strategy = kind == QLatin1String("DaemonSet") || kind == QLatin1String("StatefulSet")
                    ? at(newSpec, { u"updateStrategy", u"type" }).toString()
                    : QString();
                if (strategy == QLatin1String("OnDelete"))
                    note(UpgradeNote::Kind::Recreate, old,
                         tr("its pod template changes; with the OnDelete strategy the pods keep "
                            "running the old one until they are deleted."));
                else
                    note(UpgradeNote::Kind::Recreate, old,
                         kind == QLatin1String("StatefulSet")
                             ? tr("its pod template changes: its pods are replaced one at a time, "
                                  "highest ordinal first.")
                             : tr("its pod template changes: its pods are replaced (a rolling update)."));
            }
        } else if (kind == QLatin1String("Job") && changed(u"template")) {
            note(UpgradeNote::Kind::Immutable, old,
                 tr("a Job's pod template cannot change: the upgrade fails unless the Job is "
                    "deleted first."));
        } else if (kind == QLatin1String("PersistentVolumeClaim")) {
            for (const char16_t *field : { u"storageClassName", u"accessModes", u"volumeName", u"volumeMode" }) {
                if (changed(field) && !newSpec.value(QStringView(field)).isUndefined())
                    note(UpgradeNote::Kind::Immutable, old,
                         tr("spec.%1 of a claim cannot change: the upgrade fails.").arg(QString::fromUtf16(field)));
            }
            const auto size = [](const QJsonObject &spec) {
                return Quantity::parse(at(spec, { u"resources", u"requests", u"storage" }).toString());
            };
            const auto oldSize = size(oldSpec);
            const auto newSize = size(newSpec);
            if (oldSize && newSize && *newSize < *oldSize)
                note(UpgradeNote::Kind::Immutable, old,
                     tr("the claim would shrink from %1 to %2, which Kubernetes refuses: the upgrade fails.")
                         .arg(oldSize->toString(), newSize->toString()));
        } else if (kind == QLatin1String("Service")) {
            const QString oldIp = oldSpec.value(u"clusterIP").toString();
            const QString newIp = newSpec.value(u"clusterIP").toString();
            if (!oldIp.isEmpty() && !newIp.isEmpty() && oldIp != newIp)
                note(UpgradeNote::Kind::Immutable, old,
                     tr("spec.clusterIP changes from %1 to %2, which Kubernetes refuses: the upgrade fails.")
                         .arg(oldIp, newIp));
        }
    }
    std::stable_sort(notes.begin(), notes.end(), [](const UpgradeNote &a, const UpgradeNote &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.object < b.object;
    });
    return notes;
}

QStringList UpgradeImpact::images(const QString &manifest)
{
    QStringList images;
    for (const PodTemplate &pod : ManifestWalk::podTemplates(documents(manifest))) {
        for (const PodContainer &container : ManifestWalk::containers(pod.spec)) {
            const QString image = container.object.value(u"image").toString();
            if (!image.isEmpty() && !images.contains(image))
                images << image;
        }
    }
    images.sort();
    return images;
}

QString UpgradeImpact::kindName(UpgradeNote::Kind kind)
{
    switch (kind) {
    case UpgradeNote::Kind::Immutable:
        return tr("fails");
    case UpgradeNote::Kind::DeleteVolume:
        return tr("deletes data");
    case UpgradeNote::Kind::Recreate:
        return tr("replaces pods");
    case UpgradeNote::Kind::Delete:
        return tr("deletes");
    }
    return {};
}

} // namespace Slipway
