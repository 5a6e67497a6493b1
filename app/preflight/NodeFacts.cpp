#include "NodeFacts.h"

#include "core/Quantity.h"

#include <QJsonArray>

#include <algorithm>

namespace Slipway {

namespace {

qint64 quantity(const QJsonValue &value, bool milli)
{
    const Expected<Quantity> parsed = Quantity::parse(value.toString());
    if (!parsed)
        return 0;
    return milli ? parsed->milliValue() : parsed->value();
}

// The labels that pick this kind of GPU node, best first: what GPU Feature Discovery sets for
// every GPU node, then the product, then the node itself.
QVariantMap selectorFor(const QString &name, const QJsonObject &labels, const QString &vendor)
{
    const QString present = vendor + QStringLiteral("/gpu.present");
    if (labels.value(present).toString() == QLatin1String("true"))
        return { { present, QStringLiteral("true") } };
    const QString product = vendor + QStringLiteral("/gpu.product");
    if (labels.contains(product))
        return { { product, labels.value(product).toString() } };
    return { { QStringLiteral("kubernetes.io/hostname"), name } };
}

QVariantList tolerationsFor(const QJsonArray &taints)
{
    QVariantList tolerations;
    for (const QJsonValue &value : taints) {
        const QJsonObject taint = value.toObject();
        const QString effect = taint.value(QLatin1String("effect")).toString();
        if (effect != QLatin1String("NoSchedule") && effect != QLatin1String("NoExecute"))
            continue;
        QVariantMap toleration { { QStringLiteral("key"), taint.value(QLatin1String("key")).toString() },
                                 { QStringLiteral("effect"), effect } };
        if (taint.contains(QLatin1String("value"))) {
            toleration.insert(QStringLiteral("operator"), QStringLiteral("Equal"));
            toleration.insert(QStringLiteral("value"), taint.value(QLatin1String("value")).toString());
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
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    return slash > 0 && name.mid(slash + 1).startsWith(QLatin1String("gpu"));
}

ClusterFacts NodeFacts::read(const QList<QJsonObject> &nodes,
                             const QList<QJsonObject> &storageClasses)
{
    ClusterFacts facts;
    for (const QJsonObject &node : nodes) {
        const QJsonObject spec = node.value(QLatin1String("spec")).toObject();
        if (spec.value(QLatin1String("unschedulable")).toBool())
            continue;
        const QJsonObject metadata = node.value(QLatin1String("metadata")).toObject();
        const QString name = metadata.value(QLatin1String("name")).toString();
        const QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
        const QJsonObject allocatable
            = node.value(QLatin1String("status")).toObject().value(QLatin1String("allocatable")).toObject();
        for (auto it = allocatable.begin(); it != allocatable.end(); ++it) {
            const bool cpu = it.key() == QLatin1String("cpu");
            const bool gpu = isGpuResource(it.key());
            if (!cpu && !gpu && it.key() != QLatin1String("memory"))
                continue;
            const qint64 amount = quantity(it.value(), cpu);
            qint64 &largest = facts.largestNodeCapacity[it.key()];
            largest = std::max(largest, amount);
            if (!gpu || amount <= 0)
                continue;
            const QString vendor = it.key().section(QLatin1Char('/'), 0, 0);
            GpuNode gpuNode;
            gpuNode.name = name;
            gpuNode.resourceName = it.key();
            gpuNode.allocatable = amount;
            gpuNode.product = labels.value(vendor + QStringLiteral("/gpu.product")).toString();
            gpuNode.selector = selectorFor(name, labels, vendor);
            gpuNode.tolerations = tolerationsFor(spec.value(QLatin1String("taints")).toArray());
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

} // namespace Slipway
