#include "TestChartArchive.h"
#include "TestFiles.h"
#include "TestProducts.h"
#include "product/ChartLoader.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

using namespace Slipway;
using TestProducts::describe;

class tst_ChartLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backlineFolder_loadsEverythingAProductNeeds();
    void packagedChart_loadsLikeItsFolder();
    void badChartFile_namesFileLineAndColumn_data();
    void badChartFile_namesFileLineAndColumn();
    void chartWithoutDescriptor_stillLoads();
    void missingPath_isAnError();
    void relativeFolder_loadsLikeItsAbsolutePath();
    void bundledCharts_kubeVersionAdmitsOnlyClustersServingTheirApis();
};

namespace {

const QString Backline = QStringLiteral(SLIPWAY_CHARTS "/backline");

} // namespace

void tst_ChartLoader::backlineFolder_loadsEverythingAProductNeeds()
{
    Diagnostics errors;
    const Chart chart = ChartLoader::load(Backline, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(chart.name, QStringLiteral("backline"));
    QCOMPARE(chart.version, QStringLiteral("1.0.1"));
    QCOMPARE(chart.appVersion, QStringLiteral("1.0.1"));
    QCOMPARE(chart.kubeVersion, QStringLiteral(">=1.21.0-0"));
    QCOMPARE(chart.defaults.at(*ValuesPath::parse(QStringLiteral("worker.image.tag")))->toString(),
             QStringLiteral("0000001-0000000001"));
    QCOMPARE(chart.defaults.entries().front().key, QStringLiteral("accessKey"));
    QVERIFY(chart.schemaJson.contains("draft-07"));
    QVERIFY(chart.descriptor);
    QCOMPARE(chart.descriptor->productId, QStringLiteral("backline"));
    QCOMPARE(chart.iconFile, QStringLiteral("icon.svg"));
    QVERIFY(chart.icon.startsWith("<svg"));
    QVERIFY(chart.readme.startsWith("# Backline"));
}

void tst_ChartLoader::packagedChart_loadsLikeItsFolder()
{
    QList<TestChartArchive::Entry> entries;
    QDirIterator it(Backline, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        entries.append({ QStringLiteral("backline/") + QDir(Backline).relativeFilePath(file.fileName()), file.readAll() });
    }
    TestFiles dir;
    const QString tgz = dir.write(QStringLiteral("backline-1.0.1.tgz"), TestChartArchive::build(entries));
    Diagnostics errors;
    const Chart packaged = ChartLoader::load(tgz, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    const Chart folder = ChartLoader::load(Backline, &errors);
    QCOMPARE(packaged.name, folder.name);
    QCOMPARE(packaged.defaults, folder.defaults);
    QCOMPARE(packaged.schemaJson, folder.schemaJson);
    QCOMPARE(packaged.descriptor->fields.size(), folder.descriptor->fields.size());
    QCOMPARE(packaged.icon, folder.icon);
}

void tst_ChartLoader::badChartFile_namesFileLineAndColumn_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    QTest::newRow("values.yaml syntax") << "values.yaml" << QByteArray("a: 1\nb: [2\nc: 3\n") << "values.yaml:3:" << "";
    QTest::newRow("values.yaml not a mapping") << "values.yaml" << QByteArray("- a\n") << "values.yaml:1:1" << "mapping";
    QTest::newRow("schema not JSON") << "values.schema.json" << QByteArray("{\n  \"type\": \"object\",\n  oops\n}") << "values.schema.json:3:" << "";
    QTest::newRow("Chart.yaml without version") << "Chart.yaml" << QByteArray("apiVersion: v2\nname: demo\n") << "Chart.yaml:1:1" << "“version” is missing";
    QTest::newRow("Chart.yaml bad version") << "Chart.yaml" << QByteArray("apiVersion: v2\nname: demo\nversion: one\n") << "Chart.yaml:3:10" << "semantic version";
    QTest::newRow("Chart.yaml bad apiVersion") << "Chart.yaml" << QByteArray("apiVersion: v3\nname: demo\nversion: 1.0.0\n") << "Chart.yaml:1:13" << "apiVersion";
    QTest::newRow("descriptor problem") << "installer.yaml" << QByteArray("apiVersion: slipway/v1\nkind: Installer\n") << "installer.yaml:1:1" << "“product” is missing";
}

void tst_ChartLoader::badChartFile_namesFileLineAndColumn()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    QFETCH(QString, message);
    TestFiles dir;
    dir.write(QStringLiteral("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
    dir.write(file, content);
    Diagnostics errors;
    ChartLoader::load(dir.path(), &errors);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().toString().startsWith(dir.path(where)), qPrintable(describe(errors)));
    QVERIFY2(errors.first().message.contains(message), qPrintable(describe(errors)));
}

void tst_ChartLoader::chartWithoutDescriptor_stillLoads()
{
    TestFiles dir;
    dir.write(QStringLiteral("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\ndependencies:\n"
                                            "  - {name: redis, version: 19.x, repository: oci://registry.example/charts, condition: redis.enabled}\n");
    dir.write(QStringLiteral("values.yaml"), "replicas: 1\n");
    Diagnostics errors;
    const Chart chart = ChartLoader::load(dir.path(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(!chart.descriptor);
    QCOMPARE(chart.dependencies.size(), 1);
    QCOMPARE(chart.dependencies.first().condition, QStringLiteral("redis.enabled"));
}

void tst_ChartLoader::missingPath_isAnError()
{
    Diagnostics errors;
    ChartLoader::load(QStringLiteral("/nonexistent/chart"), &errors);
    QCOMPARE(errors.size(), 1);
    TestFiles dir;
    dir.write(QStringLiteral("values.yaml"), "a: 1\n");
    errors.clear();
    ChartLoader::load(dir.path(), &errors);
    QVERIFY(errors.first().message.contains(QLatin1String("no Chart.yaml")));
}

void tst_ChartLoader::relativeFolder_loadsLikeItsAbsolutePath()
{
    // `slipway-cli --chart ./mychart`: a path relative to the working folder.
    const QString before = QDir::currentPath();
    const QDir charts(QStringLiteral(SLIPWAY_CHARTS));
    QVERIFY(QDir::setCurrent(charts.absoluteFilePath(QStringLiteral(".."))));
    Diagnostics errors;
    const Chart chart = ChartLoader::load(QStringLiteral("charts/backline"), &errors);
    QDir::setCurrent(before);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QCOMPARE(chart.name, QStringLiteral("backline"));
    QVERIFY(chart.descriptor);
    QCOMPARE(chart.iconFile, QStringLiteral("icon.svg"));
}

void tst_ChartLoader::bundledCharts_kubeVersionAdmitsOnlyClustersServingTheirApis()
{
    // The first Kubernetes minor that serves each version the templates use (the older beta
    // versions were removed later, so a chart written for these must not claim an older cluster).
    const QHash<QString, int> firstServed = {
        { QStringLiteral("batch/v1 CronJob"), 21 },
        { QStringLiteral("policy/v1 PodDisruptionBudget"), 21 },
        { QStringLiteral("autoscaling/v2 HorizontalPodAutoscaler"), 23 },
        { QStringLiteral("networking.k8s.io/v1 Ingress"), 19 },
        { QStringLiteral("networking.k8s.io/v1 IngressClass"), 19 },
        { QStringLiteral("discovery.k8s.io/v1 EndpointSlice"), 21 },
    };
    static const QRegularExpression object(QStringLiteral("^apiVersion:\\s*(\\S+)\\s*\\n\\s*kind:\\s*(\\w+)"),
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression lowerBound(QStringLiteral("^>=\\s*v?1\\.(\\d+)"));
    const QDir charts(QStringLiteral(SLIPWAY_CHARTS));
    const QStringList names = charts.entryList({}, QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(names.contains(QStringLiteral("backline")));
    for (const QString &name : names) {
        const Chart chart = TestProducts::bundledChart(name);
        const QRegularExpressionMatch bound = lowerBound.match(chart.kubeVersion);
        QVERIFY2(bound.hasMatch(), qPrintable(name + QLatin1String(": kubeVersion ") + chart.kubeVersion));
        const int minor = bound.captured(1).toInt();
        QDirIterator templates(charts.filePath(name + QLatin1String("/templates")), QDir::Files,
                               QDirIterator::Subdirectories);
        while (templates.hasNext()) {
            QFile file(templates.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto it = object.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const int needed = firstServed.value(m.captured(1) + QLatin1Char(' ') + m.captured(2), 0);
                QVERIFY2(minor >= needed,
                         qPrintable(QStringLiteral("%1: %2 %3 needs Kubernetes 1.%4, but kubeVersion is %5")
                                        .arg(name, m.captured(1), m.captured(2)).arg(needed).arg(chart.kubeVersion)));
            }
        }
    }
}

QTEST_APPLESS_MAIN(tst_ChartLoader)
#include "tst_chartloader.moc"
