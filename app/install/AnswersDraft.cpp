#include "AnswersDraft.h"

#include "AnswersFile.h"
#include "core/PrivateFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Slipway {

AnswersDraft::AnswersDraft(QString folder)
    : m_folder(std::move(folder))
{
}

QString AnswersDraft::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("drafts"));
}

QString AnswersDraft::pathFor(const Key &key) const
{
    // Context and namespace names may hold anything a file name cannot: a hash of the three
    // keeps them apart, the product id keeps the folder readable.
    const QByteArray id = QCryptographicHash::hash(
                              (key.product + u'\n' + key.context + u'\n' + key.nameSpace).toUtf8(),
                              QCryptographicHash::Sha256)
                              .toHex()
                              .left(16);
    QString product = key.product;
    for (QChar &c : product) {
        if (!c.isLetterOrNumber() && c != u'-')
            c = u'_';
    }
    return QDir(m_folder).filePath(QStringLiteral("%1-%2.yaml").arg(product, QString::fromLatin1(id)));
}

QByteArray AnswersDraft::text(const Answers &answers, const Descriptor &descriptor)
{
    QByteArray text = "# A draft Slipway keeps of an install not finished yet (no secret answers).\n";
    text += AnswersFile::serialize(answers, descriptor, false);
    return text;
}

Expected<void> AnswersDraft::write(const Key &key, const QByteArray &text) const
{
    return PrivateFile::write(pathFor(key), text, PrivateFile::Mode::Replace);
}

Expected<void> AnswersDraft::save(const Key &key, const Answers &answers, const Descriptor &descriptor) const
{
    return write(key, text(answers, descriptor));
}

std::optional<AnswersDraft::Found> AnswersDraft::find(const Key &key, const Descriptor &descriptor) const
{
    const QString path = pathFor(key);
    if (!QFile::exists(path))
        return std::nullopt;
    const Expected<Answers> answers = AnswersFile::read(path, descriptor);
    if (!answers)
        return std::nullopt;
    return Found { *answers, QFileInfo(path).lastModified() };
}

void AnswersDraft::remove(const Key &key) const
{
    QFile::remove(pathFor(key));
}

} // namespace Slipway
