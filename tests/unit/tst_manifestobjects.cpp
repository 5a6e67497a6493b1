#include "install/ManifestObjects.h"

#include <QTest>

using namespace Slipway;

// What an uninstall will delete, read off a release manifest as helm renders it.
class tst_ManifestObjects final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDocumentsKindAndName();
    void nestedNamesAndEmptyDocumentsAreIgnored();
    void resourcePolicyKeep_marksWhatUninstallLeaves();
};

void tst_ManifestObjects::everyDocumentsKindAndName()
{
    const QString manifest = QStringLiteral(
        "---\n# Source: backline/templates/secret.yaml\napiVersion: v1\nkind: Secret\n"
        "metadata:\n  name: backline-access\n  labels:\n    name: not-this\n"
        "data:\n  key: eA==\n"
        "---\n# Source: backline/templates/worker.yaml\napiVersion: apps/v1\nkind: Deployment\n"
        "metadata:\n  labels:\n    app.kubernetes.io/name: worker\n  name: \"backline-worker\"\n"
        "  namespace: other\nspec:\n  template:\n    metadata:\n      name: pod-template\n");
    const QList<ManifestObject> objects = ManifestObjects::parse(manifest);
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects[0], (ManifestObject { QStringLiteral("Secret"), QStringLiteral("backline-access"), {}, false }));
    QCOMPARE(objects[1], (ManifestObject { QStringLiteral("Deployment"), QStringLiteral("backline-worker"),
                                           QStringLiteral("other"), false }));
}

void tst_ManifestObjects::nestedNamesAndEmptyDocumentsAreIgnored()
{
    QVERIFY(ManifestObjects::parse(QString()).isEmpty());
    QVERIFY(ManifestObjects::parse(QStringLiteral("---\n# Source: x.yaml\n---\n")).isEmpty());
    // A document without a name of its own (a list, a broken one) names nothing.
    QVERIFY(ManifestObjects::parse(QStringLiteral("kind: ConfigMap\nmetadata:\n  labels:\n    name: x\n"))
                .isEmpty());
}

void tst_ManifestObjects::resourcePolicyKeep_marksWhatUninstallLeaves()
{
    const QString manifest = QStringLiteral(
        "---\nkind: PersistentVolumeClaim\nmetadata:\n  name: minio\n  annotations:\n"
        "    \"helm.sh/resource-policy\": keep\nspec: {}\n"
        "---\nkind: Deployment\nmetadata:\n  name: worker\n  annotations:\n"
        "    helm.sh/resource-policy: delete\nspec:\n  template:\n    metadata:\n"
        "      annotations:\n        helm.sh/resource-policy: keep\n");
    const QList<ManifestObject> objects = ManifestObjects::parse(manifest);
    QCOMPARE(objects.size(), 2);
    QVERIFY(objects[0].kept);
    QVERIFY(!objects[1].kept); // "delete", and a pod template's annotation is not the object's
}

QTEST_GUILESS_MAIN(tst_ManifestObjects)
#include "tst_manifestobjects.moc"
