#include "PreflightModel.h"

namespace Slipway {

namespace {

// A child's internal id is its check's row + 1; a check row's is 0.
constexpr quintptr kTopLevel = 0;

} // namespace

PreflightModel::PreflightModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

PreflightModel::~PreflightModel() = default;

QStringList PreflightModel::childLines(const PreflightCheck &check)
{
    QStringList lines = check.items;
    if (!check.remediation.isEmpty())
        lines.append(tr("Fix: %1").arg(check.remediation));
    return lines;
}

void PreflightModel::setReport(const PreflightReport &report)
{
    beginResetModel();
    m_report = report;
    m_children.clear();
    for (const PreflightCheck &check : m_report.checks())
        m_children.append(childLines(check));
    endResetModel();
}

void PreflightModel::clear()
{
    setReport({});
}

QModelIndex PreflightModel::indexOfCheck(const QString &id) const
{
    for (int row = 0; row < m_report.checks().size(); ++row) {
        if (m_report.checks().at(row).id == id)
            return index(row, CheckColumn);
    }
    return {};
}

ItemState PreflightModel::stateOf(PreflightCheck::Severity severity)
{
    switch (severity) {
    case PreflightCheck::Severity::Pass:
        return ItemState::Ok;
    case PreflightCheck::Severity::Warn:
        return ItemState::Warning;
    case PreflightCheck::Severity::Fail:
        return ItemState::Failed;
    }
    return ItemState::Ok;
}

QModelIndex PreflightModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_report.checks().size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return {};
    if (row >= m_children.at(parent.row()).size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PreflightModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int PreflightModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_report.checks().size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return int(m_children.at(parent.row()).size());
}

int PreflightModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PreflightModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool child = index.internalId() != kTopLevel;
    const int checkRow = child ? int(index.internalId() - 1) : index.row();
    const PreflightCheck &check = m_report.checks().at(checkRow);
    switch (role) {
    case CheckIdRole:
        return check.id;
    case ItemStateRole:
        return QVariant::fromValue(stateOf(check.severity));
    case SeverityRole:
        return child ? QVariant() : QVariant(int(check.severity));
    case SortRole:
        if (!child && index.column() == TimeColumn)
            return check.durationMs;
        break;
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    if (child) {
        // The item's text spans the row: it sits in the message column, under the message.
        return index.column() == MessageColumn ? QVariant(m_children.at(checkRow).at(index.row()))
                                               : QVariant();
    }
    switch (index.column()) {
    case CheckColumn:
        return role == Qt::ToolTipRole ? QVariant(check.id) : QVariant(check.title);
    case ResultColumn:
        return PreflightReport::severityLabel(check.severity);
    case MessageColumn:
        return check.message;
    case TimeColumn:
        return tr("%1 ms").arg(check.durationMs);
    default:
        return {};
    }
}

QVariant PreflightModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CheckColumn:
        return tr("Check");
    case ResultColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Message");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

} // namespace Slipway
