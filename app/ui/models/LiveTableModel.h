#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTimer>

namespace Slipway {

class Reflector;

// The row bookkeeping every live table shares. A subclass keeps its rows by key (a uid, a
// release name) and says in which order they show and which it shows; this class keeps the
// visible keys in that order and turns each change set into the smallest model signals: a row
// that changed in place is one dataChanged, a new one a rowsInserted at its sorted place, a gone
// one a rowsRemoved. There is no modelReset: a view keeps its selection and scroll position
// through every watch event.
//
// It also owns the clock of the columns that age (AGE, LAST SEEN): a timer calls tick() once a
// second, and tests pin the time with setNow().
class LiveTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit LiveTableModel(QObject *parent = nullptr);
    ~LiveTableModel() override;
    Q_DISABLE_COPY_MOVE(LiveTableModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The key of a visible row, and the row of a key (-1 when not shown).
    QString keyAt(int row) const;
    int rowOfKey(const QString &key) const;

    // Pins the clock (for tests and screenshots): the timer stops and the aged texts are
    // computed against `now`, refreshed at once. An invalid time lets the clock run again.
    void setNow(const QDateTime &now);
    QDateTime now() const;

protected:
    // The column headers, translated, in column order.
    void setColumnTitles(const QStringList &titles);
    // A strict order of two known keys, ties broken by the key, so that no two rows are equal.
    virtual bool before(const QString &a, const QString &b) const = 0;
    // Whether a known key is shown; a filtering model re-runs it through refilter().
    virtual bool accepts(const QString &key) const;
    // The clock moved on: refresh what ages (dataChanged of those columns only).
    virtual void tick();

    // After the subclass updated its rows: `changed` were added or are different now,
    // `removed` are gone from its store.
    void rowsChanged(const QStringList &changed, const QStringList &removed);
    // The usual apply() of a model keyed by uid: `rowFor` makes a row of an object; a row equal
    // to the one shown (a new resourceVersion with nothing the table shows) is no change.
    template<typename Row, typename RowFor>
    void applyObjects(QHash<QString, Row> &rows, const QList<QJsonObject> &added,
                      const QList<QJsonObject> &updated, const QList<QJsonObject> &removed,
                      RowFor rowFor)
    {
        QStringList changed;
        for (const QList<QJsonObject> *list : { &added, &updated }) {
            for (const QJsonObject &object : *list) {
                const QString uid = uidOf(object);
                Row row = rowFor(object);
                const auto known = rows.constFind(uid);
                if (known != rows.cend() && *known == row)
                    continue;
                rows.insert(uid, std::move(row));
                changed.append(uid);
            }
        }
        QStringList gone;
        for (const QJsonObject &object : removed) {
            const QString uid = uidOf(object);
            if (rows.remove(uid))
                gone.append(uid);
        }
        rowsChanged(changed, gone);
    }
    static QString uidOf(const QJsonObject &object);
    // The row a subclass keeps for a visible row; null for one that is not there.
    template<typename Row>
    const Row *rowIn(const QHash<QString, Row> &rows, int row) const
    {
        const auto it = rows.constFind(keyAt(row));
        return it == rows.cend() ? nullptr : &*it;
    }
    // The filter changed: `all` are every key the subclass knows.
    void refilter(const QStringList &all);
    // Starts the once-a-second refresh of the aged columns.
    void startClock();
    // What a reflector holds already, for a model that joins after its first list.
    static QList<QJsonObject> cachedObjects(const Reflector *reflector);
    // dataChanged for one column of every visible row.
    void columnChanged(int column, const QList<int> &roles = { Qt::DisplayRole });
    // dataChanged for every column of one row.
    void rowChanged(int row);

private:
    void rebuildIndex() const;
    bool inPlace(int row) const;
    void removeRows(QList<int> rows);
    void insertKeys(QStringList keys);

    QStringList m_titles;
    QStringList m_keys; // the visible rows, in order
    mutable QHash<QString, int> m_index; // key -> row, rebuilt after rows move
    mutable bool m_indexDirty = false;
    QTimer m_clock;
    QDateTime m_fixedNow;
};

} // namespace Slipway
