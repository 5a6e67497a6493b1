#pragma once

#include "FieldEditor.h"

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Slipway {

// The editors whose answer is rows (keyValues, tolerations): a table with Add and Remove. A
// row whose cells are all empty is no row, so Add never makes an invalid answer by itself.
class TableEditor : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableEditor)

public:
    ~TableEditor() override;

    bool isWide() const override { return true; }
    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

protected:
    TableEditor(const Field &field, const QStringList &headers, QWidget *parent);
    // The cells of each row with at least one cell filled, trimmed.
    QList<QStringList> rows() const;
    void setRows(const QList<QStringList> &rows);

private:
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Slipway
