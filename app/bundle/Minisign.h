#pragma once

#include "MinisignKey.h"

#include <QList>

namespace Slipway {

// Signatures in minisign's format (https://jedisct1.github.io/minisign/): Ed25519 over the
// BLAKE2b-512 of the file (algorithm "ED"; the legacy unhashed "Ed" is verified too), and a
// second signature over the signature and the trusted comment. Written as `.minisig` files
// that `minisign -V` accepts. By libcrypto (EVP_PKEY_ED25519, EVP_blake2b512; Ed25519.h).
class Minisign
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::Minisign)

public:
    struct Verified
    {
        MinisignPublicKey key; // the trusted key that made it
        QString trustedComment;
    };

    // The .minisig text for `message`.
    static Expected<QByteArray> sign(const QByteArray &message, const MinisignSecretKey &key,
                                     const QString &trustedComment,
                                     const QString &untrustedComment = QString());
    // Checks `signature` (.minisig text) over `message` against the trusted keys: the
    // signature's key id picks the key; an id none of them has is refused naming it.
    static Expected<Verified> verify(const QByteArray &message, const QByteArray &signature,
                                     const QList<MinisignPublicKey> &trusted);

    // The id of the key a .minisig names; empty when it is not in minisign's format.
    static QByteArray keyIdOf(const QByteArray &signature);

    // $XDG_CONFIG_HOME/slipway/trusted-keys (else ~/.config/slipway/trusted-keys).
    static QString defaultTrustedKeysFolder();
    // Every *.pub of `folder` (a missing folder is no keys) plus each of `files`; a file that
    // is not a minisign public key is an error naming it.
    static Expected<QList<MinisignPublicKey>> loadTrustedKeys(const QString &folder, const QStringList &files);
    // "signatures need libcrypto", with the apt command.
    static Error noCrypto();
};

} // namespace Slipway
