#include "TestChartArchive.h"
#include "bundle/HelmRepository.h"
#include "bundle/Sha256.h"
#include "product/ChartLoader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using namespace Qt::StringLiterals;

// A classic Helm chart repository served by a real HTTP server on loopback (Python's
// http.server over a folder, which is all such a repository is): the index listed, a chart
// fetched and checked against its digest, and every way it can be wrong named.
class tst_HelmRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void index_listsEveryVersion_withAbsoluteUrls();
    void fetch_checksTheDigest_andTheChartLoads();
    void fetch_aSwappedFile_isRefusedAndNotKept();
    void fetch_withoutADigest_isRefused();
    void badRepositories_areNamed_data();
    void badRepositories_areNamed();
    void ociReferences_data();
    void ociReferences();

private:
    void writeFile(const QString &name, const QByteArray &data);

    QTemporaryDir m_served;
    QTemporaryDir m_downloads;
    QProcess m_server;
    QString m_url;
    QByteArray m_chart;
};

namespace {

QByteArray chartArchive(const char *version)
{
    return TestChartArchive::build({
        { u"demo/Chart.yaml"_s, QByteArray("apiVersion: v2\nname: demo\nversion: ") + version + "\nappVersion: \"2.0\"\n" },
        { u"demo/values.yaml"_s, "replicaCount: 1\n" },
        { u"demo/templates/cm.yaml"_s, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: demo}\n" },
    });
}

} // namespace

void tst_HelmRepository::writeFile(const QString &name, const QByteArray &data)
{
    QFile file(QDir(m_served.path()).filePath(name));
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

void tst_HelmRepository::initTestCase()
{
    m_chart = chartArchive("1.2.0");
    writeFile(u"charts/demo-1.2.0.tgz"_s, m_chart);
    writeFile(u"demo-1.1.0.tgz"_s, chartArchive("1.1.0"));
    writeFile(u"swapped-1.0.0.tgz"_s, chartArchive("1.0.0"));
    const QByteArray index = "apiVersion: v1\nentries:\n  demo:\n"
                             "  - name: demo\n    version: 1.2.0\n    appVersion: \"2.0\"\n    description: The demo.\n"
                             "    digest: " + Sha256::digestOf(m_chart).mid(7).toLatin1() + "\n"
                             "    urls: [charts/demo-1.2.0.tgz]\n"
                             "  - name: demo\n    version: 1.1.0\n    deprecated: true\n"
                             "    digest: " + Sha256::digestOf(chartArchive("1.1.0")).toLatin1() + "\n"
                             "    urls: [URL/demo-1.1.0.tgz]\n"
                             "  swapped:\n  - name: swapped\n    version: 1.0.0\n"
                             "    digest: " + QByteArray(64, 'a') + "\n    urls: [swapped-1.0.0.tgz]\n"
                             "  undigested:\n  - name: undigested\n    version: 0.1.0\n    urls: [demo-1.1.0.tgz]\n";
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(u"python3"_s, { u"-u"_s, u"-m"_s, u"http.server"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s,
                                   u"--directory"_s, m_served.path() });
    QVERIFY2(m_server.waitForStarted(10000), "python3 is needed (the project's test packages install it)");
    static const QRegularExpression port(u"port (\\d+)"_s);
    QString banner;
    for (int i = 0; i < 50 && !port.match(banner).hasMatch(); ++i) {
        m_server.waitForReadyRead(200);
        banner += QString::fromUtf8(m_server.readAll());
    }
    QVERIFY2(port.match(banner).hasMatch(), qPrintable(banner));
    m_url = u"http://127.0.0.1:%1/"_s.arg(port.match(banner).captured(1));
    QByteArray withUrl = index;
    withUrl.replace("URL/", m_url.toLatin1()); // an absolute URL in the index
    writeFile(u"index.yaml"_s, withUrl);
    writeFile(u"broken/index.yaml"_s, "entries: [unclosed\n");
    writeFile(u"other/index.yaml"_s, "kind: ConfigMap\n");
}

void tst_HelmRepository::cleanupTestCase()
{
    m_server.kill();
    m_server.waitForFinished(5000);
}

void tst_HelmRepository::index_listsEveryVersion_withAbsoluteUrls()
{
    HelmRepository repository(m_url);
    const auto charts = repository.index();
    QVERIFY2(charts, qPrintable(charts ? QString() : charts.error().toString()));
    QCOMPARE(charts->size(), 4);
    const HelmRepository::ChartVersion &newest = charts->at(0);
    QCOMPARE(newest.name, u"demo"_s);
    QCOMPARE(newest.version, u"1.2.0"_s); // the index's order
    QCOMPARE(newest.appVersion, u"2.0"_s);
    QCOMPARE(newest.description, u"The demo."_s);
    QCOMPARE(newest.urls, QStringList { m_url + u"charts/demo-1.2.0.tgz"_s }); // resolved
    QCOMPARE(newest.digest, Sha256::digestOf(m_chart)); // "sha256:" added
    QVERIFY(!newest.deprecated);
    QVERIFY(charts->at(1).deprecated);
    QCOMPARE(charts->at(1).urls, QStringList { m_url + u"demo-1.1.0.tgz"_s });
}

void tst_HelmRepository::fetch_checksTheDigest_andTheChartLoads()
{
    HelmRepository repository(m_url);
    const auto charts = repository.index();
    QVERIFY(charts);
    const auto path = repository.fetch(charts->at(0), m_downloads.filePath(u"charts"_s));
    QVERIFY2(path, qPrintable(path ? QString() : path.error().toString()));
    QFile file(*path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_chart);
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    Diagnostics errors;
    const Chart chart = ChartLoader::load(*path, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
    QCOMPARE(chart.version, u"1.2.0"_s);
}

void tst_HelmRepository::fetch_aSwappedFile_isRefusedAndNotKept()
{
    HelmRepository repository(m_url);
    const auto charts = repository.index();
    QVERIFY(charts);
    const QString folder = m_downloads.filePath(u"swapped"_s);
    const auto path = repository.fetch(charts->at(2), folder);
    QVERIFY(!path);
    QVERIFY2(path.error().message.contains(u"is not the chart the index describes"_s), qPrintable(path.error().message));
    QVERIFY2(path.error().message.contains(u"sha256:" + QString(64, u'a')), qPrintable(path.error().message));
    QVERIFY(!QDir(folder).exists() || QDir(folder).isEmpty());
}

void tst_HelmRepository::fetch_withoutADigest_isRefused()
{
    HelmRepository repository(m_url);
    const auto charts = repository.index();
    QVERIFY(charts);
    const auto path = repository.fetch(charts->at(3), m_downloads.filePath(u"undigested"_s));
    QVERIFY(!path);
    QVERIFY2(path.error().message.contains(u"gives no digest for undigested 0.1.0"_s), qPrintable(path.error().message));
}

void tst_HelmRepository::badRepositories_areNamed_data()
{
    QTest::addColumn<QString>("url"); // "SERVER/" is replaced by the test server's URL
    QTest::addColumn<QString>("message");
    QTest::newRow("no index") << u"SERVER/nothing-here"_s << u"answered HTTP 404"_s;
    QTest::newRow("not YAML") << u"SERVER/broken"_s << u"index.yaml is not YAML"_s;
    QTest::newRow("not an index") << u"SERVER/other"_s << u"has no “entries”"_s;
    // Refused before any connection is made: nothing leaves the machine.
    QTest::newRow("plain http elsewhere") << u"http://192.0.2.1/charts"_s << u"use its https address"_s;
    QTest::newRow("an OCI reference") << u"oci://127.0.0.1:5000/charts"_s << u"is a registry, not a repository"_s;
    QTest::newRow("nothing listens") << u"http://127.0.0.1:1/"_s << u"cannot be reached"_s;
}

void tst_HelmRepository::badRepositories_areNamed()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    HelmRepository repository(QString(url).replace(u"SERVER/"_s, m_url));
    const auto charts = repository.index();
    QVERIFY(!charts);
    QVERIFY2(charts.error().message.contains(message), qPrintable(charts.error().message));
    QVERIFY2(charts.error().message.startsWith(u"The chart repository's index cannot be read"_s)
                 || charts.error().message.contains(u"index.yaml"_s),
             qPrintable(charts.error().message));
}

void tst_HelmRepository::ociReferences_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("arguments"); // empty: refused
    QTest::newRow("loopback, a version") << u"oci://127.0.0.1:5000/charts/smoke:0.1.0"_s
                                         << u"pull oci://127.0.0.1:5000/charts/smoke --destination /d --version 0.1.0 --plain-http"_s;
    QTest::newRow("a remote registry: https") << u"oci://registry.example.com/team/charts/web"_s
                                              << u"pull oci://registry.example.com/team/charts/web --destination /d"_s;
    QTest::newRow("no path") << u"oci://registry.example.com"_s << QString();
    QTest::newRow("capitals in the path") << u"oci://registry.example.com/Charts/Web"_s << QString();
    QTest::newRow("not oci") << u"https://charts.example.com/web"_s << QString();
}

void tst_HelmRepository::ociReferences()
{
    QFETCH(QString, reference);
    QFETCH(QString, arguments);
    const Expected<HelmRequest> request = HelmRepository::ociPull(reference, u"/d"_s);
    if (arguments.isEmpty()) {
        QVERIFY(!request);
        QVERIFY2(request.error().message.contains(u"is not an OCI chart reference"_s), qPrintable(request.error().message));
        return;
    }
    QVERIFY2(request, qPrintable(request ? QString() : request.error().message));
    QCOMPARE(request->arguments({ 4, 3, 1 }, {}).join(u' '), arguments);
}

QTEST_GUILESS_MAIN(tst_HelmRepository)
#include "tst_helmrepository.moc"
