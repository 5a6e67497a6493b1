#include "ChartFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace Slipway {

namespace {

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};

// Rejections are collected per entry so one bad archive reports everything wrong with it.
struct Collector
{
    const QString &origin;
    Diagnostics *errors;
    const ChartFiles::Limits &limits;
    QHash<QString, QByteArray> files;
    qint64 total = 0;
    bool failed = false;

    void error(const QString &message, const QString &hint = QString())
    {
        failed = true;
        if (errors)
            errors->append(Error::at(origin, 0, 0, message, hint));
    }

    bool admit(const QString &path, qint64 size)
    {
        if (files.size() >= limits.maxFiles) {
            error(ChartFiles::tr("the chart has more than %1 files").arg(limits.maxFiles));
            return false;
        }
        if (size > limits.maxFileSize) {
            error(ChartFiles::tr("“%1” is larger than %2 MiB")
                      .arg(path).arg(limits.maxFileSize / (1024 * 1024)),
                  ChartFiles::tr("a chart file this large is not a template or values file"));
            return false;
        }
        total += size;
        if (total > limits.maxTotalSize) {
            error(ChartFiles::tr("the chart is larger than %1 MiB")
                      .arg(limits.maxTotalSize / (1024 * 1024)));
            return false;
        }
        return true;
    }
};

} // namespace

QString ChartFiles::unsafePathReason(const QString &path)
{
    if (path.isEmpty())
        return tr("an entry has no name");
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\'))
        || (path.size() > 1 && path.at(1) == QLatin1Char(':')))
        return tr("“%1” is an absolute path").arg(path);
    const QStringList parts = QString(path).replace(QLatin1Char('\\'), QLatin1Char('/'))
                                  .split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral("..")))
        return tr("“%1” climbs out of the chart with “..”").arg(path);
    if (path.contains(QChar(0)))
        return tr("an entry name contains a NUL character");
    return {};
}

QHash<QString, QByteArray> ChartFiles::readFolder(const QString &folder, Diagnostics *errors,
                                                  const Limits &limits)
{
    Collector out { folder, errors, limits, {} };
    // Absolute, so that entry names come out relative to the chart whatever the folder was given as
    // (QDir::relativeFilePath of a relative folder and the iterator's paths do not agree).
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    const QDir root(absolute);
    QDirIterator it(absolute, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString relative = root.relativeFilePath(info.filePath());
        if (info.isSymLink()) {
            out.error(tr("“%1” is a link").arg(relative),
                      tr("replace the link with the file it points to"));
            continue;
        }
        if (info.isDir())
            continue;
        if (!info.isFile()) {
            out.error(tr("“%1” is not a regular file").arg(relative));
            continue;
        }
        if (!out.admit(relative, info.size()))
            continue;
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            out.error(tr("cannot read “%1”: %2").arg(relative, file.errorString()));
            continue;
        }
        out.files.insert(relative, file.read(limits.maxFileSize + 1));
    }
    return out.failed ? QHash<QString, QByteArray>() : out.files;
}

QHash<QString, QByteArray> ChartFiles::readArchive(const QString &path, Diagnostics *errors,
                                                   const Limits &limits)
{
    QFile file(path);
    // A compressed archive is small; the guard against a bomb is on what it unpacks to.
    if (!file.open(QIODevice::ReadOnly)) {
        if (errors)
            errors->append(Error::at(path, 0, 0,
                                     tr("cannot read the archive: %1").arg(file.errorString())));
        return {};
    }
    if (file.size() > limits.maxTotalSize) {
        if (errors)
            errors->append(Error::at(path, 0, 0,
                                     tr("the archive is larger than %1 MiB")
                                         .arg(limits.maxTotalSize / (1024 * 1024))));
        return {};
    }
    return readArchiveData(file.readAll(), path, errors, limits);
}

QHash<QString, QByteArray> ChartFiles::readArchiveData(const QByteArray &data, const QString &name,
                                                       Diagnostics *errors, const Limits &limits)
{
    Collector out { name, errors, limits, {} };
    std::unique_ptr<archive, ArchiveDeleter> reader(archive_read_new());
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_format_tar(reader.get());
    if (archive_read_open_memory(reader.get(), data.constData(), size_t(data.size())) != ARCHIVE_OK) {
        out.error(tr("not a gzip-compressed tar archive: %1")
                      .arg(QString::fromLocal8Bit(archive_error_string(reader.get()))),
                  tr("a packaged chart is what “helm package” writes"));
        return {};
    }
    QString top;
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
        const char *raw = archive_entry_pathname(entry);
        const QString path = raw ? QString::fromUtf8(raw) : QString();
        if (const QString reason = unsafePathReason(path); !reason.isEmpty()) {
            out.error(reason, tr("the archive was not made by helm package, or was tampered with"));
            continue;
        }
        const auto type = archive_entry_filetype(entry);
        if (archive_entry_hardlink(entry) || type == AE_IFLNK) {
            out.error(tr("“%1” is a link").arg(path), tr("a chart archive holds plain files only"));
            continue;
        }
        if (type == AE_IFDIR)
            continue;
        if (type != AE_IFREG) {
            out.error(tr("“%1” is not a regular file").arg(path));
            continue;
        }
        // Every entry sits in one folder named after the chart; paths are relative to it.
        const qsizetype slash = path.indexOf(QLatin1Char('/'));
        const QString head = slash < 0 ? QString() : path.left(slash);
        if (head.isEmpty() || (!top.isEmpty() && head != top)) {
            out.error(tr("“%1” is outside the chart's folder").arg(path),
                      tr("a packaged chart has all its files in one top folder"));
            continue;
        }
        top = head;
        const qint64 declared = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
        if (!out.admit(path, declared))
            continue;
        QByteArray content;
        char buffer[65536];
        la_ssize_t n = 0;
        // The header's size can lie; what is actually unpacked counts.
        while ((n = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0) {
            if (content.size() + n > limits.maxFileSize) {
                out.error(tr("“%1” is larger than %2 MiB")
                              .arg(path).arg(limits.maxFileSize / (1024 * 1024)));
                break;
            }
            content.append(buffer, qsizetype(n));
        }
        if (n < 0)
            out.error(tr("the archive is damaged at “%1”: %2")
                          .arg(path, QString::fromLocal8Bit(archive_error_string(reader.get()))));
        out.total += content.size() - declared;
        if (out.total > limits.maxTotalSize)
            out.error(tr("the chart is larger than %1 MiB").arg(limits.maxTotalSize / (1024 * 1024)));
        out.files.insert(path.mid(slash + 1), content);
    }
    if (status != ARCHIVE_EOF && status != ARCHIVE_OK)
        out.error(tr("the archive is damaged: %1")
                      .arg(QString::fromLocal8Bit(archive_error_string(reader.get()))));
    return out.failed ? QHash<QString, QByteArray>() : out.files;
}

} // namespace Slipway
