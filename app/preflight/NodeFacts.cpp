#include "NodeFacts.h"

#include "ClusterCapacity.h"
#include "Placement.h"

#include <QJsonArray>

#include <algorithm>

namespace Slipway {

namespace {

// The labels that pick this kind of GPU node, best first: what GPU Feature Discovery sets for
// every GPU node, then the product, then the node itself.
QVariantMap selectorFor(const PlacementNode &node, const QString &vendor)
{
    const QString present = vendor + QStringLiteral("/gpu.present");
    if (node.labels.value(present) == QLatin1String("true"))
        return { { present, QStringLiteral("true") } };
    const QString product = vendor + QStringLiteral("/gpu.product");
    if (node.labels.contains(product))
        return { { product, node.labels.value(product) } };
    return { { QStringLiteral("kubernetes.io/hostname"), node.name } };
}

QVariantList tolerationsFor(const QList<NodeTaint> &taints)
{
    QVariantList tolerations;
    for (const NodeTaint &taint : taints) {
        if (taint.effect != QLatin1String("NoSchedule") && taint.effect != QLatin1String("NoExecute"))
            continue;
        QVariantMap toleration { { QStringLiteral("key"), taint.key },
                                 { QStringLiteral("effect"), taint.effect } };
        if (!taint.value.isEmpty()) {
            toleration.insert(QStringLiteral("operator"), QStringLiteral("Equal"));
            toleration.insert(QStringLiteral("value"), taint.value);
        } else {
            toleration.insert(QStringLiteral("operator"), QStringLiteral("Exists"));
        }
        tolerations << toleration;
    }
    return tolerations;
}

} // namespace

bool NodeFacts::isGpuResource(const QString &name)
{
    // Extended resources only (a domain before the "/"), by preflight's rule of what a GPU is.
    return name.indexOf(QLatin1Char('/')) > 0 && ClusterCapacity::isGpuResource(name);
}

ClusterFacts NodeFacts::read(const QList<QJsonObject> &nodes,
                             const QList<QJsonObject> &storageClasses)
{
    ClusterFacts facts;
    QJsonArray items;
    for (const QJsonObject &node : nodes)
        items.append(node);
    QStringList unreadable; // a quantity that does not parse counts as none, as in preflight
    const QList<PlacementNode> read
        = ClusterCapacity::readNodes(QJsonObject { { QStringLiteral("items"), items } }, {}, &unreadable);
    for (const PlacementNode &node : read) {
        if (node.unschedulable)
            continue;
        for (auto it = node.allocatable.cbegin(); it != node.allocatable.cend(); ++it) {
            const bool gpu = isGpuResource(it.key());
            if (!gpu && it.key() != QLatin1String("cpu") && it.key() != QLatin1String("memory"))
                continue;
            qint64 &largest = facts.largestNodeCapacity[it.key()];
            largest = std::max(largest, it.value());
            if (!gpu || it.value() <= 0)
                continue;
            const QString vendor = it.key().section(QLatin1Char('/'), 0, 0);
            GpuNode gpuNode;
            gpuNode.name = node.name;
            gpuNode.resourceName = it.key();
            gpuNode.allocatable = it.value();
            gpuNode.product = node.labels.value(vendor + QStringLiteral("/gpu.product"));
            gpuNode.selector = selectorFor(node, vendor);
            gpuNode.tolerations = tolerationsFor(node.taints);
            facts.gpuNodes << gpuNode;
        }
    }
    std::sort(facts.gpuNodes.begin(), facts.gpuNodes.end(), [](const GpuNode &a, const GpuNode &b) {
        return a.allocatable != b.allocatable ? a.allocatable > b.allocatable : a.name < b.name;
    });
    for (const QJsonObject &storageClass : storageClasses) {
        const QJsonObject metadata = storageClass.value(QLatin1String("metadata")).toObject();
        const QString name = metadata.value(QLatin1String("name")).toString();
        facts.storageClasses << name;
        const QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
        if (annotations.value(QLatin1String("storageclass.kubernetes.io/is-default-class")).toString()
            == QLatin1String("true"))
            facts.defaultStorageClass = name;
    }
    facts.storageClasses.sort();
    return facts;
}

QMap<QString, QStringList> NodeFacts::secretKeys(const QList<QJsonObject> &secrets)
{
    QMap<QString, QStringList> out;
    for (const QJsonObject &secret : secrets) {
        if (secret.value(QLatin1String("type")).toString() == QLatin1String("helm.sh/release.v1"))
            continue;
        const QString name = secret.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        if (name.isEmpty())
            continue;
        QStringList keys = secret.value(QLatin1String("data")).toObject().keys();
        keys.sort();
        out.insert(name, keys);
    }
    return out;
}

} // namespace Slipway
