#include "TestFiles.h"
#include "helm/HelmLocator.h"

#include <QTest>

#include <optional>

using namespace Slipway;

// HelmLocator is tested against small shell scripts that answer `helm version` the way helm
// does: what is under test is finding and judging helm, not helm itself.
class tst_HelmLocator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void versionText_isJudgedBySupportRule_data();
    void versionText_isJudgedBySupportRule();
    void explicitPath_isUsedAndItsVersionChecked();
    void explicitPath_thatIsNotExecutable_isAnErrorNotSkipped();
    void environmentVariable_comesBeforeApplicationDirAndPath();
    void applicationDir_comesBeforePath();
    void path_isSearchedLast();
    void nothingFound_saysHowToInstallHelm();
    void tooOldHelm_isRefusedWithItsPath();
    void failingHelm_reportsExitCode();
    void versionCache_asksHelmOncePerBuild();

private:
    QString fakeHelm(const QString &dir, const QString &script);

    std::optional<TestFiles> m_files;
};

void tst_HelmLocator::init()
{
    m_files.emplace();
}

QString tst_HelmLocator::fakeHelm(const QString &dir, const QString &script)
{
    return m_files->write(dir + QStringLiteral("/helm"), "#!/bin/sh\n" + script.toUtf8() + "\n",
                          true);
}

namespace {
QString printsVersion(const char *version)
{
    // Real helm prints the template result without a trailing newline.
    return QStringLiteral(
               "[ \"$1 $2 $3\" = 'version --template {{.Version}}' ] || exit 9\nprintf '%1'")
        .arg(QLatin1String(version));
}
} // namespace

void tst_HelmLocator::versionText_isJudgedBySupportRule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("supported");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("3.17.0 is the oldest supported")
        << QStringLiteral("v3.17.0") << true << QStringLiteral("v3.17.0");
    QTest::newRow("3.22.0") << QStringLiteral("v3.22.0") << true << QStringLiteral("v3.22.0");
    QTest::newRow("3.16.4 is too old") << QStringLiteral("v3.16.4") << false << QString();
    QTest::newRow("2.17.0 is too old") << QStringLiteral("v2.17.0") << false << QString();
    QTest::newRow("4.3.1 is supported")
        << QStringLiteral("v4.3.1") << true << QStringLiteral("v4.3.1");
    QTest::newRow("4.0.0-rc.1 is supported")
        << QStringLiteral("v4.0.0-rc.1") << true << QStringLiteral("v4.0.0");
    QTest::newRow("trailing newline is fine")
        << QStringLiteral("v3.21.4\n") << true << QStringLiteral("v3.21.4");
    QTest::newRow("5.0.0 is an unknown major") << QStringLiteral("v5.0.0") << false << QString();
    QTest::newRow("garbage") << QStringLiteral("Error: unknown flag --template") << false
                             << QString();
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("two parts only") << QStringLiteral("v3.17") << false << QString();
}

void tst_HelmLocator::versionText_isJudgedBySupportRule()
{
    QFETCH(QString, text);
    QFETCH(bool, supported);
    QFETCH(QString, normalized);

    const Expected<HelmVersion> version = HelmVersion::checkSupported(text);
    QCOMPARE(bool(version), supported);
    if (supported)
        QCOMPARE(version->toString(), normalized);
    else
        QVERIFY(!version.error().message.isEmpty());
}

void tst_HelmLocator::explicitPath_isUsedAndItsVersionChecked()
{
    const QString helm = fakeHelm(QStringLiteral("explicit"), printsVersion("v3.21.4"));
    const QString other = fakeHelm(QStringLiteral("onpath"), printsVersion("v4.3.1"));

    const Expected<HelmInstallation> found
        = HelmLocator({ helm, QString(), QString(), QFileInfo(other).absolutePath(), QString() }).locate();
    QVERIFY2(found, qPrintable(found.error().toString()));
    QCOMPARE(found->path, helm);
    QCOMPARE(found->version.major, 3);
    QCOMPARE(found->version.minor, 21);
    QCOMPARE(found->version.patch, 4);
}

void tst_HelmLocator::explicitPath_thatIsNotExecutable_isAnErrorNotSkipped()
{
    const QString other = fakeHelm(QStringLiteral("onpath"), printsVersion("v4.3.1"));
    const QString missing = m_files->path(QStringLiteral("no/helm"));

    const Expected<QString> found
        = HelmLocator({ missing, QString(), QString(), QFileInfo(other).absolutePath(), QString() }).find();
    QVERIFY(!found);
    QCOMPARE(found.error().file, missing);
}

void tst_HelmLocator::environmentVariable_comesBeforeApplicationDirAndPath()
{
    const QString fromEnv = fakeHelm(QStringLiteral("env"), printsVersion("v4.3.1"));
    const QString bundled = fakeHelm(QStringLiteral("app"), printsVersion("v3.22.0"));
    const Expected<QString> found
        = HelmLocator({ QString(), fromEnv, QFileInfo(bundled).absolutePath(), QString(), QString() }).find();
    QVERIFY(found);
    QCOMPARE(found.value(), fromEnv);
}

void tst_HelmLocator::applicationDir_comesBeforePath()
{
    const QString bundled = fakeHelm(QStringLiteral("app"), printsVersion("v3.22.0"));
    const QString onPath = fakeHelm(QStringLiteral("onpath"), printsVersion("v4.3.1"));
    const Expected<QString> found
        = HelmLocator({ QString(), QString(), QFileInfo(bundled).absolutePath(),
                        QFileInfo(onPath).absolutePath(), QString() })
              .find();
    QVERIFY(found);
    QCOMPARE(found.value(), bundled);
}

void tst_HelmLocator::path_isSearchedLast()
{
    const QString onPath = fakeHelm(QStringLiteral("onpath"), printsVersion("v4.3.1"));
    const QString searchPath = m_files->path(QStringLiteral("empty")) + QDir::listSeparator()
        + QFileInfo(onPath).absolutePath();
    const Expected<HelmInstallation> found
        = HelmLocator({ QString(), QString(), QString(), searchPath, QString() }).locate();
    QVERIFY2(found, qPrintable(found.error().toString()));
    QCOMPARE(found->path, onPath);
    QCOMPARE(found->version.major, 4);
}

void tst_HelmLocator::nothingFound_saysHowToInstallHelm()
{
    const Expected<HelmInstallation> found
        = HelmLocator({ QString(), QString(), m_files->path(), m_files->path(), QString() }).locate();
    QVERIFY(!found);
    QVERIFY2(found.error().message.contains(QLatin1String("SLIPWAY_HELM")),
             qPrintable(found.error().message));
}

void tst_HelmLocator::tooOldHelm_isRefusedWithItsPath()
{
    const QString old = fakeHelm(QStringLiteral("old"), printsVersion("v3.16.4"));
    const Expected<HelmInstallation> found
        = HelmLocator({ old, QString(), QString(), QString(), QString() }).locate();
    QVERIFY(!found);
    QCOMPARE(found.error().file, old);
    QVERIFY2(found.error().message.contains(QLatin1String("3.17")),
             qPrintable(found.error().message));
}

void tst_HelmLocator::failingHelm_reportsExitCode()
{
    const QString broken
        = fakeHelm(QStringLiteral("broken"), QStringLiteral("echo 'exec format' >&2; exit 3"));
    const Expected<HelmVersion> version = HelmLocator::queryVersion(broken);
    QVERIFY(!version);
    QVERIFY2(version.error().message.contains(QLatin1String("exit code 3")),
             qPrintable(version.error().message));
}

void tst_HelmLocator::versionCache_asksHelmOncePerBuild()
{
    // The fake helm counts its runs in a file next to it.
    const QString counter = m_files->path(QStringLiteral("runs"));
    const auto counting = [&](const char *version) -> QString {
        return QStringLiteral("echo run >> '%1'\n").arg(counter) + printsVersion(version);
    };
    const auto runs = [&] {
        QFile f(counter);
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
    };
    const QString helm = fakeHelm(QStringLiteral("cached"), counting("v3.21.4"));
    const QString cache = m_files->path(QStringLiteral("cache/slipway/helm-versions.json"));
    const HelmLocator locator({ helm, QString(), QString(), QString(), cache });

    Expected<HelmInstallation> found = locator.locate();
    QVERIFY2(found, qPrintable(found.error().toString()));
    QCOMPARE(runs(), 1);
    found = locator.locate();
    QVERIFY(found);
    QCOMPARE(found->version.minor, 21);
    QCOMPARE(runs(), 1); // answered from the cache
    QVERIFY(QFileInfo::exists(cache));

    // helm replaced in place by another version: asked again, and the new answer is used.
    QTest::qWait(20);
    fakeHelm(QStringLiteral("cached"), QString(counting("v4.3.1") + QStringLiteral(" # rebuilt")));
    found = locator.locate();
    QVERIFY(found);
    QCOMPARE(found->version.major, 4);
    QCOMPARE(runs(), 2);

    // Without a cache file every locate() asks; a damaged cache file is ignored and rewritten.
    const HelmLocator uncached({ helm, QString(), QString(), QString(), QString() });
    QVERIFY(uncached.locate());
    QCOMPARE(runs(), 3);
    m_files->write(QStringLiteral("cache/slipway/helm-versions.json"), "{ not json");
    QVERIFY(locator.locate());
    QCOMPARE(runs(), 4);
    QVERIFY(locator.locate());
    QCOMPARE(runs(), 4);

    // A failure is never remembered.
    const QString broken = fakeHelm(QStringLiteral("broken"), QStringLiteral("echo run >> '%1'; exit 3").arg(counter));
    const HelmLocator brokenLocator({ broken, QString(), QString(), QString(), cache });
    QVERIFY(!brokenLocator.locate());
    QVERIFY(!brokenLocator.locate());
    QCOMPARE(runs(), 6);
}

QTEST_GUILESS_MAIN(tst_HelmLocator)
#include "tst_helmlocator.moc"
