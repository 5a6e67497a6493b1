#include "TableEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Slipway {

TableEditor::TableEditor(const Field &field, const QStringList &headers, QWidget *parent)
    : FieldEditor(field, parent)
    , m_model(new QStandardItemModel(0, int(headers.size()), this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_model->setHorizontalHeaderLabels(headers);
    m_view->setModel(m_model);
    m_view->setObjectName(field.id + QLatin1String("Table"));
    m_view->setAccessibleName(accessibleName());
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    const int rowHeight = m_view->verticalHeader()->defaultSectionSize();
    m_view->setMinimumHeight(rowHeight * 3);
    m_view->setMaximumHeight(rowHeight * 6);
    m_add->setObjectName(field.id + QLatin1String("Add"));
    m_add->setAccessibleName(tr("Add a row to %1").arg(accessibleName()));
    m_remove->setObjectName(field.id + QLatin1String("Remove"));
    m_remove->setAccessibleName(tr("Remove the selected rows of %1").arg(accessibleName()));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_view);

    connect(m_add, &QPushButton::clicked, this, [this] {
        m_model->appendRow(QList<QStandardItem *>());
        m_model->setColumnCount(m_model->columnCount());
        const QModelIndex first = m_model->index(m_model->rowCount() - 1, 0);
        m_view->setCurrentIndex(first);
        m_view->edit(first);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> selected;
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            selected << index.row();
        if (selected.isEmpty() && m_view->currentIndex().isValid())
            selected << m_view->currentIndex().row();
        std::sort(selected.begin(), selected.end(), std::greater<>());
        for (int row : std::as_const(selected))
            m_model->removeRow(row);
        if (!selected.isEmpty())
            changed();
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, &TableEditor::changed);
}

TableEditor::~TableEditor() = default;

QList<QStringList> TableEditor::rows() const
{
    QList<QStringList> out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList cells;
        bool any = false;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QString text = m_model->index(row, column).data().toString().trimmed();
            any = any || !text.isEmpty();
            cells << text;
        }
        if (any)
            out << cells;
    }
    return out;
}

void TableEditor::setRows(const QList<QStringList> &rows)
{
    m_model->removeRows(0, m_model->rowCount());
    for (const QStringList &cells : rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : cells)
            items << new QStandardItem(cell);
        m_model->appendRow(items);
    }
}

} // namespace Slipway
