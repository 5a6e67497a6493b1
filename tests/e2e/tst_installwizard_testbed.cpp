#include "Kubectl.h"
#include "Mnemonics.h"
#include "LocalRegistry.h"
#include "RegistryRun.h"
#include "TestImages.h"
#include "TestPalettes.h"
#include "WaitUntil.h"
#include "InstallWizard.h"
#include "bundle/BundleExport.h"
#include "bundle/ImagePush.h"
#include "bundle/TrustedKeys.h"
#include "fields/FieldEditor.h"
#include "fields/GpuEditor.h"
#include "fields/ResourceProfilesEditor.h"
#include "helm/HelmLocator.h"
#include "install/AnswersFile.h"
#include "product/AnswerValidator.h"
#include "models/ProductListModel.h"
#include "pages/ClusterPage.h"
#include "pages/FieldsPage.h"
#include "pages/InstallPage.h"
#include "pages/PreflightPage.h"
#include "pages/PresetPage.h"
#include "pages/ProductPage.h"
#include "pages/RepositoryDialog.h"
#include "pages/ReviewPage.h"
#include "pages/ValuesPage.h"
#include "wizards/bundle/OpenBundleDialog.h"
#include "ui/DiffPane.h"
#include "ui/PreflightView.h"
#include "ui/ReleaseView.h"
#include "ui/models/PodsModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QCheckBox>
#include <QDateTime>
#include <QSignalSpy>
#include <QLabel>
#include <QRegularExpression>
#include <QPointer>
#include <QTabWidget>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;

// The install wizard driven as an administrator drives it, on the testbed: Backline installed
// through every page ends with its pods Ready and revision 1 deployed, its manifest the one
// `slipway-cli render` gives for the answers the wizard saved; an upgrade through the wizard
// changes one resource profile and the Review page shows exactly that diff; bad answers block
// Next with the validator's message; the GPU editor lists the testbed's GPU node; a chart without
// installer.yaml installs from its values.yaml. Every page is saved as a PNG, light and dark, in
// build/screenshots/, with how long it took to appear.
class tst_InstallWizardTestbed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backline_installsThroughEveryPage();
    void backline_upgradesThroughTheWizard_withExactlyTheProfileDiff();
    void gpuEditor_listsTheTestbedGpuNode_andFillsSelectorAndToleration();
    void chartWithoutDescriptor_installsFromItsValues();
    void chartWithSchemaOnly_installsFromTheGeneratedForm();
    void chartFromARepository_isCheckedAndInstalled();
    void chartFromAnOciRegistry_isPulledByHelm();
    void offlineBundle_isImportedAndInstalledFromTheTargetRegistry();
    void draft_ofAnUnfinishedInstall_isOfferedAgain();
    void failedInstall_showsWhatTheCrashingContainerLogged();
    void secretName_offersTheNamespacesSecrets_andWarnsOfMissingKeys();
    void keyboardOnly_installsBackline();
    void everyProduct_pagesRenderAndValidate_data();
    void everyProduct_pagesRenderAndValidate();
    void cleanupTestCase();

private:
    WizardState::Setup setup() const;
    void shoot(QWidget *widget, const QString &name);
    static void next(InstallWizard &wizard);
    static bool nextEnabled(InstallWizard &wizard);
    static void type(QWidget *root, const QString &objectName, const QString &text);
    void toClusterPage(InstallWizard &wizard, const QString &product, const QString &release,
                       const QString &nameSpace);
    static QString cli(const QStringList &arguments, int *exitCode = nullptr);
    void testConnection_ofAnExternalDatabase_namesTheRefusal(InstallWizard &wizard, FieldsPage *page);
    // Opens the chart folder `path` on the product page, then the cluster page with this test's
    // namespace and `release`, and moves on; the product details shown for the chart.
    QString openChart(InstallWizard &wizard, const QString &path, const QString &release);
    // On the cluster page: this test's namespace and `release`, then on to the next page.
    void toProductPages(InstallWizard &wizard, const QString &release);
    // Shows the wizard and waits for the product list; null when it never came.
    ProductPage *showProducts(InstallWizard &wizard);
    // On the Preflight page: waits for it to pass, installs, and waits for the install to succeed.
    void preflightAndInstall(InstallWizard &wizard);

    QString m_screens;
    HelmInstallation m_helm;
    QTemporaryDir m_work;
    QStringList m_timings; // "page: ms"
};

namespace {
const QString kNamespace = QStringLiteral("wizard-e2e");
const QString kRelease = QStringLiteral("wiz");
const QString kSmokeRelease = QStringLiteral("wiz-smoke");
const QString kSchemaRelease = QStringLiteral("wiz-schema");
const QString kRepoRelease = QStringLiteral("wiz-repo");
const QString kCrashRelease = QStringLiteral("wiz-crash");
const QString kKeysRelease = QStringLiteral("wiz-keys");
// Backline's volume claim has a fixed name: a second Backline goes to a namespace of its own.
const QString kKeysNamespace = QStringLiteral("wizard-keys");
const QString kBundleRelease = QStringLiteral("wiz-bundle");
const QString kSchemaToken = QStringLiteral("schema-token-%1").arg(QCoreApplication::applicationPid());
const QString kAccessKey = QStringLiteral("wizardKey-0123456789");
constexpr int kInstallMs = 300000;

// The manifest's documents, without comments and blank lines, in order.
QStringList documents(const QString &manifest)
{
    QStringList out;
    for (const QString &document : manifest.split(QRegularExpression(QStringLiteral("(?m)^---\\s*$")))) {
        QStringList lines;
        for (const QString &line : document.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
                lines << line;
        }
        if (!lines.isEmpty())
            out << lines.join(QLatin1Char('\n'));
    }
    return out;
}
} // namespace

QString tst_InstallWizardTestbed::cli(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(QDir(qEnvironmentVariable("SLIPWAY_BIN_DIR")).filePath(QStringLiteral("slipway-cli")),
                  arguments);
    process.waitForFinished(kInstallMs);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

WizardState::Setup tst_InstallWizardTestbed::setup() const
{
    WizardState::Setup setup;
    setup.kubeconfig = Kubeconfig::load(Kubeconfig::sourcesFromEnvironment(QString())).value();
    setup.helm = m_helm;
    setup.journalPath = m_work.filePath(QStringLiteral("audit.jsonl"));
    return setup;
}

void tst_InstallWizardTestbed::shoot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QPalette light = widget->palette();
    QVERIFY(widget->grab().save(QDir(m_screens).filePath(name + QStringLiteral(".png")), "PNG"));
    widget->setPalette(darkTestPalette());
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(m_screens).filePath(name + QStringLiteral("-dark.png")), "PNG"));
    widget->setPalette(light);
}

void tst_InstallWizardTestbed::next(InstallWizard &wizard)
{
    const int before = wizard.currentId();
    QAbstractButton *button = wizard.button(QWizard::CommitButton)->isVisible()
        ? wizard.button(QWizard::CommitButton)
        : wizard.button(QWizard::NextButton);
    QVERIFY2(button->isEnabled(), qPrintable(QStringLiteral("Next is disabled on page %1").arg(before)));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(wizard.currentId() != before, "Next did not move on");
}

bool tst_InstallWizardTestbed::nextEnabled(InstallWizard &wizard)
{
    QAbstractButton *button = wizard.button(QWizard::CommitButton)->isVisible()
        ? wizard.button(QWizard::CommitButton)
        : wizard.button(QWizard::NextButton);
    return button->isEnabled();
}

void tst_InstallWizardTestbed::type(QWidget *root, const QString &objectName, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(objectName);
    QVERIFY2(edit, qPrintable(objectName));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void tst_InstallWizardTestbed::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_work.isValid());
    m_screens = QDir(QStringLiteral(SLIPWAY_SCREENSHOT_DIR)).absolutePath();
    QDir().mkpath(m_screens);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const Expected<HelmInstallation> helm = HelmLocator(HelmLocator::sourcesFromEnvironment()).locate();
    QVERIFY2(helm, qPrintable(helm ? QString() : helm.error().toString()));
    m_helm = helm.value();
    for (const QString &release : { kRelease, kSmokeRelease, kSchemaRelease, kRepoRelease, kCrashRelease, kBundleRelease })
        cli({ QStringLiteral("uninstall"), QStringLiteral("--release"), release,
              QStringLiteral("--namespace"), kNamespace });
    cli({ QStringLiteral("uninstall"), QStringLiteral("--release"), kKeysRelease, QStringLiteral("--namespace"),
          kKeysNamespace, QStringLiteral("--delete-pvcs") });
}

void tst_InstallWizardTestbed::toClusterPage(InstallWizard &wizard, const QString &product,
                                             const QString &release, const QString &nameSpace)
{
    QElapsedTimer clock;
    clock.start();
    wizard.show();
    ProductPage *products = wizard.productPage();
    QVERIFY(waitUntil([&] { return !products->isLoading() && products->model()->rowCount() >= 5; }, 20000));
    m_timings << QStringLiteral("product list: %1 ms").arg(clock.elapsed());
    new QAbstractItemModelTester(products->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &wizard);
    auto *list = wizard.findChild<QListView *>(QStringLiteral("productList"));
    const int row = products->model()->rowOf(product);
    QVERIFY2(row >= 0, qPrintable(product));
    list->setCurrentIndex(products->model()->index(row));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(InstallWizard::ClusterPageId));
    ClusterPage *cluster = wizard.clusterPage();
    clock.restart();
    auto *namespaces = wizard.findChild<QComboBox *>(QStringLiteral("namespaceBox"));
    namespaces->setFocus();
    namespaces->lineEdit()->selectAll();
    QTest::keyClicks(namespaces->lineEdit(), nameSpace);
    type(&wizard, QStringLiteral("releaseEdit"), release);
    QVERIFY2(waitUntil([&] { return cluster->isComplete(); }, 20000),
             qPrintable(cluster->statusText() + QLatin1Char('\n') + cluster->releaseText()));
    m_timings << QStringLiteral("cluster check and release lookup: %1 ms").arg(clock.elapsed());
    QVERIFY2(cluster->statusText().contains(QLatin1String("Connected to")), qPrintable(cluster->statusText()));
}

QString tst_InstallWizardTestbed::openChart(InstallWizard &wizard, const QString &path, const QString &release)
{
    ProductPage *products = showProducts(wizard);
    if (!products)
        return {};
    products->openChart(path);
    [&] { QVERIFY(waitUntil([&] { return !products->isLoading() && products->isComplete(); }, 20000)); }();
    const QString details = wizard.findChild<QLabel *>(QStringLiteral("productDetails"))->text();
    next(wizard);
    toProductPages(wizard, release);
    return details;
}

void tst_InstallWizardTestbed::preflightAndInstall(InstallWizard &wizard)
{
    PreflightPage *preflight = wizard.preflightPage();
    QVERIFY2(waitUntil([&] { return !preflight->isRunning() && preflight->isComplete(); }, 60000),
             qPrintable(preflight->view()->summary()));
    next(wizard);
    InstallPage *install = wizard.installPage();
    QVERIFY2(waitUntil([&] { return install->isFinished(); }, kInstallMs), "the install never finished");
    QVERIFY2(install->result().ok(), qPrintable(install->resultText()));
}

ProductPage *tst_InstallWizardTestbed::showProducts(InstallWizard &wizard)
{
    wizard.resize(900, 720);
    wizard.show();
    ProductPage *products = wizard.productPage();
    return waitUntil([&] { return !products->isLoading() && products->model()->rowCount() >= 5; }, 20000)
        ? products
        : nullptr;
}

void tst_InstallWizardTestbed::toProductPages(InstallWizard &wizard, const QString &release)
{
    auto *namespaces = wizard.findChild<QComboBox *>(QStringLiteral("namespaceBox"));
    namespaces->lineEdit()->selectAll();
    QTest::keyClicks(namespaces->lineEdit(), kNamespace);
    type(&wizard, QStringLiteral("releaseEdit"), release);
    QVERIFY(waitUntil([&] { return wizard.clusterPage()->isComplete(); }, 20000));
    next(wizard);
}

void tst_InstallWizardTestbed::backline_installsThroughEveryPage()
{
    InstallWizard wizard(setup());
    wizard.resize(900, 720);
    toClusterPage(wizard, QStringLiteral("backline"), kRelease, kNamespace);
    QVERIFY2(wizard.clusterPage()->releaseText().contains(QLatin1String("new release")),
             qPrintable(wizard.clusterPage()->releaseText()));
    shoot(&wizard, QStringLiteral("30-wizard-cluster"));
    next(wizard);

    // Presets: what the default environment sets, shown before it is chosen.
    QCOMPARE(wizard.currentId(), int(InstallWizard::PresetPageId));
    QVERIFY2(wizard.presetPage()->effectText().contains(QLatin1String("environment: staging")),
             qPrintable(wizard.presetPage()->effectText()));
    shoot(&wizard, QStringLiteral("31-wizard-presets"));
    next(wizard);

    // Access: the key is required and has a pattern; Next waits for a valid one.
    FieldsPage *access = wizard.fieldsPage(QStringLiteral("access"));
    QCOMPARE(wizard.currentPage(), access);
    QVERIFY(!nextEnabled(wizard));
    type(&wizard, QStringLiteral("accessKeyEdit"), QStringLiteral("short"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY2(access->errorText(QStringLiteral("accessKey")).contains(QLatin1String("at least 8 characters")),
             qPrintable(access->errorText(QStringLiteral("accessKey"))));
    // The secret is masked, and never repeated in a message.
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("accessKeyEdit"))->echoMode(), QLineEdit::Password);
    type(&wizard, QStringLiteral("accessKeyEdit"), kAccessKey);
    QVERIFY(access->errorText(QStringLiteral("accessKey")).isEmpty());
    QVERIFY(nextEnabled(wizard));
    shoot(&wizard, QStringLiteral("32-wizard-access"));
    next(wizard);

    // Worker: a quantity that is not one, then requests above limits, each blocks Next.
    FieldsPage *worker = wizard.fieldsPage(QStringLiteral("worker"));
    QCOMPARE(wizard.currentPage(), worker);
    QVERIFY(nextEnabled(wizard));
    type(&wizard, QStringLiteral("workerCpuRequestEdit"), QStringLiteral("lots"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY2(worker->errorText(QStringLiteral("workerCpuRequest")).contains(QLatin1String("lots")),
             qPrintable(worker->errorText(QStringLiteral("workerCpuRequest"))));
    type(&wizard, QStringLiteral("workerCpuRequestEdit"), QStringLiteral("3"));
    type(&wizard, QStringLiteral("workerCpuLimitEdit"), QStringLiteral("2"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY2(worker->errors().join(QLatin1Char('\n')).contains(QLatin1String("limit")),
             qPrintable(worker->errors().join(QLatin1Char('\n'))));
    shoot(&wizard, QStringLiteral("33-wizard-worker-invalid"));
    type(&wizard, QStringLiteral("workerCpuRequestEdit"), QStringLiteral("100m"));
    type(&wizard, QStringLiteral("workerCpuLimitEdit"), QStringLiteral("1"));
    QVERIFY2(nextEnabled(wizard), qPrintable(worker->errors().join(QLatin1Char('\n'))));
    next(wizard);

    // Job profiles: a profile no node can run is named, with the largest node's allocatable.
    FieldsPage *jobs = wizard.fieldsPage(QStringLiteral("jobs"));
    QCOMPARE(wizard.currentPage(), jobs);
    auto *profiles = qobject_cast<ResourceProfilesEditor *>(jobs->editor(QStringLiteral("resourceProfiles")));
    QVERIFY(profiles);
    const QModelIndex xlargeCpu = profiles->model()->index(3, 0);
    const QString before = xlargeCpu.data().toString();
    profiles->model()->setData(xlargeCpu, QStringLiteral("200"));
    QVERIFY2(profiles->fitHint().contains(QLatin1String("xlarge")), qPrintable(profiles->fitHint()));
    shoot(&wizard, QStringLiteral("34-wizard-profiles-hint"));
    profiles->model()->setData(xlargeCpu, before);
    QVERIFY(profiles->fitHint().isEmpty());
    // The rest of the product's pages, as they come.
    while (wizard.currentId() >= InstallWizard::FirstFieldsPageId && wizard.currentId() < InstallWizard::ReviewPageId) {
        shoot(&wizard, QStringLiteral("35-wizard-page-") + static_cast<FieldsPage *>(wizard.currentPage())->pageId());
        next(wizard);
    }

    // Review: values without the secret, nothing wrong; the answers saved as a file.
    QCOMPARE(wizard.currentId(), int(InstallWizard::ReviewPageId));
    ReviewPage *review = wizard.reviewPage();
    QVERIFY2(review->problemsText().isEmpty(), qPrintable(review->problemsText()));
    QVERIFY(!review->valuesText().contains(kAccessKey));
    QVERIFY(!review->changesText().contains(kAccessKey));
    QVERIFY2(review->changesText().contains(QLatin1String("worker.resources.limits.cpu")),
             qPrintable(review->changesText()));
    // The images the release will pull, rendered by helm template.
    QVERIFY(waitUntil([&] { return !review->isImpactRunning(); }, 60000));
    QVERIFY2(review->impactText().contains(QRegularExpression(QStringLiteral("The release pulls \\d+ image"))),
             qPrintable(review->impactText()));
    QVERIFY2(review->impactText().contains(QLatin1String("minio")), qPrintable(review->impactText()));
    const QString answers = m_work.filePath(QStringLiteral("answers.yaml"));
    QVERIFY(review->saveAnswers(answers, true));
    QCOMPARE(QFile(answers).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    shoot(&wizard, QStringLiteral("36-wizard-review"));
    next(wizard);

    // Preflight of exactly this install: every check passes.
    QCOMPARE(wizard.currentId(), int(InstallWizard::PreflightPageId));
    PreflightPage *preflight = wizard.preflightPage();
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(waitUntil([&] { return !preflight->isRunning() && preflight->isComplete(); }, 60000),
             qPrintable(preflight->view()->summary()));
    m_timings << QStringLiteral("preflight: %1 ms").arg(clock.elapsed());
    QVERIFY2(preflight->failedChecks().isEmpty(), qPrintable(preflight->view()->summary()));
    QCOMPARE(wizard.button(QWizard::CommitButton)->text(), tr("&Install"));
    shoot(&wizard, QStringLiteral("37-wizard-preflight"));
    next(wizard);

    // Install: pods live, revision 1 deployed, the journal says preflight passed.
    InstallPage *install = wizard.installPage();
    new QAbstractItemModelTester(install->podsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &wizard);
    clock.restart();
    QVERIFY2(waitUntil([&] { return install->isFinished(); }, kInstallMs), "the install never finished");
    m_timings << QStringLiteral("install: %1 ms").arg(clock.elapsed());
    QVERIFY2(install->result().ok(), qPrintable(install->resultText()));
    QCOMPARE(install->result().revisionAfter, 1);
    QVERIFY(install->podsModel()->rowCount() > 0);
    shoot(&wizard, QStringLiteral("38-wizard-installed"));
    QFile journal(m_work.filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QByteArray line = journal.readAll();
    QVERIFY2(line.contains("\"preflight\":\"passed\"") && line.contains("\"install\""), line.constData());
    QVERIFY(!line.contains(kAccessKey.toUtf8()));

    // The cluster agrees: deployed, every pod of the release Ready.
    const Kubectl::Result pods = Kubectl::run({ QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), kNamespace,
                                                QStringLiteral("-l"), QStringLiteral("app.kubernetes.io/instance=") + kRelease,
                                                QStringLiteral("-o"), QStringLiteral("jsonpath={range .items[*]}{.status.conditions[?(@.type==\"Ready\")].status}{\"\\n\"}{end}") });
    QVERIFY(pods.ok());
    QVERIFY(!pods.out.trimmed().isEmpty());
    for (const QByteArray &ready : pods.out.trimmed().split('\n'))
        QCOMPARE(ready, QByteArray("True"));

    // What was installed is what `slipway-cli render` makes of the saved answers.
    QProcess helm;
    helm.start(m_helm.path, { QStringLiteral("get"), QStringLiteral("manifest"), kRelease,
                              QStringLiteral("-n"), kNamespace });
    QVERIFY(helm.waitForFinished(60000));
    const QString deployed = QString::fromUtf8(helm.readAllStandardOutput());
    int rc = -1;
    const QString rendered = cli({ QStringLiteral("render"), QStringLiteral("--product"), QStringLiteral("backline"),
                                   QStringLiteral("--answers"), answers, QStringLiteral("--release"), kRelease,
                                   QStringLiteral("--namespace"), kNamespace }, &rc);
    QCOMPARE(rc, 0);
    const QStringList deployedDocuments = documents(deployed);
    QStringList renderedDocuments = documents(rendered);
    // helm keeps hooks out of the release manifest (they are stored apart).
    renderedDocuments.removeIf([](const QString &document) { return document.contains(QLatin1String("helm.sh/hook:")); });
    for (const QString &document : renderedDocuments)
        QVERIFY2(deployedDocuments.contains(document), qPrintable(QStringLiteral("rendered, not deployed:\n") + document));
    QCOMPARE(deployedDocuments, renderedDocuments);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    qInfo().noquote() << "page timings:" << m_timings.join(QLatin1String("; "));
}

void tst_InstallWizardTestbed::backline_upgradesThroughTheWizard_withExactlyTheProfileDiff()
{
    WizardState::Setup upgrade = setup();
    upgrade.release = kRelease;
    upgrade.nameSpace = kNamespace;
    upgrade.product = QStringLiteral("backline");
    InstallWizard wizard(std::move(upgrade));
    wizard.resize(900, 720);
    QElapsedTimer clock;
    clock.start();
    wizard.show();
    // Opened on the product's first page, product and release already known.
    QVERIFY2(waitUntil([&] { return wizard.currentId() == InstallWizard::PresetPageId; }, 30000),
             qPrintable(wizard.clusterPage()->releaseText()));
    m_timings << QStringLiteral("upgrade wizard to its first product page: %1 ms").arg(clock.elapsed());
    QVERIFY(wizard.state()->isUpgrade());
    next(wizard);
    // Prefilled from the deployed values: the key and the worker's CPU limit set at install.
    FieldsPage *access = wizard.fieldsPage(QStringLiteral("access"));
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("accessKeyEdit"))->text(), kAccessKey);
    QVERIFY(access->isComplete());
    next(wizard);
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("workerCpuLimitEdit"))->text(), QStringLiteral("1"));
    next(wizard);
    auto *profiles = qobject_cast<ResourceProfilesEditor *>(
        wizard.fieldsPage(QStringLiteral("jobs"))->editor(QStringLiteral("resourceProfiles")));
    // One profile changed: small's memory limit.
    const QModelIndex smallMemoryLimit = profiles->model()->index(0, 3);
    QVERIFY(!smallMemoryLimit.data().toString().isEmpty());
    profiles->model()->setData(smallMemoryLimit, QStringLiteral("3Gi"));
    while (wizard.currentId() != InstallWizard::ReviewPageId)
        next(wizard);
    ReviewPage *review = wizard.reviewPage();
    QVERIFY(waitUntil([&] { return !review->isPreviewRunning(); }, 60000));
    QStringList changed;
    const QStringList valuesDiff = review->valuesDiff();
    for (const QString &lineText : valuesDiff) {
        if ((lineText.startsWith(QLatin1Char('+')) || lineText.startsWith(QLatin1Char('-')))
            && !lineText.startsWith(QLatin1String("+++")) && !lineText.startsWith(QLatin1String("---")))
            changed << lineText.left(1) + lineText.mid(1).trimmed();
    }
    // Exactly the one value: the profile was the chart's default before, so it is added.
    QCOMPARE(changed, QStringList({ QStringLiteral("+resourceProfiles:"), QStringLiteral("+small:"),
                                    QStringLiteral("+limits:"), QStringLiteral("+memory: 3Gi") }));
    // What it does beyond the diff, and the images it pulls (from the same dry run).
    qInfo().noquote() << "upgrade impact:" << review->impactText();
    QVERIFY2(review->impactText().contains(QLatin1String("The release pulls")), qPrintable(review->impactText()));
    QVERIFY2(!review->impactText().contains(QStringLiteral("⚠ fails")), qPrintable(review->impactText()));
    // The profiles reach the worker through its config checksum: its pods are replaced.
    QVERIFY2(review->impactText().contains(QStringLiteral("⚠ replaces pods — Deployment/worker")),
             qPrintable(review->impactText()));
    shoot(&wizard, QStringLiteral("39-wizard-upgrade-review"));
    auto *tabs = review->findChild<QTabWidget *>(QStringLiteral("reviewTabs"));
    tabs->setCurrentWidget(review->findChild<QWidget *>(QStringLiteral("reviewImpact")));
    shoot(&wizard, QStringLiteral("39b-wizard-upgrade-warnings"));
    tabs->setCurrentIndex(0);
    // Back and Next again: the dry run runs again, once.
    wizard.back();
    next(wizard);
    QVERIFY(waitUntil([&] { return !review->isPreviewRunning(); }, 60000));
    QCOMPARE(review->valuesDiff(), valuesDiff);
    next(wizard);
    PreflightPage *preflight = wizard.preflightPage();
    QVERIFY(waitUntil([&] { return !preflight->isRunning() && preflight->isComplete(); }, 60000));
    QCOMPARE(wizard.button(QWizard::CommitButton)->text(), tr("&Upgrade"));
    next(wizard);
    InstallPage *install = wizard.installPage();
    QVERIFY2(waitUntil([&] { return install->isFinished(); }, kInstallMs), "the upgrade never finished");
    QVERIFY2(install->result().ok(), qPrintable(install->resultText()));
    QCOMPARE(install->result().revisionAfter, 2);
    shoot(&wizard, QStringLiteral("40-wizard-upgraded"));
    int rc = -1;
    const QString shown = cli({ QStringLiteral("values"), QStringLiteral("--release"), kRelease,
                                QStringLiteral("--namespace"), kNamespace, QStringLiteral("-o"), QStringLiteral("json") }, &rc);
    QCOMPARE(rc, 0);
    QVERIFY2(shown.contains(QLatin1String("3Gi")), qPrintable(shown));
}

void tst_InstallWizardTestbed::gpuEditor_listsTheTestbedGpuNode_andFillsSelectorAndToleration()
{
    InstallWizard wizard(setup());
    wizard.resize(900, 720);
    toClusterPage(wizard, QStringLiteral("enterprise-agent-platform"), QStringLiteral("eap-wiz"), QStringLiteral("wizard-gpu"));
    QVERIFY(waitUntil([&] { return wizard.state()->hasFacts(); }, 20000));
    GpuEditor *gpu = nullptr;
    while (!gpu && wizard.currentId() != InstallWizard::ReviewPageId) {
        next(wizard);
        if (auto *page = qobject_cast<FieldsPage *>(wizard.currentPage())) {
            if (page->pageId() == QLatin1String("data"))
                testConnection_ofAnExternalDatabase_namesTheRefusal(wizard, page);
            for (const Field &field : wizard.state()->descriptor()->fields) {
                if (field.type == FieldType::Gpu && page->isAsked(field.id))
                    gpu = qobject_cast<GpuEditor *>(page->editor(field.id));
            }
        }
        if (!gpu && !nextEnabled(wizard)) {
            // Fill what the page requires with what its validator accepts: a key for secrets.
            for (QLineEdit *edit : wizard.currentPage()->findChildren<QLineEdit *>()) {
                if (edit->echoMode() == QLineEdit::Password && edit->text().isEmpty())
                    QTest::keyClicks(edit, QStringLiteral("gpuWizard-0123456789"));
            }
        }
    }
    QVERIFY2(gpu, "no page of the Enterprise Agent Platform asked its GPU field");
    QVERIFY2(gpu->nodesText().contains(QStringLiteral("gpu-node-0: 4 × nvidia.com/gpu (NVIDIA-H100-80GB-HBM3)")),
             qPrintable(gpu->nodesText()));
    auto *enabled = gpu->findChild<QAbstractButton *>(gpu->field().id + QStringLiteral("Enabled"));
    if (!enabled->isChecked())
        QTest::mouseClick(enabled, Qt::LeftButton, {}, QPoint(6, enabled->height() / 2)); // its box
    const QVariantMap answer = gpu->answer().toMap();
    QCOMPARE(answer.value(QStringLiteral("nodeSelector")).toMap(),
             QVariantMap({ { QStringLiteral("nvidia.com/gpu.present"), QStringLiteral("true") } }));
    const QVariantMap toleration = answer.value(QStringLiteral("tolerations")).toList().value(0).toMap();
    QCOMPARE(toleration.value(QStringLiteral("key")).toString(), QStringLiteral("nvidia.com/gpu"));
    QCOMPARE(toleration.value(QStringLiteral("effect")).toString(), QStringLiteral("NoSchedule"));
    // More GPUs than the node has: the page names the field and blocks Next.
    auto *count = gpu->findChild<QSpinBox *>(gpu->field().id + QStringLiteral("Count"));
    count->setValue(8);
    auto *page = qobject_cast<FieldsPage *>(wizard.currentPage());
    QVERIFY2(page->errorText(gpu->field().id).contains(QLatin1String("largest node has 4")),
             qPrintable(page->errors().join(QLatin1Char('\n')) + QStringLiteral(" / answer: ")
                        + QString::fromUtf8(QJsonDocument::fromVariant(gpu->answer()).toJson(QJsonDocument::Compact))));
    QVERIFY(!nextEnabled(wizard));
    shoot(&wizard, QStringLiteral("41-wizard-gpu"));
}

// The Enterprise Agent Platform's PostgreSQL switched to an existing server: Test Connection
// connects from this machine and names what is wrong (a closed loopback port: refused), and the
// in-cluster mode hides the button again.
void tst_InstallWizardTestbed::testConnection_ofAnExternalDatabase_namesTheRefusal(InstallWizard &wizard,
                                                                                    FieldsPage *page)
{
    auto *button = page->findChild<QPushButton *>(QStringLiteral("postgresTestConnection"));
    QVERIFY(button);
    QVERIFY(!button->isVisibleTo(page));
    QTest::mouseClick(page->findChild<QRadioButton *>(QStringLiteral("postgres_external")), Qt::LeftButton, {}, QPoint(6, 6));
    QVERIFY(page->isAsked(QStringLiteral("databaseUrl")));
    QVERIFY(button->isVisibleTo(page));
    auto *url = page->findChild<QLineEdit *>(QStringLiteral("databaseUrlEdit"));
    // Below the mode's own fields: it tests what they hold.
    QVERIFY2(waitUntil([&] { return button->mapTo(page, QPoint()).y() > url->mapTo(page, QPoint()).y(); }, 2000),
             qPrintable(QStringLiteral("button at %1, URL at %2").arg(button->mapTo(page, QPoint()).y()).arg(url->mapTo(page, QPoint()).y())));
    QTest::keyClicks(url, QStringLiteral("postgresql://app:secretpw@127.0.0.1:1/agents"));
    QTest::mouseClick(button, Qt::LeftButton);
    auto *result = page->findChild<QLabel *>(QStringLiteral("postgresTestResult"));
    QVERIFY2(waitUntil([&] { return result->text().contains(QLatin1String("refused the connection")); }, 15000),
             qPrintable(result->text()));
    QVERIFY(!result->text().contains(QLatin1String("secretpw")));
    shoot(&wizard, QStringLiteral("43-wizard-test-connection"));
    QTest::mouseClick(page->findChild<QRadioButton *>(QStringLiteral("postgres_in_cluster")), Qt::LeftButton, {}, QPoint(6, 6));
    QVERIFY(!button->isVisibleTo(page));
}

void tst_InstallWizardTestbed::chartWithoutDescriptor_installsFromItsValues()
{
    // Without a helm from the window: the wizard looks for it itself, off the GUI thread.
    WizardState::Setup withoutHelm = setup();
    withoutHelm.helm = {};
    InstallWizard wizard(std::move(withoutHelm));
    QVERIFY(wizard.state()->isLocatingHelm());
    openChart(wizard, QStringLiteral(SLIPWAY_SMOKE_CHART), kSmokeRelease);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(wizard.currentId(), int(InstallWizard::ValuesPageId));
    QPlainTextEdit *editor = wizard.valuesPage()->editor();
    const QString original = editor->toPlainText();
    static const QRegularExpression replicas(QStringLiteral("(?m)^replicaCount: .*$"));
    QVERIFY(original.contains(replicas));
    editor->setPlainText(QString(original).replace(replicas, QStringLiteral("replicaCount: [oops")));
    QVERIFY(!wizard.valuesPage()->errorText().isEmpty());
    QVERIFY(!nextEnabled(wizard));
    editor->setPlainText(QString(original).replace(replicas, QStringLiteral("replicaCount: 2")));
    QVERIFY2(nextEnabled(wizard), qPrintable(wizard.valuesPage()->errorText()));
    shoot(&wizard, QStringLiteral("42-wizard-values-yaml"));
    next(wizard);
    next(wizard); // Review
    preflightAndInstall(wizard);
    if (QTest::currentTestFailed())
        return;
    const Kubectl::Result deployment = Kubectl::run({ QStringLiteral("get"), QStringLiteral("deployment"), kSmokeRelease,
                                                    QStringLiteral("-n"), kNamespace, QStringLiteral("-o"),
                                                    QStringLiteral("jsonpath={.spec.replicas}") });
    QCOMPARE(deployment.out, QByteArray("2"));
}

void tst_InstallWizardTestbed::chartWithSchemaOnly_installsFromTheGeneratedForm()
{
    InstallWizard wizard(setup());
    const QString details = openChart(wizard, QStringLiteral(SLIPWAY_SCHEMAFORM_CHART), kSchemaRelease);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(details.contains(QLatin1String("generated from its values.schema.json")), qPrintable(details));

    // The schema's first page: its bounds and pattern checked as typed, the token masked.
    FieldsPage *general = wizard.fieldsPage(QStringLiteral("general"));
    QCOMPARE(wizard.currentPage(), general);
    type(&wizard, QStringLiteral("replicaCountEdit"), QStringLiteral("9"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY2(general->errorText(QStringLiteral("replicaCount")).contains(QLatin1String("5")),
             qPrintable(general->errorText(QStringLiteral("replicaCount"))));
    type(&wizard, QStringLiteral("replicaCountEdit"), QStringLiteral("2"));
    type(&wizard, QStringLiteral("messageEdit"), QStringLiteral("Hi!"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(!general->errorText(QStringLiteral("message")).isEmpty());
    type(&wizard, QStringLiteral("messageEdit"), QStringLiteral("from the form"));
    auto *token = wizard.findChild<QLineEdit *>(QStringLiteral("apiTokenEdit"));
    QVERIFY(token);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    type(&wizard, QStringLiteral("apiTokenEdit"), kSchemaToken);
    auto *level = wizard.findChild<QComboBox *>(QStringLiteral("logLevelBox"));
    QVERIFY(level);
    level->setFocus();
    for (int i = 0; i < level->count() && level->currentText() != QLatin1String("warn"); ++i)
        QTest::keyClick(level, Qt::Key_Down); // as a user picks it
    QCOMPARE(level->currentText(), QStringLiteral("warn"));
    QVERIFY2(nextEnabled(wizard), qPrintable(general->errors().join(QLatin1Char('\n'))));
    shoot(&wizard, QStringLiteral("44-wizard-schema-form"));
    next(wizard);

    // The Service object's page: switched off.
    QCOMPARE(wizard.currentPage(), wizard.fieldsPage(QStringLiteral("service")));
    auto *service = wizard.findChild<QCheckBox *>(QStringLiteral("serviceEnabledCheck"));
    QVERIFY(service);
    QVERIFY(service->isChecked()); // values.yaml's default
    service->setChecked(false);
    while (wizard.currentId() >= InstallWizard::FirstFieldsPageId && wizard.currentId() < InstallWizard::ReviewPageId)
        next(wizard);
    ReviewPage *review = wizard.reviewPage();
    QVERIFY2(review->problemsText().isEmpty(), qPrintable(review->problemsText()));
    QVERIFY(!review->valuesText().contains(kSchemaToken));
    next(wizard);
    preflightAndInstall(wizard);
    if (QTest::currentTestFailed())
        return;

    // The cluster has what the form said.
    const auto get = [&](const QString &what, const QString &path) {
        return Kubectl::run({ QStringLiteral("get"), what, QStringLiteral("-n"), kNamespace, QStringLiteral("-o"),
                              QStringLiteral("jsonpath=") + path })
            .out;
    };
    QCOMPARE(get(QStringLiteral("deployment/") + kSchemaRelease, QStringLiteral("{.spec.replicas}")), QByteArray("2"));
    QCOMPARE(get(QStringLiteral("configmap/") + kSchemaRelease, QStringLiteral("{.data.message}")), QByteArray("from the form"));
    QCOMPARE(get(QStringLiteral("configmap/") + kSchemaRelease, QStringLiteral("{.data.logLevel}")), QByteArray("warn"));
    QCOMPARE(QByteArray::fromBase64(get(QStringLiteral("secret/") + kSchemaRelease + QStringLiteral("-token"),
                                        QStringLiteral("{.data.token}"))),
             kSchemaToken.toUtf8());
    QVERIFY(!Kubectl::run({ QStringLiteral("get"), QStringLiteral("service/") + kSchemaRelease, QStringLiteral("-n"), kNamespace }).ok());
}

void tst_InstallWizardTestbed::chartFromARepository_isCheckedAndInstalled()
{
    // A chart repository as helm makes one (helm package + helm repo index), served over HTTP.
    QTemporaryDir served;
    const QString helm = m_helm.path;
    QCOMPARE(QProcess::execute(helm, { QStringLiteral("package"), QStringLiteral(SLIPWAY_SMOKE_CHART),
                                       QStringLiteral("-d"), served.path() }), 0);
    QCOMPARE(QProcess::execute(helm, { QStringLiteral("repo"), QStringLiteral("index"), served.path() }), 0);
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral("python3"), { QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"),
                                              QStringLiteral("0"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                              QStringLiteral("--directory"), served.path() });
    QVERIFY(server.waitForStarted(10000));
    static const QRegularExpression port(QStringLiteral("port (\\d+)"));
    QString banner;
    QVERIFY(waitUntil([&] { banner += QString::fromUtf8(server.readAll()); return port.match(banner).hasMatch(); }, 10000));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port.match(banner).captured(1));

    InstallWizard wizard(setup());
    ProductPage *products = showProducts(wizard);
    QVERIFY(products);
    RepositoryDialog *dialog = products->openRepository();
    new QAbstractItemModelTester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
    type(dialog, QStringLiteral("repositoryUrl"), url);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("repositoryList")), Qt::LeftButton);
    QVERIFY2(waitUntil([&] { return !dialog->isBusy() && dialog->model()->rowCount() == 1; }, 20000),
             qPrintable(dialog->statusText()));
    QCOMPARE(dialog->model()->index(0, 0).data().toString(), QStringLiteral("smoke"));
    QCOMPARE(dialog->model()->index(0, 1).data().toString(), QStringLiteral("0.1.0"));
    shoot(dialog, QStringLiteral("45-wizard-repository"));
    QPointer<RepositoryDialog> watched(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("repositoryUse")), Qt::LeftButton);
    QVERIFY2(waitUntil([&] { return !watched || !watched->isVisible(); }, 20000),
             qPrintable(watched ? watched->statusText() : QString()));
    // The fetched, checked .tgz is the chosen chart.
    QVERIFY(waitUntil([&] { return !products->isLoading() && products->isComplete(); }, 20000));
    const QString details = wizard.findChild<QLabel *>(QStringLiteral("productDetails"))->text();
    QVERIFY2(details.contains(QLatin1String("Chart smoke 0.1.0")), qPrintable(details));
    next(wizard);
    toProductPages(wizard, kRepoRelease);
    QCOMPARE(wizard.currentId(), int(InstallWizard::ValuesPageId));
    next(wizard);
    next(wizard); // Review
    preflightAndInstall(wizard);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(Kubectl::run({ QStringLiteral("get"), QStringLiteral("deployment"), kRepoRelease, QStringLiteral("-n"), kNamespace }).ok());
    server.kill();
    server.waitForFinished(5000);
}

void tst_InstallWizardTestbed::chartFromAnOciRegistry_isPulledByHelm()
{
    // A real registry (Debian's docker-registry) holding the smoke chart, pushed by helm.
    LocalRegistry registry;
    const QString started = registry.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QTemporaryDir packaged;
    QCOMPARE(QProcess::execute(m_helm.path, { QStringLiteral("package"), QStringLiteral(SLIPWAY_SMOKE_CHART),
                                              QStringLiteral("-d"), packaged.path() }), 0);
    QCOMPARE(QProcess::execute(m_helm.path, { QStringLiteral("push"), packaged.filePath(QStringLiteral("smoke-0.1.0.tgz")),
                                              QStringLiteral("oci://%1/charts").arg(registry.host()),
                                              QStringLiteral("--plain-http") }), 0);

    InstallWizard wizard(setup());
    ProductPage *products = showProducts(wizard);
    QVERIFY(products);
    // A reference that is not one is named, and nothing is pulled.
    RepositoryDialog *dialog = products->openRepository();
    type(dialog, QStringLiteral("repositoryUrl"), QStringLiteral("oci://%1/Charts/Smoke").arg(registry.host()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("repositoryList")), Qt::LeftButton);
    QVERIFY2(dialog->statusText().contains(QLatin1String("is not an OCI chart reference")), qPrintable(dialog->statusText()));
    // A version that is not there: helm's refusal, shown.
    type(dialog, QStringLiteral("repositoryUrl"), QStringLiteral("oci://%1/charts/smoke:9.9.9").arg(registry.host()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("repositoryList")), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return !dialog->isBusy(); }, 60000));
    QVERIFY2(dialog->statusText().contains(QLatin1String("helm could not pull")), qPrintable(dialog->statusText()));
    QVERIFY(dialog->isVisible());
    // The real one.
    QPointer<RepositoryDialog> watched(dialog);
    type(dialog, QStringLiteral("repositoryUrl"), QStringLiteral("oci://%1/charts/smoke:0.1.0").arg(registry.host()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("repositoryList")), Qt::LeftButton);
    QVERIFY2(waitUntil([&] { return !watched || !watched->isVisible(); }, 60000),
             qPrintable(watched ? watched->statusText() : QString()));
    QVERIFY(waitUntil([&] { return !products->isLoading() && products->isComplete(); }, 20000));
    const QString details = wizard.findChild<QLabel *>(QStringLiteral("productDetails"))->text();
    QVERIFY2(details.contains(QLatin1String("Chart smoke 0.1.0")), qPrintable(details));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(InstallWizard::ClusterPageId));
}

void tst_InstallWizardTestbed::offlineBundle_isImportedAndInstalledFromTheTargetRegistry()
{
    // The connected side: an image in one registry, the smoke chart exported with it, signed.
    LocalRegistry source;
    LocalRegistry target;
    QString started = source.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    started = target.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString seedDir = m_work.filePath(QStringLiteral("bundle-seed"));
    TestImages seed(seedDir);
    seed.name(seed.manifest({ TestImages::randomBytes(256 * 1024) }), QStringLiteral("seed.test/smoke:1.0.0"));
    PushOptions plain;
    plain.registry.plainHttp = true;
    ImagePush seeding(seedDir, source.host(), plain);
    const RegistryResult seeded = ::runToEnd(seeding);
    QVERIFY2(seeded.ok, qPrintable(seeded.error.toString()));
    QTemporaryDir packaged;
    QCOMPARE(QProcess::execute(m_helm.path, { QStringLiteral("package"), QStringLiteral(SLIPWAY_SMOKE_CHART),
                                              QStringLiteral("-d"), packaged.path() }), 0);
    const MinisignSecretKey key = *MinisignSecretKey::generate();
    const QString publicKey = m_work.filePath(QStringLiteral("bundle-signer.pub"));
    QFile pub(publicKey);
    QVERIFY(pub.open(QIODevice::WriteOnly));
    pub.write(key.publicHalf().toFileText());
    pub.close();
    ExportSpec spec;
    spec.output = m_work.filePath(QStringLiteral("smoke-0.1.0.slipway.zip"));
    spec.header.product = QStringLiteral("smoke");
    spec.header.chartName = QStringLiteral("smoke");
    spec.header.chartVersion = QStringLiteral("0.1.0");
    spec.header.created = QDateTime::currentDateTimeUtc();
    spec.header.slipwayVersion = QStringLiteral("0.0.0");
    spec.chartArchive = packaged.filePath(QStringLiteral("smoke-0.1.0.tgz"));
    spec.valuesYaml = "replicaCount: 1\nimage:\n  repository: " + source.host().toUtf8() + "/smoke\n  tag: 1.0.0\n";
    spec.images = { source.host() + QStringLiteral("/smoke:1.0.0") };
    spec.pull.registry.plainHttp = true;
    spec.signingKey = key;
    BundleExport exporting(spec);
    QSignalSpy exported(&exporting, &BundleOperation::finished);
    exporting.start();
    QVERIFY(exported.wait(60000));
    QVERIFY2(exported.first().first().value<BundleResult>().ok,
             qPrintable(exported.first().first().value<BundleResult>().error.toString()));

    // The air-gapped side: the key trusted, the bundle opened on the Product page.
    TrustedKeys::setFiles({ publicKey });
    InstallWizard wizard(setup());
    ProductPage *products = showProducts(wizard);
    QVERIFY(products);
    OpenBundleDialog *dialog = products->openBundle();
    QSignalSpy checked(dialog, &OpenBundleDialog::checked);
    dialog->setBundle(spec.output);
    QVERIFY(checked.wait(20000));
    QVERIFY2(dialog->trustText().contains(QLatin1String("Signed by trusted key")), qPrintable(dialog->trustText()));
    type(dialog, QStringLiteral("bundleRegistry"), target.host());
    auto *plainHttp = dialog->findChild<QCheckBox *>(QStringLiteral("bundlePlainHttp"));
    QTest::mouseClick(plainHttp, Qt::LeftButton, {}, QPoint(6, plainHttp->height() / 2));
    QSignalSpy imported(dialog, &OpenBundleDialog::importFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("bundleImport")), Qt::LeftButton);
    QVERIFY(imported.wait(60000));
    QVERIFY2(imported.first().first().toBool(), qPrintable(dialog->errorText()));
    QVERIFY(waitUntil([&] { return !products->isLoading() && products->isComplete(); }, 20000));
    next(wizard);
    toProductPages(wizard, kBundleRelease);
    // The smoke chart has no installer.yaml: its YAML starts from the bundle's values.
    QCOMPARE(wizard.currentId(), int(InstallWizard::ValuesPageId));
    const QString yaml = wizard.valuesPage()->editor()->toPlainText();
    QVERIFY2(yaml.contains(target.host() + QStringLiteral("/smoke")), qPrintable(yaml));
    next(wizard);
    next(wizard); // Review
    preflightAndInstall(wizard);
    if (QTest::currentTestFailed())
        return;
    const Kubectl::Result image = Kubectl::run({ QStringLiteral("get"), QStringLiteral("deployment"), kBundleRelease,
                                               QStringLiteral("-n"), kNamespace, QStringLiteral("-o"),
                                               QStringLiteral("jsonpath={.spec.template.spec.containers[0].image}") });
    QCOMPARE(QString::fromUtf8(image.out), target.host() + QStringLiteral("/smoke:1.0.0"));
}

void tst_InstallWizardTestbed::draft_ofAnUnfinishedInstall_isOfferedAgain()
{
    const QString nameSpace = QStringLiteral("wizard-draft-%1").arg(QCoreApplication::applicationPid());
    const QString release = QStringLiteral("wiz-draft");
    const auto toFields = [&](InstallWizard &wizard) {
        toClusterPage(wizard, QStringLiteral("backline"), release, nameSpace);
    };
    {
        // Begun, then closed half-way (or Slipway stopped): the answers so far are kept.
        InstallWizard wizard(setup());
        wizard.resize(900, 720);
        toFields(wizard);
        QVERIFY(!wizard.findChild<QCheckBox *>(QStringLiteral("restoreDraft"))->isVisible());
        next(wizard); // presets
        next(wizard); // access
        type(&wizard, QStringLiteral("accessKeyEdit"), kAccessKey);
        next(wizard); // worker
        type(&wizard, QStringLiteral("workerCpuRequestEdit"), QStringLiteral("250m"));
        // Closed at once: the draft, due half a second after the last change, is written now.
    }
    InstallWizard wizard(setup());
    wizard.resize(900, 720);
    wizard.show();
    QVERIFY(waitUntil([&] { return !wizard.productPage()->isLoading(); }, 20000));
    toFields(wizard);
    auto *restore = wizard.findChild<QCheckBox *>(QStringLiteral("restoreDraft"));
    QVERIFY2(restore->isVisible() && restore->isChecked(), qPrintable(restore->text()));
    QVERIFY2(restore->text().contains(QLatin1String("secrets are asked again")), qPrintable(restore->text()));
    shoot(&wizard, QStringLiteral("46-wizard-restore-draft"));
    next(wizard); // presets
    next(wizard); // access: the key was not kept
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("accessKeyEdit"))->text(), QString());
    QVERIFY(!nextEnabled(wizard));
    type(&wizard, QStringLiteral("accessKeyEdit"), kAccessKey);
    next(wizard); // worker: as it was left
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("workerCpuRequestEdit"))->text(), QStringLiteral("250m"));
    // The draft's file holds no secret.
    const QString drafts = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("drafts"));
    const QStringList files = QDir(drafts).entryList({ QStringLiteral("backline-*.yaml") }, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(QDir(drafts).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kAccessKey.toUtf8()));
    }
}

void tst_InstallWizardTestbed::failedInstall_showsWhatTheCrashingContainerLogged()
{
    // The smoke chart's pod crash-loops (the testbed's fault label), 4 s after it is created so
    // that its own log stream is there by then. helm gives up after 12 s and, as this is the
    // release's first install, uninstalls it: the pod is gone, and with it its log.
    InstallWizard wizard(setup());
    openChart(wizard, QStringLiteral(SLIPWAY_SMOKE_CHART), kCrashRelease);
    if (QTest::currentTestFailed())
        return;
    QPlainTextEdit *editor = wizard.valuesPage()->editor();
    editor->setPlainText(editor->toPlainText()
                             .replace(QStringLiteral("podLabels: {}"),
                                      QStringLiteral("podLabels: {kwok.test/fault: CrashLoopBackOff}"))
                             .replace(QStringLiteral("podAnnotations: {}"),
                                      QStringLiteral("podAnnotations: {kwok.test/fault-delay: \"4000\"}")));
    QVERIFY2(nextEnabled(wizard), qPrintable(wizard.valuesPage()->errorText()));
    next(wizard);
    next(wizard); // Review
    wizard.state()->plan().timeoutSeconds = 12;
    PreflightPage *preflight = wizard.preflightPage();
    QVERIFY(waitUntil([&] { return !preflight->isRunning() && preflight->isComplete(); }, 60000));
    next(wizard);
    InstallPage *install = wizard.installPage();
    auto *view = install->releaseView();
    QVERIFY(view);
    // While helm waits: the pod shows in the release's Pods tab, as in the main window.
    QVERIFY2(waitUntil([&] { return install->podsModel() && install->podsModel()->rowCount() > 0; }, 30000),
             "the release's pod never showed");
    QVERIFY2(waitUntil([&] { return install->isFinished(); }, kInstallMs), "the install never finished");
    QVERIFY(!install->result().ok());
    QVERIFY2(install->result().helm.rolledBack, qPrintable(install->resultText()));

    // What the crashed instance wrote was read while helm waited: the testbed's lines name
    // the pod and the container they are of.
    const QList<ContainerLog> logs = install->result().failureLogs;
    QCOMPARE(logs.size(), 1);
    const ContainerLog &log = logs.first();
    QVERIFY2(log.pod.startsWith(kCrashRelease + QLatin1Char('-')), qPrintable(log.pod));
    QCOMPARE(log.container, QStringLiteral("app"));
    QVERIFY(log.previous);
    QCOMPARE(log.restarts, 5);
    QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
    QVERIFY(!log.lines.isEmpty() && log.lines.size() <= 30);
    const QString own = QStringLiteral("pod=%1/%2 container=app").arg(kNamespace, log.pod);
    for (const QString &line : log.lines)
        QVERIFY2(line.contains(own), qPrintable(line));

    // Show Logs: the pod is gone (the uninstall), so its captured lines.
    QVERIFY(waitUntil([&] { return install->podsModel()->rowCount() == 0; }, 30000));
    auto *showLogs = wizard.findChild<QPushButton *>(QStringLiteral("installShowLogs"));
    QVERIFY(showLogs && showLogs->isVisible());
    QTest::mouseClick(showLogs, Qt::LeftButton);
    auto *captured = wizard.findChild<QPlainTextEdit *>(QStringLiteral("installFailureLogs"));
    QVERIFY(captured);
    QCOMPARE(view->currentWidget(), static_cast<QWidget *>(captured));
    QVERIFY2(captured->toPlainText().startsWith(
                 QStringLiteral("The last lines of %1/app before its restart 5:").arg(log.pod)),
             qPrintable(captured->toPlainText().left(200)));
    QVERIFY(captured->toPlainText().contains(log.lines.last()));
    shoot(&wizard, QStringLiteral("47-wizard-install-failed"));
}

void tst_InstallWizardTestbed::secretName_offersTheNamespacesSecrets_andWarnsOfMissingKeys()
{
    // A Secret made beforehand with two of the five keys the Enterprise Agent Platform reads
    // from an existing Secret; the namespace also holds helm's release records of the other
    // tests.
    Kubectl::run({ QStringLiteral("create"), QStringLiteral("namespace"), kNamespace });
    Kubectl::run({ QStringLiteral("delete"), QStringLiteral("secret"), QStringLiteral("wiz-eap-env"),
                   QStringLiteral("-n"), kNamespace, QStringLiteral("--ignore-not-found") });
    const Kubectl::Result created = Kubectl::run(
        { QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("generic"), QStringLiteral("wiz-eap-env"),
          QStringLiteral("-n"), kNamespace, QStringLiteral("--from-literal=secret-key=not-shown-1"),
          QStringLiteral("--from-literal=database-url=postgresql://not-shown-2") });
    QVERIFY2(created.exitCode == 0, created.err.constData());

    InstallWizard wizard(setup());
    toClusterPage(wizard, QStringLiteral("enterprise-agent-platform"), QStringLiteral("wiz-eap"), kNamespace);
    if (QTest::currentTestFailed())
        return;
    WizardState *state = wizard.state();
    QVERIFY2(waitUntil([&] { return state->facts().secrets.contains(QStringLiteral("wiz-eap-env")); }, 20000),
             qPrintable(state->facts().secrets.keys().join(QLatin1Char(' '))));
    QCOMPARE(state->facts().secrets.value(QStringLiteral("wiz-eap-env")),
             QStringList({ QStringLiteral("database-url"), QStringLiteral("secret-key") }));
    for (const QString &name : state->facts().secrets.keys())
        QVERIFY2(!name.startsWith(QLatin1String("sh.helm.release.v1.")), qPrintable(name));

    // The product's field offers it and says which keys it lacks.
    const Field *field = state->descriptor()->field(QStringLiteral("externalSecretName"));
    QVERIFY(field);
    QCOMPARE(field->type, FieldType::SecretName);
    const std::unique_ptr<FieldEditor> editor(FieldEditor::create(*field, &state->facts(), nullptr));
    auto *names = editor->findChild<QComboBox *>(QStringLiteral("externalSecretNameName"));
    QVERIFY(names);
    QVERIFY(names->findText(QStringLiteral("wiz-eap-env")) >= 0);
    names->setCurrentIndex(names->findText(QStringLiteral("wiz-eap-env")));
    const Issues issues = AnswerValidator(*state->composer()).validateField(*field, editor->answer(), &state->facts());
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Issue::Severity::Warning);
    QVERIFY2(issues.first().message.contains(
                 QStringLiteral("lacks dev-jwt-secret, litellm-api-key, redis-url (it has database-url, secret-key)")),
             qPrintable(issues.first().message));
}

namespace {

// What a person who cannot use a mouse presses: keys, sent to the widget that has the focus.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

// An input a screen reader can name: its accessible name, or the text of a button or box.
bool named(QWidget *widget)
{
    if (!widget->accessibleName().isEmpty())
        return true;
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        return !button->text().remove(QLatin1Char('&')).trimmed().isEmpty();
    return false;
}

} // namespace

void tst_InstallWizardTestbed::keyboardOnly_installsBackline()
{
    // From the product list to a running release with the keyboard alone: Tab to each input,
    // type, arrows in lists, Alt+N for Next, Alt+I to install. Every input Tab reaches on the
    // way must have a name a screen reader can say.
    InstallWizard wizard(setup());
    wizard.resize(900, 720);
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    ProductPage *products = wizard.productPage();
    QVERIFY(waitUntil([&] { return !products->isLoading() && products->model()->rowCount() >= 5; }, 20000));

    QStringList unnamed;
    // Tabs until `objectName` has the focus (at most once around the page); every input passed
    // on the way is checked for a name.
    const auto tabTo = [&](const QString &objectName) {
        for (int presses = 0; presses < 80; ++presses) {
            QWidget *focus = QApplication::focusWidget();
            if (focus && focus->objectName() == objectName)
                return true;
            if (focus && !named(focus) && focus->window() == &wizard) {
                const QString what = QStringLiteral("%1 (%2) on page %3")
                                         .arg(focus->objectName(), QLatin1String(focus->metaObject()->className()))
                                         .arg(wizard.currentId());
                if (!unnamed.contains(what))
                    unnamed << what;
            }
            // Text editors and tables take Tab themselves; Ctrl+Tab leaves them.
            const bool keepsTab = qobject_cast<QPlainTextEdit *>(focus) || qobject_cast<QAbstractItemView *>(focus);
            press(Qt::Key_Tab, keepsTab ? Qt::ControlModifier : Qt::NoModifier);
        }
        return false;
    };
    QStringList clashes;
    const auto checkMnemonics = [&] {
        for (const QString &clash : SlipwayTest::clashingMnemonics(&wizard))
            clashes << QStringLiteral("page %1: %2").arg(wizard.currentId()).arg(clash);
    };
    const auto nextByKey = [&] {
        checkMnemonics();
        // A mnemonic clicks its button the way a click looks: a moment later (animateClick).
        const int before = wizard.currentId();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        return waitUntil([&] { return wizard.currentId() != before; }, 2000);
    };

    QVERIFY(tabTo(QStringLiteral("productList")));
    press(Qt::Key_Home);
    auto *list = wizard.findChild<QListView *>(QStringLiteral("productList"));
    const int backline = products->model()->rowOf(QStringLiteral("backline"));
    for (int row = 0; row < backline; ++row)
        press(Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), backline);
    QVERIFY(nextByKey());

    ClusterPage *cluster = wizard.clusterPage();
    QVERIFY(tabTo(QStringLiteral("namespaceBox")));
    press(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), kKeysNamespace);
    QVERIFY(tabTo(QStringLiteral("releaseEdit")));
    press(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), kKeysRelease);
    QVERIFY2(waitUntil([&] { return cluster->isComplete(); }, 20000), qPrintable(cluster->releaseText()));
    QVERIFY(nextByKey());
    QCOMPARE(wizard.currentId(), int(InstallWizard::PresetPageId));
    QVERIFY(nextByKey());

    QCOMPARE(wizard.currentPage(), wizard.fieldsPage(QStringLiteral("access")));
    QVERIFY(tabTo(QStringLiteral("accessKeyEdit")));
    QTest::keyClicks(QApplication::focusWidget(), kAccessKey);
    // The rest keep their defaults; Tab goes once around each page for the names.
    while (wizard.currentId() >= InstallWizard::FirstFieldsPageId && wizard.currentId() < InstallWizard::ReviewPageId) {
        QVERIFY(!tabTo(QStringLiteral("no such input"))); // once around, checking names
        const QString errors = static_cast<FieldsPage *>(wizard.currentPage())->errors().join(QLatin1Char('\n'));
        QVERIFY2(nextByKey(), qPrintable(errors));
    }
    QCOMPARE(wizard.currentId(), int(InstallWizard::ReviewPageId));
    QVERIFY(nextByKey());
    PreflightPage *preflight = wizard.preflightPage();
    QVERIFY(waitUntil([&] { return !preflight->isRunning() && preflight->isComplete(); }, 60000));
    press(Qt::Key_I, Qt::AltModifier); // &Install
    QVERIFY(waitUntil([&] { return wizard.currentId() == int(InstallWizard::InstallPageId); }, 2000));
    InstallPage *install = wizard.installPage();
    QVERIFY2(waitUntil([&] { return install->isFinished(); }, kInstallMs), "the install never finished");
    QVERIFY2(install->result().ok(), qPrintable(install->resultText()));
    // The release's tabs, each current in turn (a tab shows its own buttons and boxes).
    for (int tab = 0; tab < install->releaseView()->count(); ++tab) {
        install->releaseView()->setCurrentIndex(tab);
        checkMnemonics();
    }
    clashes.removeDuplicates();
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("; "))));
}

void tst_InstallWizardTestbed::everyProduct_pagesRenderAndValidate_data()
{
    // The answers an administrator types where a page asks for them (the field is empty or wrong):
    // the rest of each product's pages keep what the chart and the default preset give.
    QTest::addColumn<QString>("product");
    QTest::addColumn<QVariantMap>("typed");
    QTest::newRow("zymtrace-backend")
        << QStringLiteral("zymtrace-backend")
        << QVariantMap { { QStringLiteral("licenseKey"), QStringLiteral("zymLicense-0123456789") },
                         { QStringLiteral("appImageRegistry"), QStringLiteral("registry.example.com") },
                         { QStringLiteral("adminEmail"), QStringLiteral("admin@example.com") },
                         { QStringLiteral("basicUser"), QStringLiteral("admin") },
                         { QStringLiteral("basicPassword"), QStringLiteral("basicPass-0123") },
                         { QStringLiteral("minioUser"), QStringLiteral("zymtrace") },
                         { QStringLiteral("symbolsBucket"), QStringLiteral("zymtrace-symbols") } };
    QTest::newRow("enterprise-agent-platform")
        << QStringLiteral("enterprise-agent-platform")
        << QVariantMap { { QStringLiteral("oidcClientId"), QStringLiteral("agents") },
                         { QStringLiteral("oidcAudience"), QStringLiteral("agents-api") },
                         { QStringLiteral("secretKey"), QStringLiteral("secretKey-0123") },
                         { QStringLiteral("devJwtSecret"), QStringLiteral("devJwt-0123") },
                         { QStringLiteral("litellmApiKey"), QStringLiteral("litellm-0123") } };
    QTest::newRow("semantic-explorer")
        << QStringLiteral("semantic-explorer")
        << QVariantMap { { QStringLiteral("clientId"), QStringLiteral("semantic-explorer") },
                         { QStringLiteral("minioUser"), QStringLiteral("explorer") } };
    QTest::newRow("backbone") << QStringLiteral("backbone") << QVariantMap();
}

void tst_InstallWizardTestbed::everyProduct_pagesRenderAndValidate()
{
    QFETCH(QString, product);
    QFETCH(QVariantMap, typed);
    InstallWizard wizard(setup());
    wizard.resize(900, 720);
    toClusterPage(wizard, product, QStringLiteral("wiz-") + product.section(QLatin1Char('-'), 0, 0), kNamespace);
    if (QTest::currentTestFailed())
        return;
    next(wizard);
    if (wizard.currentId() == InstallWizard::PresetPageId) {
        shoot(&wizard, QStringLiteral("50-%1-presets").arg(product));
        next(wizard);
    }
    int pages = 0;
    while (wizard.currentId() >= InstallWizard::FirstFieldsPageId && wizard.currentId() < InstallWizard::ReviewPageId) {
        auto *page = static_cast<FieldsPage *>(wizard.currentPage());
        for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
            // Asked on this page, and empty (a required one not touched yet is not red) or wrong.
            const FieldEditor *editor = page->editor(it.key());
            if (editor && editor->isVisible()
                && (editor->answer().toString().isEmpty() || !page->errorText(it.key()).isEmpty()))
                type(&wizard, it.key() + QStringLiteral("Edit"), it.value().toString());
        }
        shoot(&wizard, QStringLiteral("50-%1-page-%2").arg(product, page->pageId()));
        QVERIFY2(nextEnabled(wizard), qPrintable(page->pageId() + QStringLiteral(": ") + page->errors().join(QLatin1String("; "))));
        next(wizard);
        ++pages;
    }
    QVERIFY(pages >= 3);
    QCOMPARE(wizard.currentId(), int(InstallWizard::ReviewPageId));
    QVERIFY2(wizard.reviewPage()->problemsText().isEmpty(), qPrintable(wizard.reviewPage()->problemsText()));
    shoot(&wizard, QStringLiteral("50-%1-review").arg(product));
}

void tst_InstallWizardTestbed::cleanupTestCase()
{
    for (const QString &release : { kRelease, kSmokeRelease, kSchemaRelease, kRepoRelease, kCrashRelease, kBundleRelease })
        cli({ QStringLiteral("uninstall"), QStringLiteral("--release"), release,
              QStringLiteral("--namespace"), kNamespace });
    cli({ QStringLiteral("uninstall"), QStringLiteral("--release"), kKeysRelease, QStringLiteral("--namespace"),
          kKeysNamespace, QStringLiteral("--delete-pvcs") });
    qInfo().noquote() << "page timings:" << m_timings.join(QLatin1String("; "));
}

QTEST_MAIN(tst_InstallWizardTestbed)
#include "tst_installwizard_testbed.moc"
