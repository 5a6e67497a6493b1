#include "ModelFixtures.h"
#include "ui/models/WorkloadsModel.h"

#include <QTest>

using namespace Slipway;

// The workloads table: one row per workload of the release, its READY count and rollout state.
class tst_WorkloadsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_showReadyStateAndReason();
    void listItemsWithoutKind_takeTheSourcesKind();
    void setObjects_keepsOnlyTheReleasesWorkloads();
    void rolloutProgress_isOneDataChanged();
    void reflectorOptions_pointAtEachKindsCollection();
};

namespace {

const QString kRollouts = QStringLiteral("rollout-status.json");

QJsonObject workload(const QString &fixture, const QString &uid, const QString &name)
{
    return withIdentity(fixtureCase(kRollouts, fixture, QStringLiteral("object")), uid, name);
}

struct Workloads
{
    Workloads()
    {
        model.apply(QStringLiteral("Deployment"),
                    { workload(QStringLiteral("deployment rolled out"), QStringLiteral("d1"), QStringLiteral("web")),
                      workload(QStringLiteral("deployment updating"), QStringLiteral("d2"), QStringLiteral("api")) },
                    {}, {});
        model.apply(QStringLiteral("Job"),
                    { workload(QStringLiteral("job failed"), QStringLiteral("j1"), QStringLiteral("migrate")) }, {}, {});
        model.apply(QStringLiteral("StatefulSet"),
                    { workload(QStringLiteral("statefulset pods not ready"), QStringLiteral("s1"), QStringLiteral("db")) },
                    {}, {});
    }
    WorkloadsModel model;
    QAbstractItemModelTester tester { &model, QAbstractItemModelTester::FailureReportingMode::Fatal };
};

} // namespace

void tst_WorkloadsModel::rows_showReadyStateAndReason()
{
    Workloads w;
    QCOMPARE(w.model.rowCount(), 4);
    // Deployments first (by name), then StatefulSets, then Jobs.
    QCOMPARE(text(w.model, 0, WorkloadsModel::NameColumn), QStringLiteral("api"));
    QCOMPARE(text(w.model, 1, WorkloadsModel::NameColumn), QStringLiteral("web"));
    QCOMPARE(text(w.model, 2, WorkloadsModel::KindColumn), QStringLiteral("StatefulSet"));
    QCOMPARE(text(w.model, 3, WorkloadsModel::KindColumn), QStringLiteral("Job"));
    QCOMPARE(text(w.model, 1, WorkloadsModel::ReadyColumn), QStringLiteral("3/3"));
    QCOMPARE(text(w.model, 1, WorkloadsModel::StateColumn), QStringLiteral("Current"));
    QCOMPARE(text(w.model, 0, WorkloadsModel::StateColumn), QStringLiteral("InProgress"));
    QCOMPARE(text(w.model, 3, WorkloadsModel::StateColumn), QStringLiteral("Failed"));
    QVERIFY(text(w.model, 3, WorkloadsModel::ReasonColumn).contains(QLatin1String("backoff limit")));
    QCOMPARE(w.model.index(3, 0).data(ItemStateRole).value<ItemState>(), ItemState::Failed);
    QCOMPARE(w.model.index(1, 0).data(ItemStateRole).value<ItemState>(), ItemState::Ok);
    QCOMPARE(w.model.index(0, 0).data(ItemStateRole).value<ItemState>(), ItemState::Progressing);
    QCOMPARE(w.model.headerData(WorkloadsModel::ReadyColumn, Qt::Horizontal).toString(), QStringLiteral("READY"));
}

void tst_WorkloadsModel::listItemsWithoutKind_takeTheSourcesKind()
{
    WorkloadsModel model;
    QJsonObject item = workload(QStringLiteral("deployment rolled out"), QStringLiteral("d1"), QStringLiteral("web"));
    item.remove(QStringLiteral("kind"));
    model.apply(QStringLiteral("Deployment"), { item }, {}, {});
    QCOMPARE(text(model, 0, WorkloadsModel::KindColumn), QStringLiteral("Deployment"));
    QCOMPARE(text(model, 0, WorkloadsModel::StateColumn), QStringLiteral("Current"));
}

void tst_WorkloadsModel::setObjects_keepsOnlyTheReleasesWorkloads()
{
    Workloads w;
    ModelSpies spies(&w.model);
    w.model.setObjects({ { QStringLiteral("Deployment"), QStringLiteral("web") },
                         { QStringLiteral("Job"), QStringLiteral("migrate") },
                         { QStringLiteral("Deployment"), QStringLiteral("db") } }); // kind matters
    QCOMPARE(w.model.rowCount(), 2);
    QCOMPARE(text(w.model, 0, WorkloadsModel::NameColumn), QStringLiteral("web"));
    QCOMPARE(text(w.model, 1, WorkloadsModel::NameColumn), QStringLiteral("migrate"));
    QCOMPARE(spies.reset.size(), 0);
    w.model.showAllObjects();
    QCOMPARE(w.model.rowCount(), 4);
}

void tst_WorkloadsModel::rolloutProgress_isOneDataChanged()
{
    Workloads w;
    ModelSpies spies(&w.model);
    w.model.apply(QStringLiteral("Deployment"), {},
                  { workload(QStringLiteral("deployment rolled out"), QStringLiteral("d2"), QStringLiteral("api")) }, {});
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(spies.inserted.size() + spies.removed.size() + spies.reset.size(), 0);
    QCOMPARE(text(w.model, 0, WorkloadsModel::StateColumn), QStringLiteral("Current"));
}

void tst_WorkloadsModel::reflectorOptions_pointAtEachKindsCollection()
{
    const Reflector::Options options = WorkloadsModel::reflectorOptions(QStringLiteral("StatefulSet"), QStringLiteral("shop"));
    QCOMPARE(options.apiPath, QStringLiteral("/apis/apps/v1"));
    QCOMPARE(options.resource, QStringLiteral("statefulsets"));
    QCOMPARE(options.nameSpace, QStringLiteral("shop"));
    QCOMPARE(WorkloadsModel::reflectorOptions(QStringLiteral("CronJob"), {}).apiPath, QStringLiteral("/apis/batch/v1"));
    QCOMPARE(WorkloadsModel::kinds().size(), 5);
}

QTEST_GUILESS_MAIN(tst_WorkloadsModel)
#include "tst_workloadsmodel.moc"
