#include "ProductListModel.h"

#include <QPixmap>

namespace Slipway {

ProductListModel::ProductListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

ProductListModel::~ProductListModel() = default;

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    const Chart &chart = item.chart;
    const Descriptor *descriptor = chart.descriptor ? &*chart.descriptor : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return descriptor && !descriptor->title.isEmpty() ? descriptor->title : chart.name;
    case Qt::DecorationRole:
        return item.icon;
    case Qt::ToolTipRole:
    case DescriptionRole:
        return descriptor && !descriptor->description.isEmpty() ? descriptor->description
                                                                : chart.description;
    case IdRole:
        return descriptor && !descriptor->productId.isEmpty() ? descriptor->productId : chart.name;
    case ChartVersionRole:
        return chart.version;
    case AppVersionRole:
        return chart.appVersion;
    case SourceRole:
        return chart.source;
    default:
        return {};
    }
}

ProductListModel::Item ProductListModel::itemFor(Chart chart)
{
    Item item;
    QPixmap pixmap;
    if (!chart.icon.isEmpty() && pixmap.loadFromData(chart.icon))
        item.icon = QIcon(pixmap);
    item.chart = std::move(chart);
    return item;
}

void ProductListModel::setCharts(QList<Chart> charts)
{
    beginResetModel();
    m_items.clear();
    for (Chart &chart : charts)
        m_items << itemFor(std::move(chart));
    endResetModel();
}

int ProductListModel::addChart(Chart chart)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).chart.source == chart.source) {
            m_items[row] = itemFor(std::move(chart));
            Q_EMIT dataChanged(index(row), index(row));
            return row;
        }
    }
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items << itemFor(std::move(chart));
    endInsertRows();
    return row;
}

const Chart *ProductListModel::chart(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row).chart : nullptr;
}

int ProductListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (data(index(row), IdRole).toString() == id || m_items.at(row).chart.name == id)
            return row;
    }
    return -1;
}

} // namespace Slipway
