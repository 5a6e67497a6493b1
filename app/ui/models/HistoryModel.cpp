#include "HistoryModel.h"

#include "ReleaseStates.h"

#include "helm/ReleaseHistory.h"
#include "kube/KubeTime.h"

#include <QLocale>
#include <QSet>

namespace Slipway {

namespace {

QString keyOf(int revision)
{
    return QString::number(revision);
}

// Whether two records differ in what the table shows.
bool sameRow(const ReleaseRecord &a, const ReleaseRecord &b)
{
    return a.status == b.status && a.lastDeployed == b.lastDeployed && a.chart() == b.chart()
        && a.appVersion == b.appVersion && a.description == b.description;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : LiveTableModel(parent)
{
    setColumnTitles({ tr("REVISION"), tr("UPDATED"), tr("STATUS"), tr("CHART"), tr("APP VERSION"),
                      tr("DESCRIPTION") });
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setRecords(const QList<ReleaseRecord> &records)
{
    QStringList changed;
    QSet<QString> present;
    for (const ReleaseRecord &record : records) {
        const QString key = keyOf(record.revision);
        present.insert(key);
        const auto known = m_records.constFind(key);
        const bool same = known != m_records.cend() && sameRow(*known, record);
        m_records.insert(key, record); // the rest of the record (values, notes) may be newer
        if (!same)
            changed.append(key);
    }
    QStringList gone;
    for (auto it = m_records.begin(); it != m_records.end();) {
        if (present.contains(it.key())) {
            ++it;
        } else {
            gone.append(it.key());
            it = m_records.erase(it);
        }
    }
    rowsChanged(changed, gone);
}

void HistoryModel::setHistory(const ReleaseHistory &history)
{
    setRecords(history.records());
}

ReleaseRecord HistoryModel::recordAt(int row) const
{
    return m_records.value(keyAt(row));
}

int HistoryModel::revisionAt(int row) const
{
    return keyAt(row).toInt();
}

int HistoryModel::rowOfRevision(int revision) const
{
    return rowOfKey(keyOf(revision));
}

bool HistoryModel::before(const QString &a, const QString &b) const
{
    return a.toInt() > b.toInt(); // newest first
}

QVariant HistoryModel::display(const ReleaseRecord &record, int column) const
{
    switch (column) {
    case RevisionColumn:
        return record.revision;
    case UpdatedColumn:
        return QLocale().toString(KubeTime::parse(record.lastDeployed).toLocalTime(),
                                  QLocale::ShortFormat);
    case StatusColumn:
        return record.status;
    case ChartColumn:
        return record.chart();
    case AppVersionColumn:
        return record.appVersion;
    case DescriptionColumn:
        return record.description;
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const ReleaseRecord *found = index.isValid() ? rowIn(m_records, index.row()) : nullptr;
    if (!found)
        return {};
    const ReleaseRecord &record = *found;
    switch (role) {
    case Qt::DisplayRole:
        return display(record, index.column());
    case Qt::ToolTipRole:
        return index.column() == DescriptionColumn && !record.description.isEmpty()
            ? QVariant(record.description)
            : QVariant();
    case ItemStateRole:
        return QVariant::fromValue(ReleaseStates::of(record.status));
    case SortRole:
        return index.column() == UpdatedColumn ? QVariant(KubeTime::parse(record.lastDeployed))
                                               : display(record, index.column());
    case RevisionRole:
        return record.revision;
    case StatusRole:
        return record.status;
    case UpdatedRole:
        return KubeTime::parse(record.lastDeployed);
    case ChartRole:
        return record.chart();
    default:
        return {};
    }
}

} // namespace Slipway
