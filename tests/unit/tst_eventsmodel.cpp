#include "ModelFixtures.h"
#include "ui/models/EventsModel.h"

#include "kube/KubeTime.h"

#include <QTest>

using namespace Slipway;

// The events table: newest first, narrowed to a release's objects, Warning rows marked, and
// every watch batch turned into row signals without a reset.
class tst_EventsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns_areKubectlEventsText();
    void rows_areNewestFirst_byLastTimestampEventTimeOrSeries();
    void warnings_haveTheWarningState();
    void setObjects_refiltersWithoutReset();
    void eventSeenAgain_movesToTheTopWithoutReset();
    void deletedEvent_isOneRowsRemoved();
};

namespace {

const QDateTime kNow = KubeTime::parse(QStringLiteral("2026-07-01T12:00:00Z"));

// A core/v1 Event as the API server returns it.
QJsonObject kubeEvent(const QString &uid, const QString &kind, const QString &name,
                  const QString &type, const QString &lastTimestamp, int count = 1)
{
    const QString json = QStringLiteral(R"({
        "metadata": {"uid": "%1", "name": "%3.%1", "namespace": "shop",
                     "creationTimestamp": "2026-07-01T10:00:00Z"},
        "involvedObject": {"kind": "%2", "name": "%3", "namespace": "shop"},
        "reason": "%4Reason", "message": "something about %3 ", "type": "%4",
        "count": %5, "lastTimestamp": "%6"})")
                             .arg(uid, kind, name, type)
                             .arg(count)
                             .arg(lastTimestamp);
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

struct Events
{
    Events()
    {
        model.setNow(kNow);
        model.apply({ kubeEvent(QStringLiteral("e1"), QStringLiteral("Pod"), QStringLiteral("web-1"),
                            QStringLiteral("Normal"), QStringLiteral("2026-07-01T11:50:00Z")),
                      kubeEvent(QStringLiteral("e2"), QStringLiteral("Pod"), QStringLiteral("web-2"),
                            QStringLiteral("Warning"), QStringLiteral("2026-07-01T11:59:00Z"), 4),
                      kubeEvent(QStringLiteral("e3"), QStringLiteral("Deployment"), QStringLiteral("web"),
                            QStringLiteral("Normal"), QStringLiteral("2026-07-01T11:55:00Z")),
                      kubeEvent(QStringLiteral("e4"), QStringLiteral("Pod"), QStringLiteral("other"),
                            QStringLiteral("Normal"), QStringLiteral("2026-07-01T11:58:00Z")) },
                    {}, {});
    }
    EventsModel model;
    QAbstractItemModelTester tester { &model, QAbstractItemModelTester::FailureReportingMode::Fatal };
};

} // namespace

void tst_EventsModel::columns_areKubectlEventsText()
{
    Events events;
    QCOMPARE(events.model.headerData(EventsModel::LastSeenColumn, Qt::Horizontal).toString(),
             QStringLiteral("LAST SEEN"));
    QCOMPARE(text(events.model, 0, EventsModel::LastSeenColumn), QStringLiteral("60s"));
    QCOMPARE(text(events.model, 0, EventsModel::TypeColumn), QStringLiteral("Warning"));
    QCOMPARE(text(events.model, 0, EventsModel::ReasonColumn), QStringLiteral("WarningReason"));
    QCOMPARE(text(events.model, 0, EventsModel::ObjectColumn), QStringLiteral("pod/web-2"));
    QCOMPARE(text(events.model, 0, EventsModel::MessageColumn), QStringLiteral("something about web-2"));
    QCOMPARE(text(events.model, 0, EventsModel::CountColumn), QStringLiteral("4"));
}

void tst_EventsModel::rows_areNewestFirst_byLastTimestampEventTimeOrSeries()
{
    Events events;
    QStringList uids;
    for (int i = 0; i < events.model.rowCount(); ++i)
        uids << events.model.index(i, 0).data(EventsModel::UidRole).toString();
    QCOMPARE(uids, (QStringList { QStringLiteral("e2"), QStringLiteral("e4"), QStringLiteral("e3"), QStringLiteral("e1") }));

    // events.k8s.io style: no lastTimestamp, an eventTime and a series.
    QJsonObject series = kubeEvent(QStringLiteral("e5"), QStringLiteral("Pod"), QStringLiteral("web-1"),
                               QStringLiteral("Normal"), QString());
    series.remove(QStringLiteral("lastTimestamp"));
    series.insert(QStringLiteral("eventTime"), QStringLiteral("2026-07-01T11:00:00.000000Z"));
    series.insert(QStringLiteral("series"),
                  QJsonObject { { QStringLiteral("count"), 7 },
                                { QStringLiteral("lastObservedTime"), QStringLiteral("2026-07-01T11:59:30.000000Z") } });
    events.model.apply({ series }, {}, {});
    QCOMPARE(events.model.rowOfKey(QStringLiteral("e5")), 0);
    QCOMPARE(text(events.model, 0, EventsModel::CountColumn), QStringLiteral("7"));
    QCOMPARE(text(events.model, 0, EventsModel::LastSeenColumn), QStringLiteral("30s"));
}

void tst_EventsModel::warnings_haveTheWarningState()
{
    Events events;
    QCOMPARE(events.model.index(0, 3).data(ItemStateRole).value<ItemState>(), ItemState::Warning);
    QCOMPARE(events.model.index(1, 3).data(ItemStateRole).value<ItemState>(), ItemState::Ok);
}

void tst_EventsModel::setObjects_refiltersWithoutReset()
{
    Events events;
    ModelSpies spies(&events.model);
    events.model.setObjects({ { QStringLiteral("Pod"), QStringLiteral("web-1") },
                              { QStringLiteral("Pod"), QStringLiteral("web-2") },
                              { QStringLiteral("Deployment"), QStringLiteral("web") } });
    QCOMPARE(events.model.rowCount(), 3);
    QCOMPARE(events.model.rowOfKey(QStringLiteral("e4")), -1);
    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(spies.reset.size(), 0);
    // A new event about an object outside the set stays out; one about a pod of the set comes in.
    events.model.apply({ kubeEvent(QStringLiteral("e6"), QStringLiteral("Pod"), QStringLiteral("other"),
                               QStringLiteral("Warning"), QStringLiteral("2026-07-01T11:59:59Z")),
                         kubeEvent(QStringLiteral("e7"), QStringLiteral("Pod"), QStringLiteral("web-1"),
                               QStringLiteral("Normal"), QStringLiteral("2026-07-01T11:00:00Z")) },
                       {}, {});
    QCOMPARE(events.model.rowCount(), 4);
    QCOMPARE(events.model.rowOfKey(QStringLiteral("e7")), 3);
    events.model.showAllObjects();
    QCOMPARE(events.model.rowCount(), 6);
    QCOMPARE(events.model.rowOfKey(QStringLiteral("e6")), 0);
    QCOMPARE(spies.reset.size(), 0);
}

void tst_EventsModel::eventSeenAgain_movesToTheTopWithoutReset()
{
    Events events;
    ModelSpies spies(&events.model);
    events.model.apply({}, { kubeEvent(QStringLiteral("e1"), QStringLiteral("Pod"), QStringLiteral("web-1"),
                                   QStringLiteral("Normal"), QStringLiteral("2026-07-01T11:59:50Z"), 2) },
                       {});
    QCOMPARE(events.model.rowOfKey(QStringLiteral("e1")), 0);
    QCOMPARE(text(events.model, 0, EventsModel::CountColumn), QStringLiteral("2"));
    QCOMPARE(spies.reset.size() + spies.layout.size(), 0);
    QCOMPARE(events.model.rowCount(), 4);
}

void tst_EventsModel::deletedEvent_isOneRowsRemoved()
{
    Events events;
    ModelSpies spies(&events.model);
    events.model.apply({}, {}, { kubeEvent(QStringLiteral("e3"), QStringLiteral("Deployment"), QStringLiteral("web"),
                                       QStringLiteral("Normal"), QStringLiteral("2026-07-01T11:55:00Z")) });
    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 2);
    QCOMPARE(spies.inserted.size() + spies.changed.size() + spies.reset.size(), 0);
}

QTEST_GUILESS_MAIN(tst_EventsModel)
#include "tst_eventsmodel.moc"
