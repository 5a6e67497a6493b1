#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Slipway {

// Amounts by resource name, in the units the scheduler compares: "cpu" in millicores, every
// other resource ("memory", "ephemeral-storage", "pods", "nvidia.com/gpu", …) in whole units
// (bytes, counts).
using ResourceAmounts = QMap<QString, qint64>;

struct NodeTaint
{
    QString key;
    QString value;
    QString effect; // NoSchedule, PreferNoSchedule, NoExecute
};

struct PodToleration
{
    QString key; // empty with Exists: every key
    QString op; // "Equal" (the default when empty) or "Exists"
    QString value;
    QString effect; // empty: every effect

    bool tolerates(const NodeTaint &taint) const;
};

// One matchExpressions / matchFields entry of a node selector term.
struct NodeSelectorRequirement
{
    QString key;
    QString op; // In, NotIn, Exists, DoesNotExist, Gt, Lt
    QStringList values;

    bool matches(const QMap<QString, QString> &labels) const;
};

// A requiredDuringScheduling term: its expressions are ANDed; an empty term matches nothing,
// as in the scheduler.
struct NodeSelectorTerm
{
    QList<NodeSelectorRequirement> matchExpressions; // against the node's labels
    QList<NodeSelectorRequirement> matchFields; // against metadata.name, the one field allowed
};

struct PlacementNode
{
    QString name;
    ResourceAmounts allocatable;
    ResourceAmounts requested; // what the pods already running on it request ("pods": how many)
    QMap<QString, QString> labels;
    QList<NodeTaint> taints;
    bool unschedulable = false;
};

struct ContainerRequests
{
    QString name;
    ResourceAmounts requests;
    bool sidecar = false; // an init container with restartPolicy: Always: it keeps running
};

// A pod template and how many pods come from it.
struct PlacementPod
{
    QString name; // the workload's name: "worker"
    QString owner; // "Deployment/worker"
    int replicas = 1;
    bool daemonSet = false; // one pod on every eligible node instead of `replicas`
    QList<ContainerRequests> containers;
    QList<ContainerRequests> initContainers;
    ResourceAmounts overhead; // spec.overhead (RuntimeClass)
    QMap<QString, QString> nodeSelector;
    QList<NodeSelectorTerm> requiredAffinity; // ORed; empty: no required node affinity
    QList<PodToleration> tolerations;

    // What the scheduler reserves for one pod: per resource the larger of the largest init
    // container (plus the sidecars started before it) and the containers plus all sidecars,
    // then the overhead and one pod slot.
    ResourceAmounts effectiveRequests() const;
};

struct UnplacedPod
{
    enum class Kind
    {
        NoRoom, // it would fit on an eligible node, but not with what is already there
        TooLarge, // larger than every node it may run on, even empty
        MissingResource, // asks for a resource no node has
        NotEligible, // selectors, affinity, taints or cordons leave it no node
        DaemonSetIdle, // a DaemonSet that no node is eligible for: it runs nowhere
    };

    QString pod;
    QString owner;
    Kind kind = Kind::NoRoom;
    int wanted = 0; // replicas, or eligible nodes for a DaemonSet
    int unplaced = 0;
    QString reason; // worded with the numbers: "worker needs 4 CPU on one node; …"
    QStringList resources; // the resources the reason is about
};

struct PodAssignment
{
    QString pod;
    QString owner;
    int replica = 0; // 0, 1, …: of the replicas, or of a DaemonSet's pods in node order
    QString node;
};

struct PlacementResult
{
    QList<PodAssignment> placed;
    QList<UnplacedPod> unplaced; // one per pod template that lost replicas or runs nowhere, in input order
    QList<PlacementNode> nodesAfter; // `requested` now includes the placed pods

    bool allPlaced() const; // every pod wanted has a node (a DaemonSet with no node wants none)
};

// Will these pods fit on these nodes? Not sums: every replica is placed first-fit-decreasing
// (largest dominant resource share first) on the nodes the scheduler's filters allow —
// cordons, NoSchedule / NoExecute taints not tolerated, nodeSelector, required node affinity,
// room left by the running pods and the pods placed before it. DaemonSet pods are placed first,
// one on each node they are eligible for (they tolerate cordons, as the DaemonSet controller
// arranges). Pure: the same input always gives the same placement.
class Placement
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::Placement)

public:
    static PlacementResult place(const QList<PlacementNode> &nodes,
                                 const QList<PlacementPod> &pods);

    // "2.5" for 2500 millicores, "8Gi", "1.5Gi" for bytes, "4" for counts; `roundUp` for what a
    // pod needs, down for what a node has, so the two never print equal when they are not.
    static QString formatAmount(const QString &resource, qint64 amount, bool roundUp = false);
    // "4 CPU", "8Gi memory", "8 nvidia.com/gpu"
    static QString describe(const QString &resource, qint64 amount, bool roundUp = false);
    static QString describeTaint(const NodeTaint &taint); // "key=value:Effect"

    // Why the node is not eligible for the pod, before looking at resources; empty when it is.
    static QString exclusion(const PlacementNode &node, const PlacementPod &pod);
};

} // namespace Slipway
