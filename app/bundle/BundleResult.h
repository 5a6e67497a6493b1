#pragma once

#include "BundleManifest.h"
#include "RegistryResult.h"

#include <QMetaType>

namespace Slipway {

// How a bundle export or import ended.
struct BundleResult
{
    enum class Failure
    {
        None,
        Invalid, // the bundle is damaged, tampered with, crafted, or its signature is refused
        Registry, // a registry failed or refused (RegistryResult's error)
        Files, // this machine: a file that cannot be read or written, a full disk
        Cancelled,
    };

    bool ok = false;
    Failure failure = Failure::None;
    Error error;
    QString bundlePath;
    BundleManifest manifest;
    bool isSigned = false;
    QString signerKeyId;
    // import: where the bundle was extracted (a private folder), and what to install from
    QString extractedTo;
    QString chartFile;
    QString valuesFile; // the bundle's values with the image references rewritten
    QString helmFile; // the bundled helm, when there is one
    QStringList valueChanges; // "path: old → new"
    QStringList images; // export: pulled "reference@digest"; import: pushed
    qint64 bundleBytes = 0; // written (export) or verified (import)
    RegistryResult registry; // the pulls or the push, summed
    double seconds = 0;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::BundleResult)
