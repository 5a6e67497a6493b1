#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Slipway {

// One pod template of the rendered manifests: a Pod's spec, or the template of a Deployment,
// StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job or CronJob (its jobTemplate).
struct PodTemplate
{
    QString kind; // of the workload: "Deployment"
    QString name; // of the workload
    QString nameSpace; // metadata.namespace of the workload; empty: the release namespace
    QJsonObject metadata; // the pod's metadata (annotations, labels)
    QJsonObject spec; // the PodSpec

    QString workload() const { return kind + u'/' + name; } // "Deployment/web"
};

// One container of a pod template, whichever list it sits in.
struct PodContainer
{
    QString name;
    QJsonObject object;
};

// The walk over rendered manifests the checks share: List documents expanded, pod templates
// found, containers listed.
class ManifestWalk
{
public:
    // Every object in order, a List's items in place of the List (Lists of Lists too).
    static QList<QJsonObject> expand(const QList<QJsonObject> &manifests);
    // Every pod template, in manifest order.
    static QList<PodTemplate> podTemplates(const QList<QJsonObject> &manifests);
    // initContainers, containers, then ephemeralContainers of a PodSpec.
    static QList<PodContainer> containers(const QJsonObject &podSpec);
    // metadata.namespace, else the release namespace.
    static QString namespaceOf(const QJsonObject &object, const QString &releaseNamespace);
};

} // namespace Slipway
