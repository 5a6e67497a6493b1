#include "BlobWriter.h"

namespace Slipway {

BlobWriter::BlobWriter(const QString &finalPath, QString digest, qint64 size)
    : m_finalPath(finalPath)
    , m_digest(std::move(digest))
    , m_size(size)
    , m_file(finalPath + QLatin1String(".partial"))
{ }

BlobWriter::~BlobWriter()
{
    discard();
}

Expected<void> BlobWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(tr("cannot write blob %1: %2").arg(m_digest, m_file.errorString()), m_file.fileName());
    return {};
}

bool BlobWriter::write(const char *data, qsizetype size)
{
    m_hash.addData(data, size);
    m_written += size;
    return m_file.write(data, size) == size;
}

Expected<void> BlobWriter::finish()
{
    const QString actual = m_hash.digest();
    if (m_written != m_size || actual != m_digest) {
        discard();
        return Error(tr("blob %1 does not match its digest: received %2 bytes with digest %3, "
                        "expected %4 bytes").arg(m_digest).arg(m_written).arg(actual).arg(m_size),
                     QString(), 0, 0, tr("the registry's copy is corrupt or was changed; nothing of it was kept"));
    }
    if (!m_file.flush() || (m_file.close(), m_file.error() != QFileDevice::NoError)) {
        const QString why = m_file.errorString();
        discard();
        return Error(tr("cannot write blob %1: %2").arg(m_digest, why), m_finalPath);
    }
    QFile::remove(m_finalPath);
    if (!m_file.rename(m_finalPath)) {
        const QString why = m_file.errorString();
        discard();
        return Error(tr("cannot write blob %1: %2").arg(m_digest, why), m_finalPath);
    }
    return {};
}

void BlobWriter::discard()
{
    if (m_file.fileName().endsWith(QLatin1String(".partial")) && m_file.exists()) {
        m_file.close();
        m_file.remove();
    }
}

} // namespace Slipway
