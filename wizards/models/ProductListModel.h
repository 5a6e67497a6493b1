#pragma once

#include "product/Chart.h"

#include <QAbstractListModel>
#include <QIcon>

namespace Slipway {

// The products the wizard offers: each a loaded chart (bundled ones from ProductCatalog, or one
// the administrator opened), shown with its icon, title and versions.
class ProductListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductListModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the descriptor's product id, else the chart name
        DescriptionRole,
        ChartVersionRole,
        AppVersionRole,
        SourceRole, // the folder or .tgz
    };

    explicit ProductListModel(QObject *parent = nullptr);
    ~ProductListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Replaces the list, keeping the order given.
    void setCharts(QList<Chart> charts);
    // Adds a chart (or replaces the one from the same source); returns its row.
    int addChart(Chart chart);
    const Chart *chart(int row) const;
    int rowOf(const QString &id) const; // by product id or chart name; -1 when absent

private:
    struct Item
    {
        Chart chart;
        QIcon icon;
    };
    static Item itemFor(Chart chart);
    QList<Item> m_items;
};

} // namespace Slipway
