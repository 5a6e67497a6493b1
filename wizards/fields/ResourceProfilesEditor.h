#pragma once

#include "FieldEditor.h"

class QLabel;
class QStandardItemModel;
class QTableView;

namespace Slipway {

// resourceProfiles: one row per profile the field offers, CPU and memory request and limit in
// columns. Under the table, a hint names each profile that no node of the cluster could run
// (its requests against the largest node's allocatable CPU and memory).
class ResourceProfilesEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceProfilesEditor)

public:
    ResourceProfilesEditor(const Field &field, QWidget *parent = nullptr);
    ~ResourceProfilesEditor() override;

    QVariant answer() const override;
    void setFacts(const ClusterFacts &facts) override;
    bool isWide() const override { return true; }
    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    // What the hint says; empty when every profile fits (or the nodes are not known).
    QString fitHint() const;

protected:
    void display(const QVariant &answer) override;

private:
    void updateHint();

    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_hint = nullptr;
    qint64 m_largestCpuMilli = 0;
    qint64 m_largestMemory = 0;
};

} // namespace Slipway
