#include "ModelFixtures.h"
#include "ui/models/ReleasesModel.h"

#include "helm/ReleaseRecord.h"

#include <QFile>
#include <QTest>

using namespace Slipway;

// The releases table: one row per release, its latest revision, decoded only when the latest
// record changes; releases stuck in an operation say so.
class tst_ReleasesModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRowPerRelease_itsLatestRevision_decodedAlone();
    void newRevision_isOneDataChanged_olderRecordsNotDecoded();
    void pendingRelease_isStuckWithItsAge();
    void uninstalledRelease_isOneRowsRemoved();
    void configMapRecords_readTheSame();
};

namespace {

// A release record as helm stores it, made from the captured Secret of fixtures/helm with the
// release JSON changed to `name`, `revision`, `status`.
QJsonObject recordObject(const QString &name, int revision, const QString &status,
                         ReleaseStorage storage = {})
{
    QFile file(QStringLiteral(SLIPWAY_HELM_FIXTURES "/release-helm4.secret.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the helm fixture");
    QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    const QByteArray json = ReleaseRecord::decodePayload(ReleaseStorage().payloadOf(object)).value();
    QJsonObject release = QJsonDocument::fromJson(json).object();
    release.insert(QStringLiteral("name"), name);
    release.insert(QStringLiteral("version"), revision);
    QJsonObject info = release[u"info"].toObject();
    info.insert(QStringLiteral("status"), status);
    info.insert(QStringLiteral("last_deployed"), QStringLiteral("2026-07-01T11:0%1:00Z").arg(revision));
    release.insert(QStringLiteral("info"), info);
    const QByteArray payload = ReleaseRecord::encodePayload(QJsonDocument(release).toJson(QJsonDocument::Compact));

    object.insert(QStringLiteral("kind"), storage.objectKind());
    object.insert(QStringLiteral("data"), QJsonObject { { QStringLiteral("release"), storage.dataFor(payload) } });
    const QString objectName = QStringLiteral("sh.helm.release.v1.%1.v%2").arg(name).arg(revision);
    object = withIdentity(object, objectName + QStringLiteral("-uid"), objectName, QStringLiteral("fx-h4"));
    QJsonObject metadata = object[u"metadata"].toObject();
    metadata.insert(QStringLiteral("creationTimestamp"), QStringLiteral("2026-07-01T11:0%1:00Z").arg(revision));
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(100 + revision));
    QJsonObject labels = metadata[u"labels"].toObject();
    labels.insert(QStringLiteral("name"), name);
    labels.insert(QStringLiteral("version"), QString::number(revision));
    labels.insert(QStringLiteral("status"), status);
    metadata.insert(QStringLiteral("labels"), labels);
    object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

} // namespace

void tst_ReleasesModel::oneRowPerRelease_itsLatestRevision_decodedAlone()
{
    ReleasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply({ recordObject(QStringLiteral("shop"), 1, QStringLiteral("superseded")),
                  recordObject(QStringLiteral("shop"), 2, QStringLiteral("superseded")),
                  recordObject(QStringLiteral("shop"), 3, QStringLiteral("deployed")),
                  recordObject(QStringLiteral("blog"), 1, QStringLiteral("failed")) },
                {}, {});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.decodeCount(), 2); // one record per release, not four
    const int shop = model.rowOfRelease(QStringLiteral("shop"), QStringLiteral("fx-h4"));
    QCOMPARE(shop, 1); // sorted by name, as helm list
    QCOMPARE(text(model, shop, ReleasesModel::RevisionColumn), QStringLiteral("3"));
    QCOMPARE(text(model, shop, ReleasesModel::StatusColumn), QStringLiteral("deployed"));
    QCOMPARE(text(model, shop, ReleasesModel::NamespaceColumn), QStringLiteral("fx-h4"));
    QVERIFY(!text(model, shop, ReleasesModel::ChartColumn).isEmpty());
    QCOMPARE(model.index(shop, 0).data(ReleasesModel::ErrorRole).toString(), QString());
    QCOMPARE(model.index(shop, 0).data(ItemStateRole).value<ItemState>(), ItemState::Ok);
    QCOMPARE(model.index(0, 0).data(ItemStateRole).value<ItemState>(), ItemState::Failed);
    QCOMPARE(model.headerData(ReleasesModel::AppVersionColumn, Qt::Horizontal).toString(), QStringLiteral("APP VERSION"));
}

void tst_ReleasesModel::newRevision_isOneDataChanged_olderRecordsNotDecoded()
{
    ReleasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply({ recordObject(QStringLiteral("shop"), 1, QStringLiteral("deployed")) }, {}, {});
    ModelSpies spies(&model);
    const int decodes = model.decodeCount();
    // helm upgrade: the new revision appears, the old one turns superseded.
    model.apply({ recordObject(QStringLiteral("shop"), 2, QStringLiteral("deployed")) },
                { recordObject(QStringLiteral("shop"), 1, QStringLiteral("superseded")) }, {});
    QCOMPARE(model.decodeCount(), decodes + 1);
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.inserted.size() + spies.removed.size() + spies.reset.size(), 0);
    QCOMPARE(text(model, 0, ReleasesModel::RevisionColumn), QStringLiteral("2"));
    // An older record alone changing shows nothing new and decodes nothing.
    spies.clear();
    model.apply({}, { recordObject(QStringLiteral("shop"), 1, QStringLiteral("superseded")) }, {});
    QCOMPARE(model.decodeCount(), decodes + 1);
    QCOMPARE(spies.changed.size(), 0);
}

void tst_ReleasesModel::pendingRelease_isStuckWithItsAge()
{
    ReleasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNow(QDateTime::fromString(QStringLiteral("2026-07-01T11:20:00Z"), Qt::ISODate));
    model.apply({ recordObject(QStringLiteral("shop"), 1, QStringLiteral("deployed")),
                  recordObject(QStringLiteral("shop"), 2, QStringLiteral("pending-upgrade")) },
                {}, {});
    QCOMPARE(model.index(0, 0).data(ItemStateRole).value<ItemState>(), ItemState::Stuck);
    QCOMPARE(model.index(0, 0).data(ReleasesModel::StatusRole).toString(), QStringLiteral("pending-upgrade"));
    QCOMPARE(model.index(0, 0).data(ReleasesModel::StuckSinceRole).toDateTime(),
             QDateTime::fromString(QStringLiteral("2026-07-01T11:02:00Z"), Qt::ISODate));
    QCOMPARE(text(model, 0, ReleasesModel::StatusColumn), QStringLiteral("pending-upgrade for 18m"));
    QVERIFY(!model.index(0, ReleasesModel::StatusColumn).data(Qt::ToolTipRole).toString().isEmpty());
}

void tst_ReleasesModel::uninstalledRelease_isOneRowsRemoved()
{
    ReleasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QJsonObject blog = recordObject(QStringLiteral("blog"), 1, QStringLiteral("deployed"));
    const QJsonObject shop1 = recordObject(QStringLiteral("shop"), 1, QStringLiteral("superseded"));
    const QJsonObject shop2 = recordObject(QStringLiteral("shop"), 2, QStringLiteral("deployed"));
    model.apply({ blog, shop1, shop2 }, {}, {});
    ModelSpies spies(&model);
    // The latest record pruned first: the one before it becomes the row, decoded from the store.
    model.apply({}, {}, { shop2 });
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(text(model, 1, ReleasesModel::RevisionColumn), QStringLiteral("1"));
    spies.clear();
    model.apply({}, {}, { shop1 });
    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 1);
    QCOMPARE(spies.inserted.size() + spies.changed.size() + spies.reset.size(), 0);
    QCOMPARE(model.rowCount(), 1);
}

void tst_ReleasesModel::configMapRecords_readTheSame()
{
    const ReleaseStorage configMaps(ReleaseStorage::Kind::ConfigMaps);
    ReleasesModel model(nullptr, configMaps);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply({ recordObject(QStringLiteral("shop"), 4, QStringLiteral("failed"), configMaps) }, {}, {});
    QCOMPARE(text(model, 0, ReleasesModel::RevisionColumn), QStringLiteral("4"));
    QCOMPARE(model.index(0, 0).data(ReleasesModel::ErrorRole).toString(), QString());
    QCOMPARE(ReleasesModel::reflectorOptions(configMaps).resource, QStringLiteral("configmaps"));
    QCOMPARE(ReleasesModel::reflectorOptions({}, QStringLiteral("shop")).labelSelector, QStringLiteral("owner=helm"));
}

QTEST_GUILESS_MAIN(tst_ReleasesModel)
#include "tst_releasesmodel.moc"
