#include "LiveTableModel.h"

#include "kube/Reflector.h"

#include <QSet>

#include <algorithm>

namespace Slipway {

namespace {
constexpr int kClockIntervalMs = 1000;
}

LiveTableModel::LiveTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_clock, &QTimer::timeout, this, &LiveTableModel::tick);
}

LiveTableModel::~LiveTableModel() = default;

int LiveTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int LiveTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size());
}

QVariant LiveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_titles.size())
        return m_titles.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void LiveTableModel::setColumnTitles(const QStringList &titles)
{
    m_titles = titles;
}

QString LiveTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? m_keys.at(row) : QString();
}

int LiveTableModel::rowOfKey(const QString &key) const
{
    rebuildIndex();
    return m_index.value(key, -1);
}

void LiveTableModel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    if (now.isValid())
        m_clock.stop();
    else
        startClock();
    tick();
}

QDateTime LiveTableModel::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

bool LiveTableModel::accepts(const QString &) const
{
    return true;
}

void LiveTableModel::tick() { }

void LiveTableModel::startClock()
{
    if (!m_fixedNow.isValid())
        m_clock.start(kClockIntervalMs);
}

QString LiveTableModel::uidOf(const QJsonObject &object)
{
    return object[u"metadata"][u"uid"].toString();
}

QList<QJsonObject> LiveTableModel::cachedObjects(const Reflector *reflector)
{
    QList<QJsonObject> objects;
    if (!reflector)
        return objects;
    objects.reserve(reflector->cache().size());
    for (const Reflector::Entry &entry : reflector->cache())
        objects.append(entry.object());
    return objects;
}

void LiveTableModel::columnChanged(int column, const QList<int> &roles)
{
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(int(m_keys.size()) - 1, column), roles);
}

void LiveTableModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void LiveTableModel::rebuildIndex() const
{
    if (!m_indexDirty)
        return;
    m_index.clear();
    m_index.reserve(m_keys.size());
    for (int i = 0; i < m_keys.size(); ++i)
        m_index.insert(m_keys.at(i), i);
    m_indexDirty = false;
}

bool LiveTableModel::inPlace(int row) const
{
    const QString &key = m_keys.at(row);
    return (row == 0 || before(m_keys.at(row - 1), key))
        && (row + 1 == m_keys.size() || before(key, m_keys.at(row + 1)));
}

void LiveTableModel::rowsChanged(const QStringList &changed, const QStringList &removed)
{
    rebuildIndex();
    QList<int> gone;
    for (const QString &key : removed) {
        const int row = m_index.value(key, -1);
        if (row >= 0)
            gone.append(row);
    }
    QSet<QString> shown; // changed keys still visible, to be checked for their place
    QStringList entering;
    for (const QString &key : changed) {
        const int row = m_index.value(key, -1);
        if (!accepts(key)) {
            if (row >= 0)
                gone.append(row);
        } else if (row >= 0) {
            shown.insert(key);
        } else {
            entering.append(key);
        }
    }
    removeRows(gone);

    // A changed row whose order key moved (an event seen again) leaves and enters again at its
    // new place. Its neighbours may have moved too, so this repeats until every changed row
    // that stays is in order with the rows around it — then the whole list is.
    for (;;) {
        rebuildIndex();
        QList<int> misplaced;
        for (const QString &key : std::as_const(shown)) {
            const int row = m_index.value(key);
            if (!inPlace(row))
                misplaced.append(row);
        }
        if (misplaced.isEmpty())
            break;
        for (const int row : std::as_const(misplaced)) {
            shown.remove(m_keys.at(row));
            entering.append(m_keys.at(row));
        }
        removeRows(misplaced);
    }
    for (const QString &key : std::as_const(shown))
        rowChanged(m_index.value(key));
    insertKeys(entering);
}

void LiveTableModel::refilter(const QStringList &all)
{
    rebuildIndex();
    QList<int> gone;
    QStringList entering;
    for (const QString &key : all) {
        const int row = m_index.value(key, -1);
        const bool wanted = accepts(key);
        if (row >= 0 && !wanted)
            gone.append(row);
        else if (row < 0 && wanted)
            entering.append(key);
    }
    removeRows(gone);
    insertKeys(entering);
}

void LiveTableModel::removeRows(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    // From the bottom up, a run of neighbours at a time, so every row number stays valid.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1)
            first = rows.at(++i);
        ++i;
        beginRemoveRows({}, first, last);
        m_keys.remove(first, last - first + 1);
        m_indexDirty = true;
        endRemoveRows();
    }
}

void LiveTableModel::insertKeys(QStringList keys)
{
    if (keys.isEmpty())
        return;
    const auto less = [this](const QString &a, const QString &b) { return before(a, b); };
    std::sort(keys.begin(), keys.end(), less);
    // Where each goes among the rows already shown; in sorted order these only grow.
    QList<int> places;
    places.reserve(keys.size());
    for (const QString &key : std::as_const(keys))
        places.append(
            int(std::lower_bound(m_keys.cbegin(), m_keys.cend(), key, less) - m_keys.cbegin()));
    // Inserted from the bottom up, keys bound for the same place in one signal: the first fill
    // of an empty table is a single rowsInserted.
    qsizetype end = keys.size();
    while (end > 0) {
        qsizetype begin = end - 1;
        while (begin > 0 && places.at(begin - 1) == places.at(end - 1))
            --begin;
        const int at = places.at(end - 1);
        beginInsertRows({}, at, at + int(end - begin) - 1);
        for (qsizetype i = begin; i < end; ++i)
            m_keys.insert(at + (i - begin), keys.at(i));
        m_indexDirty = true;
        endInsertRows();
        end = begin;
    }
}

} // namespace Slipway
