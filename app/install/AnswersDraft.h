#pragma once

#include "core/Expected.h"
#include "product/Answers.h"
#include "product/Descriptor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace Slipway {

// The answers of an install not finished yet, kept so that a wizard closed, or a Slipway that
// crashed, does not lose them: one draft per product, context and namespace, in the answers
// file format (AnswersFile) without secret answers — a draft is written as the administrator
// types, and a secret must not sit in a file nobody asked for. Files are 0600 in a folder of
// Slipway's data; a finished install removes its draft.
class AnswersDraft
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::AnswersDraft)

public:
    struct Key
    {
        QString product;
        QString context;
        QString nameSpace;
    };
    struct Found
    {
        Answers answers;
        QDateTime savedAt;
    };

    explicit AnswersDraft(QString folder = defaultFolder());
    static QString defaultFolder(); // <AppDataLocation>/drafts

    QString pathFor(const Key &key) const;
    Expected<void> save(const Key &key, const Answers &answers, const Descriptor &descriptor) const;
    // save() in two halves, so the file write (an fsync) can leave the GUI thread: the draft's
    // text, then writing it.
    static QByteArray text(const Answers &answers, const Descriptor &descriptor);
    Expected<void> write(const Key &key, const QByteArray &text) const;
    // The draft for `key`, read against today's descriptor (answers it no longer takes are left
    // out); nothing when there is none or it cannot be read.
    std::optional<Found> find(const Key &key, const Descriptor &descriptor) const;
    void remove(const Key &key) const;

private:
    QString m_folder;
};

} // namespace Slipway
