#include "ExecPlugin.h"

#include "Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace Slipway {

namespace {

const QLatin1String kApiV1("client.authentication.k8s.io/v1");
const QLatin1String kApiV1beta1("client.authentication.k8s.io/v1beta1");

// KUBERNETES_EXEC_INFO: Slipway has no terminal to lend, so it is never interactive.
QByteArray execInfo(const ExecConfig &config, const KubeCluster &cluster)
{
    QJsonObject spec { { QStringLiteral("interactive"), false } };
    if (config.provideClusterInfo) {
        QJsonObject info { { QStringLiteral("server"), cluster.server },
                           { QStringLiteral("insecure-skip-tls-verify"),
                             cluster.insecureSkipTlsVerify } };
        if (!cluster.tlsServerName.isEmpty())
            info.insert(QStringLiteral("tls-server-name"), cluster.tlsServerName);
        if (!cluster.certificateAuthorityData.isEmpty())
            info.insert(QStringLiteral("certificate-authority-data"),
                        QString::fromLatin1(cluster.certificateAuthorityData.toBase64()));
        spec.insert(QStringLiteral("cluster"), info);
    }
    const QJsonObject root { { QStringLiteral("apiVersion"), config.apiVersion },
                             { QStringLiteral("kind"), QStringLiteral("ExecCredential") },
                             { QStringLiteral("spec"), spec } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

Expected<ExecCredential> ExecPlugin::run(const ExecConfig &config, const KubeCluster &cluster,
                                         int timeoutMs)
{
    if (config.apiVersion != kApiV1 && config.apiVersion != kApiV1beta1)
        return Error { tr("exec plugin: unsupported apiVersion “%1”").arg(config.apiVersion) };
    if (config.interactiveMode == QLatin1String("Always"))
        return Error { tr("exec plugin “%1” needs an interactive terminal, which Slipway cannot "
                          "provide; log in with it in a terminal first")
                           .arg(config.command) };

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : config.env)
        env.insert(name, value);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
               QString::fromUtf8(execInfo(config, cluster)));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    qCDebug(lcKube) << "running exec credential plugin" << config.command;
    process.start(config.command, config.args);
    if (!process.waitForStarted(timeoutMs)) {
        QString message = tr("exec plugin “%1” could not be started: %2")
                              .arg(config.command, process.errorString());
        if (!config.installHint.isEmpty())
            message += QLatin1Char('\n') + config.installHint;
        return Error { message };
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Error { tr("exec plugin “%1” did not answer within %2 s")
                           .arg(config.command)
                           .arg(timeoutMs / 1000) };
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString stderrText = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return Error { tr("exec plugin “%1” failed with exit code %2%3")
                           .arg(config.command)
                           .arg(process.exitCode())
                           .arg(stderrText.isEmpty() ? QString()
                                                     : QLatin1String(": ") + stderrText) };
    }

    const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (root.value(QLatin1String("apiVersion")).toString() != config.apiVersion)
        return Error {
            tr("exec plugin “%1” answered with API version “%2”, but is configured for “%3”")
                .arg(config.command, root.value(QLatin1String("apiVersion")).toString(),
                     config.apiVersion)
        };
    const QJsonValue status = root.value(QLatin1String("status"));
    if (!status.isObject())
        return Error { tr("exec plugin “%1” did not return a status").arg(config.command) };

    ExecCredential credential;
    credential.token = status[QLatin1String("token")].toString().toUtf8();
    credential.certificatePem = status[QLatin1String("clientCertificateData")].toString().toUtf8();
    credential.keyPem = status[QLatin1String("clientKeyData")].toString().toUtf8();
    if (credential.certificatePem.isEmpty() != credential.keyPem.isEmpty())
        return Error { tr("exec plugin “%1” returned only a certificate or only a key, not both")
                           .arg(config.command) };
    if (credential.token.isEmpty() && credential.certificatePem.isEmpty())
        return Error { tr("exec plugin “%1” returned neither a token nor a certificate and key")
                           .arg(config.command) };
    return credential;
}

} // namespace Slipway
