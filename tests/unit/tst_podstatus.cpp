#include "KubeFixtures.h"
#include "kube/KubeTime.h"
#include "kube/PodStatus.h"

#include <QJsonArray>
#include <QTest>

using namespace Slipway;

// Every pod of fixtures/kube/pod-status.json gets the columns kubectl 1.36 prints for it.
class tst_PodStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns_matchKubectl_data();
    void columns_matchKubectl();
    void missingCreationTime_isUnknownAge();
    void emptyPod_isEmptyStatusWithNoContainers();
};

void tst_PodStatus::columns_matchKubectl_data()
{
    QTest::addColumn<QJsonObject>("pod");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QJsonObject>("expect");
    const QJsonObject fixture = kubeFixture(QStringLiteral("pod-status.json"));
    const QDateTime now = KubeTime::parse(fixture[u"now"].toString());
    QVERIFY(now.isValid());
    for (const QJsonValue &c : fixture[u"cases"].toArray())
        QTest::newRow(qPrintable(c[u"name"].toString()))
            << c[u"pod"].toObject() << now << c[u"expect"].toObject();
}

void tst_PodStatus::columns_matchKubectl()
{
    QFETCH(QJsonObject, pod);
    QFETCH(QDateTime, now);
    QFETCH(QJsonObject, expect);
    const PodStatus status = PodStatus::of(pod);
    QCOMPARE(status.status, expect[u"status"].toString());
    QCOMPARE(status.ready(), expect[u"ready"].toString());
    QCOMPARE(status.restartsText(now), expect[u"restarts"].toString());
    QCOMPARE(status.age(now), expect[u"age"].toString());
}

void tst_PodStatus::missingCreationTime_isUnknownAge()
{
    const PodStatus status = PodStatus::of(QJsonObject());
    QCOMPARE(status.age(QDateTime::currentDateTimeUtc()), QStringLiteral("<unknown>"));
}

void tst_PodStatus::emptyPod_isEmptyStatusWithNoContainers()
{
    const PodStatus status = PodStatus::of(QJsonObject());
    QCOMPARE(status.status, QString());
    QCOMPARE(status.ready(), QStringLiteral("0/0"));
    QCOMPARE(status.restartsText(QDateTime::currentDateTimeUtc()), QStringLiteral("0"));
}

QTEST_APPLESS_MAIN(tst_PodStatus)
#include "tst_podstatus.moc"
