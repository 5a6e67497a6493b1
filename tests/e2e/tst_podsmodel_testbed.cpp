#include "Kubectl.h"
#include "WaitUntil.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"
#include "kube/Reflector.h"
#include "ui/models/PodsModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

// The pods table against the real testbed: what kubectl does to a Deployment shows in the model
// through the watch alone — no refresh, no relist, no reset.
class tst_PodsModelTestbed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void deployment_podsAppearAndBecomeReady();
    void deletedPod_leavesAndItsReplacementArrives();

private:
    QStringList podNames() const;
    QString notReadyYet() const; // empty when every row is 1/1 Running

    QString m_ns;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<Reflector> m_reflector;
    std::unique_ptr<PodsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_resets;
};

namespace {

constexpr int kReplicas = 2;

QByteArray deployment()
{
    return QByteArrayLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: models-e2e}}
  template:
    metadata: {labels: {app: models-e2e}}
    spec: {containers: [{name: main, image: registry.invalid/web:1}]}
)");
}

} // namespace

QStringList tst_PodsModelTestbed::podNames() const
{
    QStringList names;
    for (int i = 0; i < m_model->rowCount(); ++i)
        names << m_model->index(i, PodsModel::NameColumn).data().toString();
    return names;
}

QString tst_PodsModelTestbed::notReadyYet() const
{
    if (m_model->rowCount() != kReplicas)
        return QStringLiteral("%1 rows").arg(m_model->rowCount());
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QString ready = m_model->index(i, PodsModel::ReadyColumn).data().toString();
        const QString status = m_model->index(i, PodsModel::StatusColumn).data().toString();
        if (ready != u"1/1" || status != u"Running")
            return podNames().at(i) + QLatin1Char(' ') + ready + QLatin1Char(' ') + status;
    }
    return {};
}

void tst_PodsModelTestbed::initTestCase()
{
    m_ns = QStringLiteral("e2e-podsmodel-%1").arg(QCoreApplication::applicationPid());
    QVERIFY(Kubectl::createNamespace(m_ns));
    const Expected<Kubeconfig> config = Kubeconfig::load(Kubeconfig::sourcesFromEnvironment());
    QVERIFY(config);
    m_client = std::make_unique<KubeClient>(config->resolve(QStringLiteral("admin")).value());
    Reflector::Options options;
    options.nameSpace = m_ns;
    options.labelSelector = QStringLiteral("app=models-e2e");
    m_reflector = std::make_unique<Reflector>(m_client.get(), options);
    m_model = std::make_unique<PodsModel>(m_reflector.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_resets = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy synced(m_reflector.get(), &Reflector::synced);
    m_reflector->start();
    QVERIFY(synced.wait(30000));
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_PodsModelTestbed::cleanupTestCase()
{
    m_tester.reset();
    m_model.reset();
    m_reflector.reset();
    m_client.reset();
    Kubectl::deleteNamespace(m_ns);
}

void tst_PodsModelTestbed::deployment_podsAppearAndBecomeReady()
{
    QVERIFY(Kubectl::apply(m_ns, deployment()));
    QVERIFY2(waitUntil([&] { return notReadyYet().isEmpty(); }, 90000), qPrintable(notReadyYet()));
    // kubectl agrees on what the rows say.
    const QString listed = QString::fromUtf8(
        Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("pods"),
                       QStringLiteral("--no-headers") })
            .out);
    for (const QString &name : podNames())
        QVERIFY2(listed.contains(QRegularExpression(name + QStringLiteral("\\s+1/1\\s+Running"))),
                 qPrintable(listed));
    QCOMPARE(m_model->state(0), ItemState::Ok);
    QCOMPARE(m_resets->size(), 0);
    QCOMPARE(m_reflector->listCount(), 1);
}

void tst_PodsModelTestbed::deletedPod_leavesAndItsReplacementArrives()
{
    const QStringList before = podNames();
    QCOMPARE(before.size(), kReplicas);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const QString victim = before.first();
    QVERIFY(Kubectl::run({ QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"),
                           victim, QStringLiteral("--wait=false") })
                .ok());
    const auto replaced = [&] {
        const QStringList now = podNames();
        return !now.contains(victim) && now.contains(before.at(1)) && notReadyYet().isEmpty();
    };
    QVERIFY2(waitUntil(replaced, 90000), qPrintable(podNames().join(u' ') + u' ' + notReadyYet()));
    QVERIFY(!removed.isEmpty());
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(m_resets->size(), 0);
    QCOMPARE(m_reflector->listCount(), 1); // all of it through the watch
}

QTEST_GUILESS_MAIN(tst_PodsModelTestbed)
#include "tst_podsmodel_testbed.moc"
