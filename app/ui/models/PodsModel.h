#pragma once

#include "ItemState.h"
#include "LiveTableModel.h"

#include "kube/PodStatus.h"

#include <QJsonObject>

namespace Slipway {

class Reflector;

// The pods of a namespace as `kubectl get pods -o wide` shows them (NAME, READY, STATUS,
// RESTARTS, AGE, NODE), live from a Reflector (which also applies the label selector, say
// app.kubernetes.io/instance=<release>). Sorted by namespace and name, as kubectl sorts.
// STATUS is kubectl's own text (PodStatus); ItemStateRole says whether the pod is failing.
class PodsModel final : public LiveTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ReadyColumn,
        StatusColumn,
        RestartsColumn,
        AgeColumn,
        NodeColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = FirstModelRole,
        NameRole,
        NamespaceRole,
        StatusRole, // kubectl's STATUS text
        ReadyContainersRole, // int
        TotalContainersRole, // int
        RestartsRole, // int
        CreatedRole, // QDateTime
        NodeRole,
        PhaseRole, // status.phase
    };

    struct Container
    {
        QString name;
        QString image;
        bool init = false; // an init container (a sidecar too)
        bool ready = false;
        int restarts = 0;
        QString state; // "running", "waiting", "terminated" or empty before the first status
        QString reason; // of a waiting or terminated state: "CrashLoopBackOff", "Completed"
        QString message;
        QString lastTerminationReason; // lastState.terminated: "OOMKilled", "Error"
        int lastExitCode = 0;
        QDateTime lastFinishedAt;

        friend bool operator==(const Container &, const Container &) = default;
    };
    struct Condition
    {
        QString type; // "PodScheduled", "Initialized", "ContainersReady", "Ready"
        QString status; // "True", "False", "Unknown"
        QString reason;
        QString message;
        QDateTime lastTransition;

        friend bool operator==(const Condition &, const Condition &) = default;
    };

    // A pod that has not been ready for this long is failing, whatever its STATUS says.
    static constexpr qint64 kNotReadyFailsAfterMs = 5 * 60 * 1000;
    // Restarts within this long of now mark a ready pod with a warning.
    static constexpr qint64 kRecentRestartMs = 10 * 60 * 1000;

    // `reflector` (not owned; may be null to feed apply() directly) keeps the pods.
    explicit PodsModel(Reflector *reflector = nullptr, QObject *parent = nullptr);
    ~PodsModel() override;
    Q_DISABLE_COPY_MOVE(PodsModel)

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The selected pod's details; empty for a row that is not there.
    QList<Container> containers(int row) const;
    QList<Condition> conditions(int row) const;
    ItemState state(int row) const;
    // The row of a pod by name (and namespace, when the model spans several); -1 when absent.
    int rowOfPod(const QString &name, const QString &nameSpace = {}) const;

public Q_SLOTS:
    // One batch of Reflector::changed().
    void apply(const QList<QJsonObject> &added, const QList<QJsonObject> &updated,
               const QList<QJsonObject> &removed);

protected:
    bool before(const QString &a, const QString &b) const override;
    void tick() override;

private:
    struct Row
    {
        QString name;
        QString nameSpace;
        QString node;
        QString phase;
        PodStatus status;
        QString detail; // why it is not running: a container's or the scheduler's message
        QDateTime notReadySince; // invalid while ready
        QList<Container> containers;
        QList<Condition> conditions;
        ItemState state = ItemState::Progressing;

        friend bool operator==(const Row &, const Row &) = default;
    };
    static Row rowFor(const QJsonObject &pod);
    ItemState stateOf(const Row &row) const;
    const Row *rowAt(int row) const;
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString toolTip(const Row &row) const;

    QHash<QString, Row> m_rows; // by uid
};

} // namespace Slipway
