#include "LogLinesModel.h"

namespace Slipway {

LogLinesModel::LogLinesModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

LogLinesModel::~LogLinesModel() = default;

int LogLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant LogLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m_lines.at(index.row());
    case LineNumberRole:
        return lineNumber(index.row());
    default:
        return {};
    }
}

QVariant LogLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0
        && section < m_lines.size())
        return lineNumber(section);
    return QAbstractListModel::headerData(section, orientation, role);
}

void LogLinesModel::setMaxLines(int maxLines)
{
    m_maxLines = std::max(1, maxLines);
    if (m_lines.size() > m_maxLines)
        dropOldest(int(m_lines.size()) - m_maxLines);
}

void LogLinesModel::append(const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    // More new lines than the cap holds: the ones that would be dropped at once never show.
    const qsizetype skipped = std::max<qsizetype>(0, lines.size() - m_maxLines);
    const qsizetype incoming = lines.size() - skipped;
    const qsizetype overflow = m_lines.size() + incoming - m_maxLines;
    if (overflow > 0)
        dropOldest(int(overflow));
    m_firstNumber += skipped; // the old lines are all gone when any new one is skipped
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(incoming) - 1);
    m_lines.append(lines.mid(skipped));
    endInsertRows();
}

void LogLinesModel::dropOldest(int count)
{
    beginRemoveRows({}, 0, count - 1);
    m_lines.remove(0, count);
    m_firstNumber += count;
    endRemoveRows();
}

void LogLinesModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_firstNumber = 1;
    endResetModel();
}

QList<int> LogLinesModel::find(const QString &text, Qt::CaseSensitivity cs) const
{
    QList<int> rows;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).contains(text, cs))
            rows.append(int(i));
    }
    return rows;
}

QList<int> LogLinesModel::find(const QRegularExpression &pattern) const
{
    QList<int> rows;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (pattern.match(m_lines.at(i)).hasMatch())
            rows.append(int(i));
    }
    return rows;
}

} // namespace Slipway
