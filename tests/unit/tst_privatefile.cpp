#include "core/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace Slipway;

namespace {

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// Writes beyond `bytes` fail with EFBIG for the lifetime of this object: a full disk, even for
// root, who ignores folder permissions.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

private:
    rlimit m_saved {};
    void (*m_handler)(int) = nullptr;
};

} // namespace

class tst_PrivateFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void write_isOwnerOnly_andCreatesTheFolder_data();
    void write_isOwnerOnly_andCreatesTheFolder();
    void replace_makesAPublicFilePrivate();
    void newOnly_refusesAnExistingFile_andLeavesItIntact();
    void unwritableFolder_failsNamingThePath_data();
    void unwritableFolder_failsNamingThePath();
    void failedReplace_keepsTheOldContent_andLeavesNoTemporaryFile();
    void failedNewOnly_leavesNoFile();
    void append_createsAPrivateFile_thenAppends();
    void append_intoAnUnwritableFolder_failsNamingThePath();
};

void tst_PrivateFile::write_isOwnerOnly_andCreatesTheFolder_data()
{
    QTest::addColumn<PrivateFile::Mode>("mode");
    QTest::newRow("replace") << PrivateFile::Mode::Replace;
    QTest::newRow("new only") << PrivateFile::Mode::NewOnly;
}

void tst_PrivateFile::write_isOwnerOnly_andCreatesTheFolder()
{
    QFETCH(PrivateFile::Mode, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/secrets.yaml"));
    const Expected<void> written = PrivateFile::write(path, "password: hunter2\n", mode);
    QVERIFY2(written, qPrintable(written.error().toString()));
    QCOMPARE(contentOf(path), QByteArray("password: hunter2\n"));
    QCOMPARE(QFile::permissions(path) & kOthers, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
    QVERIFY(QFile::permissions(path) & QFileDevice::WriteOwner);
}

void tst_PrivateFile::replace_makesAPublicFilePrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("values.yaml"));
    QVERIFY(PrivateFile::write(path, "old\n"));
    QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther));

    QVERIFY(PrivateFile::write(path, "new\n"));
    QCOMPARE(contentOf(path), QByteArray("new\n"));
    QCOMPARE(QFile::permissions(path) & kOthers, QFileDevice::Permissions());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void tst_PrivateFile::newOnly_refusesAnExistingFile_andLeavesItIntact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("values-0.yaml"));
    QVERIFY(PrivateFile::write(path, "first\n", PrivateFile::Mode::NewOnly));

    const Expected<void> second = PrivateFile::write(path, "second\n", PrivateFile::Mode::NewOnly);
    QVERIFY(!second);
    QCOMPARE(second.error().file, path);
    QVERIFY2(second.error().toString().contains(path), qPrintable(second.error().toString()));
    QVERIFY2(second.error().message.contains(QLatin1String("exists")),
             qPrintable(second.error().message));
    QCOMPARE(contentOf(path), QByteArray("first\n"));
}

void tst_PrivateFile::unwritableFolder_failsNamingThePath_data()
{
    QTest::addColumn<QString>("path");
    // Paths nobody can create, not even root: a folder under /proc, a folder under a file.
    QTest::newRow("under /proc") << QStringLiteral("/proc/no/such/values.yaml");
    QTest::newRow("under a file") << QStringLiteral("<file>/values.yaml");
}

void tst_PrivateFile::unwritableFolder_failsNamingThePath()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain"));
    QVERIFY(PrivateFile::write(file, "x"));
    path.replace(QLatin1String("<file>"), file);
    for (const PrivateFile::Mode mode : { PrivateFile::Mode::Replace, PrivateFile::Mode::NewOnly }) {
        const Expected<void> written = PrivateFile::write(path, "x", mode);
        QVERIFY(!written);
        QVERIFY2(written.error().toString().startsWith(path + QLatin1String(": ")),
                 qPrintable(written.error().toString()));
        QVERIFY(!written.error().message.isEmpty());
    }
}

void tst_PrivateFile::failedReplace_keepsTheOldContent_andLeavesNoTemporaryFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("values.yaml"));
    QVERIFY(PrivateFile::write(path, "old: content\n"));
    Expected<void> written;
    {
        const FileSizeLimit limit(4096);
        written = PrivateFile::write(path, QByteArray(64 * 1024, 'n'));
    }
    QVERIFY(!written);
    QVERIFY2(written.error().toString().contains(path), qPrintable(written.error().toString()));
    QCOMPARE(contentOf(path), QByteArray("old: content\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("values.yaml") });
}

void tst_PrivateFile::failedNewOnly_leavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("values-0.yaml"));
    Expected<void> written;
    {
        const FileSizeLimit limit(4096);
        written = PrivateFile::write(path, QByteArray(64 * 1024, 'n'),
                                     PrivateFile::Mode::NewOnly);
    }
    QVERIFY(!written);
    QVERIFY(!QFile::exists(path));
}

void tst_PrivateFile::append_createsAPrivateFile_thenAppends()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/audit.jsonl"));
    QVERIFY(PrivateFile::append(path, "one\n"));
    QVERIFY(PrivateFile::append(path, "two\n"));
    QCOMPARE(contentOf(path), QByteArray("one\ntwo\n"));
    QCOMPARE(QFile::permissions(path) & kOthers, QFileDevice::Permissions());
}

void tst_PrivateFile::append_intoAnUnwritableFolder_failsNamingThePath()
{
    const QString path = QStringLiteral("/proc/no/such/audit.jsonl");
    const Expected<void> appended = PrivateFile::append(path, "x\n");
    QVERIFY(!appended);
    QCOMPARE(appended.error().file, path);
    QVERIFY(!appended.error().message.isEmpty());
}

QTEST_APPLESS_MAIN(tst_PrivateFile)
#include "tst_privatefile.moc"
