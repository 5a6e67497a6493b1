#pragma once

#include "core/Expected.h"
#include "product/ValueTree.h"

#include <QCoreApplication>

namespace Slipway {

struct Descriptor;

// The values a bundle carries: every values file of the install (composed values, their
// secrets, each -f file) merged as helm merges them, and the installer's secret fields left
// out unless the administrator asks for them (app/README.md §7: a secret reaches a bundle only
// when asked).
class BundleValues
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::BundleValues)

public:
    struct Composed
    {
        ValueTree values;
        bool containsSecrets = false; // secrets were kept (or cannot be told: no descriptor)
        QStringList redacted; // the paths left out
    };

    // `descriptor` null: a chart without installer.yaml, whose secrets cannot be told; its
    // values are kept as they are, and containsSecrets is what includeSecrets says.
    static Expected<Composed> compose(const QList<QByteArray> &files, const Descriptor *descriptor,
                                      bool includeSecrets);
};

} // namespace Slipway
