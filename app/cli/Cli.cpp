#include "Cli.h"

#include "BundleCommands.h"
#include "CliSession.h"
#include "ClusterCommands.h"
#include "ConnectionCommand.h"
#include "Console.h"
#include "ExitCode.h"
#include "ImageCommands.h"
#include "PreflightCommand.h"
#include "ProductCommands.h"
#include "RecoverCommand.h"
#include "ReleaseCommands.h"
#include "ReleaseQueries.h"
#include "core/Duration.h"
#include "install/InstallPlan.h"
#include "SlipwayVersion.h"
#include "helm/HelmLocator.h"

#include <algorithm>
#include <limits>

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
    { "lint",
      QT_TRANSLATE_NOOP("Slipway::Cli", "Check a chart's installer.yaml and report every problem.") },
    { "install", QT_TRANSLATE_NOOP("Slipway::Cli", "Install a product into a cluster.") },
    { "upgrade",
      QT_TRANSLATE_NOOP("Slipway::Cli", "Upgrade an installed release (“diff” shows what would change).") },
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
    { "bundle keygen",
      QT_TRANSLATE_NOOP("Slipway::Cli", "Make a key pair to sign offline bundles with (minisign format).") },
    { "bundle pull-image",
      QT_TRANSLATE_NOOP("Slipway::Cli", "Pull a container image into an OCI image layout folder.") },
    { "bundle push-images",
      QT_TRANSLATE_NOOP("Slipway::Cli", "Push the images of an OCI image layout, or of a verified bundle, to a registry.") },
    { "contexts",
      QT_TRANSLATE_NOOP("Slipway::Cli",
                        "List the kubeconfig contexts; the current one is marked.") },
    { "connect",
      QT_TRANSLATE_NOOP("Slipway::Cli",
                        "Check the connection to a cluster and show who you are.") },
    { "test-connection",
      QT_TRANSLATE_NOOP("Slipway::Cli",
                        "Check an external database or object store (postgres, redis, "
                        "clickhouse, s3).") },
};

bool isPlanned(const QString &command)
{
    for (const PlannedCommand &planned : kCommands) {
        if (command == QLatin1String(planned.name))
            return true;
    }
    return false;
}

// Whether a --set argument is what helm's --set parser takes: PATH=VALUE, several of them
// separated by commas (not those inside a {list} value nor escaped with a backslash). helm
// itself fails on a path without a value only once it runs, after the journal line is due, and
// silently drops an empty path; both are refused before anything starts.
bool isSetSyntax(const QString &set)
{
    bool any = false;
    bool inValue = false;
    qsizetype keyLength = 0;
    int depth = 0;
    for (qsizetype i = 0; i <= set.size(); ++i) {
        const QChar c = i < set.size() ? set.at(i) : QChar(QLatin1Char(','));
        if (c == QLatin1Char('\\') && i + 1 < set.size()) {
            ++i;
            keyLength += inValue ? 0 : 2;
            continue;
        }
        if (!inValue) {
            if (c == QLatin1Char('=')) {
                if (keyLength == 0)
                    return false;
                inValue = true;
                any = true;
            } else if (c == QLatin1Char(',')) {
                if (keyLength > 0)
                    return false; // a path with no "=VALUE"
            } else {
                ++keyLength;
            }
            continue;
        }
        if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}') && depth > 0) {
            --depth;
        } else if (c == QLatin1Char(',') && depth == 0) {
            inValue = false;
            keyLength = 0;
        }
    }
    return any;
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
    , m_helmDriver(QStringLiteral("helm-driver"),
                   tr("Where helm keeps release records: secret or configmap (else HELM_DRIVER, "
                      "else secret, as helm)."),
                   QStringLiteral("driver"))
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
    , m_showSecrets(QStringLiteral("show-secrets"),
                    tr("values, diff: show secret values instead of <secret 1a2b3c4d> marks."))
    , m_force(QStringLiteral("force"),
              tr("recover: go ahead even though the pending operation is recent enough that "
                 "another helm may still be running it."))
    , m_markFailed(QStringLiteral("mark-failed"),
                   tr("recover: mark the pending revision failed instead of rolling back or "
                      "uninstalling; the cluster's objects stay as they are."))
    , m_exitCode(QStringLiteral("exit-code"),
                 tr("diff: exit 1 when there are differences, 0 when there are none."))
    , m_ignorePreflight(QStringLiteral("ignore-preflight"),
                        tr("install, upgrade, preflight: go on although this preflight check "
                           "fails (repeatable; the journal records it)."),
                        QStringLiteral("id"))
    , m_skipPreflight(QStringLiteral("skip-preflight"),
                      tr("install, upgrade: run no preflight checks (the journal records it)."))
    , m_layout(QStringLiteral("layout"), tr("bundle pull-image, push-images: the OCI image layout folder."),
               QStringLiteral("dir"))
    , m_platform(QStringLiteral("platform"),
                 tr("bundle pull-image: the platform taken from a multi-platform image (default linux/amd64)."),
                 QStringLiteral("os/arch"))
    , m_registry(QStringLiteral("registry"), tr("bundle push-images, import: the registry to push to."),
                 QStringLiteral("host:port"))
    , m_username(QStringLiteral("username"),
                 tr("bundle pull-image, push-images: the registry user (else the docker config's entry)."),
                 QStringLiteral("name"))
    , m_passwordStdin(QStringLiteral("password-stdin"),
                      tr("bundle pull-image, push-images: read the registry password from the first line of stdin."))
    , m_dockerConfig(QStringLiteral("docker-config"),
                     tr("bundle pull-image, push-images: a docker config.json with registry credentials "
                        "(default: $DOCKER_CONFIG/config.json, else ~/.docker/config.json)."),
                     QStringLiteral("file"))
    , m_registryCa(QStringLiteral("registry-ca"),
                   tr("bundle pull-image, push-images: trust this CA file for the registry's certificate."),
                   QStringLiteral("file"))
    , m_plainHttp(QStringLiteral("plain-http"),
                  tr("bundle pull-image, push-images: plain http, for a registry on this machine (loopback) only."))
    , m_out(QStringLiteral("out"),
            tr("bundle export: the bundle to write (default <product>-<version>.slipway.zip); bundle keygen: the "
               "folder for slipway.key and slipway.pub."),
            QStringLiteral("path"))
    , m_image(QStringLiteral("image"),
              tr("bundle export: an image to bundle besides those the chart renders (repeatable)."),
              QStringLiteral("reference"))
    , m_signKey(QStringLiteral("sign-key"), tr("bundle export: sign the bundle with this minisign secret key."),
                QStringLiteral("file"))
    , m_includeHelm(QStringLiteral("include-helm"), tr("bundle export: bundle the helm binary too."))
    , m_includeSecrets(QStringLiteral("include-secrets"),
                       tr("bundle export: keep the installer's secret fields in the bundled values."))
    , m_trustedKey(QStringLiteral("trusted-key"),
                   tr("bundle verify, import, push-images: trust this public key (repeatable), besides "
                      "$XDG_CONFIG_HOME/slipway/trusted-keys/*.pub."),
                   QStringLiteral("file"))
    , m_allowUnsigned(QStringLiteral("allow-unsigned"),
                      tr("bundle verify, import, push-images: accept a bundle that is not signed by a trusted key (its "
                         "checksums are still checked)."))
    , m_extractTo(QStringLiteral("extract-to"),
                  tr("bundle import: extract into this new folder (default: under ~/.cache/slipway/imports)."),
                  QStringLiteral("dir"))
    , m_noInstall(QStringLiteral("no-install"),
                  tr("bundle import: stop after pushing the images and writing the values; print the install "
                     "command."))
{
    m_parser.setApplicationDescription(tr(
        "Slipway installs, upgrades and rolls back Helm-packaged stacks, online or air-gapped."));
    m_parser.addOptions({ m_help, m_version, m_kubeconfig, m_context, m_output, m_helm,
                          m_helmDriver, m_namespace, m_release, m_product, m_chart, m_answers,
                          m_values, m_set,
                          m_timeout, m_to, m_revision, m_keepHistory, m_deletePvcs,
                          m_showSecrets, m_force, m_markFailed, m_exitCode, m_ignorePreflight,
                          m_skipPreflight, m_layout, m_platform, m_registry, m_username,
                          m_passwordStdin, m_dockerConfig, m_registryCa, m_plainHttp, m_out, m_image,
                          m_signKey, m_includeHelm, m_includeSecrets, m_trustedKey, m_allowUnsigned,
                          m_extractTo, m_noInstall });
    m_parser.addOptions(ConnectionCommand::options());
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see below)."),
                                   QStringLiteral("<command> [arguments]"));
}

int Cli::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        // `slipway-cli recover --help`: that command's own text, when it has one.
        const QStringList words = m_parser.positionalArguments();
        const QString details = words.isEmpty() ? QString() : commandHelp(words.first());
        Console::out(details.isEmpty() ? helpText() : details);
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
            return usageError(tr("“bundle” needs one of: export, import, verify, pull-image, push-images"));
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
    if (command == QLatin1String("test-connection")) {
        if (!words.isEmpty())
            return usageError(tr("“%1” takes no arguments").arg(command));
        return ConnectionCommand::run(m_parser, format == ClusterCommands::Format::Json);
    }
    static const QStringList release { QStringLiteral("products"), QStringLiteral("render"),
                                       QStringLiteral("lint"),
                                       QStringLiteral("install"), QStringLiteral("upgrade"),
                                       QStringLiteral("rollback"), QStringLiteral("uninstall"),
                                       QStringLiteral("status"), QStringLiteral("history"),
                                       QStringLiteral("values"), QStringLiteral("diff"),
                                       QStringLiteral("recover"), QStringLiteral("preflight") };
    if (release.contains(command))
        return runReleaseCommand(command, words, format == ClusterCommands::Format::Json);
    // push-images BUNDLE: the bundle's images, verified as import verifies them.
    const bool pushBundle = command == QLatin1String("bundle push-images") && !m_parser.isSet(m_layout)
        && !words.isEmpty();
    if (!pushBundle
        && (command == QLatin1String("bundle pull-image") || command == QLatin1String("bundle push-images"))) {
        const ImageCommands::Options options = imageOptions(format == ClusterCommands::Format::Json);
        if (options.passwordStdin && options.username.isEmpty())
            return usageError(tr("--password-stdin needs --username"));
        ImageCommands images(options);
        return command == QLatin1String("bundle pull-image") ? images.pullImage(words) : images.pushImages(words);
    }
    // bundle keygen, export, verify, import, push-images BUNDLE: every planned command is built.
    return runBundleCommand(command, words, format == ClusterCommands::Format::Json);
}

ImageCommands::Options Cli::imageOptions(bool json) const
{
    ImageCommands::Options options;
    options.layout = m_parser.value(m_layout);
    options.platform = m_parser.value(m_platform);
    options.registry = m_parser.value(m_registry);
    options.username = m_parser.value(m_username);
    options.passwordStdin = m_parser.isSet(m_passwordStdin);
    options.dockerConfig = m_parser.value(m_dockerConfig);
    options.caFile = m_parser.value(m_registryCa);
    options.plainHttp = m_parser.isSet(m_plainHttp);
    options.json = json;
    return options;
}

int Cli::runBundleCommand(const QString &command, const QStringList &arguments, bool json)
{
    CliOptions cli;
    if (int rc = readOptions(arguments, json, &cli))
        return rc;
    BundleCommands::Options options;
    options.registry = imageOptions(json);
    if (options.registry.passwordStdin && options.registry.username.isEmpty())
        return usageError(tr("--password-stdin needs --username"));
    options.out = m_parser.value(m_out);
    options.images = m_parser.values(m_image);
    options.signKey = m_parser.value(m_signKey);
    options.includeHelm = m_parser.isSet(m_includeHelm);
    options.includeSecrets = m_parser.isSet(m_includeSecrets);
    options.trustedKeys = m_parser.values(m_trustedKey);
    options.allowUnsigned = m_parser.isSet(m_allowUnsigned);
    options.extractTo = m_parser.value(m_extractTo);
    options.noInstall = m_parser.isSet(m_noInstall);
    BundleCommands bundle(cli, options);
    if (command == QLatin1String("bundle keygen"))
        return bundle.keygen();
    if (command == QLatin1String("bundle export"))
        return bundle.exportBundle();
    if (command == QLatin1String("bundle verify"))
        return bundle.verify();
    if (command == QLatin1String("bundle push-images"))
        return bundle.pushImages();
    return bundle.import();
}

int Cli::readOptions(const QStringList &arguments, bool json, CliOptions *out)
{
    CliOptions &options = *out;
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
    const Expected<ReleaseStorage> storage = m_parser.isSet(m_helmDriver)
        ? ReleaseStorage::fromDriver(m_parser.value(m_helmDriver))
        : ReleaseStorage::fromEnvironment();
    if (!storage)
        return usageError(m_parser.isSet(m_helmDriver)
                              ? tr("--helm-driver: %1").arg(storage.error().message)
                              : storage.error().message);
    options.storage = storage.value();
    options.keepHistory = m_parser.isSet(m_keepHistory);
    options.deletePvcs = m_parser.isSet(m_deletePvcs);
    options.showSecrets = m_parser.isSet(m_showSecrets);
    options.force = m_parser.isSet(m_force);
    options.markFailed = m_parser.isSet(m_markFailed);
    options.exitCode = m_parser.isSet(m_exitCode);
    options.json = json;
    options.arguments = arguments;
    options.ignorePreflight = m_parser.values(m_ignorePreflight);
    options.skipPreflight = m_parser.isSet(m_skipPreflight);
    if (const QString unknown = PreflightCommand::unknownCheckMessage(options.ignorePreflight);
        !unknown.isEmpty())
        return usageError(unknown);
    if (options.skipPreflight && !options.ignorePreflight.isEmpty())
        return usageError(tr("--skip-preflight and --ignore-preflight exclude each other"));
    for (const QString &set : std::as_const(options.sets)) {
        if (!isSetSyntax(set))
            return usageError(tr("--set must be PATH=VALUE (for example image.tag=1.2.3), not “%1”")
                                  .arg(set));
    }
    if (m_parser.isSet(m_timeout)) {
        const QString text = m_parser.value(m_timeout);
        bool number = false;
        options.timeoutSeconds = text.toInt(&number);
        if (!number) {
            const Expected<qint64> ms = Duration::parseMs(text);
            options.timeoutSeconds
                = ms ? int(std::min<qint64>(*ms / 1000, std::numeric_limits<int>::max())) : 0;
        }
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
    return ExitOk;
}

int Cli::runReleaseCommand(const QString &command, const QStringList &arguments, bool json)
{
    CliOptions options;
    if (int rc = readOptions(arguments, json, &options))
        return rc;
    const bool takesArguments = command == QLatin1String("diff");
    if (!takesArguments && !arguments.isEmpty())
        return usageError(tr("“%1” takes no arguments").arg(command));
    CliSession session(options);
    if (command == QLatin1String("products"))
        return ProductCommands(session).products();
    if (command == QLatin1String("render"))
        return ProductCommands(session).render();
    if (command == QLatin1String("lint"))
        return ProductCommands(session).lint();
    if (command == QLatin1String("preflight"))
        return PreflightCommand(session).run();
    ReleaseCommands commands(session);
    ReleaseQueries queries(session);
    if (command == QLatin1String("install") || command == QLatin1String("upgrade"))
        return commands.install(command == QLatin1String("upgrade"));
    if (command == QLatin1String("rollback"))
        return commands.rollback();
    if (command == QLatin1String("uninstall"))
        return commands.uninstall();
    if (command == QLatin1String("recover"))
        return RecoverCommand(session).run();
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
                    .arg(QLatin1String(planned.name), -20)
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
    text += QStringLiteral("  8  %1\n").arg(tr("the release is stuck in a pending state: run “recover”; or "
                                               "“recover” refused because another helm may still "
                                               "be working on it"));
    text += QStringLiteral("  9  %1\n").arg(tr("the release does not exist (status, history, values, "
                                               "diff, uninstall, recover)"));
    text += QStringLiteral(" 10  %1\n").arg(tr("preflight found failures (preflight; install and "
                                               "upgrade then change nothing)"));
    text += QStringLiteral(" 11  %1\n").arg(tr("test-connection: the database or object store "
                                               "cannot be used (the message says why)"));
    text += QStringLiteral(" 12  %1\n").arg(tr("a registry failed or refused (bundle pull-image, "
                                               "push-images): unreachable, authentication, unknown "
                                               "image, a blob that does not match its digest"));
    text += QStringLiteral(" 13  %1\n").arg(tr("bundle verify, import, push-images: the bundle is damaged, tampered with or "
                                               "crafted, or its signature is refused; nothing was "
                                               "extracted, pushed or installed"));
    text += QStringLiteral("  130  %1\n").arg(tr("interrupted by Ctrl-C (SIGINT); 143 for SIGTERM, "
                                                 "129 for SIGHUP. The message says which state the "
                                                 "release was left in"));
    text += QLatin1Char('\n') + tr("“diff --exit-code” exits 1 when there are differences.");
    text += QLatin1Char('\n')
        + tr("Run “slipway-cli <command> --help” for the details of install, upgrade, rollback, "
             "uninstall, values, diff, recover, lint and test-connection.");
    return text;
}

QString Cli::commandHelp(const QString &command)
{
    const QString interrupt = tr(
        "Ctrl-C (or SIGTERM) while helm installs or upgrades cancels the operation: helm marks "
        "the new revision failed and rolls the release back, slipway-cli waits for helm to stop "
        "(it is killed if it has not after 10 s), says which revision and state the release is "
        "at, writes the audit journal line (outcome “cancelled”) and exits 130 (143 for SIGTERM).");
    const QString noInterrupt = tr(
        "A rollback or uninstall is never stopped half-way, since that would leave the release "
        "stuck: the first Ctrl-C only says that it will finish, and waits; a second one stops "
        "helm anyway (then run “recover”).");
    if (command == QLatin1String("install") || command == QLatin1String("upgrade"))
        return tr("Usage: slipway-cli %1 --product ID --answers FILE [--values FILE]… [--set "
                  "PATH=VALUE]… [--timeout DURATION]\n"
                  "       slipway-cli %1 --chart PATH [--values FILE]… [--set PATH=VALUE]…\n\n"
                  "install installs a release that does not exist yet (exit 4 if it does); "
                  "upgrade changes one that does (exit 2 if it does not: use install). helm runs "
                  "with rollback on failure and waits for the workloads; on a terminal, one line "
                  "shows the phase, the time and the pods. Without --answers, an upgrade keeps "
                  "the values the release was deployed with and applies --values and --set over "
                  "them.\n\n%2")
            .arg(command, interrupt);
    if (command == QLatin1String("rollback") || command == QLatin1String("uninstall"))
        return tr("Usage: slipway-cli rollback [--to REVISION]   (default: the last good revision)\n"
                  "       slipway-cli uninstall [--keep-history] [--delete-pvcs]\n\n"
                  "rollback of a release that does not exist is a usage error (exit 2); "
                  "uninstall of one exits 9. Both refuse a release stuck in pending-* or "
                  "uninstalling — also one another slipway-cli or helm is still working on — "
                  "with exit 8: run “slipway-cli recover” once nothing works on it.\n\n%1")
            .arg(noInterrupt);
    if (command == QLatin1String("lint"))
        return tr("Usage: slipway-cli lint --chart PATH [-o json]\n\n"
                  "Checks a chart folder or .tgz the way install would load it — Chart.yaml, "
                  "values.yaml, values.schema.json and above all installer.yaml (unknown keys, "
                  "types, ids, paths, conditions, duplicate keys) — without a cluster or helm. "
                  "Every problem is printed at once, one a line, as FILE:LINE:COLUMN: message "
                  "(hint); with -o json, as a list of {file, line, column, message, hint} (line "
                  "and column 0 when unknown). Exit 0 when there is no problem, 4 when there "
                  "is one or more, 2 without --chart.");
    if (command == QLatin1String("test-connection"))
        return ConnectionCommand::help();
    if (command == QLatin1String("bundle"))
        return tr(
            "Usage: slipway-cli bundle keygen --out DIR\n"
            "       slipway-cli bundle export --product ID | --chart PATH [--answers FILE] [-f VALUES]… "
            "[--image REF]… [--platform OS/ARCH] [--sign-key FILE] [--include-helm] [--include-secrets] "
            "[--out FILE]\n"
            "       slipway-cli bundle verify FILE [--trusted-key FILE]… [--allow-unsigned]\n"
            "       slipway-cli bundle import FILE --registry HOST[:PORT] [--trusted-key FILE]… "
            "[--allow-unsigned] [--extract-to DIR] [--no-install] [--release NAME] [-n NAMESPACE] "
            "[-f VALUES]…\n"
            "       slipway-cli bundle push-images FILE --registry HOST[:PORT] [--trusted-key FILE]… "
            "[--allow-unsigned] [-o json]\n"
            "       slipway-cli bundle push-images --layout DIR --registry HOST[:PORT]\n"
            "       slipway-cli bundle pull-image REFERENCE --layout DIR [--platform OS/ARCH]\n\n"
            "An offline bundle (<product>-<version>.slipway.zip) holds the chart, its values (the "
            "installer's secret fields left out unless --include-secrets), every image the chart "
            "renders plus each --image as an OCI image layout, optionally helm, and manifest.json "
            "listing every file with its size and SHA-256, signed in minisign's format "
            "(manifest.json.minisig; “minisign -V” checks it too).\n\n"
            "export pulls the images into <bundle>.staging first; an export that stops resumes from "
            "there. verify and import check the signature against the trusted keys "
            "($XDG_CONFIG_HOME/slipway/trusted-keys/*.pub and each --trusted-key) before anything "
            "else, then every file's checksum; a bundle that is not signed by one of them is refused "
            "unless --allow-unsigned. import extracts into a private folder, pushes the images to "
            "--registry (the registry options of push-images apply), rewrites the image references "
            "of the values to it (global.imageRegistry when the chart has it, else each image's "
            "repository), and installs the bundled chart as “install --chart” does (--no-install: "
            "stop there and print that command). push-images FILE checks the bundle exactly as import "
            "does, then only pushes its images to --registry and prints, for each, the bundle's "
            "reference and where it went with its digest (-o json: a list of {source, target, "
            "digest}); nothing is installed, and only the image layout is extracted, into a private "
            "folder that is removed afterwards. The registry options (--username, --password-stdin, "
            "--docker-config, --registry-ca, --plain-http) are those of import.\n\n"
            "Exit 0 when done, 13 when the bundle is refused (verify, import, push-images: nothing extracted, pushed or "
            "installed), 12 when a registry fails, 2 for a usage error, 1 when a file cannot be "
            "read or written; import's install exits as install does.");
    if (command == QLatin1String("values"))
        return tr("Usage: slipway-cli values [--revision N] [--show-secrets] [-o json]\n\n"
                  "The user-supplied values of the latest revision (or of revision N), as "
                  "“helm get values” prints them. The values of the installer's secret fields "
                  "are shown as <secret 1a2b3c4d> (the start of their SHA-256, so equal secrets "
                  "have equal marks) unless --show-secrets is given. Exit 9 if there is no such "
                  "release, 2 if it has no revision N.");
    if (command == QLatin1String("diff"))
        return tr("Usage: slipway-cli diff [FROM [TO]]\n"
                  "       slipway-cli diff --answers FILE | --values FILE | --set PATH=VALUE …\n\n"
                  "With revisions: the user values and the manifest of revision FROM against "
                  "TO (default: the last two revisions; TO defaults to the latest).\n"
                  "With --answers, --values or --set and no revisions: the last deployed "
                  "revision against what “upgrade” with the same options would deploy. helm "
                  "renders it against the cluster (upgrade --dry-run=server, so lookups and API "
                  "versions are the real ones); nothing is changed.\n\n"
                  "Secrets show as <secret 1a2b3c4d> unless --show-secrets is given. Exit 0 "
                  "whether or not there are differences; with --exit-code, 1 when there are. "
                  "Exit 9 if there is no such release, 8 if it is stuck pending.");
    if (command == QLatin1String("recover"))
        return tr(
            "Usage: slipway-cli recover [--mark-failed] [--force] [--timeout DURATION]\n\n"
            "A release is stuck when its latest revision is pending-install, pending-upgrade or "
            "pending-rollback (a helm was killed, crashed or lost the cluster half-way), or "
            "uninstalling. Helm cannot tell a stuck operation from one another helm is still "
            "running, so recover first looks at when the operation began: if that is less than "
            "the operation timeout (--timeout, else the product's helm.timeout, else 5m) plus 2 "
            "minutes ago, it refuses with exit 8 — another helm may still be running — and "
            "--force goes ahead anyway.\n\n"
            "Before changing anything it saves every revision's record (Secret, or ConfigMap "
            "with helm's configmap driver) to a private (0600) file in "
            "<data folder>/slipway-cli/release-backups-with-secrets (0700): the records hold the "
            "release's values, secret answers included. Then, least invasive first:\n"
            "  pending-upgrade, pending-rollback: roll back to the newest deployed (else "
            "superseded) revision, which re-applies it as a new revision.\n"
            "  pending-install with no earlier good revision: uninstall, so that it can be "
            "installed again.\n"
            "  uninstalling: run the uninstall again.\n"
            "  --mark-failed (any pending state): only mark the pending revision failed, as "
            "Flux's unlock does, and leave the cluster's objects as they are; the next upgrade "
            "then starts from the last deployed revision. With helm 3 (client-side apply) that "
            "upgrade changes only what differs between the last deployed revision and the new "
            "one, so a change the interrupted run made that neither mentions stays in the "
            "cluster; the rollback does not leave it behind.\n"
            "Deleting the pending revision's record by hand also unlocks a release, but keeps "
            "whatever the dead run applied without a record of it; Slipway does not do that.\n\n"
            "Exit 0 when recovered or when there was nothing to recover, 8 when refused, 9 when "
            "there is no such release.");
    return {};
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

int Cli::usageError(const QString &message)
{
    Console::err(QStringLiteral("slipway-cli: ") + message);
    Console::err(tr("Run “slipway-cli --help” for the commands and options."));
    return ExitUsage;
}

} // namespace Slipway
