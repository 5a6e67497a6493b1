#pragma once

#include "MinisignKey.h"

#include <QCoreApplication>
#include <QStringList>

namespace Slipway {

// The public keys an offline bundle's signature is checked against, as the GUI keeps them:
// every *.pub of the trusted-keys folder (as `slipway-cli bundle verify` reads it) plus the
// key files listed in the settings (bundle/trustedKeys) — the CLI's --trusted-key files.
class TrustedKeys
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::TrustedKeys)

public:
    // The key files of the settings, in order.
    static QStringList files();
    static void setFiles(const QStringList &files);
    // The folder's keys and the files' (Minisign::loadTrustedKeys); a file that is not a
    // minisign public key is an error naming it.
    static Expected<QList<MinisignPublicKey>> load();
};

} // namespace Slipway
