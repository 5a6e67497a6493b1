#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Slipway {

// The kubeconfig entries Slipway reads, field for field as kubectl names them. File paths are
// already absolute: relative ones were resolved against the file that holds them.

struct KubeContext
{
    QString name;
    QString cluster;
    QString user;
    QString nameSpace; // empty means "default", as kubectl does
};

struct KubeCluster
{
    QString name;
    QString server;
    QString certificateAuthorityFile;
    QByteArray certificateAuthorityData; // PEM, already base64-decoded
    QString tlsServerName;
    QString proxyUrl;
    bool insecureSkipTlsVerify = false;
    bool disableCompression = false;
    QString origin; // the kubeconfig file that defined it
};

struct ExecConfig
{
    QString apiVersion;
    QString command;
    QStringList args;
    QList<std::pair<QString, QString>> env;
    QString installHint;
    QString interactiveMode;
    bool provideClusterInfo = false;
};

enum class CredentialKind
{
    None,
    ClientCertificate,
    Token,
    TokenFile,
    Basic,
    Exec,
    AuthProvider
};

struct KubeUser
{
    QString name;
    QByteArray clientCertificateData; // PEM
    QByteArray clientKeyData; // PEM; a secret
    QString clientCertificateFile;
    QString clientKeyFile;
    QString token; // a secret
    QString tokenFile;
    QString username;
    QString password; // a secret
    std::optional<ExecConfig> exec;
    QString authProvider;
    QString origin;

    // The method that authenticates requests. Static credentials win over exec, as in client-go.
    CredentialKind credentialKind() const;
};

QString credentialKindName(CredentialKind kind);

struct ResolvedContext
{
    KubeContext context;
    KubeCluster cluster;
    KubeUser user;
};

} // namespace Slipway
