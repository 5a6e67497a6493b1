#pragma once

#include "core/Error.h"

#include <QMetaType>
#include <QStringList>

namespace Slipway {

// How one registry operation ended: what it moved and, on failure, why.
struct RegistryResult
{
    bool ok = false;
    bool cancelled = false;
    Error error; // names the image and the registry's own error; never a credential
    QStringList images; // full references done: "registry/repo:tag@sha256:…"
    // pull: each image's platform as its config says ("linux/arm64/v8"); empty when it says none
    QStringList platforms;
    qint64 bytesTransferred = 0; // blob bytes that crossed the network
    qint64 bytesSkipped = 0; // blob bytes already there (in the layout, or in the registry)
    int blobsTransferred = 0;
    int blobsSkipped = 0;
    int blobsMounted = 0; // pushed by cross-repository mount: no bytes sent
    int chunks = 0; // PATCH requests of chunked uploads
    double seconds = 0;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::RegistryResult)
