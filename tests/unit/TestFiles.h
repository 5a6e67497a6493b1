#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

// The files one test function works with, in a fresh temporary folder removed afterwards.
class TestFiles
{
public:
    TestFiles()
    {
        if (!m_dir.isValid())
            qFatal("cannot create a temporary folder for the test");
    }

    QString path(const QString &relative = QString()) const
    {
        return relative.isEmpty() ? m_dir.path() : m_dir.filePath(relative);
    }

    // Creates missing parent folders; `executable` makes a script runnable.
    QString write(const QString &relative, const QByteArray &content, bool executable = false) const
    {
        const QString file = path(relative);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            qFatal("cannot write a test file");
        out.close();
        if (executable)
            out.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return file;
    }

private:
    QTemporaryDir m_dir;
};
