#include "helm/ReleaseRecord.h"
#include "helm/ReleaseUnlock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Slipway;

namespace {
constexpr ReleaseStorage kSecrets(ReleaseStorage::Kind::Secrets);
constexpr ReleaseStorage kConfigMaps(ReleaseStorage::Kind::ConfigMaps);
} // namespace

// Recovery C (helm-engine.md §5): a pending revision rewritten as failed, re-encoded the way
// helm's storage driver writes it. Starts from release Secrets captured on the testbed by
// helm 4 and helm 3; that helm itself then accepts an upgrade is checked end to end.
class tst_ReleaseUnlock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodePayload_isHelmsGzipBase64_andDecodesBack();
    void pendingRevision_becomesFailed_everythingElseKept_data();
    void pendingRevision_becomesFailed_everythingElseKept();
    void labels_areWhatHelmsUpdateLeaves();
    void configMapRecord_staysAConfigMap_payloadNotEncodedTwice();
    void revisionThatIsNotPending_isRefused();
    void garbage_isAnErrorNotACrash();
    void operationStart_isCreationForPending_modifiedAtForUninstalling();

private:
    static QJsonObject fixture(const QString &helm);
    static QJsonObject releaseJson(const QJsonObject &secret);
    static QJsonObject withRelease(QJsonObject secret, const QJsonObject &release);
};

QJsonObject tst_ReleaseUnlock::fixture(const QString &helm)
{
    QFile file(QStringLiteral(SLIPWAY_HELM_FIXTURES "/release-%1.secret.json").arg(helm));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject tst_ReleaseUnlock::releaseJson(const QJsonObject &secret)
{
    const QByteArray outer = QByteArray::fromBase64(
        secret[QLatin1String("data")][QLatin1String("release")].toString().toLatin1());
    const Expected<QByteArray> json = ReleaseRecord::decodePayload(outer);
    if (!json)
        return {};
    return QJsonDocument::fromJson(*json).object();
}

QJsonObject tst_ReleaseUnlock::withRelease(QJsonObject secret, const QJsonObject &release)
{
    QJsonObject data = secret[QLatin1String("data")].toObject();
    data.insert(QStringLiteral("release"),
                QString::fromLatin1(
                    ReleaseRecord::encodePayload(QJsonDocument(release).toJson()).toBase64()));
    secret.insert(QStringLiteral("data"), data);
    return secret;
}

void tst_ReleaseUnlock::encodePayload_isHelmsGzipBase64_andDecodesBack()
{
    const QByteArray json = R"({"name":"x","version":1,"info":{"status":"deployed"}})";
    const QByteArray encoded = ReleaseRecord::encodePayload(json);
    const QByteArray gz = QByteArray::fromBase64(encoded);
    QVERIFY(gz.startsWith(QByteArray("\x1f\x8b\x08", 3))); // what helm's decoder looks for
    QCOMPARE(ReleaseRecord::decodePayload(encoded).value(), json);
}

void tst_ReleaseUnlock::pendingRevision_becomesFailed_everythingElseKept_data()
{
    QTest::addColumn<QString>("helm");
    QTest::addColumn<QString>("pending");
    QTest::newRow("helm 4 pending-upgrade") << QStringLiteral("helm4") << QStringLiteral("pending-upgrade");
    QTest::newRow("helm 3 pending-upgrade") << QStringLiteral("helm3") << QStringLiteral("pending-upgrade");
    QTest::newRow("helm 4 pending-install") << QStringLiteral("helm4") << QStringLiteral("pending-install");
    QTest::newRow("helm 3 pending-rollback") << QStringLiteral("helm3") << QStringLiteral("pending-rollback");
}

void tst_ReleaseUnlock::pendingRevision_becomesFailed_everythingElseKept()
{
    QFETCH(QString, helm);
    QFETCH(QString, pending);
    const QJsonObject captured = fixture(helm);
    QJsonObject release = releaseJson(captured);
    QVERIFY(!release.isEmpty());
    QJsonObject info = release[QLatin1String("info")].toObject();
    info.insert(QStringLiteral("status"), pending);
    release.insert(QStringLiteral("info"), info);
    const QJsonObject stuck = withRelease(captured, release);

    const Expected<QJsonObject> unlocked
        = ReleaseUnlock::markFailed(stuck, kSecrets, QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC));
    QVERIFY2(unlocked, qPrintable(unlocked.error().message));

    QJsonObject expected = release;
    info.insert(QStringLiteral("status"), QStringLiteral("failed"));
    info.insert(QStringLiteral("description"),
                QStringLiteral("Release unlocked from stale '%1' state by Slipway").arg(pending));
    expected.insert(QStringLiteral("info"), info);
    QCOMPARE(releaseJson(*unlocked), expected); // chart, config, manifest, hooks: untouched

    const Expected<ReleaseRecord> record = ReleaseRecord::fromSecret(*unlocked);
    QVERIFY(record);
    QCOMPARE(record->status, QStringLiteral("failed"));
    QCOMPARE(record->revision, 1);
    const QJsonObject metadata = (*unlocked)[QLatin1String("metadata")].toObject();
    QCOMPARE(metadata[QLatin1String("resourceVersion")],
             captured[QLatin1String("metadata")][QLatin1String("resourceVersion")]);
    QCOMPARE(metadata[QLatin1String("name")].toString(),
             QStringLiteral("sh.helm.release.v1.smoke.v1"));
    QCOMPARE((*unlocked)[QLatin1String("type")].toString(), QStringLiteral("helm.sh/release.v1"));
}

void tst_ReleaseUnlock::labels_areWhatHelmsUpdateLeaves()
{
    QJsonObject captured = fixture(QStringLiteral("helm4"));
    QJsonObject release = releaseJson(captured);
    QJsonObject info = release[QLatin1String("info")].toObject();
    info.insert(QStringLiteral("status"), QStringLiteral("pending-upgrade"));
    release.insert(QStringLiteral("info"), info);
    QJsonObject metadata = captured[QLatin1String("metadata")].toObject();
    QJsonObject labels = metadata[QLatin1String("labels")].toObject();
    labels.insert(QStringLiteral("status"), QStringLiteral("pending-upgrade"));
    labels.insert(QStringLiteral("createdAt"), QStringLiteral("1795312000"));
    labels.insert(QStringLiteral("team"), QStringLiteral("payments")); // a user label (--labels)
    metadata.insert(QStringLiteral("labels"), labels);
    metadata.insert(QStringLiteral("managedFields"), QJsonArray { QJsonObject { { QStringLiteral("manager"), QStringLiteral("helm") } } });
    captured.insert(QStringLiteral("metadata"), metadata);

    const Expected<QJsonObject> unlocked = ReleaseUnlock::markFailed(
        withRelease(captured, release), kSecrets, QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC));
    QVERIFY(unlocked);
    const QJsonObject out = (*unlocked)[QLatin1String("metadata")].toObject();
    QCOMPARE(out[QLatin1String("labels")].toObject(),
             (QJsonObject { { QStringLiteral("name"), QStringLiteral("smoke") },
                            { QStringLiteral("owner"), QStringLiteral("helm") },
                            { QStringLiteral("status"), QStringLiteral("failed") },
                            { QStringLiteral("version"), QStringLiteral("1") },
                            { QStringLiteral("modifiedAt"), QStringLiteral("1800000000") },
                            { QStringLiteral("team"), QStringLiteral("payments") } }));
    QVERIFY(!out.contains(QLatin1String("managedFields")));
}

void tst_ReleaseUnlock::configMapRecord_staysAConfigMap_payloadNotEncodedTwice()
{
    // helm's configmap driver: the same record and labels, data.release is helm's payload
    // itself, and a ConfigMap has no type.
    const QJsonObject captured = fixture(QStringLiteral("helm4"));
    QJsonObject release = releaseJson(captured);
    QJsonObject info = release[QLatin1String("info")].toObject();
    info.insert(QStringLiteral("status"), QStringLiteral("pending-upgrade"));
    release.insert(QStringLiteral("info"), info);
    QJsonObject configMap = captured;
    configMap.remove(QStringLiteral("type"));
    configMap.insert(QStringLiteral("kind"), QStringLiteral("ConfigMap"));
    configMap.insert(QStringLiteral("data"),
                     QJsonObject { { QStringLiteral("release"),
                                     QString::fromLatin1(ReleaseRecord::encodePayload(
                                         QJsonDocument(release).toJson())) } });

    const Expected<QJsonObject> unlocked
        = ReleaseUnlock::markFailed(configMap, kConfigMaps, QDateTime::currentDateTimeUtc());
    QVERIFY2(unlocked, qPrintable(unlocked.error().message));
    QCOMPARE((*unlocked)[QLatin1String("kind")].toString(), QStringLiteral("ConfigMap"));
    QVERIFY(!unlocked->contains(QLatin1String("type")));
    const Expected<ReleaseRecord> record = ReleaseRecord::fromConfigMap(*unlocked);
    QVERIFY2(record, qPrintable(record.error().message));
    QCOMPARE(record->status, QStringLiteral("failed"));
    QVERIFY(record->description.contains(QLatin1String("pending-upgrade")));
    QCOMPARE(record->manifest, ReleaseRecord::fromSecret(captured)->manifest);
    // Read as a Secret it is not base64 twice: the two drivers' records are not mixed up.
    QVERIFY(!ReleaseRecord::fromSecret(*unlocked));
    QVERIFY(!ReleaseUnlock::markFailed(configMap, kSecrets, QDateTime::currentDateTimeUtc()));
}

void tst_ReleaseUnlock::revisionThatIsNotPending_isRefused()
{
    const Expected<QJsonObject> unlocked
        = ReleaseUnlock::markFailed(fixture(QStringLiteral("helm3")), kSecrets,
                                     QDateTime::currentDateTimeUtc());
    QVERIFY(!unlocked);
    QVERIFY2(unlocked.error().message.contains(QLatin1String("deployed")),
             qPrintable(unlocked.error().message));
}

void tst_ReleaseUnlock::garbage_isAnErrorNotACrash()
{
    for (const QByteArray &json :
         { QByteArray(R"({"data":{}})"), QByteArray(R"({"data":{"release":"%%%"}})"),
           QByteArray(R"({"data":{"release":"bm90LWpzb24="}})") }) {
        const Expected<QJsonObject> unlocked = ReleaseUnlock::markFailed(
            QJsonDocument::fromJson(json).object(), kSecrets, QDateTime::currentDateTimeUtc());
        QVERIFY2(!unlocked, json.constData());
    }
}

void tst_ReleaseUnlock::operationStart_isCreationForPending_modifiedAtForUninstalling()
{
    ReleaseRecord record;
    record.createdAt = QStringLiteral("2026-11-22T04:27:41Z");
    record.modifiedAt = QStringLiteral("1800000000");
    record.status = QStringLiteral("pending-upgrade");
    QCOMPARE(record.operationStartedAt(),
             QDateTime(QDate(2026, 11, 22), QTime(4, 27, 41), Qt::UTC));
    record.status = QStringLiteral("uninstalling");
    QCOMPARE(record.operationStartedAt(), QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC));
    record.modifiedAt.clear();
    QCOMPARE(record.operationStartedAt(),
             QDateTime(QDate(2026, 11, 22), QTime(4, 27, 41), Qt::UTC));
}

QTEST_GUILESS_MAIN(tst_ReleaseUnlock)
#include "tst_releaseunlock.moc"
