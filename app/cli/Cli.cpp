#include "Cli.h"

#include "CliSession.h"
#include "ClusterCommands.h"
#include "Console.h"
#include "ExitCode.h"
#include "ProductCommands.h"
#include "ReleaseCommands.h"
#include "ReleaseQueries.h"
#include "install/InstallPlan.h"
#include "SlipwayVersion.h"
#include "helm/HelmLocator.h"

namespace Slipway {

namespace {

struct PlannedCommand
{
    const char *name;
    const char *description;
};

// Every command slipway-cli will have. Listing them all now lets scripts and docs be written
// against the final surface; the ones not built yet say so and exit 2.
constexpr PlannedCommand kCommands[] = {
    { "products", QT_TRANSLATE_NOOP("Slipway::Cli", "List the products Slipway can install.") },
    { "render",
      QT_TRANSLATE_NOOP("Slipway::Cli", "Render a product's manifests without installing.") },
    { "install", QT_TRANSLATE_NOOP("Slipway::Cli", "Install a product into a cluster.") },
    { "upgrade",
      QT_TRANSLATE_NOOP("Slipway::Cli", "Upgrade an installed release, showing the diff first.") },
    { "rollback",
      QT_TRANSLATE_NOOP("Slipway::Cli", "Roll a release back to an earlier revision.") },
    { "uninstall", QT_TRANSLATE_NOOP("Slipway::Cli", "Uninstall a release.") },
    { "status", QT_TRANSLATE_NOOP("Slipway::Cli", "Show a release's status and its workloads.") },
    { "history", QT_TRANSLATE_NOOP("Slipway::Cli", "Show a release's revision history.") },
    { "values",
      QT_TRANSLATE_NOOP("Slipway::Cli", "Show the values a release was installed with.") },
    { "diff",
      QT_TRANSLATE_NOOP("Slipway::Cli",
                        "Show what an install, upgrade or rollback would change.") },
    { "recover", QT_TRANSLATE_NOOP("Slipway::Cli", "Recover a release stuck in a pending state.") },
    { "preflight",
      QT_TRANSLATE_NOOP("Slipway::Cli", "Check that a cluster is ready for a product.") },
    { "bundle export",
      QT_TRANSLATE_NOOP("Slipway::Cli", "Write an offline bundle for an air-gapped install.") },
    { "bundle import",
      QT_TRANSLATE_NOOP("Slipway::Cli", "Import an offline bundle and install from it.") },
    { "bundle verify",
      QT_TRANSLATE_NOOP("Slipway::Cli", "Verify an offline bundle's checksums and signature.") },
    { "contexts",
      QT_TRANSLATE_NOOP("Slipway::Cli",
                        "List the kubeconfig contexts; the current one is marked.") },
    { "connect",
      QT_TRANSLATE_NOOP("Slipway::Cli",
                        "Check the connection to a cluster and show who you are.") },
};

bool isPlanned(const QString &command)
{
    for (const PlannedCommand &planned : kCommands) {
        if (command == QLatin1String(planned.name))
            return true;
    }
    return false;
}

} // namespace

Cli::Cli()
    : m_help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help and exit."))
    , m_version(QStringLiteral("version"),
                tr("Show the version of slipway-cli and of the helm it uses."))
    , m_kubeconfig(QStringLiteral("kubeconfig"),
                   tr("Use this kubeconfig file instead of KUBECONFIG or ~/.kube/config."),
                   QStringLiteral("path"))
    , m_context(QStringLiteral("context"),
                tr("Use this kubeconfig context instead of the current one."),
                QStringLiteral("name"))
    , m_output({ QStringLiteral("o"), QStringLiteral("output") },
               tr("Output format: text or json."), QStringLiteral("format"), QStringLiteral("text"))
    , m_helm(QStringLiteral("helm"), tr("Use this helm binary (else SLIPWAY_HELM, then PATH)."),
             QStringLiteral("path"))
    , m_namespace({ QStringLiteral("n"), QStringLiteral("namespace") },
                  tr("The release's namespace (default: the product's, else the context's)."),
                  QStringLiteral("name"))
    , m_release(QStringLiteral("release"),
                tr("The release name (default: the product's, else the chart name)."),
                QStringLiteral("name"))
    , m_product(QStringLiteral("product"), tr("A product Slipway ships (see “products”)."),
                QStringLiteral("id"))
    , m_chart(QStringLiteral("chart"), tr("A chart folder or .tgz, with or without installer.yaml."),
              QStringLiteral("path"))
    , m_answers(QStringLiteral("answers"),
                tr("The product's answers (YAML: environment, size, fields, overrides)."),
                QStringLiteral("file"))
    , m_values({ QStringLiteral("f"), QStringLiteral("values") },
               tr("A values file applied after the answers (repeatable)."), QStringLiteral("file"))
    , m_set(QStringLiteral("set"), tr("Set one value, applied last (repeatable)."),
            QStringLiteral("path=value"))
    , m_timeout(QStringLiteral("timeout"),
                tr("How long helm may wait for the workloads, e.g. 10m or 600 (seconds)."),
                QStringLiteral("duration"))
    , m_to(QStringLiteral("to"), tr("rollback: the revision to go back to (default: the last good one)."),
           QStringLiteral("revision"))
    , m_revision(QStringLiteral("revision"), tr("values: the revision to show (default: the latest)."),
                 QStringLiteral("n"))
    , m_keepHistory(QStringLiteral("keep-history"), tr("uninstall: keep the release history."))
    , m_deletePvcs(QStringLiteral("delete-pvcs"),
                   tr("uninstall: also delete the release's persistent volume claims."))
{
    m_parser.setApplicationDescription(tr(
        "Slipway installs, upgrades and rolls back Helm-packaged stacks, online or air-gapped."));
    m_parser.addOptions({ m_help, m_version, m_kubeconfig, m_context, m_output, m_helm,
                          m_namespace, m_release, m_product, m_chart, m_answers, m_values, m_set,
                          m_timeout, m_to, m_revision, m_keepHistory, m_deletePvcs });
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see below)."),
                                   QStringLiteral("<command> [arguments]"));
}

int Cli::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        Console::out(helpText());
        return ExitOk;
    }
    if (m_parser.isSet(m_version))
        return printVersion();

    const QString output = m_parser.value(m_output);
    if (output != QLatin1String("text") && output != QLatin1String("json"))
        return usageError(tr("--output must be text or json, not “%1”").arg(output));

    QStringList words = m_parser.positionalArguments();
    if (words.isEmpty())
        return usageError(tr("no command given"));
    QString command = words.takeFirst();
    if (command == QLatin1String("bundle")) {
        if (words.isEmpty())
            return usageError(tr("“bundle” needs one of: export, import, verify"));
        command += QLatin1Char(' ') + words.takeFirst();
    }
    if (!isPlanned(command))
        return usageError(tr("unknown command “%1”").arg(command));

    const ClusterCommands::Format format = output == QLatin1String("json")
        ? ClusterCommands::Format::Json
        : ClusterCommands::Format::Text;
    const ClusterCommands cluster(m_parser.value(m_kubeconfig), m_parser.value(m_context), format);
    if (command == QLatin1String("contexts") || command == QLatin1String("connect")) {
        if (!words.isEmpty())
            return usageError(tr("“%1” takes no arguments").arg(command));
        return command == QLatin1String("contexts") ? cluster.contexts() : cluster.connect();
    }
    static const QStringList release { QStringLiteral("products"), QStringLiteral("render"),
                                       QStringLiteral("install"), QStringLiteral("upgrade"),
                                       QStringLiteral("rollback"), QStringLiteral("uninstall"),
                                       QStringLiteral("status"), QStringLiteral("history"),
                                       QStringLiteral("values"), QStringLiteral("diff"),
                                       QStringLiteral("recover") };
    if (release.contains(command))
        return runReleaseCommand(command, words, format == ClusterCommands::Format::Json);
    Console::err(tr("slipway-cli: '%1' is not implemented yet in this version").arg(command));
    return ExitUsage;
}

int Cli::runReleaseCommand(const QString &command, const QStringList &arguments, bool json)
{
    CliOptions options;
    options.kubeconfig = m_parser.value(m_kubeconfig);
    options.context = m_parser.value(m_context);
    options.nameSpace = m_parser.value(m_namespace);
    options.release = m_parser.value(m_release);
    options.product = m_parser.value(m_product);
    options.chart = m_parser.value(m_chart);
    options.answers = m_parser.value(m_answers);
    options.values = m_parser.values(m_values);
    options.sets = m_parser.values(m_set);
    options.helm = m_parser.value(m_helm);
    options.keepHistory = m_parser.isSet(m_keepHistory);
    options.deletePvcs = m_parser.isSet(m_deletePvcs);
    options.json = json;
    options.arguments = arguments;
    if (m_parser.isSet(m_timeout)) {
        const QString text = m_parser.value(m_timeout);
        bool number = false;
        options.timeoutSeconds = text.toInt(&number);
        if (!number)
            options.timeoutSeconds = InstallPlan::parseDuration(text);
        if (options.timeoutSeconds <= 0)
            return usageError(tr("--timeout must be a duration such as 10m or 90s, not “%1”").arg(text));
    }
    for (const auto &[option, target] : { std::pair { &m_to, &options.to },
                                          std::pair { &m_revision, &options.revision } }) {
        if (!m_parser.isSet(*option))
            continue;
        bool number = false;
        *target = m_parser.value(*option).toInt(&number);
        if (!number || *target <= 0)
            return usageError(tr("--%1 must be a revision number").arg(option->names().constLast()));
    }
    const bool takesArguments = command == QLatin1String("diff");
    if (!takesArguments && !arguments.isEmpty())
        return usageError(tr("“%1” takes no arguments").arg(command));
    CliSession session(options);
    if (command == QLatin1String("products"))
        return ProductCommands(session).products();
    if (command == QLatin1String("render"))
        return ProductCommands(session).render();
    ReleaseCommands commands(session);
    ReleaseQueries queries(session);
    if (command == QLatin1String("install") || command == QLatin1String("upgrade"))
        return commands.install(command == QLatin1String("upgrade"));
    if (command == QLatin1String("rollback"))
        return commands.rollback();
    if (command == QLatin1String("uninstall"))
        return commands.uninstall();
    if (command == QLatin1String("recover"))
        return commands.recover();
    if (command == QLatin1String("status"))
        return queries.status();
    if (command == QLatin1String("history"))
        return queries.history();
    if (command == QLatin1String("values"))
        return queries.values();
    return queries.diff();
}

QString Cli::helpText() const
{
    // The parser would name the binary by the path it was started with; scripts copy this.
    QString text = m_parser.helpText();
    text.replace(0, text.indexOf(QLatin1Char('\n')),
                 tr("Usage: slipway-cli [options] <command> [arguments]"));
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const PlannedCommand &planned : kCommands)
        text += QStringLiteral("  %1%2\n")
                    .arg(QLatin1String(planned.name), -16)
                    .arg(tr(planned.description));
    text += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    text += QStringLiteral("  0  %1\n").arg(tr("success"));
    text += QStringLiteral("  1  %1\n").arg(tr("unexpected failure, or no usable helm"));
    text += QStringLiteral("  2  %1\n").arg(tr("usage error, or a command not implemented yet"));
    text += QStringLiteral("  3  %1\n").arg(tr("kubeconfig, cluster or authentication error"));
    text += QStringLiteral("  4  %1\n").arg(tr("invalid product, answers or values; nothing was changed"));
    text += QStringLiteral("  5  %1\n").arg(tr("helm failed and the release was rolled back"));
    text += QStringLiteral("  6  %1\n").arg(tr("timed out waiting for the workloads (not rolled back)"));
    text += QStringLiteral("  7  %1\n").arg(tr("helm failed; the release is as helm left it"));
    text += QStringLiteral("  8  %1").arg(tr("the release is stuck in a pending state: run “recover”"));
    return text;
}

int Cli::printVersion() const
{
    Console::out(QStringLiteral("slipway-cli " SLIPWAY_VERSION_STRING));
    const Expected<HelmInstallation> helm
        = HelmLocator(HelmLocator::sourcesFromEnvironment(m_parser.value(m_helm))).locate();
    if (helm)
        Console::out(tr("helm %1 (%2)").arg(helm->version.toString(), helm->path));
    else
        Console::out(tr("helm: %1").arg(helm.error().toString()));
    return ExitOk;
}

int Cli::usageError(const QString &message) const
{
    Console::err(QStringLiteral("slipway-cli: ") + message);
    Console::err(tr("Run “slipway-cli --help” for the commands and options."));
    return ExitUsage;
}

} // namespace Slipway
