#pragma once

#include "ItemState.h"

#include "preflight/PreflightReport.h"

#include <QAbstractItemModel>

namespace Slipway {

// A PreflightReport as a tree for the window and the wizard's Preflight page: one row per check
// (CHECK, RESULT, MESSAGE, TIME), and under it one child row per item the check names (the pods
// that cannot be placed, the permissions missing, …) with the remediation as the last child.
// A new report replaces the old one with a model reset: reports are small and arrive whole.
class PreflightModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        CheckColumn,
        ResultColumn,
        MessageColumn,
        TimeColumn,
        ColumnCount
    };
    enum Role
    {
        CheckIdRole = FirstModelRole, // QString, on every row of a check and its children
        SeverityRole, // int (PreflightCheck::Severity), on check rows
    };

    explicit PreflightModel(QObject *parent = nullptr);
    ~PreflightModel() override;
    Q_DISABLE_COPY_MOVE(PreflightModel)

    void setReport(const PreflightReport &report);
    void clear();
    const PreflightReport &report() const { return m_report; }
    QModelIndex indexOfCheck(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static ItemState stateOf(PreflightCheck::Severity severity);

private:
    // Child rows of a check: its items, then "Fix: …" when it has a remediation.
    static QStringList childLines(const PreflightCheck &check);

    PreflightReport m_report;
    QList<QStringList> m_children; // per check
};

} // namespace Slipway
