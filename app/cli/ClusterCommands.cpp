#include "ClusterCommands.h"

#include "Console.h"
#include "ExitCode.h"
#include "kube/ClusterProbe.h"
#include "kube/KubeClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Slipway {

namespace {

void printJson(const QJsonObject &object)
{
    Console::out(
        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

} // namespace

ClusterCommands::ClusterCommands(QString kubeconfigPath, QString contextName, Format format)
    : m_kubeconfigPath(std::move(kubeconfigPath))
    , m_contextName(std::move(contextName))
    , m_format(format)
{ }

Expected<Kubeconfig> ClusterCommands::load() const
{
    return Kubeconfig::load(Kubeconfig::sourcesFromEnvironment(m_kubeconfigPath));
}

int ClusterCommands::contexts() const
{
    const Expected<Kubeconfig> config = load();
    if (!config) {
        Console::err(QStringLiteral("slipway-cli: ") + config.error().toString());
        return ExitClusterError;
    }
    const QString current = config->currentContext();
    if (m_format == Format::Json) {
        QJsonArray contexts;
        for (const KubeContext &c : config->contexts())
            contexts.append(QJsonObject { { QStringLiteral("name"), c.name },
                                          { QStringLiteral("cluster"), c.cluster },
                                          { QStringLiteral("user"), c.user },
                                          { QStringLiteral("namespace"), c.nameSpace },
                                          { QStringLiteral("current"), c.name == current } });
        printJson({ { QStringLiteral("currentContext"), current },
                    { QStringLiteral("contexts"), contexts },
                    { QStringLiteral("files"), QJsonArray::fromStringList(config->files()) } });
        return ExitOk;
    }
    if (config->contexts().isEmpty()) {
        Console::err(tr("No contexts: no kubeconfig was found, or it defines none."));
        return ExitOk;
    }
    QList<QStringList> rows { { tr("CURRENT"), tr("NAME"), tr("CLUSTER"), tr("USER"),
                                tr("NAMESPACE") } };
    for (const KubeContext &c : config->contexts())
        rows.append({ c.name == current ? QStringLiteral("*") : QString(), c.name, c.cluster,
                      c.user, c.nameSpace });
    Console::table(rows);
    return ExitOk;
}

int ClusterCommands::connect() const
{
    const Expected<Kubeconfig> config = load();
    if (!config) {
        Console::err(QStringLiteral("slipway-cli: ") + config.error().toString());
        return ExitClusterError;
    }
    const Expected<ResolvedContext> context = config->resolve(m_contextName);
    if (!context) {
        Console::err(QStringLiteral("slipway-cli: ") + context.error().toString());
        return ExitClusterError;
    }
    KubeClient client(context.value());
    // An exec plugin's stderr (a device-code login, say) is meant for the person at the
    // terminal, as kubectl passes it through.
    QObject::connect(&client, &KubeClient::credentialPluginMessage, &client,
                     [](const QString &line) { Console::err(line); });
    ClusterProbe probe(&client);
    ProbeResult result;
    QEventLoop loop;
    QObject::connect(&probe, &ClusterProbe::finished, &loop, [&](const ProbeResult &r) {
        result = r;
        loop.quit();
    });
    probe.start();
    loop.exec();
    if (m_format == Format::Json) {
        printJson({ { QStringLiteral("context"), context->context.name },
                    { QStringLiteral("server"), result.server },
                    { QStringLiteral("connected"), result.ok() },
                    { QStringLiteral("kubernetesVersion"), result.gitVersion },
                    { QStringLiteral("username"), result.username },
                    { QStringLiteral("groups"), QJsonArray::fromStringList(result.groups) },
                    { QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings) },
                    { QStringLiteral("error"), result.error } });
    } else if (result.ok()) {
        Console::out(tr("Connected to %1 — Kubernetes %2").arg(result.server, result.gitVersion));
        Console::out(tr("Context:  %1").arg(context->context.name));
        if (!result.username.isEmpty())
            Console::out(tr("User:     %1").arg(result.username));
        if (!result.groups.isEmpty())
            Console::out(tr("Groups:   %1").arg(result.groups.join(QStringLiteral(", "))));
    }
    for (const QString &warning : result.warnings)
        Console::err(tr("warning: %1").arg(warning));
    if (!result.ok()) {
        if (m_format == Format::Text)
            Console::err(QStringLiteral("slipway-cli: ") + result.error);
        return ExitClusterError;
    }
    return ExitOk;
}

} // namespace Slipway
