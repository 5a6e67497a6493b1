#include "Kubectl.h"
#include "TestPalettes.h"
#include "WaitUntil.h"
#include "install/OperationResult.h"
#include "ui/DiffPane.h"
#include "ui/MainWindow.h"
#include "ui/OperationDialog.h"
#include "ui/ReleaseActions.h"
#include "ui/ReleaseView.h"
#include "ui/UpgradeDialog.h"
#include "ui/models/EventsModel.h"
#include "ui/models/PodsModel.h"
#include "ui/models/PreflightModel.h"
#include "ui/models/WorkloadsModel.h"

#include <QFileInfo>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QTemporaryDir>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QComboBox>
#include <QMessageBox>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <csignal>
#include <sys/types.h>

using namespace Slipway;

// The main window on a real release of the testbed, driven as a person would: a release that
// slipway-cli installs appears in the list without a refresh, its pods show Running, a new
// revision shows in History, Rollback… and Uninstall… run through their confirmations and the
// operation dialog. Screenshots of every tab and of each confirmation and result, in the light
// and the dark palette, go to build/screenshots/.
class tst_MainWindowReleaseTestbed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releaseLifecycle_throughTheWindow();
    void upgradeDialog_checksPreviewsAndUpgrades_andNamesACrashingPod();
    void clusterBar_switchesContextNamespaceAndKubeconfig();
    void uninstall_keepsTheVolumesUnlessDeletingIsChosen();
    void namespacedIdentity_seesItsOwnNamespace();
    void identityWithoutSecrets_isToldItMayNotListReleases();
    void cleanupTestCase();

private:
    static QString cli(const QStringList &arguments, int *exitCode = nullptr);
    void shoot(QWidget *widget, const QString &name);
    static QDialog *waitForDialog(QWidget *window, const QString &objectName);
    static int rowsWith(QTableView *view, int column, const QString &text);
    static void showTab(QTabWidget *tabs, const QString &objectName);

    QString m_screens;
};

namespace {
const QString kRelease = QStringLiteral("gui");
const QString kNamespace = QStringLiteral("gui-e2e");
const QString kUpgraded = QStringLiteral("gui-up");
const QString kVolumes = QStringLiteral("gui-volumes"); // the namespace of a Backline release
constexpr int kTimeoutMs = 90000;
} // namespace

QString tst_MainWindowReleaseTestbed::cli(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QDir(qEnvironmentVariable("SLIPWAY_BIN_DIR")).filePath(QStringLiteral("slipway-cli")),
                  arguments);
    process.waitForFinished(180000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAll());
}

void tst_MainWindowReleaseTestbed::shoot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString file = QDir(m_screens).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(file, "PNG"), qPrintable(file));
}

QDialog *tst_MainWindowReleaseTestbed::waitForDialog(QWidget *window, const QString &objectName)
{
    QDialog *dialog = nullptr;
    waitUntil([&] {
        dialog = window->findChild<QDialog *>(objectName);
        return dialog && dialog->isVisible();
    }, 10000);
    return dialog;
}

int tst_MainWindowReleaseTestbed::rowsWith(QTableView *view, int column, const QString &text)
{
    int count = 0;
    for (int row = 0; view->model() && row < view->model()->rowCount(); ++row)
        count += view->model()->index(row, column).data().toString() == text ? 1 : 0;
    return count;
}

void tst_MainWindowReleaseTestbed::showTab(QTabWidget *tabs, const QString &objectName)
{
    for (QWidget *w = tabs->findChild<QWidget *>(objectName); w; w = w->parentWidget()) {
        if (const int index = tabs->indexOf(w); index >= 0) {
            tabs->setCurrentIndex(index);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no tab holds %1").arg(objectName)));
}

void tst_MainWindowReleaseTestbed::initTestCase()
{
    // The window remembers the context and kubeconfig chosen: in a folder of the test's own.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // A kept volume of an earlier run: gone before the install below needs the namespace.
    Kubectl::run({ QStringLiteral("delete"), QStringLiteral("namespace"), kVolumes,
                   QStringLiteral("--ignore-not-found"), QStringLiteral("--timeout=90s") }, {}, 120000);
    m_screens = QDir(QStringLiteral(SLIPWAY_SCREENSHOT_DIR)).absolutePath();
    QDir().mkpath(m_screens);
    qputenv("SLIPWAY_AUDIT_JOURNAL", QDir(m_screens).filePath(QStringLiteral("audit.jsonl")).toUtf8());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // A leftover of an earlier run would be listed before the install below.
    cli({ QStringLiteral("uninstall"), QStringLiteral("--release"), kRelease,
          QStringLiteral("--namespace"), kNamespace });
    cli({ QStringLiteral("uninstall"), QStringLiteral("--release"), kUpgraded,
          QStringLiteral("--namespace"), kNamespace });
}

void tst_MainWindowReleaseTestbed::releaseLifecycle_throughTheWindow()
{
    MainWindow window(Kubeconfig::load(Kubeconfig::sourcesFromEnvironment(QString())), QString());
    QSignalSpy checked(&window, &MainWindow::connectionChecked);
    window.show();
    QVERIFY(checked.wait(20000));
    QVERIFY(checked.first().first().toBool());

    // Installed from a terminal while the window is open: listed without a refresh.
    int rc = -1;
    const QString installed = cli({ QStringLiteral("install"), QStringLiteral("--chart"),
                                    QStringLiteral(SLIPWAY_SMOKE_CHART), QStringLiteral("--release"),
                                    kRelease, QStringLiteral("--namespace"), kNamespace,
                                    QStringLiteral("--set"), QStringLiteral("replicaCount=2") },
                                  &rc);
    QVERIFY2(rc == 0, qPrintable(installed));
    QVERIFY2(waitUntil([&] { return window.selectRelease(kRelease, kNamespace); }, kTimeoutMs),
             "the release installed by slipway-cli never appeared in the list");
    auto *releases = window.findChild<QTableView *>(QStringLiteral("releasesView"));
    QVERIFY(releases->isVisible());

    // Its pods, live: both reach Running with 1/1 ready.
    ReleaseView *view = window.releaseView();
    auto *pods = view->findChild<QTableView *>(QStringLiteral("podsView"));
    showTab(view, QStringLiteral("podsView"));
    QVERIFY2(waitUntil([&] { return rowsWith(pods, PodsModel::StatusColumn, QStringLiteral("Running")) == 2
                                    && rowsWith(pods, PodsModel::ReadyColumn, QStringLiteral("1/1")) == 2; },
                       kTimeoutMs),
             "the release's pods never showed 2 × Running 1/1");
    QVERIFY(waitUntil([&] { return view->records().size() == 1; }, kTimeoutMs));
    // Its workloads, from the manifest: the Deployment, rolled out with both replicas ready.
    auto *workloads = view->findChild<QTableView *>(QStringLiteral("workloadsView"));
    showTab(view, QStringLiteral("workloadsView"));
    QVERIFY2(waitUntil([&] { return rowsWith(workloads, WorkloadsModel::NameColumn, kRelease) == 1
                                    && rowsWith(workloads, WorkloadsModel::ReadyColumn, QStringLiteral("2/2")) == 1; },
                       kTimeoutMs),
             "the Deployment never showed 2/2 in Workloads");
    shoot(&window, QStringLiteral("00-workloads"));
    showTab(view, QStringLiteral("overviewText"));
    QVERIFY2(view->findChild<QTextBrowser *>(QStringLiteral("overviewText"))->toPlainText().contains(QLatin1String("deployed")),
             qPrintable(view->findChild<QTextBrowser *>(QStringLiteral("overviewText"))->toPlainText()));
    shoot(&window, QStringLiteral("01-overview"));
    showTab(view, QStringLiteral("podsView"));
    pods->selectRow(0);
    // The selected pod's own events (the scheduler's at least), and no other object's.
    const QString firstPod = pods->model()->index(0, PodsModel::NameColumn).data().toString();
    auto *podEvents = view->findChild<QTableView *>(QStringLiteral("podEventsView"));
    QVERIFY2(waitUntil([&] { return podEvents->model()->rowCount() > 0; }, 30000),
             "the selected pod's events never showed");
    for (int row = 0; row < podEvents->model()->rowCount(); ++row) {
        const QString object = podEvents->model()->index(row, EventsModel::ObjectColumn).data().toString();
        QVERIFY2(object.contains(firstPod), qPrintable(object + QStringLiteral(" is not ") + firstPod));
    }
    shoot(&window, QStringLiteral("02-pods"));
    showTab(view, QStringLiteral("logView"));
    QVERIFY2(waitUntil([&] { return view->findChild<QAbstractItemView *>(QStringLiteral("logView"))->model()->rowCount() > 0; }, 30000),
             "the selected pod's log never showed a line");
    QVERIFY2(waitUntil([&] { return view->findChild<QLabel *>(QStringLiteral("logState"))->text().contains(QLatin1String("streaming")); }, 30000),
             qPrintable(view->findChild<QLabel *>(QStringLiteral("logState"))->text()));
    shoot(&window, QStringLiteral("03-logs"));
    showTab(view, QStringLiteral("eventsView"));
    shoot(&window, QStringLiteral("04-events"));

    // A new revision from the terminal: History shows it without a refresh.
    const QString upgraded = cli({ QStringLiteral("upgrade"), QStringLiteral("--chart"),
                                   QStringLiteral(SLIPWAY_SMOKE_CHART), QStringLiteral("--release"),
                                   kRelease, QStringLiteral("--namespace"), kNamespace,
                                   QStringLiteral("--set"), QStringLiteral("message=two") },
                                 &rc);
    QVERIFY2(rc == 0, qPrintable(upgraded));
    QVERIFY2(waitUntil([&] { return view->records().size() == 2; }, kTimeoutMs),
             "revision 2 never reached the History tab");
    showTab(view, QStringLiteral("historyView"));
    shoot(&window, QStringLiteral("05-history"));
    showTab(view, QStringLiteral("diffUnified"));
    QVERIFY2(view->findChild<QPlainTextEdit *>(QStringLiteral("diffUnified"))->toPlainText().contains(QLatin1String("+message: two")),
             qPrintable(view->findChild<QPlainTextEdit *>(QStringLiteral("diffUnified"))->toPlainText()));
    shoot(&window, QStringLiteral("06-diff"));
    // Any two revisions: revision 2 against itself says there is nothing to compare; back to 1 → 2
    // side by side.
    auto *diffFrom = view->findChild<QComboBox *>(QStringLiteral("diffFrom"));
    auto *diffTo = view->findChild<QComboBox *>(QStringLiteral("diffTo"));
    QVERIFY(diffFrom && diffTo);
    QCOMPARE(diffFrom->count(), 2);
    QCOMPARE(diffFrom->currentData().toInt(), 1);
    QCOMPARE(diffTo->currentData().toInt(), 2);
    diffFrom->setCurrentIndex(diffFrom->findData(2));
    Q_EMIT diffFrom->activated(diffFrom->currentIndex());
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("diffMessage"))->isVisible());
    diffFrom->setCurrentIndex(diffFrom->findData(1));
    Q_EMIT diffFrom->activated(diffFrom->currentIndex());
    auto *diffMode = view->findChild<QComboBox *>(QStringLiteral("diffMode"));
    diffMode->setCurrentIndex(1);
    QVERIFY(view->findChild<QPlainTextEdit *>(QStringLiteral("diffAfter"))->isVisible());
    QVERIFY(view->findChild<QPlainTextEdit *>(QStringLiteral("diffAfter"))->toPlainText().contains(QLatin1String("message: two")));
    shoot(&window, QStringLiteral("06-diff-side-by-side"));
    diffMode->setCurrentIndex(0);
    // One "show secrets" state on the Values and the Diff tab.
    auto *diffSecrets = view->findChild<QCheckBox *>(QStringLiteral("diffRevealSecrets"));
    auto *revealSecrets = view->findChild<QCheckBox *>(QStringLiteral("revealSecrets"));
    diffSecrets->setChecked(true);
    QVERIFY(revealSecrets->isChecked());
    revealSecrets->setChecked(false);
    QVERIFY(!diffSecrets->isChecked());

    // Rollback… to revision 1: the confirmation shows the diff; revision 3 gets 1's values.
    QAction *rollback = window.actions()->rollbackAction();
    QVERIFY(waitUntil([&] { return rollback->isEnabled(); }, 20000));
    rollback->trigger();
    QDialog *confirm = waitForDialog(&window, QStringLiteral("rollbackDialog"));
    QVERIFY(confirm);
    QVERIFY2(confirm->findChild<DiffPane *>(QStringLiteral("rollbackDiff"))->unifiedText().contains(QLatin1String("-message: two")),
             qPrintable(confirm->findChild<DiffPane *>(QStringLiteral("rollbackDiff"))->unifiedText()));
    shoot(confirm, QStringLiteral("07-rollback-confirm"));
    confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    auto *running = qobject_cast<OperationDialog *>(waitForDialog(&window, QStringLiteral("operationDialog")));
    QVERIFY(running);
    QVERIFY2(waitUntil([&] { return running->isFinished(); }, kTimeoutMs), "the rollback never finished");
    QVERIFY2(running->result().ok(), qPrintable(running->result().message));
    QCOMPARE(running->result().revisionAfter, 3);
    shoot(running, QStringLiteral("08-rollback-result"));
    running->findChild<QPushButton *>(QStringLiteral("operationClose"))->click();
    // The history may be read while helm still writes revision 3 (pending-rollback): it is
    // read again when the record changes, so the window comes to show it deployed.
    QVERIFY2(waitUntil([&] { return view->records().size() == 3
                                    && view->latest()->status == QLatin1String("deployed"); }, kTimeoutMs),
             qPrintable(QStringLiteral("History never showed revision 3 deployed (%1)")
                            .arg(view->latest() ? view->latest()->status : QString())));
    QCOMPARE(view->latest()->config.value(QLatin1String("message")).toString(), QString());
    QCOMPARE(view->latest()->config.value(QLatin1String("replicaCount")).toInt(), 2);

    // helm killed mid-upgrade leaves revision 4 pending-upgrade: the list shows it stuck,
    // Recover… refuses while it may still run, and with "even if" rolls back to revision 3.
    QTemporaryDir work;
    const QString stuckValues = work.filePath(QStringLiteral("stuck.yaml"));
    {
        QFile file(stuckValues);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("podLabels: {kwok.test/fault: NotReady}\n");
    }
    QProcess upgrade;
    upgrade.setProcessChannelMode(QProcess::MergedChannels);
    upgrade.start(QDir(qEnvironmentVariable("SLIPWAY_BIN_DIR")).filePath(QStringLiteral("slipway-cli")),
                  { QStringLiteral("upgrade"), QStringLiteral("--chart"), QStringLiteral(SLIPWAY_SMOKE_CHART),
                    QStringLiteral("--release"), kRelease, QStringLiteral("--namespace"), kNamespace,
                    QStringLiteral("--values"), stuckValues, QStringLiteral("--timeout"), QStringLiteral("120s") });
    QVERIFY(upgrade.waitForStarted());
    QVERIFY2(waitUntil([&] { return view->latest() && view->latest()->revision == 4
                                    && view->latest()->status == QLatin1String("pending-upgrade"); },
                       kTimeoutMs),
             "revision 4 never showed pending-upgrade in the window");
    QProcess pgrep;
    pgrep.start(QStringLiteral("pgrep"), { QStringLiteral("-P"), QString::number(upgrade.processId()) });
    QVERIFY(pgrep.waitForFinished(10000));
    const qint64 helmPid = QString::fromLatin1(pgrep.readAll()).split(QLatin1Char('\n')).value(0).toLongLong();
    QVERIFY2(helmPid > 0, "no helm under slipway-cli upgrade");
    QCOMPARE(::kill(pid_t(helmPid), SIGKILL), 0);
    QVERIFY(upgrade.waitForFinished(60000));
    QAction *recover = window.actions()->recoverAction();
    QVERIFY2(waitUntil([&] { return recover->isEnabled(); }, 20000), "Recover… never enabled");
    QVERIFY(!window.actions()->rollbackAction()->isEnabled());
    shoot(&window, QStringLiteral("13-stuck"));
    for (const bool force : { false, true }) {
        recover->trigger();
        confirm = waitForDialog(&window, QStringLiteral("recoverDialog"));
        QVERIFY(confirm);
        const QString text = confirm->findChild<QLabel *>(QStringLiteral("confirmText"))->text();
        QVERIFY2(text.contains(QLatin1String("pending-upgrade"))
                     && text.contains(QLatin1String("roll it back to revision 3")),
                 qPrintable(text));
        confirm->findChild<QCheckBox *>(QStringLiteral("forceRecover"))->setChecked(force);
        if (force)
            shoot(confirm, QStringLiteral("14-recover-confirm"));
        confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QVERIFY(waitUntil([&] {
            running = qobject_cast<OperationDialog *>(window.findChild<QDialog *>(QStringLiteral("operationDialog")));
            return running && running->isFinished();
        }, kTimeoutMs));
        if (!force) {
            QCOMPARE(running->result().problem, OperationResult::Problem::Busy);
            QVERIFY2(running->findChild<QLabel *>(QStringLiteral("operationOutcome"))->text().contains(QLatin1String("may still be working on it")),
                     qPrintable(running->findChild<QLabel *>(QStringLiteral("operationOutcome"))->text()));
            shoot(running, QStringLiteral("15-recover-refused"));
        } else {
            QVERIFY2(running->result().ok(), qPrintable(running->result().message));
            QCOMPARE(running->result().recoverMethod, QStringLiteral("rollback"));
            QVERIFY(QFile::exists(running->result().backupPath));
            shoot(running, QStringLiteral("16-recover-result"));
        }
        running->findChild<QPushButton *>(QStringLiteral("operationClose"))->click();
        QVERIFY(waitUntil([&] { return !window.findChild<QDialog *>(QStringLiteral("operationDialog")); }, 10000));
    }
    QVERIFY2(waitUntil([&] { return view->latest()->revision == 5
                                    && view->latest()->status == QLatin1String("deployed"); }, kTimeoutMs),
             "the recovered release never showed revision 5 deployed");

    // The dark palette, for the screenshots.
    const QPalette light = QApplication::palette();
    const QPalette dark = darkTestPalette();
    QApplication::setPalette(dark);
    showTab(view, QStringLiteral("podsView"));
    shoot(&window, QStringLiteral("09-pods-dark"));
    showTab(view, QStringLiteral("historyView"));
    shoot(&window, QStringLiteral("10-history-dark"));
    showTab(view, QStringLiteral("logView"));
    shoot(&window, QStringLiteral("10-logs-dark"));
    showTab(view, QStringLiteral("diffUnified"));
    shoot(&window, QStringLiteral("10-diff-dark"));
    QApplication::setPalette(light);

    // Uninstall…: the confirmation lists what goes; the release leaves the list.
    QAction *uninstall = window.actions()->uninstallAction();
    QVERIFY(uninstall->isEnabled());
    uninstall->trigger();
    confirm = waitForDialog(&window, QStringLiteral("uninstallDialog"));
    QVERIFY(confirm);
    QVERIFY2(confirm->findChild<QPlainTextEdit *>(QStringLiteral("confirmDetails"))->toPlainText().contains(QLatin1String("Deployment/gui")),
             qPrintable(confirm->findChild<QPlainTextEdit *>(QStringLiteral("confirmDetails"))->toPlainText()));
    shoot(confirm, QStringLiteral("11-uninstall-confirm"));
    confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    QVERIFY(waitUntil([&] {
        running = qobject_cast<OperationDialog *>(window.findChild<QDialog *>(QStringLiteral("operationDialog")));
        return running && running->isFinished();
    }, kTimeoutMs));
    QVERIFY2(running->result().ok(), qPrintable(running->result().message));
    shoot(running, QStringLiteral("12-uninstall-result"));
    running->findChild<QPushButton *>(QStringLiteral("operationClose"))->click();
    QVERIFY2(waitUntil([&] { return !window.selectRelease(kRelease, kNamespace); }, kTimeoutMs),
             "the uninstalled release stayed in the list");

    // Both operations are in the audit journal, as the CLI writes them.
    QFile journal(qEnvironmentVariable("SLIPWAY_AUDIT_JOURNAL"));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QString lines = QString::fromUtf8(journal.readAll());
    QVERIFY2(lines.contains(QLatin1String("\"action\":\"rollback\"")), qPrintable(lines));
    QVERIFY2(lines.contains(QLatin1String("\"action\":\"uninstall\"")), qPrintable(lines));
}

void tst_MainWindowReleaseTestbed::upgradeDialog_checksPreviewsAndUpgrades_andNamesACrashingPod()
{
    int rc = -1;
    const QString installed = cli({ QStringLiteral("install"), QStringLiteral("--chart"),
                                    QStringLiteral(SLIPWAY_SMOKE_CHART), QStringLiteral("--release"),
                                    kUpgraded, QStringLiteral("--namespace"), kNamespace,
                                    QStringLiteral("--set"), QStringLiteral("replicaCount=2") },
                                  &rc);
    QVERIFY2(rc == 0, qPrintable(installed));
    MainWindow window(Kubeconfig::load(Kubeconfig::sourcesFromEnvironment(QString())), QString());
    QSignalSpy checked(&window, &MainWindow::connectionChecked);
    window.show();
    QVERIFY(checked.wait(20000));
    QVERIFY(waitUntil([&] { return window.selectRelease(kUpgraded, kNamespace); }, kTimeoutMs));
    ReleaseView *view = window.releaseView();
    QVERIFY(waitUntil([&] { return view->records().size() == 1; }, kTimeoutMs));
    QAction *upgrade = window.upgradeAction();
    QVERIFY2(waitUntil([&] { return upgrade->isEnabled(); }, 20000), "Upgrade… never enabled");
    QCOMPARE(upgrade->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QSignalSpy wizard(&window, &MainWindow::wizardRequested);

    // The smoke chart is not a product of this Slipway, so Upgrade… has no wizard pages for it
    // and opens the values editor: the dialog asks for the chart, then checks
    // the deployed values against it and previews them with helm.
    upgrade->trigger();
    auto *dialog = qobject_cast<UpgradeDialog *>(waitForDialog(&window, QStringLiteral("upgradeDialog")));
    QVERIFY(dialog);
    auto *chartState = dialog->findChild<QLabel *>(QStringLiteral("upgradeChartState"));
    QVERIFY2(chartState->text().contains(QStringLiteral("no product named “smoke”")), qPrintable(chartState->text()));
    auto *values = dialog->findChild<QPlainTextEdit *>(QStringLiteral("upgradeValues"));
    QVERIFY2(values->toPlainText().contains(QLatin1String("replicaCount: 2")), qPrintable(values->toPlainText()));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(!ok->isEnabled());
    dialog->setChartPath(QStringLiteral(SLIPWAY_SMOKE_CHART));
    auto *previewState = dialog->findChild<QLabel *>(QStringLiteral("upgradePreviewState"));
    QVERIFY2(waitUntil([&] { return dialog->isPreviewed(); }, 60000), qPrintable(previewState->text()));
    QVERIFY2(previewState->text().contains(QLatin1String("changes nothing")), qPrintable(previewState->text()));
    // Preflight checked the same upgrade against the cluster, in its own tab.
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("upgradeTabs"));
    auto *preflightSummary = dialog->findChild<QLabel *>(QStringLiteral("preflightSummary"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Preflight"));
    QVERIFY2(preflightSummary->text().startsWith(QLatin1String("All 10 check(s) passed, in ")),
             qPrintable(preflightSummary->text()));

    // Broken YAML: the line is named, nothing is previewed, Upgrade stays disabled.
    values->setPlainText(QStringLiteral("replicaCount: 2\nmessage: [three\n"));
    auto *problems = dialog->findChild<QLabel *>(QStringLiteral("upgradeProblems"));
    QVERIFY2(waitUntil([&] { return problems->text().startsWith(QLatin1String("Line ")); }, 10000),
             qPrintable(problems->text()));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!values->extraSelections().isEmpty());
    shoot(dialog, QStringLiteral("18-upgrade-invalid"));

    // More pods than the nodes have room for: preflight fails capacity, Upgrade asks to
    // override that check by name, and Cancel changes nothing.
    values->setPlainText(QStringLiteral("replicaCount: 500\nmessage: two\n"));
    QVERIFY2(waitUntil([&] { return dialog->isPreviewed() && ok->isEnabled(); }, 60000),
             qPrintable(previewState->text() + QLatin1Char('\n') + preflightSummary->text()));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Preflight (1 failed)"));
    auto *checks = dialog->findChild<QTreeView *>(QStringLiteral("preflightChecks"));
    auto *preflightModel = qobject_cast<PreflightModel *>(checks->model());
    const QModelIndex capacity = preflightModel->indexOfCheck(QStringLiteral("capacity"));
    QCOMPARE(capacity.siblingAtColumn(PreflightModel::ResultColumn).data().toString(), QStringLiteral("FAIL"));
    QVERIFY(checks->isExpanded(capacity));
    QVERIFY2(preflightModel->index(0, PreflightModel::MessageColumn, capacity).data().toString()
                 .contains(QLatin1String("Deployment/gui-up")),
             qPrintable(preflightModel->index(0, PreflightModel::MessageColumn, capacity).data().toString()));
    tabs->setCurrentIndex(1);
    shoot(dialog, QStringLiteral("19a-upgrade-preflight-failed"));
    ok->click();
    auto *overrideBox = qobject_cast<QMessageBox *>(waitForDialog(dialog, QStringLiteral("preflightOverride")));
    QVERIFY(overrideBox);
    QVERIFY2(overrideBox->text().contains(QLatin1String("overriding capacity?")), qPrintable(overrideBox->text()));
    shoot(overrideBox, QStringLiteral("19b-upgrade-preflight-override"));
    overrideBox->button(QMessageBox::Cancel)->click();
    QVERIFY(waitUntil([&] { return !dialog->findChild<QMessageBox *>(QStringLiteral("preflightOverride")); }, 10000));
    QVERIFY(dialog->isVisible());
    QVERIFY(!window.findChild<QDialog *>(QStringLiteral("operationDialog")));

    // A real change: previewed as a diff, then upgraded; the other values are kept.
    values->setPlainText(QStringLiteral("replicaCount: 2\nmessage: three\n"));
    QVERIFY2(waitUntil([&] { return dialog->isPreviewed() && ok->isEnabled(); }, 60000),
             qPrintable(previewState->text()));
    const QString diff = dialog->findChild<DiffPane *>(QStringLiteral("upgradeDiff"))->unifiedText();
    QVERIFY2(diff.contains(QLatin1String("+message: three")) && diff.contains(QLatin1String("three")),
             qPrintable(diff));
    shoot(dialog, QStringLiteral("19-upgrade-preview"));
    ok->click();
    auto *running = qobject_cast<OperationDialog *>(waitForDialog(&window, QStringLiteral("operationDialog")));
    QVERIFY(running);
    QVERIFY2(waitUntil([&] { return running->isFinished(); }, kTimeoutMs), "the upgrade never finished");
    QVERIFY2(running->result().ok(), qPrintable(running->result().message));
    QCOMPARE(running->result().revisionAfter, 2);
    running->findChild<QPushButton *>(QStringLiteral("operationClose"))->click();
    QVERIFY(waitUntil([&] { return view->records().size() == 2 && view->latest()->status == QLatin1String("deployed"); }, kTimeoutMs));
    QCOMPARE(view->latest()->config.value(QLatin1String("message")).toString(), QStringLiteral("three"));
    QCOMPARE(view->latest()->config.value(QLatin1String("replicaCount")).toInt(), 2);

    // An upgrade whose pods crash-loop: the Pods tab shows CrashLoopBackOff while helm waits,
    // and the result names the pod and its status; helm rolls back to what ran before.
    QVERIFY(waitUntil([&] { return !window.findChild<QDialog *>(QStringLiteral("operationDialog")); }, 10000));
    upgrade->trigger();
    dialog = qobject_cast<UpgradeDialog *>(waitForDialog(&window, QStringLiteral("upgradeDialog")));
    QVERIFY(dialog);
    dialog->setChartPath(QStringLiteral(SLIPWAY_SMOKE_CHART));
    dialog->findChild<QSpinBox *>(QStringLiteral("upgradeTimeout"))->setValue(20);
    values = dialog->findChild<QPlainTextEdit *>(QStringLiteral("upgradeValues"));
    values->setPlainText(values->toPlainText() + QStringLiteral("podLabels:\n  kwok.test/fault: CrashLoopBackOff\n"));
    ok = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY2(waitUntil([&] { return dialog->isPreviewed() && ok->isEnabled(); }, 60000),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("upgradePreviewState"))->text()));
    ok->click();
    running = qobject_cast<OperationDialog *>(waitForDialog(&window, QStringLiteral("operationDialog")));
    QVERIFY(running);
    auto *pods = view->findChild<QTableView *>(QStringLiteral("podsView"));
    showTab(view, QStringLiteral("podsView"));
    QVERIFY2(waitUntil([&] { return rowsWith(pods, PodsModel::StatusColumn, QStringLiteral("CrashLoopBackOff")) > 0; }, kTimeoutMs),
             "the crash-looping pod never showed CrashLoopBackOff in the Pods tab");
    shoot(&window, QStringLiteral("20-upgrade-crashloop-pods"));
    QVERIFY2(waitUntil([&] { return running->isFinished(); }, kTimeoutMs), "the failing upgrade never finished");
    QVERIFY(!running->result().ok());
    const QString outcome = running->findChild<QLabel *>(QStringLiteral("operationOutcome"))->text();
    QVERIFY2(outcome.contains(QRegularExpression(QStringLiteral("gui-up-[a-z0-9]+-[a-z0-9]+: CrashLoopBackOff"))),
             qPrintable(outcome + QLatin1Char('\n') + running->result().message));
    shoot(running, QStringLiteral("21-upgrade-failed"));
    running->findChild<QPushButton *>(QStringLiteral("operationClose"))->click();
    QVERIFY2(waitUntil([&] { return view->latest() && view->latest()->status == QLatin1String("deployed")
                                    && view->latest()->revision == 4; }, kTimeoutMs),
             "helm never rolled the failed revision 3 back to a deployed revision 4");
    QCOMPARE(view->latest()->config.value(QLatin1String("message")).toString(), QStringLiteral("three"));

    QFile journal(qEnvironmentVariable("SLIPWAY_AUDIT_JOURNAL"));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QString lines = QString::fromUtf8(journal.readAll());
    QVERIFY(lines.contains(QLatin1String("\"action\":\"upgrade\"")));
    QVERIFY2(lines.contains(QLatin1String("\"preflight\":\"passed\"")), qPrintable(lines));
    QCOMPARE(wizard.count(), 0); // both times the values editor, never the wizard

    // Where the catalog has a product of the chart's name, Upgrade… opens the wizard on the
    // release instead (app/main.cpp builds it from the signal).
    qputenv("SLIPWAY_CHARTS", QFileInfo(QStringLiteral(SLIPWAY_SMOKE_CHART)).absolutePath().toUtf8());
    upgrade->trigger();
    qunsetenv("SLIPWAY_CHARTS");
    QCOMPARE(wizard.count(), 1);
    QCOMPARE(wizard.first().value(0).toString(), kNamespace);
    QCOMPARE(wizard.first().value(1).toString(), kUpgraded);
    QCOMPARE(wizard.first().value(2).toString(), QStringLiteral("smoke"));
    QVERIFY(!window.findChild<QDialog *>(QStringLiteral("upgradeDialog")) || !window.findChild<QDialog *>(QStringLiteral("upgradeDialog"))->isVisible());
}

void tst_MainWindowReleaseTestbed::clusterBar_switchesContextNamespaceAndKubeconfig()
{
    int rc = -1;
    const QString installed = cli({ QStringLiteral("install"), QStringLiteral("--chart"),
                                    QStringLiteral(SLIPWAY_SMOKE_CHART), QStringLiteral("--release"),
                                    kRelease, QStringLiteral("--namespace"), kNamespace },
                                  &rc);
    QVERIFY2(rc == 0, qPrintable(installed));
    MainWindow window(Kubeconfig::load(Kubeconfig::sourcesFromEnvironment(QString())), QString());
    QSignalSpy checked(&window, &MainWindow::connectionChecked);
    QSignalSpy namespaces(&window, &MainWindow::namespacesListed);
    window.show();
    QVERIFY(checked.wait(20000));
    QVERIFY(namespaces.count() > 0 || namespaces.wait(20000));
    auto *contextBox = window.findChild<QComboBox *>(QStringLiteral("contextBox"));
    QStringList contexts;
    for (int i = 0; i < contextBox->count(); ++i)
        contexts << contextBox->itemText(i);
    for (const char *expected : { "admin", "limited", "viewer" })
        QVERIFY2(contexts.contains(QLatin1String(expected)), qPrintable(contexts.join(u',')));
    QCOMPARE(contextBox->currentText(), QStringLiteral("admin"));

    // One namespace: only its releases; another: not this release.
    auto *namespaceBox = window.findChild<QComboBox *>(QStringLiteral("namespaceBox"));
    QVERIFY(namespaceBox->isEnabled());
    QVERIFY(namespaceBox->findData(kNamespace) > 0);
    QVERIFY(namespaceBox->findData(QStringLiteral("kube-system")) > 0);
    namespaceBox->setCurrentIndex(namespaceBox->findData(QStringLiteral("kube-system")));
    Q_EMIT namespaceBox->activated(namespaceBox->currentIndex());
    QTest::qWait(1500);
    QVERIFY(!window.selectRelease(kRelease, kNamespace));
    namespaceBox->setCurrentIndex(namespaceBox->findData(kNamespace));
    Q_EMIT namespaceBox->activated(namespaceBox->currentIndex());
    QVERIFY2(waitUntil([&] { return window.selectRelease(kRelease, kNamespace); }, kTimeoutMs),
             "the release never showed with its namespace chosen");
    shoot(&window, QStringLiteral("22-cluster-bar"));

    // Another context: a new connection as that identity, whose list is its namespace only.
    contextBox->setCurrentIndex(contextBox->findData(QStringLiteral("limited")));
    checked.clear();
    Q_EMIT contextBox->activated(contextBox->currentIndex());
    QVERIFY(checked.wait(20000));
    QVERIFY(checked.first().first().toBool());
    QCOMPARE(window.contextName(), QStringLiteral("limited"));
    QVERIFY(!window.selectRelease(kRelease, kNamespace));
    QVERIFY2(waitUntil([&] { return namespaceBox->currentData().toString() == QLatin1String("team-a"); }, 30000),
             qPrintable(namespaceBox->currentText()));
    QCOMPARE(QSettings().value(QStringLiteral("cluster/context")).toString(), QStringLiteral("limited"));

    // A kubeconfig that cannot be used changes nothing: the window stays connected as it was.
    QTemporaryDir work;
    const QString broken = work.filePath(QStringLiteral("broken.yaml"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: v1\nkind: Config\ncontexts: [oops\n");
    }
    window.openKubeconfig(broken);
    QDialog *error = waitForDialog(&window, QStringLiteral("kubeconfigError"));
    QVERIFY(error);
    QVERIFY2(qobject_cast<QMessageBox *>(error)->text().contains(broken), qPrintable(qobject_cast<QMessageBox *>(error)->text()));
    error->close();
    QCOMPARE(window.contextName(), QStringLiteral("limited"));
    QCOMPARE(contextBox->currentText(), QStringLiteral("limited"));

    // The testbed's kubeconfig opened as a file: its current context (admin) is connected.
    checked.clear();
    window.openKubeconfig(qEnvironmentVariable("KUBECONFIG"));
    QVERIFY(checked.wait(20000));
    QVERIFY(checked.first().first().toBool());
    QCOMPARE(contextBox->currentText(), QStringLiteral("admin"));
    QCOMPARE(QSettings().value(QStringLiteral("cluster/kubeconfig")).toString(), qEnvironmentVariable("KUBECONFIG"));
    QVERIFY2(waitUntil([&] { return window.selectRelease(kRelease, kNamespace); }, kTimeoutMs),
             "the release never showed after the kubeconfig was opened");
}

void tst_MainWindowReleaseTestbed::uninstall_keepsTheVolumesUnlessDeletingIsChosen()
{
    // Backline keeps MinIO's data on a PersistentVolumeClaim: an uninstall keeps it unless the
    // administrator ticks "delete".
    QTemporaryDir work;
    const QString answers = work.filePath(QStringLiteral("answers.yaml"));
    {
        QFile file(answers);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("environment: staging\nfields:\n  accessKey: guiVolumes-0123456789\n"
                                  "  namespaceOverride: %1\n  workerReplicas: 1\n")
                       .arg(kVolumes)
                       .toUtf8());
    }
    MainWindow window(Kubeconfig::load(Kubeconfig::sourcesFromEnvironment(QString())), QString());
    QSignalSpy checked(&window, &MainWindow::connectionChecked);
    window.show();
    QVERIFY(checked.wait(20000));
    ReleaseView *view = window.releaseView();
    const auto pvc = [] {
        return Kubectl::run({ QStringLiteral("-n"), kVolumes, QStringLiteral("get"), QStringLiteral("pvc"),
                              QStringLiteral("-l"), QStringLiteral("app.kubernetes.io/instance=backline"),
                              QStringLiteral("-o"), QStringLiteral("name") });
    };
    for (const bool deleteVolumes : { false, true }) {
        int rc = -1;
        const QString installed = cli({ QStringLiteral("install"), QStringLiteral("--product"),
                                        QStringLiteral("backline"), QStringLiteral("--namespace"),
                                        kVolumes, QStringLiteral("--answers"), answers },
                                      &rc);
        QVERIFY2(rc == 0, qPrintable(installed));
        QVERIFY(waitUntil([&] { return window.selectRelease(QStringLiteral("backline"), kVolumes); }, kTimeoutMs));
        QVERIFY(waitUntil([&] { return view->latest() && view->latest()->status == QLatin1String("deployed"); }, kTimeoutMs));
        QCOMPARE(QString::fromUtf8(pvc().out).trimmed(), QStringLiteral("persistentvolumeclaim/minio"));
        QAction *uninstall = window.actions()->uninstallAction();
        QVERIFY(waitUntil([&] { return uninstall->isEnabled(); }, 20000));
        uninstall->trigger();
        QDialog *confirm = waitForDialog(&window, QStringLiteral("uninstallDialog"));
        QVERIFY(confirm);
        const QString details = confirm->findChild<QPlainTextEdit *>(QStringLiteral("confirmDetails"))->toPlainText();
        QVERIFY2(details.indexOf(QLatin1String("PersistentVolumeClaim/minio"))
                     > details.indexOf(QLatin1String("Kept by the chart")),
                 qPrintable(details)); // helm leaves it: listed as kept, not as deleted
        QVERIFY(details.indexOf(QLatin1String("Kept by the chart")) > 0);
        auto *volumes = confirm->findChild<QCheckBox *>(QStringLiteral("deleteVolumes"));
        QVERIFY2(waitUntil([&] { return volumes->text().contains(QLatin1String("minio")); }, 20000),
                 qPrintable(volumes->text()));
        QVERIFY(!volumes->isChecked()); // kept unless asked
        volumes->setChecked(deleteVolumes);
        if (deleteVolumes)
            shoot(confirm, QStringLiteral("23-uninstall-delete-volumes"));
        confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        OperationDialog *running = nullptr;
        QVERIFY(waitUntil([&] {
            running = qobject_cast<OperationDialog *>(window.findChild<QDialog *>(QStringLiteral("operationDialog")));
            return running && running->isFinished();
        }, kTimeoutMs));
        QVERIFY2(running->result().ok(), qPrintable(running->result().message));
        QCOMPARE(running->result().deletedVolumes, deleteVolumes ? 1 : -1);
        running->findChild<QPushButton *>(QStringLiteral("operationClose"))->click();
        QVERIFY(waitUntil([&] { return !window.findChild<QDialog *>(QStringLiteral("operationDialog")); }, 10000));
        if (deleteVolumes) {
            QVERIFY2(waitUntil([&] { const Kubectl::Result r = pvc(); return r.ok() && r.out.trimmed().isEmpty(); }, 60000),
                     "the MinIO volume claim outlived an uninstall that was to delete it");
        } else {
            const Kubectl::Result r = pvc();
            QVERIFY2(r.ok(), r.err.constData());
            QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("persistentvolumeclaim/minio"));
        }
        QVERIFY(waitUntil([&] { return !window.selectRelease(QStringLiteral("backline"), kVolumes); }, kTimeoutMs));
    }
}

void tst_MainWindowReleaseTestbed::namespacedIdentity_seesItsOwnNamespace()
{
    // `limited` may edit namespace team-a only: the cluster-wide list is refused, and the
    // window lists that namespace instead of pretending the cluster has no releases.
    MainWindow window(Kubeconfig::load(Kubeconfig::sourcesFromEnvironment(QString())),
                      QStringLiteral("limited"));
    QSignalSpy checked(&window, &MainWindow::connectionChecked);
    window.show();
    QVERIFY(checked.wait(20000));
    QVERIFY(checked.first().first().toBool());
    QVERIFY2(waitUntil([&] {
        return window.statusBar()->currentMessage().contains(QLatin1String("showing namespace team-a"));
    }, 30000), qPrintable(window.statusBar()->currentMessage()));
    QTest::qWait(1500); // the namespace's list is allowed: nothing more is said
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("releasesPlaceholder"))->text(),
             QStringLiteral("No releases yet"));
}

void tst_MainWindowReleaseTestbed::identityWithoutSecrets_isToldItMayNotListReleases()
{
    // `viewer` has the view role, which does not read Secrets — where helm keeps releases.
    MainWindow window(Kubeconfig::load(Kubeconfig::sourcesFromEnvironment(QString())),
                      QStringLiteral("viewer"));
    QSignalSpy checked(&window, &MainWindow::connectionChecked);
    window.show();
    QVERIFY(checked.wait(20000));
    QVERIFY(checked.first().first().toBool());
    auto *placeholder = window.findChild<QLabel *>(QStringLiteral("releasesPlaceholder"));
    QVERIFY2(waitUntil([&] { return placeholder->text() == QLatin1String("Not allowed to list releases"); }, 30000),
             qPrintable(placeholder->text()));
    const QString hint = window.findChild<QLabel *>(QStringLiteral("releasesHint"))->text();
    QVERIFY2(hint.contains(QLatin1String("may not list")) && hint.contains(QLatin1String("403 Forbidden")),
             qPrintable(hint));
    shoot(&window, QStringLiteral("17-not-allowed"));
}

void tst_MainWindowReleaseTestbed::cleanupTestCase()
{
    cli({ QStringLiteral("uninstall"), QStringLiteral("--release"), QStringLiteral("backline"),
          QStringLiteral("--namespace"), kVolumes });
    Kubectl::deleteNamespace(kVolumes);
    cli({ QStringLiteral("uninstall"), QStringLiteral("--release"), kRelease,
          QStringLiteral("--namespace"), kNamespace });
    cli({ QStringLiteral("uninstall"), QStringLiteral("--release"), kUpgraded,
          QStringLiteral("--namespace"), kNamespace });
}

QTEST_MAIN(tst_MainWindowReleaseTestbed)
#include "tst_mainwindow_release_testbed.moc"
