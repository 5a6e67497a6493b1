#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

// Builds .tgz chart archives in memory, including the malformed entries a hostile one may hold.
class TestChartArchive
{
public:
    enum class Kind { File, Symlink, Hardlink, Directory, Fifo };
    struct Entry
    {
        QString path;
        QByteArray content; // for a link: its target
        Kind kind = Kind::File;
        qint64 declaredSize = -1; // -1: the content's size
    };

    static QByteArray build(const QList<Entry> &entries)
    {
        QByteArray out(16 * 1024 * 1024, '\0');
        size_t used = 0;
        archive *a = archive_write_new();
        archive_write_add_filter_gzip(a);
        archive_write_set_format_pax_restricted(a);
        archive_write_open_memory(a, out.data(), size_t(out.size()), &used);
        for (const Entry &e : entries) {
            archive_entry *entry = archive_entry_new();
            const QByteArray path = e.path.toUtf8();
            archive_entry_set_pathname(entry, path.constData());
            archive_entry_set_perm(entry, 0644);
            switch (e.kind) {
            case Kind::File:
                archive_entry_set_filetype(entry, AE_IFREG);
                archive_entry_set_size(entry, e.declaredSize >= 0 ? e.declaredSize : e.content.size());
                break;
            case Kind::Symlink:
                archive_entry_set_filetype(entry, AE_IFLNK);
                archive_entry_set_symlink(entry, e.content.constData());
                break;
            case Kind::Hardlink:
                archive_entry_set_filetype(entry, AE_IFREG);
                archive_entry_set_hardlink(entry, e.content.constData());
                break;
            case Kind::Directory:
                archive_entry_set_filetype(entry, AE_IFDIR);
                break;
            case Kind::Fifo:
                archive_entry_set_filetype(entry, AE_IFIFO);
                break;
            }
            archive_write_header(a, entry);
            if (e.kind == Kind::File)
                archive_write_data(a, e.content.constData(), size_t(e.content.size()));
            archive_entry_free(entry);
        }
        archive_write_close(a);
        archive_write_free(a);
        out.truncate(qsizetype(used));
        return out;
    }
};
