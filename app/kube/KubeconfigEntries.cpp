#include "KubeconfigEntries.h"

namespace Slipway {

CredentialKind KubeUser::credentialKind() const
{
    if (!clientCertificateData.isEmpty() || !clientCertificateFile.isEmpty())
        return CredentialKind::ClientCertificate;
    if (!token.isEmpty())
        return CredentialKind::Token;
    if (!tokenFile.isEmpty())
        return CredentialKind::TokenFile;
    if (!username.isEmpty() || !password.isEmpty())
        return CredentialKind::Basic;
    if (exec)
        return CredentialKind::Exec;
    if (!authProvider.isEmpty())
        return CredentialKind::AuthProvider;
    return CredentialKind::None;
}

// Stable identifiers for JSON output and logs; not translated.
QString credentialKindName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::None:
        return QStringLiteral("none");
    case CredentialKind::ClientCertificate:
        return QStringLiteral("client-certificate");
    case CredentialKind::Token:
        return QStringLiteral("token");
    case CredentialKind::TokenFile:
        return QStringLiteral("token-file");
    case CredentialKind::Basic:
        return QStringLiteral("basic");
    case CredentialKind::Exec:
        return QStringLiteral("exec");
    case CredentialKind::AuthProvider:
        return QStringLiteral("auth-provider");
    }
    return QStringLiteral("none");
}

} // namespace Slipway
