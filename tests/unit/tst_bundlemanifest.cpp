#include "bundle/BundleManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Slipway;

// manifest.json: what is written reads back the same, and anything else is refused naming
// the key at fault.
class tst_BundleManifest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toJson_readsBackEqual();
    void parse_refusesWhatIsWrong_namingTheKey_data();
    void parse_refusesWhatIsWrong_namingTheKey();
    void isSafePath_data();
    void isSafePath();
    void fileName_isProductDashVersion();

private:
    static BundleManifest sample();
};

BundleManifest tst_BundleManifest::sample()
{
    BundleManifest m;
    m.product = QStringLiteral("backline");
    m.chartName = QStringLiteral("backline");
    m.chartVersion = QStringLiteral("1.2.3");
    m.appVersion = QStringLiteral("4.5");
    m.created = QDateTime(QDate(2026, 1, 31), QTime(12, 0, 0), Qt::UTC);
    m.slipwayVersion = QStringLiteral("0.9.0");
    m.helmVersion = QStringLiteral("v4.3.1");
    m.files = { { QStringLiteral("charts/backline-1.2.3.tgz"), 1234,
                  QStringLiteral("sha256:") + QString(64, QLatin1Char('a')) },
                { QStringLiteral("images/blobs/sha256/") + QString(64, QLatin1Char('b')), 5000000000LL,
                  QStringLiteral("sha256:") + QString(64, QLatin1Char('b')) } };
    m.images = { { QStringLiteral("registry.example/team/app:1"), QStringLiteral("sha256:") + QString(64, QLatin1Char('c')),
                   { QStringLiteral("linux/amd64") } } };
    m.containsSecrets = true;
    return m;
}

void tst_BundleManifest::toJson_readsBackEqual()
{
    const BundleManifest m = sample();
    const auto back = BundleManifest::parse(m.toJson());
    QVERIFY2(back, qPrintable(back.error().toString()));
    QCOMPARE(*back, m);
}

void tst_BundleManifest::parse_refusesWhatIsWrong_namingTheKey_data()
{
    QTest::addColumn<QString>("change"); // "path=json value", or "-path" to remove
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown top-level key") << QStringLiteral("extra=1") << QStringLiteral("unknown key “extra”");
    QTest::newRow("unknown key in a file") << QStringLiteral("files.0.mode=1")
                                           << QStringLiteral("unknown key “files[0].mode”");
    QTest::newRow("unknown key in the chart") << QStringLiteral("chart.home=\"x\"")
                                              << QStringLiteral("unknown key “chart.home”");
    QTest::newRow("missing product") << QStringLiteral("-product") << QStringLiteral("“product” is missing");
    QTest::newRow("size as a string") << QStringLiteral("files.1.size=\"5\"")
                                      << QStringLiteral("“files[1].size” must be a number");
    QTest::newRow("negative size") << QStringLiteral("files.0.size=-1")
                                   << QStringLiteral("“files[0].size” must be a whole number of bytes");
    QTest::newRow("fractional size") << QStringLiteral("files.0.size=1.5")
                                     << QStringLiteral("“files[0].size” must be a whole number of bytes");
    QTest::newRow("path with ..") << QStringLiteral("files.0.path=\"charts/../../x\"")
                                  << QStringLiteral("“files[0].path” is not a safe relative path");
    QTest::newRow("absolute path") << QStringLiteral("files.0.path=\"/etc/passwd\"")
                                   << QStringLiteral("“files[0].path” is not a safe relative path");
    QTest::newRow("a file twice") << QStringLiteral("files.1.path=\"charts/backline-1.2.3.tgz\"")
                                  << QStringLiteral("lists “charts/backline-1.2.3.tgz” twice");
    QTest::newRow("bad checksum") << QStringLiteral("files.0.sha256=\"md5:abc\"")
                                  << QStringLiteral("“files[0].sha256” must be sha256:");
    QTest::newRow("bad image digest") << QStringLiteral("images.0.digest=\"sha256:ABC\"")
                                      << QStringLiteral("“images[0].digest” must be sha256:");
    QTest::newRow("platforms not strings") << QStringLiteral("images.0.platforms=[1]")
                                           << QStringLiteral("“images[0].platforms” must be a list of strings");
    QTest::newRow("newer format") << QStringLiteral("formatVersion=2") << QStringLiteral("format version 2");
    QTest::newRow("created not UTC") << QStringLiteral("created=\"2026-01-31T12:00:00+02:00\"")
                                     << QStringLiteral("“created” must be a UTC time");
    QTest::newRow("secrets flag as text") << QStringLiteral("containsSecrets=\"no\"")
                                          << QStringLiteral("“containsSecrets” must be true or false");
}

void tst_BundleManifest::parse_refusesWhatIsWrong_namingTheKey()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    QJsonValue root = QJsonDocument::fromJson(sample().toJson()).object();
    const bool remove = change.startsWith(QLatin1Char('-'));
    const QString path = remove ? change.mid(1) : change.section(QLatin1Char('='), 0, 0);
    const QJsonValue value = remove ? QJsonValue()
                                    : QJsonDocument::fromJson("[" + change.section(QLatin1Char('='), 1).toUtf8() + "]")
                                          .array()
                                          .at(0);
    // Sets (or removes) the value at a dotted path of object keys and list positions.
    std::function<QJsonValue(QJsonValue, QStringList)> edit = [&](QJsonValue node, QStringList keys) -> QJsonValue {
        const QString key = keys.takeFirst();
        if (node.isArray()) {
            QJsonArray array = node.toArray();
            const int at = key.toInt();
            array[at] = keys.isEmpty() ? value : edit(array[at], keys);
            return array;
        }
        QJsonObject object = node.toObject();
        if (keys.isEmpty() && remove)
            object.remove(key);
        else
            object[key] = keys.isEmpty() ? value : edit(object[key], keys);
        return object;
    };
    root = edit(root, path.split(QLatin1Char('.')));
    const auto parsed = BundleManifest::parse(QJsonDocument(root.toObject()).toJson());
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().file, QStringLiteral("manifest.json"));
}

void tst_BundleManifest::isSafePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << QStringLiteral("values/values.yaml") << true;
    QTest::newRow("dotfile") << QStringLiteral("images/.keep") << true;
    QTest::newRow("parent") << QStringLiteral("../x") << false;
    QTest::newRow("inner parent") << QStringLiteral("a/../../x") << false;
    QTest::newRow("absolute") << QStringLiteral("/abs") << false;
    QTest::newRow("backslash") << QStringLiteral("..\\x") << false;
    QTest::newRow("drive") << QStringLiteral("C:/x") << false;
    QTest::newRow("empty segment") << QStringLiteral("a//b") << false;
    QTest::newRow("dot segment") << QStringLiteral("./a") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_BundleManifest::isSafePath()
{
    QFETCH(QString, path);
    QFETCH(bool, safe);
    QCOMPARE(BundleManifest::isSafePath(path), safe);
}

void tst_BundleManifest::fileName_isProductDashVersion()
{
    QCOMPARE(sample().fileName(), QStringLiteral("backline-1.2.3.slipway.zip"));
}

QTEST_GUILESS_MAIN(tst_BundleManifest)
#include "tst_bundlemanifest.moc"
