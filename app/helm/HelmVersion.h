#pragma once

#include "core/Expected.h"

#include <QCoreApplication>

namespace Slipway {

// A helm release version and the rule for which ones Slipway drives: Helm 3 from 3.17 on, and
// Helm 4. A major Slipway has not been checked against is refused rather than guessed at.
struct HelmVersion
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::HelmVersion)

public:
    int major = 0;
    int minor = 0;
    int patch = 0;

    // Accepts what `helm version --template '{{.Version}}'` prints, e.g. "v3.21.4".
    static std::optional<HelmVersion> parse(const QString &text);
    // Parses and applies the support rule, with a message that says what to install instead.
    static Expected<HelmVersion> checkSupported(const QString &text);

    QString toString() const;
};

} // namespace Slipway
