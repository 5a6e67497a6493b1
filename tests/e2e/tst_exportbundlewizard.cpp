#include "LocalRegistry.h"
#include "RegistryRun.h"
#include "TestImages.h"
#include "TestPalettes.h"

#include "bundle/BundleImport.h"
#include "bundle/BundleReader.h"
#include "bundle/ImagePush.h"
#include "bundle/MinisignKey.h"
#include "wizards/bundle/ExportBundleWizard.h"
#include "wizards/bundle/ExportDonePage.h"
#include "wizards/bundle/ExportOptionsPage.h"
#include "wizards/bundle/ExportProgressPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>

using namespace Slipway;

// File → Export Offline Bundle… driven by objectName against real registries (Debian's
// docker-registry on loopback) with test-made images and the testbed's helm (the testbed need
// not run): an export that completes, verifies with minisign and BundleReader and imports into
// a second registry; a Cancel mid-export that leaves no bundle file. Screenshots of each page,
// light and dark, under build/screenshots/.
class tst_ExportBundleWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void export_completes_andTheFileVerifies();
    void cancelMidExport_leavesNoBundleFile();
    void unreachableRegistry_isNamed_andBackKeepsTheOptions();

private:
    void fillOptions(ExportBundleWizard &wizard, const QString &valuesFile, const QString &output);
    void screenshot(QWidget *widget, const QString &name);
    template<typename T> T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }

    LocalRegistry m_source;
    LocalRegistry m_target;
    QTemporaryDir m_dir;
    HelmInstallation m_helm;
    QString m_chart;
    QString m_smallValues; // the chart's image: a small one in the source registry
    QString m_bigValues; // …a big one, to cancel in the middle
    QString m_screens;
};

namespace {

// The testbed's helm: SLIPWAY_HELM, else what `testbed env` says.
QString testbedHelm()
{
    if (const QString helm = qEnvironmentVariable("SLIPWAY_HELM"); !helm.isEmpty())
        return helm;
    const QString testbed = qEnvironmentVariable("SLIPWAY_TESTBED");
    if (testbed.isEmpty())
        return {};
    QProcess env;
    env.start(QStringLiteral("bash"), { testbed, QStringLiteral("env") });
    env.waitForFinished(30000);
    for (const QString &line : QString::fromUtf8(env.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("export SLIPWAY_HELM=")))
            return line.section(QLatin1Char('='), 1);
    }
    return {};
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(data);
}

} // namespace

void tst_ExportBundleWizard::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStandardPaths::setTestModeEnabled(true);
    m_screens = QDir(QStringLiteral(SLIPWAY_SCREENSHOT_DIR)).absolutePath();
    QDir().mkpath(m_screens);
    const QString helmPath = testbedHelm();
    QVERIFY2(!helmPath.isEmpty() && QFileInfo(helmPath).isExecutable(),
             "no helm: build the testbed's (tests/testbed/testbed build) or set SLIPWAY_HELM");
    const Expected<HelmInstallation> helm = HelmLocator(HelmLocator::sourcesFromEnvironment(helmPath)).locate();
    QVERIFY2(helm, qPrintable(helm ? QString() : helm.error().toString()));
    m_helm = *helm;

    QString problem = m_source.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = m_target.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString seedDir = m_dir.filePath(QStringLiteral("seed"));
    TestImages seed(seedDir);
    seed.name(seed.manifest({ TestImages::randomBytes(2 * 1024 * 1024), TestImages::randomBytes(256 * 1024) }),
              QStringLiteral("seed.test/team/app:1"));
    QList<QByteArray> big;
    for (int i = 0; i < 6; ++i)
        big << TestImages::randomBytes(16 * 1024 * 1024);
    seed.name(seed.manifest(big), QStringLiteral("seed.test/team/big:1"));
    PushOptions anonymous;
    anonymous.registry.plainHttp = true;
    ImagePush seeding(seedDir, m_source.host(), anonymous);
    const RegistryResult seeded = ::runToEnd(seeding);
    QVERIFY2(seeded.ok, qPrintable(seeded.error.toString()));

    // A chart folder: one Deployment whose image the values file names.
    m_chart = m_dir.filePath(QStringLiteral("demo"));
    writeFile(m_chart + QStringLiteral("/Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 1.2.0\nappVersion: \"1\"\n");
    writeFile(m_chart + QStringLiteral("/values.yaml"), "image: nginx:1\n");
    writeFile(m_chart + QStringLiteral("/templates/deployment.yaml"),
              "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n"
              "  selector:\n    matchLabels: {app: demo}\n  template:\n    metadata:\n      labels: {app: demo}\n"
              "    spec:\n      containers:\n        - name: app\n          image: {{ .Values.image | quote }}\n");
    m_smallValues = m_dir.filePath(QStringLiteral("small.yaml"));
    writeFile(m_smallValues, "image: " + m_source.host().toUtf8() + "/team/app:1\n");
    m_bigValues = m_dir.filePath(QStringLiteral("big.yaml"));
    writeFile(m_bigValues, "image: " + m_source.host().toUtf8() + "/team/big:1\n");
}

void tst_ExportBundleWizard::screenshot(QWidget *widget, const QString &name)
{
    QVERIFY2(saveLightAndDarkScreenshots(widget, m_screens, name), qPrintable(name));
}

void tst_ExportBundleWizard::fillOptions(ExportBundleWizard &wizard, const QString &valuesFile, const QString &output)
{
    ExportOptionsPage *options = wizard.optionsPage();
    QSignalSpy loaded(options, &ExportOptionsPage::productsLoaded);
    // The bundled products are listed first (read off the GUI thread).
    if (options->isLoading())
        QVERIFY(loaded.wait(20000));
    QVERIFY(child<QComboBox>(options, "exportProduct")->count() > 0);
    options->openChart(m_chart);
    QTRY_VERIFY_WITH_TIMEOUT(!options->isLoading(), 20000);
    QCOMPARE(child<QComboBox>(options, "exportProduct")->currentData().toString(), m_chart);
    QCOMPARE(child<QLineEdit>(options, "exportPlatform")->text(), QStringLiteral("linux/amd64"));
    QVERIFY(!child<QCheckBox>(options, "exportIncludeSecrets")->isChecked());
    child<QLineEdit>(options, "exportValuesFile")->setText(valuesFile);
    auto *plainHttp = child<QCheckBox>(options, "exportPlainHttp");
    QTest::mouseClick(plainHttp, Qt::LeftButton, {}, QPoint(6, plainHttp->height() / 2));
    QVERIFY(plainHttp->isChecked());
    child<QLineEdit>(options, "exportOutput")->setText(output);
    QVERIFY(options->isComplete());
}

void tst_ExportBundleWizard::export_completes_andTheFileVerifies()
{
    QElapsedTimer clock;
    clock.start();
    ExportBundleWizard wizard(m_helm);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    qInfo("options page shown after %lld ms", clock.elapsed());
    fillOptions(wizard, m_smallValues, m_dir.filePath(QStringLiteral("out/demo.slipway.zip")));
    QDir().mkpath(m_dir.filePath(QStringLiteral("out")));

    // Secrets: off by default; checking shows what including them means.
    auto *secrets = child<QCheckBox>(wizard.optionsPage(), "exportIncludeSecrets");
    QTest::mouseClick(secrets, Qt::LeftButton, {}, QPoint(6, secrets->height() / 2));
    QVERIFY(child<QLabel>(wizard.optionsPage(), "exportSecretsWarning")->isVisible());
    QTest::mouseClick(secrets, Qt::LeftButton, {}, QPoint(6, secrets->height() / 2));
    QVERIFY(!secrets->isChecked());

    // A new key pair, as slipway-cli bundle keygen writes it.
    const QString keys = m_dir.filePath(QStringLiteral("keys"));
    QVERIFY(QDir().mkpath(keys));
    QVERIFY(wizard.optionsPage()->generateKeyPair(keys));
    QCOMPARE(child<QLineEdit>(wizard.optionsPage(), "exportSigningKey")->text(), keys + QStringLiteral("/slipway.key"));
    QVERIFY(!wizard.optionsPage()->generateKeyPair(keys)); // never overwrites a key
    QVERIFY(wizard.optionsPage()->errorText().contains(QLatin1String("slipway")));
    screenshot(&wizard, QStringLiteral("exportbundle-options"));

    QSignalSpy finished(wizard.progressPage(), &ExportProgressPage::exportFinished);
    clock.restart();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ExportBundleWizard::ProgressPageId));
    qInfo("progress page shown after %lld ms", clock.elapsed());
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(wizard.progressPage()->statusText()));
    QTRY_COMPARE(wizard.currentId(), int(ExportBundleWizard::DonePageId));
    const BundleResult &result = wizard.progressPage()->result();
    qInfo("export: %lld bytes in %.2f s, %.1f MiB/s", result.bundleBytes, result.seconds,
          result.seconds > 0 ? double(result.bundleBytes) / result.seconds / 1048576.0 : 0.0);
    screenshot(&wizard, QStringLiteral("exportbundle-done"));

    const QString output = m_dir.filePath(QStringLiteral("out/demo.slipway.zip"));
    QCOMPARE(result.bundlePath, output);
    QVERIFY(QFileInfo::exists(output));
    QVERIFY(!QFileInfo::exists(output + QStringLiteral(".staging")));
    const QString summary = wizard.donePage()->summaryText();
    QVERIFY2(summary.contains(output), qPrintable(summary));
    QVERIFY2(summary.contains(QLocale().formattedDataSize(QFileInfo(output).size())), qPrintable(summary));
    const Expected<MinisignPublicKey> publicKey = MinisignPublicKey::load(keys + QStringLiteral("/slipway.pub"));
    QVERIFY(publicKey);
    QCOMPARE(wizard.donePage()->publicKeyText().toUtf8().trimmed(), publicKey->toFileText().trimmed());
    const QString keyLabel = child<QLabel>(wizard.donePage(), "exportPublicKeyLabel")->text();
    QVERIFY2(keyLabel.contains(keys + QStringLiteral("/slipway.pub")), qPrintable(keyLabel));

    // minisign itself accepts the signature.
    const QString unpacked = m_dir.filePath(QStringLiteral("unpacked"));
    QCOMPARE(QProcess::execute(QStringLiteral("unzip"),
                               { QStringLiteral("-q"), output, QStringLiteral("manifest.json"),
                                 QStringLiteral("manifest.json.minisig"), QStringLiteral("-d"), unpacked }),
             0);
    QCOMPARE(QProcess::execute(QStringLiteral("minisign"),
                               { QStringLiteral("-Vq"), QStringLiteral("-p"), keys + QStringLiteral("/slipway.pub"),
                                 QStringLiteral("-m"), unpacked + QStringLiteral("/manifest.json") }),
             0);
    // Every checksum holds, and the image is the one in the source registry.
    BundleReader reader(output);
    QVERIFY(reader.open({ { *publicKey }, false }));
    QVERIFY(reader.verifyFiles());
    QCOMPARE(reader.manifest().chartName, QStringLiteral("demo"));
    QCOMPARE(reader.manifest().images.size(), 1);
    QCOMPARE(reader.manifest().images.first().reference, m_source.host() + QStringLiteral("/team/app:1"));
    QVERIFY(!reader.manifest().containsSecrets);

    // …and the second registry takes it.
    ImportSpec spec;
    spec.bundle = output;
    spec.trust = { { *publicKey }, false };
    spec.extractTo = m_dir.filePath(QStringLiteral("imported"));
    spec.registry = m_target.host();
    spec.push.registry.plainHttp = true;
    BundleImport importing(spec);
    QSignalSpy imported(&importing, &BundleOperation::finished);
    importing.start();
    QVERIFY(imported.wait(60000));
    const BundleResult importResult = imported.first().first().value<BundleResult>();
    QVERIFY2(importResult.ok, qPrintable(importResult.error.toString()));
    QCOMPARE(importResult.images.size(), 1);
}

void tst_ExportBundleWizard::cancelMidExport_leavesNoBundleFile()
{
    ExportBundleWizard wizard(m_helm);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString output = m_dir.filePath(QStringLiteral("big.slipway.zip"));
    fillOptions(wizard, m_bigValues, output);
    QSignalSpy finished(wizard.progressPage(), &ExportProgressPage::exportFinished);
    wizard.next();
    auto *bar = child<QProgressBar>(wizard.progressPage(), "exportProgress");
    auto *image = child<QLabel>(wizard.progressPage(), "exportImage");
    // Stopped once the big image is partly pulled.
    QTRY_VERIFY_WITH_TIMEOUT(image->text().contains(QLatin1String("team/big")) && bar->maximum() == 1000
                                 && bar->value() > 0,
                             60000);
    QVERIFY2(finished.isEmpty(), "the export ended before it could be stopped");
    QVERIFY(!child<QLabel>(wizard.progressPage(), "exportBytes")->text().isEmpty());
    QVERIFY(child<QLabel>(wizard.progressPage(), "exportThroughput")->text().contains(QLatin1String("/s")));
    screenshot(&wizard, QStringLiteral("exportbundle-progress"));
    QTest::mouseClick(child<QPushButton>(wizard.progressPage(), "exportCancel"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(wizard.progressPage()->result().failure, BundleResult::Failure::Cancelled);
    QCOMPARE(wizard.currentId(), int(ExportBundleWizard::ProgressPageId));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(wizard.progressPage()->statusText().contains(QLatin1String("stopped")),
             qPrintable(wizard.progressPage()->statusText()));
    // The pulls so far are kept for the next export of the same file, and it says so.
    const QString notice = child<QLabel>(wizard.progressPage(), "exportNotice")->text();
    QVERIFY2(notice.contains(output + QStringLiteral(".staging")), qPrintable(notice));
    screenshot(&wizard, QStringLiteral("exportbundle-cancelled"));
    QTest::qWait(200);
    QVERIFY(!QFileInfo::exists(output));
    // Nothing else with the bundle's name either (no temporary file left next to it).
    const QStringList left = QDir(m_dir.path()).entryList({ QStringLiteral("big.slipway.zip*") }, QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void tst_ExportBundleWizard::unreachableRegistry_isNamed_andBackKeepsTheOptions()
{
    // A registry that is not there: a port nothing listens on.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QString values = m_dir.filePath(QStringLiteral("gone.yaml"));
    writeFile(values, "image: 127.0.0.1:" + QByteArray::number(port) + "/team/app:1\n");
    ExportBundleWizard wizard(m_helm);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString output = m_dir.filePath(QStringLiteral("gone.slipway.zip"));
    fillOptions(wizard, values, output);
    QSignalSpy finished(wizard.progressPage(), &ExportProgressPage::exportFinished);
    wizard.next();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    const QString status = wizard.progressPage()->statusText();
    QVERIFY2(status.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(status));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!QFileInfo::exists(output));
    // Nothing was pulled, so nothing is said to be kept.
    QVERIFY(child<QLabel>(wizard.progressPage(), "exportNotice")->text().indexOf(QLatin1String(".staging")) < 0);
    screenshot(&wizard, QStringLiteral("exportbundle-failed"));
    // Back to the options, as they were.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ExportBundleWizard::OptionsPageId));
    QCOMPARE(child<QLineEdit>(wizard.optionsPage(), "exportValuesFile")->text(), values);
}

QTEST_MAIN(tst_ExportBundleWizard)
#include "tst_exportbundlewizard.moc"
