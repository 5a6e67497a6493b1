#include "install/UpgradeImpact.h"

#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

// What an upgrade does beyond its diff, from two manifests as helm writes them.
class tst_UpgradeImpact final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchanged_saysNothing();
    void notes_data();
    void notes();
    void order_mostSeriousFirst();
    void images_everyContainerOnce();
};

namespace {

QString deployment(const char *image, const char *app = "web", const char *name = "web")
{
    return QStringLiteral(R"(---
# Source: c/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: %3
spec:
  selector:
    matchLabels: {app: %2}
  template:
    metadata:
      labels: {app: %2}
    spec:
      initContainers: [{name: init, image: "busybox:1"}]
      containers: [{name: app, image: "%1"}]
)")
        .arg(QLatin1String(image), QLatin1String(app), QLatin1String(name));
}

QString statefulSet(const char *size, const char *image = "db:1", const char *strategy = "RollingUpdate")
{
    return QStringLiteral(R"(---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels: {app: db}
  updateStrategy: {type: %3}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers: [{name: db, image: "%2"}]
  volumeClaimTemplates:
  - metadata: {name: data}
    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: %1}}}
)")
        .arg(QLatin1String(size), QLatin1String(image), QLatin1String(strategy));
}

QString claim(const char *size, const char *storageClass = "standard", bool keep = false)
{
    return QStringLiteral(R"(---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data%3
spec:
  storageClassName: %2
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: %1}}
)")
        .arg(QLatin1String(size), QLatin1String(storageClass),
             keep ? QStringLiteral("\n  annotations: {helm.sh/resource-policy: keep}") : QString());
}

const QString kConfigMap = QStringLiteral("---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {a: b}\n");

QStringList describe(const QList<UpgradeNote> &notes)
{
    QStringList out;
    for (const UpgradeNote &n : notes)
        out << UpgradeImpact::kindName(n.kind) + u" "_s + n.object + u": "_s + n.message;
    return out;
}

} // namespace

void tst_UpgradeImpact::unchanged_saysNothing()
{
    const QString manifest = deployment("web:1") + statefulSet("1Gi") + claim("1Gi") + kConfigMap;
    QVERIFY(UpgradeImpact::between(manifest, manifest).isEmpty());
}

void tst_UpgradeImpact::notes_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected"); // kind object: start of the message

    QTest::newRow("a new image replaces the pods")
        << deployment("web:1") << deployment("web:2") << u"replaces pods Deployment/web: its pod template changes: its pods are replaced"_s;
    QTest::newRow("a new selector fails")
        << deployment("web:1") << deployment("web:1", "other") << u"fails Deployment/web: spec.selector changes"_s;
    QTest::newRow("a StatefulSet's pods go one at a time")
        << statefulSet("1Gi", "db:1") << statefulSet("1Gi", "db:2") << u"replaces pods StatefulSet/db: its pod template changes: its pods are replaced one at a time"_s;
    QTest::newRow("OnDelete keeps the old pods")
        << statefulSet("1Gi", "db:1", "OnDelete") << statefulSet("1Gi", "db:2", "OnDelete") << u"replaces pods StatefulSet/db: its pod template changes; with the OnDelete strategy"_s;
    QTest::newRow("volumeClaimTemplates cannot change")
        << statefulSet("1Gi") << statefulSet("2Gi") << u"fails StatefulSet/db: spec.volumeClaimTemplates changes"_s;
    QTest::newRow("a claim removed deletes its data")
        << deployment("web:1") + claim("1Gi") << deployment("web:1") << u"deletes data PersistentVolumeClaim/data: the chart no longer has this claim"_s;
    QTest::newRow("a claim cannot shrink")
        << claim("2Gi") << claim("1Gi") << u"fails PersistentVolumeClaim/data: the claim would shrink from 2Gi to 1Gi"_s;
    QTest::newRow("a claim's class cannot change")
        << claim("1Gi") << claim("1Gi", "fast") << u"fails PersistentVolumeClaim/data: spec.storageClassName of a claim cannot change"_s;
    QTest::newRow("another object removed is deleted")
        << deployment("web:1") + kConfigMap << deployment("web:1") << u"deletes ConfigMap/settings: the chart no longer has it"_s;
}

void tst_UpgradeImpact::notes()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    const QStringList notes = describe(UpgradeImpact::between(before, after));
    // One note; a new selector comes with new pod labels, so the pods are replaced too.
    QCOMPARE(notes.size(), QTest::currentDataTag() == QByteArray("a new selector fails") ? 2 : 1);
    QVERIFY2(notes.first().startsWith(expected), qPrintable(notes.join(u'\n')));
}

void tst_UpgradeImpact::order_mostSeriousFirst()
{
    // A growing claim is allowed (with an expandable class); a kept claim is not deleted.
    const QString before = deployment("web:1") + claim("1Gi") + kConfigMap
        + claim("1Gi", "standard", true).replace(u"name: data"_s, u"name: kept"_s) + statefulSet("1Gi");
    const QString after = deployment("web:2") + statefulSet("3Gi");
    const QList<UpgradeNote> notes = UpgradeImpact::between(before, after);
    QStringList kinds;
    for (const UpgradeNote &n : notes)
        kinds << UpgradeImpact::kindName(n.kind) + u' ' + n.object;
    QCOMPARE(kinds, (QStringList { u"fails StatefulSet/db"_s, u"deletes data PersistentVolumeClaim/data"_s,
                                   u"replaces pods Deployment/web"_s, u"deletes ConfigMap/settings"_s }));
    QVERIFY(UpgradeImpact::between(claim("1Gi"), claim("5Gi")).isEmpty());
}

void tst_UpgradeImpact::images_everyContainerOnce()
{
    const QString manifest = deployment("web:1") + deployment("web:1", "api", "api") + statefulSet("1Gi") + kConfigMap
        + u"---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {name: janitor}\nspec:\n  schedule: '* * * * *'\n"
          "  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: j, image: 'janitor:3'}]\n"_s;
    QCOMPARE(UpgradeImpact::images(manifest),
             (QStringList { u"busybox:1"_s, u"db:1"_s, u"janitor:3"_s, u"web:1"_s }));
}

QTEST_GUILESS_MAIN(tst_UpgradeImpact)
#include "tst_upgradeimpact.moc"
