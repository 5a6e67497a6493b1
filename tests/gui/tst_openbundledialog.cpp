#include "LocalRegistry.h"
#include "RegistryRun.h"
#include "TestChartArchive.h"
#include "TestImages.h"
#include "TestPalettes.h"

#include "WizardState.h"
#include "bundle/BundleExport.h"
#include "bundle/ImagePush.h"
#include "bundle/TrustedKeys.h"
#include "models/ProductListModel.h"
#include "pages/ProductPage.h"
#include "wizards/bundle/OpenBundleDialog.h"
#include "wizards/bundle/TrustedKeysDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>

using namespace Slipway;

// The install wizard's Product page → Open Bundle…, driven by objectName: a bundle signed by a
// trusted key is verified, its image pushed to a real registry (Debian's docker-registry on
// loopback) and the plan continues with its chart and its values pointing at that registry; a
// bundle whose key is not trusted needs "install anyway"; a tampered one is refused naming the
// file, keeps nothing extracted, and the page stays as it was. Trusted Bundle Keys… keeps its
// list in the settings.
class tst_OpenBundleDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trustedKeysDialog_keepsMinisignKeysOnly();
    void signedBundle_isImported_andBecomesThePlan();
    void unknownKey_needsInstallAnyway();
    void tamperedBundle_isRefused_andThePageStays();
    void stop_endsTheImport_andKeepsNothing();
    void productBundle_prefillsTheAnswersFromItsValues();

private:
    void screenshot(QWidget *widget, const QString &name);
    QString importsFolder() const;
    template<typename T> T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }
    WizardState::Setup setup() const;
    OpenBundleDialog *openChecked(ProductPage &page, const QString &bundle);

    LocalRegistry m_source;
    LocalRegistry m_target;
    QTemporaryDir m_dir;
    QString m_bundle; // signed by m_key
    QString m_tampered; // its values changed after signing
    QString m_publicKeyFile;
    QString m_otherKeyFile;
    QString m_digest;
    QString m_screens;
};

void tst_OpenBundleDialog::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // The settings, the trusted-keys folder and the import cache of this test only (QSettings
    // reads XDG_CONFIG_HOME at its first use, which is here).
    QCoreApplication::setOrganizationName(QStringLiteral("SlipwayTests"));
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8());
    TrustedKeys::setFiles({});
    m_screens = QDir(QStringLiteral(SLIPWAY_SCREENSHOT_DIR)).absolutePath();
    QDir().mkpath(m_screens);

    QString problem = m_source.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = m_target.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString seedDir = m_dir.filePath(QStringLiteral("seed"));
    TestImages seed(seedDir);
    const QJsonObject descriptor = seed.manifest({ TestImages::randomBytes(1024 * 1024), TestImages::randomBytes(64 * 1024) });
    m_digest = descriptor.value(QStringLiteral("digest")).toString();
    seed.name(descriptor, QStringLiteral("seed.test/team/app:1"));
    PushOptions anonymous;
    anonymous.registry.plainHttp = true;
    ImagePush seeding(seedDir, m_source.host(), anonymous);
    const RegistryResult seeded = ::runToEnd(seeding);
    QVERIFY2(seeded.ok, qPrintable(seeded.error.toString()));

    const QString chart = m_dir.filePath(QStringLiteral("demo-1.0.0.tgz"));
    QFile chartFile(chart);
    QVERIFY(chartFile.open(QIODevice::WriteOnly));
    chartFile.write(TestChartArchive::build(
        { { QStringLiteral("demo/Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 1.0.0\nappVersion: \"1\"\n" },
          { QStringLiteral("demo/values.yaml"), "image: {repository: nginx, tag: '1'}\n" } }));
    chartFile.close();

    const MinisignSecretKey key = *MinisignSecretKey::generate();
    m_publicKeyFile = m_dir.filePath(QStringLiteral("signer.pub"));
    QFile pub(m_publicKeyFile);
    QVERIFY(pub.open(QIODevice::WriteOnly));
    pub.write(key.publicHalf().toFileText());
    pub.close();
    m_otherKeyFile = m_dir.filePath(QStringLiteral("other.pub"));
    QFile other(m_otherKeyFile);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(MinisignSecretKey::generate()->publicHalf().toFileText());
    other.close();

    ExportSpec spec;
    spec.output = m_dir.filePath(QStringLiteral("demo-1.0.0.slipway.zip"));
    spec.header.product = QStringLiteral("demo");
    spec.header.chartName = QStringLiteral("demo");
    spec.header.chartVersion = QStringLiteral("1.0.0");
    spec.header.appVersion = QStringLiteral("1");
    spec.header.created = QDateTime::currentDateTimeUtc();
    spec.header.slipwayVersion = QStringLiteral("0.0.0");
    spec.chartArchive = chart;
    spec.valuesYaml = "image:\n  repository: " + m_source.host().toUtf8() + "/team/app\n  tag: \"1\"\n";
    spec.images = { m_source.host() + QStringLiteral("/team/app:1") };
    spec.pull.registry.plainHttp = true;
    spec.signingKey = key;
    BundleExport exporting(spec);
    QSignalSpy finished(&exporting, &BundleOperation::finished);
    exporting.start();
    QVERIFY(finished.wait(60000));
    const BundleResult exported = finished.first().first().value<BundleResult>();
    QVERIFY2(exported.ok, qPrintable(exported.error.toString()));
    m_bundle = exported.bundlePath;

    // The same bundle with its values changed: the signature still holds, the checksum not.
    m_tampered = m_dir.filePath(QStringLiteral("tampered.slipway.zip"));
    QProcess python;
    python.start(QStringLiteral("python3"),
                 { QStringLiteral("-c"),
                   QStringLiteral("import sys, zipfile\n"
                                  "with zipfile.ZipFile(sys.argv[1]) as i, zipfile.ZipFile(sys.argv[2], 'w') as o:\n"
                                  "    for info in i.infolist():\n"
                                  "        data = i.read(info.filename)\n"
                                  "        if info.filename == 'values/values.yaml':\n"
                                  "            data = data.replace(b'team/app', b'evil/app')\n"
                                  "        o.writestr(info, data)\n"),
                   m_bundle, m_tampered });
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
}

QString tst_OpenBundleDialog::importsFolder() const
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/slipway/imports");
}

void tst_OpenBundleDialog::screenshot(QWidget *widget, const QString &name)
{
    QVERIFY2(saveLightAndDarkScreenshots(widget, m_screens, name), qPrintable(name));
}

WizardState::Setup tst_OpenBundleDialog::setup() const
{
    WizardState::Setup s;
    s.helm.path = QStringLiteral("/nonexistent/helm"); // the product page runs no helm
    return s;
}

OpenBundleDialog *tst_OpenBundleDialog::openChecked(ProductPage &page, const QString &bundle)
{
    QElapsedTimer clock;
    clock.start();
    OpenBundleDialog *dialog = page.openBundle();
    if (!QTest::qWaitForWindowExposed(dialog))
        qFatal("the dialog did not show");
    qInfo("Open Bundle dialog shown after %lld ms", clock.elapsed());
    QSignalSpy checked(dialog, &OpenBundleDialog::checked);
    clock.restart();
    dialog->setBundle(bundle);
    if (!checked.wait(20000))
        qFatal("the bundle was not checked");
    qInfo("signature checked after %lld ms", clock.elapsed());
    return dialog;
}

void tst_OpenBundleDialog::trustedKeysDialog_keepsMinisignKeysOnly()
{
    TrustedKeysDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.addKeyFile(m_bundle));
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(dialog.addKeyFile(m_otherKeyFile));
    QVERIFY(dialog.addKeyFile(m_publicKeyFile));
    QVERIFY(dialog.errorText().isEmpty());
    QCOMPARE(child<QListWidget>(&dialog, "trustedKeysList")->count(), 2);
    screenshot(&dialog, QStringLiteral("trustedkeys"));
    // Removed from the list, not from the disk.
    auto *list = child<QListWidget>(&dialog, "trustedKeysList");
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(&dialog, "trustedKeysRemove"), Qt::LeftButton);
    QCOMPARE(dialog.keyFiles(), QStringList { m_publicKeyFile });
    QVERIFY(QFileInfo::exists(m_otherKeyFile));
    dialog.accept();
    QCOMPARE(TrustedKeys::files(), QStringList { m_publicKeyFile });
    const Expected<QList<MinisignPublicKey>> keys = TrustedKeys::load();
    QVERIFY(keys);
    QCOMPARE(keys->size(), 1);
}

void tst_OpenBundleDialog::signedBundle_isImported_andBecomesThePlan()
{
    TrustedKeys::setFiles({ m_publicKeyFile });
    WizardState state(setup());
    ProductPage page(&state);
    page.resize(760, 520);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    OpenBundleDialog *dialog = openChecked(page, m_bundle);
    QVERIFY2(dialog->trustText().contains(QLatin1String("Signed by trusted key")), qPrintable(dialog->trustText()));
    QVERIFY(!child<QCheckBox>(dialog, "bundleInstallAnyway")->isVisible());
    QVERIFY(!dialog->canImport()); // no registry yet
    QTest::keyClicks(child<QLineEdit>(dialog, "bundleRegistry"), m_target.host());
    auto *plainHttp = child<QCheckBox>(dialog, "bundlePlainHttp");
    QTest::mouseClick(plainHttp, Qt::LeftButton, {}, QPoint(6, plainHttp->height() / 2));
    QVERIFY(dialog->canImport());
    screenshot(dialog, QStringLiteral("openbundle-signed"));

    QSignalSpy done(dialog, &OpenBundleDialog::importFinished);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(dialog, "bundleImport"), Qt::LeftButton);
    QVERIFY(dialog->isImporting());
    QVERIFY(done.wait(60000));
    const BundleResult result = dialog->result();
    QVERIFY2(done.first().first().toBool(), qPrintable(result.error.toString()));
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(result.images, QStringList { m_target.host() + QStringLiteral("/team/app@") + m_digest });

    // The image is in the target registry, as skopeo sees it.
    QProcess skopeo;
    skopeo.start(QStringLiteral("skopeo"), { QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"),
                                             QStringLiteral("--raw"),
                                             QStringLiteral("docker://%1/team/app:1").arg(m_target.host()) });
    QVERIFY(skopeo.waitForFinished(30000));
    QVERIFY2(skopeo.exitCode() == 0, skopeo.readAllStandardError().constData());
    QCOMPARE(QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(skopeo.readAllStandardOutput(),
                                                                                    QCryptographicHash::Sha256).toHex()),
             m_digest);

    // The wizard goes on with the bundle's chart, its values as the plan's base.
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 20000);
    QVERIFY(page.isComplete());
    QVERIFY(page.validatePage());
    QCOMPARE(state.plan().chartPath, result.chartFile);
    QCOMPARE(state.chart()->name, QStringLiteral("demo"));
    QCOMPARE(state.plan().baseValuesFiles, QStringList { result.valuesFile });
    QFile values(result.valuesFile);
    QVERIFY(values.open(QIODevice::ReadOnly));
    const QByteArray text = values.readAll();
    QVERIFY2(text.contains(QByteArray("repository: " + m_target.host().toUtf8() + "/team/app")), text.constData());
    const Expected<PreparedValues> prepared = state.plan().prepare(*state.chart());
    QVERIFY(prepared);
    QCOMPARE(prepared->files.first(), text);
    QVERIFY2(child<QLabel>(&page, "productDetails")->text().contains(QLatin1String("offline bundle")),
             qPrintable(child<QLabel>(&page, "productDetails")->text()));
    screenshot(&page, QStringLiteral("productpage-bundle"));
}

void tst_OpenBundleDialog::unknownKey_needsInstallAnyway()
{
    TrustedKeys::setFiles({ m_otherKeyFile });
    WizardState state(setup());
    ProductPage page(&state);
    OpenBundleDialog *dialog = openChecked(page, m_bundle);
    QVERIFY2(dialog->trustText().startsWith(QLatin1String("Not trusted")), qPrintable(dialog->trustText()));
    QVERIFY2(dialog->trustText().contains(QLatin1String("not a trusted key")), qPrintable(dialog->trustText()));
    auto *anyway = child<QCheckBox>(dialog, "bundleInstallAnyway");
    QVERIFY(anyway->isVisible());
    QVERIFY(anyway->text().contains(QLatin1String("anyone")));
    QTest::keyClicks(child<QLineEdit>(dialog, "bundleRegistry"), m_target.host());
    QVERIFY(!dialog->canImport());
    QVERIFY(!child<QPushButton>(dialog, "bundleImport")->isEnabled());
    screenshot(dialog, QStringLiteral("openbundle-untrusted"));
    QTest::mouseClick(anyway, Qt::LeftButton, {}, QPoint(6, anyway->height() / 2));
    QVERIFY(dialog->canImport());
    QVERIFY(child<QPushButton>(dialog, "bundleImport")->isEnabled());
    dialog->reject();
}

void tst_OpenBundleDialog::tamperedBundle_isRefused_andThePageStays()
{
    TrustedKeys::setFiles({ m_publicKeyFile });
    const QStringList importsBefore = QDir(importsFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    WizardState state(setup());
    ProductPage page(&state);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int rows = page.model()->rowCount();
    OpenBundleDialog *dialog = openChecked(page, m_tampered);
    // The signature covers the manifest, which is untouched: the checksum catches the change.
    QVERIFY2(dialog->trustText().contains(QLatin1String("Signed by trusted key")), qPrintable(dialog->trustText()));
    QTest::keyClicks(child<QLineEdit>(dialog, "bundleRegistry"), m_target.host());
    auto *plainHttp = child<QCheckBox>(dialog, "bundlePlainHttp");
    QTest::mouseClick(plainHttp, Qt::LeftButton, {}, QPoint(6, plainHttp->height() / 2));
    QSignalSpy done(dialog, &OpenBundleDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "bundleImport"), Qt::LeftButton);
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().first().toBool(), false);
    QCOMPARE(dialog->result().failure, BundleResult::Failure::Invalid);
    QVERIFY2(dialog->errorText().contains(QLatin1String("values/values.yaml")), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    screenshot(dialog, QStringLiteral("openbundle-refused"));
    // Nothing extracted is kept, nothing is added to the page.
    QCOMPARE(QDir(importsFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), importsBefore);
    dialog->reject();
    QCOMPARE(page.model()->rowCount(), rows);
    QVERIFY(!page.isLoading());
    QVERIFY(state.plan().baseValuesFiles.isEmpty());
}

void tst_OpenBundleDialog::stop_endsTheImport_andKeepsNothing()
{
    TrustedKeys::setFiles({ m_publicKeyFile });
    const QStringList importsBefore = QDir(importsFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    WizardState state(setup());
    ProductPage page(&state);
    const int rows = page.model()->rowCount();
    OpenBundleDialog *dialog = openChecked(page, m_bundle);
    QTest::keyClicks(child<QLineEdit>(dialog, "bundleRegistry"), m_target.host());
    auto *plainHttp = child<QCheckBox>(dialog, "bundlePlainHttp");
    QTest::mouseClick(plainHttp, Qt::LeftButton, {}, QPoint(6, plainHttp->height() / 2));
    QSignalSpy done(dialog, &OpenBundleDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "bundleImport"), Qt::LeftButton);
    auto *cancel = child<QPushButton>(dialog, "bundleCancel");
    QVERIFY(cancel->text().contains(QLatin1String("Stop")));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().first().toBool(), false);
    QCOMPARE(dialog->result().failure, BundleResult::Failure::Cancelled);
    QVERIFY(dialog->isVisible()); // the first press stops the import, not the dialog
    QVERIFY(dialog->canImport());
    QCOMPARE(QDir(importsFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), importsBefore);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(page.model()->rowCount(), rows);
}

void tst_OpenBundleDialog::productBundle_prefillsTheAnswersFromItsValues()
{
    // A product (a chart with installer.yaml) exported with an answer that differs from the
    // chart's default.
    const QString chart = m_dir.filePath(QStringLiteral("prod-2.0.0.tgz"));
    QFile chartFile(chart);
    QVERIFY(chartFile.open(QIODevice::WriteOnly));
    chartFile.write(TestChartArchive::build(
        { { QStringLiteral("prod/Chart.yaml"), "apiVersion: v2\nname: prod\nversion: 2.0.0\n" },
          { QStringLiteral("prod/values.yaml"), "replicas: 1\nimage: {repository: nginx, tag: '1'}\n" },
          { QStringLiteral("prod/installer.yaml"),
            "apiVersion: slipway/v1\nkind: Installer\nproduct: {id: prod, title: Prod}\n"
            "pages:\n  - id: main\n    title: Main\n    fields:\n"
            "      - {id: replicas, type: int, label: Replicas, path: replicas}\n" } }));
    chartFile.close();
    const MinisignSecretKey key = *MinisignSecretKey::generate();
    const QString publicKey = m_dir.filePath(QStringLiteral("prod.pub"));
    QFile pub(publicKey);
    QVERIFY(pub.open(QIODevice::WriteOnly));
    pub.write(key.publicHalf().toFileText());
    pub.close();
    ExportSpec spec;
    spec.output = m_dir.filePath(QStringLiteral("prod-2.0.0.slipway.zip"));
    spec.header.product = QStringLiteral("prod");
    spec.header.chartName = QStringLiteral("prod");
    spec.header.chartVersion = QStringLiteral("2.0.0");
    spec.header.created = QDateTime::currentDateTimeUtc();
    spec.header.slipwayVersion = QStringLiteral("0.0.0");
    spec.chartArchive = chart;
    spec.valuesYaml = "replicas: 4\nimage:\n  repository: " + m_source.host().toUtf8() + "/team/app\n  tag: \"1\"\n";
    spec.images = { m_source.host() + QStringLiteral("/team/app:1") };
    spec.pull.registry.plainHttp = true;
    spec.signingKey = key;
    BundleExport exporting(spec);
    QSignalSpy exported(&exporting, &BundleOperation::finished);
    exporting.start();
    QVERIFY(exported.wait(60000));
    QVERIFY(exported.first().first().value<BundleResult>().ok);

    TrustedKeys::setFiles({ publicKey });
    WizardState state(setup());
    ProductPage page(&state);
    OpenBundleDialog *dialog = openChecked(page, spec.output);
    QVERIFY2(dialog->trustText().contains(QLatin1String("Signed by trusted key")), qPrintable(dialog->trustText()));
    QTest::keyClicks(child<QLineEdit>(dialog, "bundleRegistry"), m_target.host());
    auto *plainHttp = child<QCheckBox>(dialog, "bundlePlainHttp");
    QTest::mouseClick(plainHttp, Qt::LeftButton, {}, QPoint(6, plainHttp->height() / 2));
    QSignalSpy done(dialog, &OpenBundleDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "bundleImport"), Qt::LeftButton);
    QVERIFY(done.wait(60000));
    QVERIFY2(done.first().first().toBool(), qPrintable(dialog->errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading() && page.isComplete(), 20000);
    QVERIFY(page.validatePage());
    QVERIFY(state.descriptor());
    // The pages show the exporter's answer; helm gets the bundle's values, then the answers.
    QCOMPARE(state.plan().answers.fields.value(QStringLiteral("replicas")).toInt(), 4);
    const Expected<PreparedValues> prepared = state.plan().prepare(*state.chart());
    QVERIFY2(prepared, qPrintable(prepared.error().toString()));
    QVERIFY(prepared->files.size() >= 2);
    QVERIFY2(prepared->files[0].contains(QByteArray(m_target.host().toUtf8() + "/team/app")), prepared->files[0].constData());
    QVERIFY2(prepared->files[1].contains("replicas: 4"), prepared->files[1].constData());
}

QTEST_MAIN(tst_OpenBundleDialog)
#include "tst_openbundledialog.moc"
