#include "ManifestWalk.h"

#include <QJsonArray>

namespace Slipway {

namespace {

void expandInto(const QJsonObject &object, QList<QJsonObject> *objects)
{
    if (object.value(u"kind").toString() == u"List") {
        for (const QJsonValue &item : object.value(u"items").toArray())
            expandInto(item.toObject(), objects);
        return;
    }
    objects->append(object);
}

} // namespace

QList<QJsonObject> ManifestWalk::expand(const QList<QJsonObject> &manifests)
{
    QList<QJsonObject> objects;
    for (const QJsonObject &object : manifests)
        expandInto(object, &objects);
    return objects;
}

QList<PodTemplate> ManifestWalk::podTemplates(const QList<QJsonObject> &manifests)
{
    static const QStringList withTemplate { QStringLiteral("Deployment"),
                                            QStringLiteral("StatefulSet"),
                                            QStringLiteral("DaemonSet"),
                                            QStringLiteral("ReplicaSet"),
                                            QStringLiteral("ReplicationController"),
                                            QStringLiteral("Job") };
    QList<PodTemplate> templates;
    for (const QJsonObject &object : expand(manifests)) {
        const QString kind = object.value(u"kind").toString();
        const QJsonObject metadata = object.value(u"metadata").toObject();
        const QJsonObject spec = object.value(u"spec").toObject();
        PodTemplate pod;
        pod.kind = kind;
        pod.name = metadata.value(u"name").toString();
        pod.nameSpace = metadata.value(u"namespace").toString();
        QJsonObject podTemplate;
        if (kind == u"Pod") {
            podTemplate = object;
        } else if (withTemplate.contains(kind)) {
            podTemplate = spec.value(u"template").toObject();
        } else if (kind == u"CronJob") {
            podTemplate = spec.value(u"jobTemplate")[u"spec"][u"template"].toObject();
        } else {
            continue;
        }
        pod.metadata = podTemplate.value(u"metadata").toObject();
        pod.spec = podTemplate.value(u"spec").toObject();
        templates.append(pod);
    }
    return templates;
}

QList<PodContainer> ManifestWalk::containers(const QJsonObject &podSpec)
{
    QList<PodContainer> list;
    for (const QStringView key : { u"initContainers", u"containers", u"ephemeralContainers" }) {
        for (const QJsonValue &value : podSpec.value(key).toArray()) {
            const QJsonObject container = value.toObject();
            list.append({ container.value(u"name").toString(), container });
        }
    }
    return list;
}

QString ManifestWalk::namespaceOf(const QJsonObject &object, const QString &releaseNamespace)
{
    const QString nameSpace = object.value(u"metadata")[u"namespace"].toString();
    return nameSpace.isEmpty() ? releaseNamespace : nameSpace;
}

} // namespace Slipway
