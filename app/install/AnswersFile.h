#pragma once

#include "core/Expected.h"
#include "product/Answers.h"
#include "product/Descriptor.h"

#include <QCoreApplication>

namespace Slipway {

// The answers a headless install reads, as YAML:
//   environment: production      # an environment preset id
//   size: large                  # a size preset id
//   fields: {accessKey: …, workerReplicas: 2}
//   overrides: |                 # raw values YAML applied last
//     worker: {nodeSelector: {…}}
// Field answers are typed by the descriptor, so "2" for an int field is the number 2.
class AnswersFile
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::AnswersFile)

public:
    static Expected<Answers> read(const QString &path, const Descriptor &descriptor);
    static Expected<Answers> parse(const QByteArray &yaml, const QString &fileName,
                                   const Descriptor &descriptor);
    // The file that parse() reads back as `answers` (answers that are not valid for their field
    // are left out: no file can hold them). Secret fields only with `includeSecrets`.
    static QByteArray serialize(const Answers &answers, const Descriptor &descriptor,
                                bool includeSecrets);
    // serialize() to a 0600 file, replaced atomically.
    static Expected<void> write(const QString &path, const Answers &answers,
                                const Descriptor &descriptor, bool includeSecrets);
};

} // namespace Slipway
