#include "helm/ReleaseRecord.h"
#include "helm/ReleaseStorage.h"

#include <QTest>

using namespace Slipway;

// helm's storage drivers as HELM_DRIVER names them (helm-engine.md §1.1): the two whose records
// Slipway can read from the cluster, and a clear refusal of the rest.
class tst_ReleaseStorage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void driverNames_areHelms_data();
    void driverNames_areHelms();
    void driversOutsideTheCluster_areRefusedWithWhatToDo_data();
    void driversOutsideTheCluster_areRefusedWithWhatToDo();
    void environment_isRead();
    void paths_andPayloads();
};

void tst_ReleaseStorage::driverNames_areHelms_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<bool>("configMaps");
    QTest::newRow("unset") << QString() << false;
    QTest::newRow("secret") << QStringLiteral("secret") << false;
    QTest::newRow("secrets") << QStringLiteral("secrets") << false;
    QTest::newRow("configmap") << QStringLiteral("configmap") << true;
    QTest::newRow("configmaps") << QStringLiteral("configmaps") << true;
    QTest::newRow("ConfigMap, spaced") << QStringLiteral(" ConfigMap ") << true;
}

void tst_ReleaseStorage::driverNames_areHelms()
{
    QFETCH(QString, driver);
    QFETCH(bool, configMaps);
    const Expected<ReleaseStorage> storage = ReleaseStorage::fromDriver(driver);
    QVERIFY2(storage, qPrintable(storage.error().message));
    QCOMPARE(storage->kind() == ReleaseStorage::Kind::ConfigMaps, configMaps);
    QCOMPARE(storage->driverName(),
             configMaps ? QStringLiteral("configmap") : QStringLiteral("secret"));
}

void tst_ReleaseStorage::driversOutsideTheCluster_areRefusedWithWhatToDo_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("named");
    QTest::newRow("sql") << QStringLiteral("sql") << QStringLiteral("“sql”");
    QTest::newRow("memory") << QStringLiteral("memory") << QStringLiteral("“memory”");
    QTest::newRow("unknown") << QStringLiteral("etcd") << QStringLiteral("“etcd” is not");
}

void tst_ReleaseStorage::driversOutsideTheCluster_areRefusedWithWhatToDo()
{
    QFETCH(QString, driver);
    QFETCH(QString, named);
    const Expected<ReleaseStorage> storage = ReleaseStorage::fromDriver(driver);
    QVERIFY(!storage);
    QVERIFY2(storage.error().message.contains(named), qPrintable(storage.error().message));
    QVERIFY2(storage.error().message.contains(QLatin1String("configmap")),
             qPrintable(storage.error().message));
}

void tst_ReleaseStorage::environment_isRead()
{
    qputenv("HELM_DRIVER", "configmaps");
    QCOMPARE(ReleaseStorage::fromEnvironment()->kind(), ReleaseStorage::Kind::ConfigMaps);
    qputenv("HELM_DRIVER", "sql");
    const Expected<ReleaseStorage> refused = ReleaseStorage::fromEnvironment();
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(QLatin1String("HELM_DRIVER=sql: ")),
             qPrintable(refused.error().message));
    qunsetenv("HELM_DRIVER");
    QCOMPARE(ReleaseStorage::fromEnvironment()->kind(), ReleaseStorage::Kind::Secrets);
}

void tst_ReleaseStorage::paths_andPayloads()
{
    const ReleaseStorage secrets(ReleaseStorage::Kind::Secrets);
    const ReleaseStorage configMaps(ReleaseStorage::Kind::ConfigMaps);
    QCOMPARE(secrets.objectPath(QStringLiteral("ns"), QStringLiteral("sh.helm.release.v1.a.v1")),
             QStringLiteral("/api/v1/namespaces/ns/secrets/sh.helm.release.v1.a.v1"));
    QCOMPARE(configMaps.collectionPath(QStringLiteral("ns")),
             QStringLiteral("/api/v1/namespaces/ns/configmaps"));
    QCOMPARE(configMaps.objectKind(), QStringLiteral("ConfigMap"));
    const QByteArray payload = ReleaseRecord::encodePayload(R"({"name":"a","version":1})");
    for (const ReleaseStorage storage : { secrets, configMaps }) {
        const QJsonObject object { { QStringLiteral("data"),
                                     QJsonObject { { QStringLiteral("release"),
                                                     storage.dataFor(payload) } } } };
        QCOMPARE(storage.payloadOf(object), payload);
        QCOMPARE(storage.decode(object)->name, QStringLiteral("a"));
    }
    QCOMPARE(secrets.dataFor(payload), QString::fromLatin1(payload.toBase64()));
    QCOMPARE(configMaps.dataFor(payload), QString::fromLatin1(payload));
    QVERIFY(secrets.payloadOf(QJsonObject { { QStringLiteral("data"),
                                              QJsonObject { { QStringLiteral("release"),
                                                              QStringLiteral("%%%") } } } })
                .isEmpty());
}

QTEST_GUILESS_MAIN(tst_ReleaseStorage)
#include "tst_releasestorage.moc"
