#include "ui/MainWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

// The main window against the real testbed (run through with-testbed.sh, which exports its
// KUBECONFIG): the header names the cluster it is connected to and who the server says we are.
class tst_MainWindowTestbed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectedContexts_sayServerVersionAndUser_data();
    void connectedContexts_sayServerVersionAndUser();
    void unknownToken_isReportedAsRejectedCredentials();
    void failedCheck_offersRetry_whichChecksAgain();

private:
    static QString checkedStatus(const QString &context, bool *connected);
};

namespace {
constexpr int kProbeTimeoutMs = 20000;
}

QString tst_MainWindowTestbed::checkedStatus(const QString &context, bool *connected)
{
    MainWindow window(Kubeconfig::load(Kubeconfig::sourcesFromEnvironment(QString())), context);
    QSignalSpy checked(&window, &MainWindow::connectionChecked);
    window.show();
    const auto *contextLabel = window.findChild<QLabel *>(QStringLiteral("contextLabel"));
    if (!contextLabel || !contextLabel->text().contains(context))
        return QStringLiteral("context label does not name ") + context;
    if (!checked.wait(kProbeTimeoutMs) && checked.isEmpty())
        return QStringLiteral("the connection check never finished");
    *connected = checked.at(0).at(0).toBool();
    return window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"))->text();
}

void tst_MainWindowTestbed::connectedContexts_sayServerVersionAndUser_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("user");
    QTest::newRow("client certificate") << QStringLiteral("admin") << QStringLiteral("testbed-admin");
    QTest::newRow("certificate, namespaced rights") << QStringLiteral("limited") << QStringLiteral("limited");
    QTest::newRow("static token") << QStringLiteral("viewer") << QStringLiteral("viewer");
    QTest::newRow("exec plugin") << QStringLiteral("exec") << QStringLiteral("exec-admin");
}

void tst_MainWindowTestbed::connectedContexts_sayServerVersionAndUser()
{
    QFETCH(QString, context);
    QFETCH(QString, user);
    bool connected = false;
    const QString status = checkedStatus(context, &connected);
    QVERIFY2(connected, qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("Connected to https://127.0.0.1:")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("Kubernetes v1.36.")), qPrintable(status));
    QVERIFY2(status.endsWith(QLatin1String(" as ") + user), qPrintable(status));
}

void tst_MainWindowTestbed::unknownToken_isReportedAsRejectedCredentials()
{
    bool connected = true;
    const QString status = checkedStatus(QStringLiteral("badtoken"), &connected);
    QVERIFY(!connected);
    QVERIFY2(status.contains(QLatin1String("401")), qPrintable(status));
}

void tst_MainWindowTestbed::failedCheck_offersRetry_whichChecksAgain()
{
    MainWindow window(Kubeconfig::load(Kubeconfig::sourcesFromEnvironment(QString())),
                      QStringLiteral("badtoken"));
    QSignalSpy checked(&window, &MainWindow::connectionChecked);
    window.show();
    QVERIFY(checked.wait(kProbeTimeoutMs));
    auto *retry = window.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    QVERIFY(retry->isVisible());
    retry->click();
    QVERIFY(!retry->isVisible()); // checking again
    QVERIFY(window.isCheckingConnection());
    QVERIFY(checked.wait(kProbeTimeoutMs));
    QCOMPARE(checked.size(), 2);
    QVERIFY(retry->isVisible());
    QVERIFY2(window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"))->text().contains(QLatin1String("401")),
             qPrintable(window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"))->text()));
}

QTEST_MAIN(tst_MainWindowTestbed)
#include "tst_mainwindow_testbed.moc"
