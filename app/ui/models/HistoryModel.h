#pragma once

#include "ItemState.h"
#include "LiveTableModel.h"

#include "helm/ReleaseRecord.h"

namespace Slipway {

class ReleaseHistory;

// The revisions of one release as `helm history` lists them (REVISION, UPDATED, STATUS, CHART,
// APP VERSION, DESCRIPTION), newest first. Each setRecords() changes only what differs: a new
// revision is one inserted row, a superseded one a dataChanged, a pruned one a removed row.
class HistoryModel final : public LiveTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RevisionColumn,
        UpdatedColumn,
        StatusColumn,
        ChartColumn,
        AppVersionColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum Role
    {
        RevisionRole = FirstModelRole, // int
        StatusRole,
        UpdatedRole, // QDateTime
        ChartRole, // "name-version"
    };

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;
    Q_DISABLE_COPY_MOVE(HistoryModel)

    // The revisions of the release, in any order.
    void setRecords(const QList<ReleaseRecord> &records);
    // A finished ReleaseHistory's records (all of them decoded).
    void setHistory(const ReleaseHistory &history);

    // The whole record of a row (values, manifest, notes), for a rollback or a diff.
    ReleaseRecord recordAt(int row) const;
    int revisionAt(int row) const; // 0 when the row is not there
    int rowOfRevision(int revision) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool before(const QString &a, const QString &b) const override;

private:
    QVariant display(const ReleaseRecord &record, int column) const;

    QHash<QString, ReleaseRecord> m_records; // by revision number as text
};

} // namespace Slipway
