#pragma once

#include "ItemState.h"
#include "LiveTableModel.h"
#include "ObjectFilter.h"

#include "kube/Reflector.h"
#include "kube/RolloutStatus.h"

namespace Slipway {

// The workloads of a release (Deployments, StatefulSets, DaemonSets, Jobs, CronJobs): KIND, NAME,
// READY ("2/3"), STATE (Current / InProgress / Failed, by RolloutStatus) and REASON, live from
// one Reflector per kind, narrowed to the objects of the release's manifest with setObjects().
class WorkloadsModel final : public LiveTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        NameColumn,
        ReadyColumn,
        StateColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = FirstModelRole,
        KindRole,
        NameRole,
        RolloutStateRole, // RolloutStatus::State, as int
        ReasonRole,
    };

    explicit WorkloadsModel(QObject *parent = nullptr);
    ~WorkloadsModel() override;
    Q_DISABLE_COPY_MOVE(WorkloadsModel)

    // The kinds this table knows, and the Reflector::Options of one of them in a namespace
    // (the apiPath and resource; empty ones for an unknown kind).
    static QStringList kinds();
    static Reflector::Options reflectorOptions(const QString &kind, const QString &nameSpace);

    // Follows the objects of `kind` that `reflector` (not owned) keeps: those it holds already
    // and every batch from now on.
    void addSource(const QString &kind, Reflector *reflector);

    // Shows only these objects (rows leave and enter, no reset); all of them until it is called.
    void setObjects(const QList<ObjectRef> &objects);
    void showAllObjects();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // One batch of Reflector::changed() for objects of `kind` (list items carry no kind of
    // their own; an object that does carry one is taken at its word).
    void apply(const QString &kind, const QList<QJsonObject> &added,
               const QList<QJsonObject> &updated, const QList<QJsonObject> &removed);

protected:
    bool before(const QString &a, const QString &b) const override;
    bool accepts(const QString &key) const override;

private:
    struct Row
    {
        QString kind;
        QString name;
        QString ready;
        RolloutStatus::State state = RolloutStatus::State::InProgress;
        QString reason;

        friend bool operator==(const Row &, const Row &) = default;
    };
    static Row rowFor(const QString &kind, const QJsonObject &object);
    static QString readyText(const QString &kind, const QJsonObject &object);
    QVariant display(const Row &row, int column) const;

    QHash<QString, Row> m_rows; // every workload of the sources by uid, shown or not
    ObjectFilter m_filter;
};

} // namespace Slipway
