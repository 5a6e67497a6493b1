#include "TestChartArchive.h"
#include "TestFiles.h"
#include "product/ChartFiles.h"

#include <QTest>

using namespace Slipway;
using Entry = TestChartArchive::Entry;
using Kind = TestChartArchive::Kind;

class tst_ChartFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void archive_filesAreRelativeToTheChartFolder();
    void hostileArchive_isRefused_data();
    void hostileArchive_isRefused();
    void everyBadEntry_isReported();
    void notAnArchive_saysWhatAChartArchiveIs();
    void folder_isReadWithItsSubfolders();
    void folderWithALink_isRefused();
    void folderWithAnOversizeFile_isRefused();
};

namespace {

ChartFiles::Limits small()
{
    ChartFiles::Limits limits;
    limits.maxFileSize = 1024;
    limits.maxTotalSize = 4096;
    limits.maxFiles = 8;
    return limits;
}

} // namespace

void tst_ChartFiles::archive_filesAreRelativeToTheChartFolder()
{
    const QByteArray tgz = TestChartArchive::build({ { QStringLiteral("demo/"), {}, Kind::Directory },
                                                     { QStringLiteral("demo/Chart.yaml"), "name: demo\n" },
                                                     { QStringLiteral("demo/templates/a.yaml"), "kind: A\n" } });
    Diagnostics errors;
    const auto files = ChartFiles::readArchiveData(tgz, QStringLiteral("demo.tgz"), &errors, small());
    QVERIFY(errors.isEmpty());
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.value(QStringLiteral("Chart.yaml")), QByteArray("name: demo\n"));
    QCOMPARE(files.value(QStringLiteral("templates/a.yaml")), QByteArray("kind: A\n"));
}

void tst_ChartFiles::hostileArchive_isRefused_data()
{
    QTest::addColumn<QList<Entry>>("entries");
    QTest::addColumn<QString>("message");
    const Entry chart { QStringLiteral("demo/Chart.yaml"), "name: demo\n" };
    QTest::newRow("absolute path") << QList<Entry> { chart, { QStringLiteral("/etc/passwd"), "x" } } << "absolute path";
    QTest::newRow("parent folder") << QList<Entry> { chart, { QStringLiteral("demo/../../evil"), "x" } } << "climbs out";
    QTest::newRow("symbolic link") << QList<Entry> { chart, { QStringLiteral("demo/values.yaml"), "/etc/shadow", Kind::Symlink } } << "is a link";
    QTest::newRow("hard link") << QList<Entry> { chart, { QStringLiteral("demo/values.yaml"), "demo/Chart.yaml", Kind::Hardlink } } << "is a link";
    QTest::newRow("special file") << QList<Entry> { chart, { QStringLiteral("demo/pipe"), {}, Kind::Fifo } } << "not a regular file";
    QTest::newRow("oversize entry") << QList<Entry> { chart, { QStringLiteral("demo/big"), QByteArray(2048, 'x') } } << "larger than";
    QTest::newRow("oversize in total") << QList<Entry> { chart, { QStringLiteral("demo/a"), QByteArray(1000, 'a') },
                                                         { QStringLiteral("demo/b"), QByteArray(1000, 'b') },
                                                         { QStringLiteral("demo/c"), QByteArray(1000, 'c') },
                                                         { QStringLiteral("demo/d"), QByteArray(1000, 'd') },
                                                         { QStringLiteral("demo/e"), QByteArray(1000, 'e') } }
                                       << "chart is larger than";
    QList<Entry> many { chart };
    for (int i = 0; i < 9; ++i)
        many.append({ QStringLiteral("demo/f%1").arg(i), "x" });
    QTest::newRow("too many files") << many << "more than 8 files";
    QTest::newRow("two top folders") << QList<Entry> { chart, { QStringLiteral("other/x"), "x" } } << "outside the chart's folder";
    QTest::newRow("file at the top") << QList<Entry> { { QStringLiteral("Chart.yaml"), "x" } } << "outside the chart's folder";
}

void tst_ChartFiles::hostileArchive_isRefused()
{
    QFETCH(QList<Entry>, entries);
    QFETCH(QString, message);
    Diagnostics errors;
    const auto files = ChartFiles::readArchiveData(TestChartArchive::build(entries), QStringLiteral("demo.tgz"), &errors, small());
    QVERIFY(files.isEmpty());
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().message.contains(message), qPrintable(errors.first().toString()));
    QCOMPARE(errors.first().file, QStringLiteral("demo.tgz"));
}

void tst_ChartFiles::everyBadEntry_isReported()
{
    Diagnostics errors;
    ChartFiles::readArchiveData(TestChartArchive::build({ { QStringLiteral("demo/Chart.yaml"), "x" },
                                                          { QStringLiteral("/abs"), "x" },
                                                          { QStringLiteral("demo/l"), "x", Kind::Symlink },
                                                          { QStringLiteral("demo/../x"), "x" } }),
                                QStringLiteral("demo.tgz"), &errors, small());
    QCOMPARE(errors.size(), 3);
}

void tst_ChartFiles::notAnArchive_saysWhatAChartArchiveIs()
{
    Diagnostics errors;
    QVERIFY(ChartFiles::readArchiveData("just text", QStringLiteral("x.tgz"), &errors, small()).isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().hint.contains(QLatin1String("helm package")));
}

void tst_ChartFiles::folder_isReadWithItsSubfolders()
{
    TestFiles dir;
    dir.write(QStringLiteral("Chart.yaml"), "name: demo\n");
    dir.write(QStringLiteral("templates/a.yaml"), "kind: A\n");
    dir.write(QStringLiteral(".helmignore"), "ci/\n");
    Diagnostics errors;
    const auto files = ChartFiles::readFolder(dir.path(), &errors, small());
    QVERIFY(errors.isEmpty());
    QCOMPARE(files.size(), 3);
    QCOMPARE(files.value(QStringLiteral("templates/a.yaml")), QByteArray("kind: A\n"));
}

void tst_ChartFiles::folderWithALink_isRefused()
{
    TestFiles dir;
    dir.write(QStringLiteral("Chart.yaml"), "name: demo\n");
    QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), dir.path(QStringLiteral("values.yaml"))));
    Diagnostics errors;
    QVERIFY(ChartFiles::readFolder(dir.path(), &errors, small()).isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().message.contains(QStringLiteral("“values.yaml” is a link")));
}

void tst_ChartFiles::folderWithAnOversizeFile_isRefused()
{
    TestFiles dir;
    dir.write(QStringLiteral("Chart.yaml"), "name: demo\n");
    dir.write(QStringLiteral("README.md"), QByteArray(4000, 'x'));
    Diagnostics errors;
    QVERIFY(ChartFiles::readFolder(dir.path(), &errors, small()).isEmpty());
    QVERIFY(errors.first().message.contains(QStringLiteral("“README.md” is larger than")));
}

QTEST_APPLESS_MAIN(tst_ChartFiles)
#include "tst_chartfiles.moc"
