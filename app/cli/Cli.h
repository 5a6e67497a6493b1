#pragma once

#include "CliOptions.h"
#include "ImageCommands.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace Slipway {

// slipway-cli's command line: global options, the command table, dispatch and exit codes.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::Cli)

public:
    Cli();

    int run(const QStringList &arguments);
    // "slipway-cli: <message>", the pointer to --help, and exit code 2.
    static int usageError(const QString &message);

private:
    QString helpText() const;
    static QString commandHelp(const QString &command);
    int printVersion() const;
    int runReleaseCommand(const QString &command, const QStringList &arguments, bool json);
    // The options the release and bundle commands share, checked; 0, else the usage error's code.
    int readOptions(const QStringList &arguments, bool json, CliOptions *options);
    ImageCommands::Options imageOptions(bool json) const;
    int runBundleCommand(const QString &command, const QStringList &arguments, bool json);

    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_kubeconfig;
    QCommandLineOption m_context;
    QCommandLineOption m_output;
    QCommandLineOption m_helm;
    QCommandLineOption m_helmDriver;
    QCommandLineOption m_namespace;
    QCommandLineOption m_release;
    QCommandLineOption m_product;
    QCommandLineOption m_chart;
    QCommandLineOption m_answers;
    QCommandLineOption m_values;
    QCommandLineOption m_set;
    QCommandLineOption m_timeout;
    QCommandLineOption m_to;
    QCommandLineOption m_revision;
    QCommandLineOption m_keepHistory;
    QCommandLineOption m_deletePvcs;
    QCommandLineOption m_showSecrets;
    QCommandLineOption m_force;
    QCommandLineOption m_markFailed;
    QCommandLineOption m_exitCode;
    QCommandLineOption m_ignorePreflight;
    QCommandLineOption m_skipPreflight;
    QCommandLineOption m_layout;
    QCommandLineOption m_platform;
    QCommandLineOption m_registry;
    QCommandLineOption m_username;
    QCommandLineOption m_passwordStdin;
    QCommandLineOption m_dockerConfig;
    QCommandLineOption m_registryCa;
    QCommandLineOption m_plainHttp;
    QCommandLineOption m_out;
    QCommandLineOption m_image;
    QCommandLineOption m_signKey;
    QCommandLineOption m_includeHelm;
    QCommandLineOption m_includeSecrets;
    QCommandLineOption m_trustedKey;
    QCommandLineOption m_allowUnsigned;
    QCommandLineOption m_extractTo;
    QCommandLineOption m_noInstall;
};

} // namespace Slipway
