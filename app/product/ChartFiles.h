#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QHash>

namespace Slipway {

// The files of a chart, read from a folder or a .tgz with the same guards: no absolute paths, no
// "..", no links or special files, and bounded sizes — a chart from the internet is untrusted.
class ChartFiles
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ChartFiles)

public:
    struct Limits
    {
        qint64 maxFileSize = 5 * 1024 * 1024; // Helm's own limits
        qint64 maxTotalSize = 100 * 1024 * 1024;
        int maxFiles = 10000;
    };

    // Files are keyed by their path relative to the chart root ("templates/x.yaml").
    static QHash<QString, QByteArray> readFolder(const QString &folder, Diagnostics *errors,
                                                 const Limits &limits);
    static QHash<QString, QByteArray> readArchive(const QString &archive, Diagnostics *errors,
                                                  const Limits &limits);
    static QHash<QString, QByteArray> readArchiveData(const QByteArray &data, const QString &name,
                                                      Diagnostics *errors, const Limits &limits);

    // Why an archive entry's path is unsafe, or empty when it is fine.
    static QString unsafePathReason(const QString &path);
};

} // namespace Slipway
