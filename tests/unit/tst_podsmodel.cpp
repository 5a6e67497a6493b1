#include "ModelFixtures.h"
#include "ui/models/PodsModel.h"

#include "kube/KubeTime.h"

#include <QSortFilterProxyModel>
#include <QTest>

using namespace Slipway;

// The pods table follows a Reflector's batches with the smallest model signals, shows kubectl's
// own columns and tells failing pods apart.
class tst_PodsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusChange_underAProxySortedByName_isNoResort();
    void columns_areKubectlsText_data();
    void columns_areKubectlsText();
    void state_marksFailingPods_data();
    void state_marksFailingPods();
    void firstFill_isOneInsert_sortedByName();
    void oneStatusChange_isOneDataChangedForThatRow();
    void newPod_isOneRowsInsertedAtItsPlace();
    void deletedPod_isOneRowsRemoved();
    void updateWithNothingShown_emitsNothing();
    void clockTick_refreshesOnlyTheAgedColumns();
    void notReadyForLong_turnsFailedAsTimePasses();
    void selectedPod_containersAndConditions();
};

namespace {

const QString kPods = QStringLiteral("pod-status.json");

QJsonObject pod(const QString &fixture, const QString &uid, const QString &name)
{
    return withIdentity(fixtureCase(kPods, fixture, QStringLiteral("pod")), uid, name);
}

QDateTime fixtureNow()
{
    return KubeTime::parse(kubeFixture(kPods)[u"now"].toString());
}

// Three ready pods, b-web / a-web / c-web, at the fixture's time.
struct Pods
{
    Pods()
    {
        model.setNow(fixtureNow());
        model.apply({ pod(QStringLiteral("running and ready"), QStringLiteral("u-b"), QStringLiteral("b-web")),
                      pod(QStringLiteral("running and ready"), QStringLiteral("u-a"), QStringLiteral("a-web")),
                      pod(QStringLiteral("running and ready"), QStringLiteral("u-c"), QStringLiteral("c-web")) },
                    {}, {});
    }
    PodsModel model;
    QAbstractItemModelTester tester { &model, QAbstractItemModelTester::FailureReportingMode::Fatal };
};

} // namespace

void tst_PodsModel::columns_areKubectlsText_data()
{
    QTest::addColumn<QJsonObject>("pod");
    QTest::addColumn<QJsonObject>("expect");
    for (const QJsonValue &c : kubeFixture(kPods)[u"cases"].toArray()) {
        QTest::newRow(qPrintable(c[u"name"].toString()))
            << withIdentity(c[u"pod"].toObject(), QStringLiteral("uid"), c[u"pod"][u"metadata"][u"name"].toString())
            << c[u"expect"].toObject();
    }
}

void tst_PodsModel::columns_areKubectlsText()
{
    QFETCH(QJsonObject, pod);
    QFETCH(QJsonObject, expect);
    PodsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNow(fixtureNow());
    model.apply({ pod }, {}, {});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, PodsModel::NameColumn), pod[u"metadata"][u"name"].toString());
    QCOMPARE(text(model, 0, PodsModel::StatusColumn), expect[u"status"].toString());
    QCOMPARE(text(model, 0, PodsModel::ReadyColumn), expect[u"ready"].toString());
    QCOMPARE(text(model, 0, PodsModel::RestartsColumn), expect[u"restarts"].toString());
    QCOMPARE(text(model, 0, PodsModel::AgeColumn), expect[u"age"].toString());
    QCOMPARE(model.headerData(PodsModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("STATUS"));
}

void tst_PodsModel::state_marksFailingPods_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<ItemState>("state");
    QTest::newRow("running and ready") << QStringLiteral("running and ready") << ItemState::Ok;
    QTest::newRow("completed") << QStringLiteral("completed") << ItemState::Ok;
    QTest::newRow("container creating") << QStringLiteral("container creating") << ItemState::Progressing;
    QTest::newRow("not ready, young") << QStringLiteral("running, not ready") << ItemState::Progressing;
    QTest::newRow("crash loop") << QStringLiteral("crash loop with restarts ago") << ItemState::Failed;
    QTest::newRow("image pull") << QStringLiteral("image pull back-off") << ItemState::Failed;
    QTest::newRow("error") << QStringLiteral("error") << ItemState::Failed;
    QTest::newRow("OOM killed") << QStringLiteral("OOM killed") << ItemState::Failed;
    QTest::newRow("exit code") << QStringLiteral("exit code without a reason") << ItemState::Failed;
    QTest::newRow("init crash loop") << QStringLiteral("init crash loop") << ItemState::Failed;
    QTest::newRow("evicted") << QStringLiteral("evicted") << ItemState::Failed;
    QTest::newRow("terminating") << QStringLiteral("terminating") << ItemState::Progressing;
}

void tst_PodsModel::state_marksFailingPods()
{
    QFETCH(QString, fixture);
    QFETCH(ItemState, state);
    PodsModel model;
    model.setNow(fixtureNow());
    model.apply({ pod(fixture, QStringLiteral("u"), QStringLiteral("p")) }, {}, {});
    QCOMPARE(model.index(0, PodsModel::StatusColumn).data(ItemStateRole).value<ItemState>(), state);
    QCOMPARE(model.state(0), state);
}

void tst_PodsModel::firstFill_isOneInsert_sortedByName()
{
    PodsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ModelSpies spies(&model);
    model.apply({ pod(QStringLiteral("running and ready"), QStringLiteral("u-b"), QStringLiteral("b-web")),
                  pod(QStringLiteral("running and ready"), QStringLiteral("u-a"), QStringLiteral("a-web")),
                  pod(QStringLiteral("running and ready"), QStringLiteral("u-c"), QStringLiteral("c-web")) },
                {}, {});
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(text(model, 0, 0), QStringLiteral("a-web"));
    QCOMPARE(text(model, 1, 0), QStringLiteral("b-web"));
    QCOMPARE(text(model, 2, 0), QStringLiteral("c-web"));
    QCOMPARE(model.index(1, 0).data(PodsModel::UidRole).toString(), QStringLiteral("u-b"));
}

void tst_PodsModel::oneStatusChange_isOneDataChangedForThatRow()
{
    Pods pods;
    ModelSpies spies(&pods.model);
    pods.model.apply({}, { pod(QStringLiteral("crash loop with restarts ago"), QStringLiteral("u-b"), QStringLiteral("b-web")) }, {});
    QCOMPARE(spies.changed.size(), 1);
    const auto topLeft = spies.changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = spies.changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), PodsModel::ColumnCount - 1);
    QCOMPARE(spies.inserted.size() + spies.removed.size() + spies.moved.size(), 0);
    QCOMPARE(spies.reset.size() + spies.layout.size(), 0);
    QCOMPARE(text(pods.model, 1, PodsModel::StatusColumn), QStringLiteral("CrashLoopBackOff"));
    QCOMPARE(pods.model.state(1), ItemState::Failed);
}

void tst_PodsModel::statusChange_underAProxySortedByName_isNoResort()
{
    // The window's table: a proxy sorted by NAME. A pod changing status is data for its row,
    // never a re-sort of thousands of rows.
    Pods pods;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&pods.model);
    proxy.setSortRole(SortRole);
    proxy.sort(PodsModel::NameColumn);
    ModelSpies spies(&proxy);
    pods.model.apply({}, { pod(QStringLiteral("crash loop with restarts ago"), QStringLiteral("u-b"), QStringLiteral("b-web")) }, {});
    QCOMPARE(spies.layout.size() + spies.reset.size() + spies.moved.size(), 0);
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(proxy.index(1, PodsModel::StatusColumn).data().toString(), QStringLiteral("CrashLoopBackOff"));
}

void tst_PodsModel::newPod_isOneRowsInsertedAtItsPlace()
{
    Pods pods;
    ModelSpies spies(&pods.model);
    pods.model.apply({ pod(QStringLiteral("container creating"), QStringLiteral("u-bb"), QStringLiteral("bb-web")) }, {}, {});
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(spies.removed.size() + spies.changed.size() + spies.reset.size(), 0);
    QCOMPARE(text(pods.model, 2, 0), QStringLiteral("bb-web"));
    QCOMPARE(pods.model.rowCount(), 4);
}

void tst_PodsModel::deletedPod_isOneRowsRemoved()
{
    Pods pods;
    ModelSpies spies(&pods.model);
    pods.model.apply({}, {}, { pod(QStringLiteral("terminating"), QStringLiteral("u-a"), QStringLiteral("a-web")) });
    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.removed.at(0).at(2).toInt(), 0);
    QCOMPARE(spies.inserted.size() + spies.changed.size() + spies.reset.size(), 0);
    QCOMPARE(pods.model.rowCount(), 2);
    QCOMPARE(pods.model.rowOfPod(QStringLiteral("a-web")), -1);
    QCOMPARE(pods.model.rowOfPod(QStringLiteral("c-web")), 1);
}

void tst_PodsModel::updateWithNothingShown_emitsNothing()
{
    Pods pods;
    ModelSpies spies(&pods.model);
    QJsonObject same = pod(QStringLiteral("running and ready"), QStringLiteral("u-b"), QStringLiteral("b-web"));
    QJsonObject metadata = same[u"metadata"].toObject();
    metadata.insert(QStringLiteral("resourceVersion"), QStringLiteral("999"));
    same.insert(QStringLiteral("metadata"), metadata);
    pods.model.apply({}, { same }, {});
    QCOMPARE(spies.changed.size() + spies.inserted.size() + spies.removed.size(), 0);
}

void tst_PodsModel::clockTick_refreshesOnlyTheAgedColumns()
{
    Pods pods;
    ModelSpies spies(&pods.model);
    pods.model.setNow(fixtureNow().addSecs(3600));
    QVERIFY(!spies.changed.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(spies.changed)) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), bottomRight.column());
        QVERIFY(topLeft.column() == PodsModel::AgeColumn || topLeft.column() == PodsModel::RestartsColumn);
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), 2);
    }
    QCOMPARE(text(pods.model, 0, PodsModel::AgeColumn), QStringLiteral("65m"));
}

void tst_PodsModel::notReadyForLong_turnsFailedAsTimePasses()
{
    PodsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNow(fixtureNow());
    model.apply({ pod(QStringLiteral("running, not ready"), QStringLiteral("u"), QStringLiteral("p")) }, {}, {});
    QCOMPARE(model.state(0), ItemState::Progressing);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(fixtureNow().addSecs(30 * 60));
    QCOMPARE(model.state(0), ItemState::Failed);
    const bool wholeRow = std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &s) {
        return s.at(0).value<QModelIndex>().column() == 0
            && s.at(1).value<QModelIndex>().column() == PodsModel::ColumnCount - 1;
    });
    QVERIFY(wholeRow);
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("Not ready")));
}

void tst_PodsModel::selectedPod_containersAndConditions()
{
    PodsModel model;
    model.apply({ pod(QStringLiteral("crash loop with restarts ago"), QStringLiteral("u"), QStringLiteral("p")) }, {}, {});
    const QList<PodsModel::Container> containers = model.containers(0);
    QVERIFY(!containers.isEmpty());
    const PodsModel::Container &main = containers.first();
    QCOMPARE(main.state, QStringLiteral("waiting"));
    QCOMPARE(main.reason, QStringLiteral("CrashLoopBackOff"));
    QVERIFY(main.restarts > 0);
    QVERIFY(!main.lastTerminationReason.isEmpty());
    QVERIFY(!model.conditions(0).isEmpty());
    QVERIFY(model.containers(5).isEmpty());
}

QTEST_GUILESS_MAIN(tst_PodsModel)
#include "tst_podsmodel.moc"
