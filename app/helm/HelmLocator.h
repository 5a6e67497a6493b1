#pragma once

#include "HelmVersion.h"
#include "core/Expected.h"

#include <QCoreApplication>

namespace Slipway {

struct HelmInstallation
{
    QString path;
    HelmVersion version;
};

// Finds the helm binary Slipway drives and checks its version. Blocking (runs helm once, at
// most 5 s): call it off the GUI thread.
//
// `helm version` costs a Go program's start, some 70–80 ms, on every slipway-cli command. What it
// answers is remembered in a small cache file, keyed by the binary's real path, size, and
// modification and status-change times: replacing or rebuilding helm (even in place) changes
// the key, and the version is asked again.
class HelmLocator
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::HelmLocator)

public:
    // Where to look, in this order. Passed in so callers and tests decide, not the globals.
    struct Sources
    {
        QString explicitPath; // --helm
        QString environment; // $SLIPWAY_HELM
        QString applicationDir; // a helm shipped next to Slipway (e.g. from an offline bundle)
        QString searchPath; // $PATH
        QString versionCache; // a JSON file remembering `helm version` answers; empty: none
    };

    static Sources sourcesFromEnvironment(const QString &explicitPath = {});

    explicit HelmLocator(Sources sources);

    // The first candidate found; an explicit choice that is wrong is an error, not skipped.
    Expected<QString> find() const;
    // find(), then `helm version`, then the support rule.
    Expected<HelmInstallation> locate() const;

    static Expected<HelmVersion> queryVersion(const QString &helmPath, int timeoutMs = 5000);
    // Where sourcesFromEnvironment() keeps the cache: the user's cache folder.
    static QString defaultVersionCache();

private:
    Expected<HelmVersion> cachedVersion(const QString &helmPath) const;

    Sources m_sources;
};

} // namespace Slipway
