#include "PreflightFixtures.h"
#include "preflight/StorageCheck.h"

#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Slipway::PreflightCheck::Severity)

namespace {

QString claim(const QString &name, const QString &size, const QString &classLine,
              const QString &mode = u"ReadWriteOnce"_s)
{
    return u"apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: %1}\nspec:\n"
           "  accessModes: [%4]\n%3  resources: {requests: {storage: %2}}\n"_s
        .arg(name, size, classLine, mode);
}

// Replicas of a StatefulSet with the volumeClaimTemplate data; no className: the default class.
QString statefulSet(const QString &name, int replicas, const QString &size,
                    const QString &className = QString())
{
    const QString classLine
        = className.isEmpty() ? QString() : u"      storageClassName: %1\n"_s.arg(className);
    return u"apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: %1}\nspec:\n"
           "  replicas: %2\n  volumeClaimTemplates:\n  - metadata: {name: data}\n    spec:\n"
           "      accessModes: [ReadWriteOnce]\n%4      resources: {requests: {storage: %3}}\n"_s
        .arg(name)
        .arg(replicas)
        .arg(size, classLine);
}

QString storageClass(const QString &name, const QString &provisioner, const QString &mode,
                     bool isDefault, const QString &created = u"2025-01-01T00:00:00Z"_s)
{
    return u"- metadata:\n    name: %1\n    creationTimestamp: \"%5\"\n"
           "    annotations: {storageclass.kubernetes.io/is-default-class: \"%4\"}\n"
           "  provisioner: %2\n  volumeBindingMode: %3\n"_s
        .arg(name, provisioner, mode, isDefault ? u"true"_s : u"false"_s, created);
}

QString volume(const QString &name, const QString &className, const QString &size,
               const QString &modes, const QString &phase = u"Available"_s)
{
    return u"- metadata: {name: %1}\n  spec: {storageClassName: \"%2\", capacity: {storage: %3}, "
           "accessModes: [%4]}\n  status: {phase: %5}\n"_s
        .arg(name, className, size, modes, phase);
}

QJsonObject list(const QString &items)
{
    return PreflightFixtures::yamlObject(u"items:\n"_s + items);
}

const QString kLocalPath = u"rancher.io/local-path"_s;
const QString kNoProvisioner = u"kubernetes.io/no-provisioner"_s;
const QString kWait = u"WaitForFirstConsumer"_s;
const QString kImmediate = u"Immediate"_s;

} // namespace

class tst_StorageCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void claims_areJudgedAgainstClassesAndVolumes_data();
    void claims_areJudgedAgainstClassesAndVolumes();
};

void tst_StorageCheck::claims_areJudgedAgainstClassesAndVolumes_data()
{
    QTest::addColumn<QStringList>("documents");
    QTest::addColumn<QString>("classes");
    QTest::addColumn<QString>("volumes");
    QTest::addColumn<PreflightCheck::Severity>("severity");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("remediation"); // a fragment; empty: none at all

    using S = PreflightCheck::Severity;
    const QString standardDefault = storageClass(u"standard"_s, kLocalPath, kWait, true);
    const QString standard = storageClass(u"standard"_s, kLocalPath, kWait, false);
    const QString local = storageClass(u"local"_s, kNoProvisioner, kWait, false);
    const QString noClass;
    const QString localClass = u"  storageClassName: local\n"_s;
    const QString emptyClass = u"  storageClassName: \"\"\n"_s;

    QTest::newRow("no claims")
        << QStringList { u"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\n"_s }
        << standardDefault << QString() << S::Pass << u"The release asks for no persistent storage"_s
        << QStringList() << QString();
    QTest::newRow("a StatefulSet's claims per replica and a claim take the default class")
        << QStringList { claim(u"uploads"_s, u"5Gi"_s, noClass),
                         statefulSet(u"db"_s, 3, u"10Gi"_s) }
        << standardDefault + local << QString() << S::Pass
        << u"4 claims, 35Gi in total, class standard (WaitForFirstConsumer: bound when the pod is "
           "scheduled)"_s
        << QStringList { u"uploads (5Gi, ReadWriteOnce) of class standard"_s,
                         u"data-db-0 (10Gi, ReadWriteOnce) of class standard"_s,
                         u"data-db-1 (10Gi, ReadWriteOnce) of class standard"_s,
                         u"data-db-2 (10Gi, ReadWriteOnce) of class standard"_s }
        << QString();
    QTest::newRow("claims of two classes are summed per class")
        << QStringList { statefulSet(u"db"_s, 2, u"10Gi"_s),
                         claim(u"uploads"_s, u"5Gi"_s, u"  storageClassName: fast\n"_s) }
        << standardDefault + storageClass(u"fast"_s, u"ebs.csi.aws.com"_s, kImmediate, false)
        << QString() << S::Pass
        << u"3 claims, 25Gi in total, class fast: 1 claim, 5Gi (Immediate: bound as soon as the "
           "claim is created); class standard: 2 claims, 20Gi (WaitForFirstConsumer: bound when "
           "the pod is scheduled)"_s
        << QStringList { u"data-db-0 (10Gi, ReadWriteOnce) of class standard"_s,
                         u"data-db-1 (10Gi, ReadWriteOnce) of class standard"_s,
                         u"uploads (5Gi, ReadWriteOnce) of class fast"_s }
        << QString();
    QTest::newRow("a class that does not exist")
        << QStringList { claim(u"uploads"_s, u"5Gi"_s, u"  storageClassName: fast\n"_s) }
        << standardDefault + local << QString() << S::Fail
        << u"1 of the release's 1 claims cannot be bound"_s
        << QStringList { u"claim uploads asks for StorageClass fast, which does not exist (the "
                         "cluster has: local, standard)"_s }
        << u"Set the storage class in the values to one the cluster has"_s;
    QTest::newRow("no class named and no default class")
        << QStringList { statefulSet(u"db"_s, 1, u"10Gi"_s) } << standard + local
        << QString() << S::Fail << u"1 of the release's 1 claims cannot be bound"_s
        << QStringList { u"claim data-db-0 names no StorageClass and the cluster has no default "
                         "StorageClass (the cluster has: local, standard)"_s }
        << u"mark one as the default"_s;
    QTest::newRow("no class named and no class at all")
        << QStringList { claim(u"uploads"_s, u"5Gi"_s, noClass) } << QString() << QString()
        << S::Fail << u"1 of the release's 1 claims cannot be bound"_s
        << QStringList { u"claim uploads names no StorageClass and the cluster has no default "
                         "StorageClass (the cluster has none)"_s }
        << u"mark one as the default"_s;
    const QString twoDefaults
        = storageClass(u"standard"_s, kLocalPath, kWait, true, u"2025-02-01T00:00:00Z"_s)
        + storageClass(u"fast"_s, u"ebs.csi.aws.com"_s, kImmediate, true, u"2024-05-01T00:00:00Z"_s);
    QTest::newRow("two default classes: the newest wins, with a warning")
        << QStringList { claim(u"uploads"_s, u"5Gi"_s, noClass) } << twoDefaults << QString()
        << S::Warn
        << u"1 claim, 5Gi in total, class standard (WaitForFirstConsumer: bound when the pod is "
           "scheduled)"_s
        << QStringList { u"2 StorageClasses are marked default (fast, standard); Kubernetes gives "
                         "claims without a class the newest, standard"_s,
                         u"uploads (5Gi, ReadWriteOnce) of class standard"_s }
        << u"Leave one StorageClass marked default"_s;
    QTest::newRow("two default classes do not matter to claims that name theirs")
        << QStringList { claim(u"uploads"_s, u"5Gi"_s, u"  storageClassName: fast\n"_s) }
        << twoDefaults << QString() << S::Pass
        << u"1 claim, 5Gi in total, class fast (Immediate: bound as soon as the claim is created)"_s
        << QStringList { u"uploads (5Gi, ReadWriteOnce) of class fast"_s } << QString();
    QTest::newRow("a class without provisioner needs an Available volume per claim")
        << QStringList { statefulSet(u"db"_s, 2, u"10Gi"_s, u"local"_s) } << standardDefault + local
        << volume(u"pv-small"_s, u"local"_s, u"5Gi"_s, u"ReadWriteOnce"_s)
               + volume(u"pv-large"_s, u"local"_s, u"20Gi"_s, u"ReadWriteOnce"_s)
               + volume(u"pv-bound"_s, u"local"_s, u"50Gi"_s, u"ReadWriteOnce"_s, u"Bound"_s)
               + volume(u"pv-other"_s, u"standard"_s, u"50Gi"_s, u"ReadWriteOnce"_s)
        << S::Fail << u"1 of the release's 2 claims cannot be bound"_s
        << QStringList { u"claim data-db-1 (10Gi, ReadWriteOnce) has no Available PersistentVolume "
                         "of class local (largest Available: 5Gi)"_s }
        << u"Create Available PersistentVolumes of the class"_s;
    QTest::newRow("volumes go to the largest claims first")
        << QStringList { claim(u"small"_s, u"5Gi"_s, localClass), claim(u"big"_s, u"8Gi"_s, localClass) }
        << local << volume(u"pv-a"_s, u"local"_s, u"10Gi"_s, u"ReadWriteOnce"_s) << S::Fail
        << u"1 of the release's 2 claims cannot be bound"_s
        << QStringList { u"claim small (5Gi, ReadWriteOnce) has no Available PersistentVolume of "
                         "class local (none is Available)"_s }
        << u"Create Available PersistentVolumes of the class"_s;
    QTest::newRow("each claim takes the smallest volume that holds it")
        << QStringList { claim(u"small"_s, u"5Gi"_s, localClass), claim(u"big"_s, u"8Gi"_s, localClass) }
        << local
        << volume(u"pv-20"_s, u"local"_s, u"20Gi"_s, u"ReadWriteOnce"_s)
               + volume(u"pv-8"_s, u"local"_s, u"8Gi"_s, u"ReadWriteOnce"_s)
               + volume(u"pv-6"_s, u"local"_s, u"6Gi"_s, u"ReadWriteOnce"_s)
        << S::Pass
        << u"2 claims, 13Gi in total, class local (WaitForFirstConsumer: bound when the pod is "
           "scheduled; no provisioner: bound to Available PersistentVolumes)"_s
        << QStringList { u"small (5Gi, ReadWriteOnce) of class local: PersistentVolume pv-6"_s,
                         u"big (8Gi, ReadWriteOnce) of class local: PersistentVolume pv-8"_s }
        << QString();
    QTest::newRow("an empty class binds to a volume without a class and with its access modes")
        << QStringList { claim(u"shared"_s, u"5Gi"_s, emptyClass, u"ReadWriteMany"_s) } << standardDefault
        << volume(u"pv-rwo"_s, QString(), u"10Gi"_s, u"ReadWriteOnce"_s)
               + volume(u"pv-rwx"_s, QString(), u"8Gi"_s, u"ReadWriteOnce, ReadWriteMany"_s)
               + volume(u"pv-classed"_s, u"standard"_s, u"8Gi"_s, u"ReadWriteMany"_s)
        << S::Pass << u"1 claim, 5Gi in total, no class (bound to Available PersistentVolumes)"_s
        << QStringList { u"shared (5Gi, ReadWriteMany) without a class: PersistentVolume pv-rwx"_s }
        << QString();
    QTest::newRow("an empty class without a volume of its access modes")
        << QStringList { claim(u"shared"_s, u"5Gi"_s, emptyClass, u"ReadWriteMany"_s) } << standardDefault
        << volume(u"pv-rwo"_s, QString(), u"10Gi"_s, u"ReadWriteOnce"_s) << S::Fail
        << u"1 of the release's 1 claims cannot be bound"_s
        << QStringList { u"claim shared (5Gi, ReadWriteMany) has no Available PersistentVolume "
                         "without a class (largest Available: 10Gi)"_s }
        << u"Create Available PersistentVolumes of the class"_s;
    QTest::newRow("a size that cannot be read")
        << QStringList { statefulSet(u"db"_s, 3, u"lots"_s) } << standardDefault
        << QString() << S::Fail
        << u"The release's storage cannot be judged: 1 sizes cannot be read"_s
        << QStringList { u"StatefulSet/db: volumeClaimTemplate data: "
                         "spec.resources.requests.storage: “lots” is not a quantity (examples: "
                         "500m, 2, 1.5Gi, 1e3)"_s }
        << u"Correct the sizes named in the values."_s;
    QTest::newRow("a List's claims count")
        << QStringList { u"apiVersion: v1\nkind: List\nitems:\n- "_s
                         + claim(u"uploads"_s, u"5Gi"_s, noClass).replace(u"\n"_s, u"\n  "_s) }
        << standardDefault << QString() << S::Pass
        << u"1 claim, 5Gi in total, class standard (WaitForFirstConsumer: bound when the pod is "
           "scheduled)"_s
        << QStringList { u"uploads (5Gi, ReadWriteOnce) of class standard"_s } << QString();
}

void tst_StorageCheck::claims_areJudgedAgainstClassesAndVolumes()
{
    QFETCH(QStringList, documents);
    QFETCH(QString, classes);
    QFETCH(QString, volumes);
    QFETCH(PreflightCheck::Severity, severity);
    QFETCH(QString, message);
    QFETCH(QStringList, items);
    QFETCH(QString, remediation);

    const PreflightCheck check = StorageCheck::run(PreflightFixtures::yamlObjects(documents),
                                                   list(classes), list(volumes));
    PreflightFixtures::verifyCheck(check, u"storage"_s, u"Storage"_s, severity, message, items,
                                   remediation);
}

QTEST_GUILESS_MAIN(tst_StorageCheck)
#include "tst_storagecheck.moc"
