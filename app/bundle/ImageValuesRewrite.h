#pragma once

#include "ImageReference.h"
#include "product/ValueTree.h"

#include <QList>
#include <QStringList>

namespace Slipway {

// The values that make a chart's workloads pull the bundle's images from the registry they
// were imported into. A chart whose defaults have `global.imageRegistry` gets that one key;
// otherwise every image the values name is rewritten where it is: an `image:` string
// ("registry/repo:tag"), or a map's `repository` (with its `registry` when it has one), when
// it names one of the bundle's images. The repository path stays as it was, as ImagePush
// keeps it.
class ImageValuesRewrite
{
public:
    // The overlay to merge onto `values` (the user's; `defaults` are the chart's), and in
    // `changes` one "path: old → new" line per key.
    static ValueTree overlay(const ValueTree &defaults, const ValueTree &values, const QList<ImageReference> &images,
                             const QString &targetRegistry, QStringList *changes);
};

} // namespace Slipway
