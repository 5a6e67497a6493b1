#include "helm/HelmErrorText.h"

#include <QTest>

using namespace Slipway;

// helm's stderr, as helm 3.22 and 4.3 print it on the testbed, read into one paragraph and the
// failures callers react to.
class tst_HelmErrorText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failures_areRecognised_data();
    void failures_areRecognised();
};

void tst_HelmErrorText::failures_areRecognised_data()
{
    QTest::addColumn<QString>("stderrText");
    QTest::addColumn<QString>("readable");
    QTest::addColumn<QString>("kind");
    QTest::newRow("plain upgrade of a missing release (helm 3 and 4)")
        << "Error: UPGRADE FAILED: \"nope\" has no deployed releases\n"
        << "\"nope\" has no deployed releases" << "noDeployedRelease";
    QTest::newRow("locked release")
        << "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress\n"
        << "another operation (install/upgrade/rollback) is in progress The release is locked by "
           "an earlier operation that did not finish; use “recover” once no other helm is "
           "working on it."
        << "pendingOperation";
    QTest::newRow("rolled back")
        << "Error: UPGRADE FAILED: release r failed, and has been rolled back due to "
           "rollback-on-failure being set: context deadline exceeded\n"
        << "release r failed, and has been rolled back due to rollback-on-failure being set: "
           "context deadline exceeded"
        << "rolledBack";
    QTest::newRow("a first install removed again")
        << "Error: INSTALLATION FAILED: release r failed, and has been uninstalled due to "
           "rollback-on-failure being set: context deadline exceeded\n"
        << "release r failed, and has been uninstalled due to rollback-on-failure being set: "
           "context deadline exceeded"
        << "uninstalledOnFailure";
    QTest::newRow("release not found")
        << "Error: release: not found\n" << "release: not found" << "releaseNotFound";
    QTest::newRow("anything else")
        << "walk.go:74: found symbolic link\nError: INSTALLATION FAILED: chart requires kubeVersion\n"
        << "chart requires kubeVersion" << "";
}

void tst_HelmErrorText::failures_areRecognised()
{
    QFETCH(QString, stderrText);
    QFETCH(QString, readable);
    QFETCH(QString, kind);
    const HelmErrorText text(stderrText);
    QCOMPARE(text.readable(), readable);
    QCOMPARE(text.noDeployedRelease(), kind == QLatin1String("noDeployedRelease"));
    QCOMPARE(text.pendingOperation(), kind == QLatin1String("pendingOperation"));
    QCOMPARE(text.rolledBack(),
             kind == QLatin1String("rolledBack") || kind == QLatin1String("uninstalledOnFailure"));
    QCOMPARE(text.uninstalledOnFailure(), kind == QLatin1String("uninstalledOnFailure"));
    QCOMPARE(text.releaseNotFound(), kind == QLatin1String("releaseNotFound"));
}

QTEST_GUILESS_MAIN(tst_HelmErrorText)
#include "tst_helmerrortext.moc"
