#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <unistd.h>

namespace Slipway {

namespace {

constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error failure(const QString &path, const QString &reason)
{
    return Error(reason, path);
}

Expected<void> makeFolderFor(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failure(path, PrivateFile::tr("cannot create its folder"));
    return {};
}

bool writeAll(QFileDevice &file, const QByteArray &data)
{
    return file.write(data) == data.size() && file.flush();
}

} // namespace

Expected<void> PrivateFile::write(const QString &path, const QByteArray &data, Mode mode)
{
    if (const Expected<void> folder = makeFolderFor(path); !folder)
        return folder;

    if (mode == Mode::NewOnly) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivate)) {
            if (QFileInfo::exists(path))
                return failure(path, tr("the file already exists"));
            return failure(path, file.errorString());
        }
        if (!writeAll(file, data)) {
            const QString reason = file.errorString();
            file.remove(); // it is ours, and half of it is worth nothing
            return failure(path, reason);
        }
        return {};
    }

    // Not QSaveFile: it creates its temporary file with the umask's mode (0644) when the target
    // does not exist yet, and copies a replaced file's mode, so the secret could be opened by
    // others before a chmod. QTemporaryFile is created 0600 by open(2) itself; rename(2) in the
    // same folder then makes the replacement atomic, as QSaveFile's commit does.
    QTemporaryFile temporary(QFileInfo(path).absolutePath() + QLatin1String("/.")
                             + QFileInfo(path).fileName() + QLatin1String(".XXXXXX"));
    if (!temporary.open())
        return failure(path, temporary.errorString());
    if (!writeAll(temporary, data) || ::fsync(temporary.handle()) != 0)
        return failure(path, temporary.errorString().isEmpty()
                                 ? QString::fromLocal8Bit(std::strerror(errno))
                                 : temporary.errorString());
    // Belt and braces: the mode does not depend on how this Qt creates temporary files.
    if (!temporary.setPermissions(kPrivate))
        return failure(path, temporary.errorString());
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(),
                    QFile::encodeName(path).constData())
        != 0)
        return failure(path, QString::fromLocal8Bit(std::strerror(errno)));
    temporary.setAutoRemove(false); // it is the file now
    return {};
}

Expected<void> PrivateFile::append(const QString &path, const QByteArray &data)
{
    if (const Expected<void> folder = makeFolderFor(path); !folder)
        return folder;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, kPrivate) || !writeAll(file, data))
        return failure(path, file.errorString());
    return {};
}

} // namespace Slipway
