#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Slipway {

// A file that may hold a secret (values with passwords, the audit journal): mode 0600 from its
// first byte, never readable by others even briefly (app/README.md §7). On failure the Error's `file`
// is the path and its `message` the reason, so toString() reads "path: reason" and a caller can
// phrase the reason in its own words.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::PrivateFile)

public:
    enum class Mode
    {
        Replace, // atomically: readers see the old content or the new, never a mix
        NewOnly, // refuses a file that already exists, and leaves it as it is
    };

    // Creates the parent folder, writes `data` with mode 0600 from the first byte (never readable
    // by others even briefly), atomically for Replace (QSaveFile), refusing an existing file for
    // NewOnly. The Error names the path and the reason.
    static Expected<void> write(const QString &path, const QByteArray &data,
                                Mode mode = Mode::Replace);
    // Appends, creating the file 0600 (and its folder) when missing.
    static Expected<void> append(const QString &path, const QByteArray &data);
};

} // namespace Slipway
