#include "SlipwayVersion.h"
#include "TestFiles.h"
#include "TestKubeconfigs.h"
#include "ui/MainWindow.h"

#include <QHash>
#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QTcpServer>
#include "Mnemonics.h"
#include "ui/ReleaseView.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Slipway;

// Drives the main window offscreen through objectNames, as a person would read it.
class tst_MainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void window_showsTitlePlaceholderAndVersion();
    void noKubeconfig_headerSaysNoClusterConfiguredAndHowToFixIt();
    void unreachableCluster_showsContextAndServerThenConnectionRefused();
    void unparseableKubeconfig_showsFileAndLineInRed();
    void install_isCtrlI_andAsksForTheWizard_evenBeforeTheClusterAnswers();
    void bundleActions_haveTheirOwnShortcuts_andAskForTheirDialogs();
    void unknownContext_isExplainedInRed();
    void closingDuringAStalledHandshake_cancelsTheCheckPromptly();
    void execPluginPrompt_isShownWhileItRuns_closingStopsIt();

private:
    Expected<Kubeconfig> loadFile(const QByteArray &yaml);
    static QString text(const QWidget &window, const char *objectName);

    std::optional<TestFiles> m_files;
};

namespace {

constexpr int kProbeTimeoutMs = 15000;

} // namespace

void tst_MainWindow::init()
{
    m_files.emplace();
}

Expected<Kubeconfig> tst_MainWindow::loadFile(const QByteArray &yaml)
{
    const QString path = m_files->write(QStringLiteral("config"), yaml);
    return Kubeconfig::load({ path, QString(), m_files->path() });
}

QString tst_MainWindow::text(const QWidget &window, const char *objectName)
{
    const auto *label = window.findChild<QLabel *>(QLatin1String(objectName));
    if (!label)
        qFatal("no label %s", objectName);
    return label->text();
}

void tst_MainWindow::window_showsTitlePlaceholderAndVersion()
{
    MainWindow window(Kubeconfig::load({ QString(), QString(), m_files->path() }), QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Slipway"));
    QCOMPARE(text(window, "releasesPlaceholder"), QStringLiteral("No releases yet"));
    QVERIFY(text(window, "versionLabel").contains(QLatin1String(SLIPWAY_VERSION_STRING)));
    QVERIFY(!window.windowIcon().isNull());
}

void tst_MainWindow::noKubeconfig_headerSaysNoClusterConfiguredAndHowToFixIt()
{
    MainWindow window(Kubeconfig::load({ QString(), QString(), m_files->path() }), QString());
    window.show();
    QCOMPARE(text(window, "contextLabel"), QStringLiteral("No cluster configured"));
    QVERIFY(text(window, "serverLabel").contains(QLatin1String("KUBECONFIG")));
    QVERIFY(text(window, "serverLabel").contains(QLatin1String("./run.sh --sandbox")));
    QVERIFY(!window.isCheckingConnection());
}

void tst_MainWindow::install_isCtrlI_andAsksForTheWizard_evenBeforeTheClusterAnswers()
{
    MainWindow window(loadFile(kUnreachableKubeconfig), QString());
    QSignalSpy wizard(&window, &MainWindow::wizardRequested);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *install = window.installAction();
    QCOMPARE(install->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY2(install->isEnabled(), "the wizard tests the connection itself");
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(wizard.count(), 1);
    QVERIFY(wizard.first().at(1).toString().isEmpty()); // no release: an install
    // Upgrade… needs an installed release chosen.
    QVERIFY(!window.upgradeAction()->isEnabled());
    // No two of the window's actions share a shortcut (Qt would run neither).
    QHash<QKeySequence, QString> owners;
    for (const QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(!owners.contains(key), qPrintable(QStringLiteral("%1 is both %2 and %3")
                                                          .arg(key.toString(), owners.value(key), action->objectName())));
            owners.insert(key, action->objectName());
        }
    }
    QVERIFY(owners.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)));
    QVERIFY(owners.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)));
    // Nor two of its Alt+letter mnemonics, with any tab of the release current.
    QVERIFY(window.releaseView()->isVisible());
    QStringList clashes;
    for (int tab = 0; tab < window.releaseView()->count(); ++tab) {
        window.releaseView()->setCurrentIndex(tab);
        clashes << SlipwayTest::clashingMnemonics(&window);
    }
    clashes.removeDuplicates();
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void tst_MainWindow::unreachableCluster_showsContextAndServerThenConnectionRefused()
{
    MainWindow window(loadFile(kUnreachableKubeconfig), QString());
    QSignalSpy checked(&window, &MainWindow::connectionChecked);
    window.show();

    QVERIFY(text(window, "contextLabel").contains(QLatin1String("prod")));
    QVERIFY(text(window, "serverLabel").contains(QLatin1String("https://127.0.0.1:1")));

    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, kProbeTimeoutMs);
    QCOMPARE(checked.at(0).at(0).toBool(), false);
    const auto *status = window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"));
    QVERIFY2(status->text().contains(QLatin1String("Connection refused by 127.0.0.1:1")),
             qPrintable(status->text()));
    QVERIFY(status->isVisible());
    QVERIFY(status->styleSheet().contains(QLatin1String("#c62828")));
    QVERIFY(!window.isCheckingConnection());
}

void tst_MainWindow::unparseableKubeconfig_showsFileAndLineInRed()
{
    MainWindow window(loadFile("clusters:\n- name: c\n  cluster: [\n"), QString());
    window.show();
    const auto *status = window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"));
    QVERIFY2(status->text().startsWith(m_files->path(QStringLiteral("config:"))),
             qPrintable(status->text()));
    QVERIFY(status->styleSheet().contains(QLatin1String("#c62828")));
    QVERIFY(!window.isCheckingConnection());
}

void tst_MainWindow::bundleActions_haveTheirOwnShortcuts_andAskForTheirDialogs()
{
    // No cluster is needed to make a bundle.
    MainWindow window(loadFile(kUnreachableKubeconfig), QString());
    QSignalSpy exportBundle(&window, &MainWindow::exportBundleRequested);
    QSignalSpy trustedKeys(&window, &MainWindow::trustedKeysRequested);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.exportBundleAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QVERIFY(window.exportBundleAction()->isEnabled());
    QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(exportBundle.count(), 1);
    QCOMPARE(window.trustedKeysAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(trustedKeys.count(), 1);
}

void tst_MainWindow::unknownContext_isExplainedInRed()
{
    MainWindow window(loadFile(kUnreachableKubeconfig), QStringLiteral("production"));
    window.show();
    QCOMPARE(text(window, "contextLabel"), QStringLiteral("Context: production"));
    QVERIFY(text(window, "connectionStatusLabel").contains(QLatin1String("does not exist")));
    QVERIFY(!window.isCheckingConnection());
}

void tst_MainWindow::closingDuringAStalledHandshake_cancelsTheCheckPromptly()
{
    // A server that accepts the connection and never answers the TLS handshake: the check would
    // hang until its 10 s budget; closing the window must cancel it rather than wait it out or
    // leave it running inside OpenSSL while the process exits.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QByteArray yaml = kUnreachableKubeconfig;
    const QByteArray server = QByteArray("https://127.0.0.1:") + QByteArray::number(silent.serverPort());
    yaml.replace(QByteArray("https://127.0.0.1:1"), server);
    QElapsedTimer closing;
    {
        MainWindow window(loadFile(yaml), QString());
        window.show();
        QVERIFY(window.isCheckingConnection());
        QTRY_VERIFY(silent.hasPendingConnections() || silent.waitForNewConnection(100));
        closing.start();
    }
    QVERIFY2(closing.elapsed() < 2500, qPrintable(QString::number(closing.elapsed())));
}

void tst_MainWindow::execPluginPrompt_isShownWhileItRuns_closingStopsIt()
{
    // A device-code login: the plugin tells the person what to do, then waits for them.
    const QString started = m_files->path(QStringLiteral("started"));
    const QString plugin = m_files->write(QStringLiteral("login-plugin"),
        "#!/bin/sh\necho 'Open https://login.example/device and enter the code WXYZ-9876' >&2\n"
        "touch '" + started.toUtf8() + "'\nexec sleep 30\n",
        true);
    const QByteArray yaml = "apiVersion: v1\nkind: Config\ncurrent-context: sso\n"
                            "clusters:\n- name: local\n  cluster: {server: 'https://127.0.0.1:1'}\n"
                            "users:\n- name: sso\n  user:\n    exec:\n"
                            "      apiVersion: client.authentication.k8s.io/v1\n"
                            "      command: " + plugin.toUtf8() + "\n"
                            "      interactiveMode: IfAvailable\n"
                            "contexts:\n- name: sso\n  context: {cluster: local, user: sso}\n";
    QElapsedTimer closing;
    {
        MainWindow window(loadFile(yaml), QString());
        QSignalSpy checked(&window, &MainWindow::connectionChecked);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(
            text(window, "connectionStatusLabel").contains(QLatin1String("WXYZ-9876")),
            kProbeTimeoutMs);
        QVERIFY(text(window, "connectionStatusLabel").startsWith(QLatin1String("Connecting to")));
        QVERIFY(window.isCheckingConnection());
        QCOMPARE(checked.count(), 0);
        closing.start();
    }
    // The plugin is stopped with the window's connection, not waited for.
    QVERIFY2(closing.elapsed() < 2500, qPrintable(QString::number(closing.elapsed())));
    QVERIFY(QFileInfo::exists(started));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
