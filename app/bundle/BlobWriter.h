#pragma once

#include "Sha256.h"
#include "core/Expected.h"

#include <QCoreApplication>
#include <QFile>

namespace Slipway {

// One blob streamed into an OCI layout and hashed as it arrives. It is written beside its
// final name ("<hex>.partial") and renamed only once its SHA-256 and size are the descriptor's,
// so a blob under its own name is always a verified one; a mismatch removes the partial file.
class BlobWriter
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::BlobWriter)

public:
    BlobWriter(const QString &finalPath, QString digest, qint64 size);
    ~BlobWriter(); // removes a partial file that was not finished

    Expected<void> open();
    bool write(const char *data, qsizetype size);
    Expected<void> finish();
    void discard();
    QString writeError() const { return m_file.errorString(); }
    qint64 written() const { return m_written; }

private:
    const QString m_finalPath;
    const QString m_digest;
    const qint64 m_size;
    QFile m_file;
    Sha256 m_hash;
    qint64 m_written = 0;
};

} // namespace Slipway
