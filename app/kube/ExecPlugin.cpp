#include "ExecPlugin.h"

#include "KubeTime.h"
#include "Logging.h"

#include <QElapsedTimer>

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
                                         int timeoutMs, const StderrSink &stderrSink,
                                         const std::atomic_bool *cancelled)
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
        QString message = process.error() == QProcess::FailedToStart
            ? tr("exec plugin “%1” was not found or cannot be run (%2); install it or put its "
                 "folder on PATH")
                  .arg(config.command, process.errorString())
            : tr("exec plugin “%1” could not be started: %2").arg(config.command, process.errorString());
        if (!config.installHint.isEmpty())
            message += QLatin1Char('\n') + config.installHint;
        return Error { message };
    }
    // Polled rather than waited for in one go, so stderr reaches the user while the plugin runs.
    QByteArray pending;
    QStringList stderrLines;
    const auto takeStderr = [&](bool flush) {
        pending += process.readAllStandardError();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0 || (flush && !pending.isEmpty())) {
            const qsizetype end = newline >= 0 ? newline : pending.size();
            const QString line = QString::fromUtf8(pending.left(end)).trimmed();
            pending.remove(0, end + 1);
            if (line.isEmpty())
                continue;
            stderrLines.append(line);
            if (stderrSink)
                stderrSink(line);
        }
    };
    QElapsedTimer clock;
    clock.start();
    while (!process.waitForFinished(100)) {
        takeStderr(false);
        if (cancelled && *cancelled) {
            process.kill();
            process.waitForFinished(1000);
            return Error { tr("exec plugin “%1” was stopped: the connection was closed")
                               .arg(config.command) };
        }
        if (clock.elapsed() > timeoutMs) {
            process.kill();
            process.waitForFinished(1000);
            return Error { tr("exec plugin “%1” did not answer within %2 s")
                               .arg(config.command)
                               .arg(timeoutMs / 1000) };
        }
    }
    takeStderr(true);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString detail = stderrLines.join(QLatin1Char('\n'));
        return Error { tr("exec plugin “%1” failed with exit code %2%3")
                           .arg(config.command)
                           .arg(process.exitCode())
                           .arg(detail.isEmpty() ? QString() : QLatin1String(": ") + detail) };
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
    const QString expiry = status[QLatin1String("expirationTimestamp")].toString();
    credential.expiry = expiry.isEmpty() ? QDateTime() : KubeTime::parse(expiry);
    return credential;
}

} // namespace Slipway
