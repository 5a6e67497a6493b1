#pragma once

#include "Descriptor.h"
#include "core/Error.h"

#include <QCoreApplication>

namespace Slipway {

// Reads and checks installer.yaml. Every problem is reported at once, each with file, line,
// column and a hint; a descriptor with problems is not used.
class DescriptorParser
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::DescriptorParser)

public:
    static Descriptor parse(const QByteArray &yaml, const QString &fileName, Diagnostics *errors);
};

} // namespace Slipway
