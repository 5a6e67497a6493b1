#include "KubeFixtures.h"
#include "kube/RolloutStatus.h"

#include <QJsonArray>
#include <QTest>

using namespace Slipway;

class tst_RolloutStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workloads_reportTheirRolloutState_data();
    void workloads_reportTheirRolloutState();
};

void tst_RolloutStatus::workloads_reportTheirRolloutState_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("reasonContains");
    const QJsonArray cases = kubeFixture(QStringLiteral("rollout-status.json"))[u"cases"].toArray();
    for (const QJsonValue &c : cases)
        QTest::newRow(qPrintable(c[u"name"].toString()))
            << c[u"object"].toObject() << c[u"expect"][u"state"].toString()
            << c[u"expect"][u"reasonContains"].toString();
}

void tst_RolloutStatus::workloads_reportTheirRolloutState()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, state);
    QFETCH(QString, reasonContains);
    const RolloutStatus status = RolloutStatus::of(object);
    QCOMPARE(RolloutStatus::stateName(status.state), state);
    QVERIFY2(status.reason.contains(reasonContains, Qt::CaseInsensitive), qPrintable(status.reason));
}

QTEST_APPLESS_MAIN(tst_RolloutStatus)
#include "tst_rolloutstatus.moc"
