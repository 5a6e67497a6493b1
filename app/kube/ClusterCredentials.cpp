#include "ClusterCredentials.h"

#include "ExecPlugin.h"

#include <QFile>

namespace Slipway {

namespace {

Expected<QByteArray> readTokenFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            ClusterCredentials::tr("cannot read the token file: %1").arg(file.errorString()), path
        };
    const QByteArray token = file.readAll().trimmed();
    if (token.isEmpty())
        return Error { ClusterCredentials::tr("the token file is empty"), path };
    return token;
}

} // namespace

Expected<ClusterCredentials> ClusterCredentials::gather(const KubeUser &user,
                                                        const KubeCluster &cluster,
                                                        const ExecPlugin::StderrSink &pluginStderr,
                                                        const std::atomic_bool *cancelled)
{
    ClusterCredentials out;
    out.certificatePem = user.clientCertificateData;
    out.keyPem = user.clientKeyData;
    out.certificateFile = user.clientCertificateFile;
    out.keyFile = user.clientKeyFile;
    out.bearerToken = user.token.toUtf8();
    out.basicUser = user.username;
    out.basicPassword = user.password;
    if (!user.tokenFile.isEmpty()) {
        // client-go: a readable token file wins over the inline token.
        Expected<QByteArray> token = readTokenFile(user.tokenFile);
        if (!token)
            return token.error();
        out.bearerToken = token.value();
    }

    switch (user.credentialKind()) {
    case CredentialKind::Exec: {
        Expected<ExecCredential> exec = ExecPlugin::run(*user.exec, cluster, 30000, pluginStderr, cancelled);
        if (!exec)
            return exec.error();
        out.bearerToken = exec->token;
        out.certificatePem = exec->certificatePem;
        out.keyPem = exec->keyPem;
        out.expiry = exec->expiry;
        break;
    }
    case CredentialKind::AuthProvider:
        if (user.authProvider == QLatin1String("gcp"))
            return Error { tr("the gcp auth-provider was removed from Kubernetes; install "
                              "gke-gcloud-auth-plugin and use it as an exec plugin") };
        if (user.authProvider == QLatin1String("azure"))
            return Error { tr("the azure auth-provider was removed from Kubernetes; install "
                              "kubelogin and use it as an exec plugin") };
        return Error { tr("auth-provider “%1” is not supported; configure an exec credential "
                          "plugin instead")
                           .arg(user.authProvider) };
    default:
        break;
    }
    return out;
}

bool ClusterCredentials::isEmpty() const
{
    return certificatePem.isEmpty() && certificateFile.isEmpty() && bearerToken.isEmpty()
        && basicUser.isEmpty() && basicPassword.isEmpty();
}

} // namespace Slipway
