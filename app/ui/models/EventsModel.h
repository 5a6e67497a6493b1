#pragma once

#include "ItemState.h"
#include "LiveTableModel.h"
#include "ObjectFilter.h"


namespace Slipway {

class Reflector;

// The events (core/v1) of a namespace as `kubectl events` shows them: LAST SEEN, TYPE, REASON,
// OBJECT, MESSAGE, COUNT, newest first, live from a Reflector. Narrowed to the objects of a
// release (its workloads and pods) with setObjects(); Warning events carry ItemState::Warning.
class EventsModel final : public LiveTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LastSeenColumn,
        TypeColumn,
        ReasonColumn,
        ObjectColumn,
        MessageColumn,
        CountColumn,
        ColumnCount
    };
    enum Role
    {
        UidRole = FirstModelRole,
        TypeRole, // "Normal", "Warning"
        ReasonRole,
        ObjectKindRole, // involvedObject.kind
        ObjectNameRole,
        MessageRole,
        CountRole, // int
        LastSeenRole, // QDateTime
    };

    // `reflector` (not owned; may be null to feed apply() directly) keeps the events.
    explicit EventsModel(Reflector *reflector = nullptr, QObject *parent = nullptr);
    ~EventsModel() override;
    Q_DISABLE_COPY_MOVE(EventsModel)

    // Shows only the events about these objects (rows leave and enter, no reset).
    void setObjects(const QList<ObjectRef> &objects);
    // Shows the events about every object (the default).
    void showAllObjects();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // One batch of Reflector::changed().
    void apply(const QList<QJsonObject> &added, const QList<QJsonObject> &updated,
               const QList<QJsonObject> &removed);

protected:
    bool before(const QString &a, const QString &b) const override;
    bool accepts(const QString &key) const override;
    void tick() override;

private:
    struct Row
    {
        QString type;
        QString reason;
        QString kind;
        QString name;
        QString message;
        int count = 1;
        QDateTime lastSeen;

        friend bool operator==(const Row &, const Row &) = default;
    };
    static Row rowFor(const QJsonObject &event);
    QVariant display(const Row &row, int column) const;

    QHash<QString, Row> m_rows; // every event of the namespace by uid, shown or not
    ObjectFilter m_filter;
};

} // namespace Slipway
