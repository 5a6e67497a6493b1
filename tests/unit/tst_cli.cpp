#include "SlipwayVersion.h"
#include "TestFiles.h"
#include "TestKubeconfigs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <optional>

// Runs the built slipway-cli as a user or script would, and reads what it prints.
class tst_Cli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void version_printsCliAndHelmVersion();
    void help_listsEveryPlannedCommand_data();
    void help_listsEveryPlannedCommand();
    void help_documentsExitCodes();
    void help_documentsTheNewOptions_data();
    void help_documentsTheNewOptions();
    void commandHelp_explainsTheCommand_data();
    void commandHelp_explainsTheCommand();
    void usageErrors_exitTwo_data();
    void usageErrors_exitTwo();
    void contexts_listsContextsAndMarksTheCurrentOne();
    void contexts_jsonOutput_isMachineReadable();
    void contexts_unparseableKubeconfig_exitsThreeWithLocation();
    void connect_nothingListening_exitsThreeWithReadableError();
    void connect_credentialsOverPlainHttp_areRefused();
    void connect_execPluginPrompt_isPassedThroughToStderr();
    void cli_linksNeitherQtWidgetsNorQtGui();
    void lint_bundledChart_isClean();
    void lint_brokenDescriptor_printsEveryProblemAndExitsFour();
    void lint_jsonOutput_listsEveryProblem();
    void lint_withoutChart_isAUsageError();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &content)
    {
        return m_files->write(name, content);
    }

    // A copy of charts/backline's Chart.yaml and values.yaml with a faulty installer.yaml:
    // an unknown field type (line 9), a field id starting with a digit (line 12) and a second
    // “pages:” (line 13).
    QString brokenChart();

    std::optional<TestFiles> m_files;
};

void tst_Cli::init()
{
    m_files.emplace();
}

tst_Cli::Run tst_Cli::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Isolated from the developer's own kubeconfig and helm.
    env.insert(QStringLiteral("HOME"), m_files->path());
    env.remove(QStringLiteral("KUBECONFIG"));
    env.remove(QStringLiteral("SLIPWAY_HELM"));
    env.insert(QStringLiteral("PATH"), m_files->path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SLIPWAY_CLI_PATH), arguments);
    if (!process.waitForFinished(30000))
        QTest::qFail("slipway-cli did not finish within 30 s", __FILE__, __LINE__);
    return Run { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
}

void tst_Cli::version_printsCliAndHelmVersion()
{
    const QString helm
        = m_files->write(QStringLiteral("helm"), "#!/bin/sh\nprintf v3.22.0\n", true);

    const Run run = cli({ QStringLiteral("--version") });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("slipway-cli " SLIPWAY_VERSION_STRING));
    QCOMPARE(lines.value(1), QStringLiteral("helm v3.22.0 (%1)").arg(helm));
}

void tst_Cli::help_listsEveryPlannedCommand_data()
{
    QTest::addColumn<QString>("command");
    const char *commands[]
        = { "products",      "render",        "install",       "upgrade",  "rollback", "uninstall",
            "status",        "history",       "values",        "diff",     "recover",  "preflight",
            "bundle export", "bundle import", "bundle verify", "contexts", "connect",  "lint",
            "test-connection", "bundle pull-image", "bundle push-images", "bundle keygen" };
    for (const char *command : commands)
        QTest::newRow(command) << QString::fromLatin1(command);
}

void tst_Cli::help_listsEveryPlannedCommand()
{
    QFETCH(QString, command);
    const Run run = cli({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    // Each command sits on its own line, followed by a one-line description.
    const QRegularExpression line(
        QStringLiteral("^  %1 +\\S.*$").arg(QRegularExpression::escape(command)),
        QRegularExpression::MultilineOption);
    QVERIFY2(line.match(run.out).hasMatch(), qPrintable(run.out));
}

void tst_Cli::help_documentsExitCodes()
{
    const Run run = cli({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("Exit codes:")));
    for (const char *code : { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "130" }) {
        const QRegularExpression line(QStringLiteral("^  %1  \\S").arg(QLatin1String(code)),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(run.out).hasMatch(), code);
    }
    QVERIFY(run.out.contains(QLatin1String("--kubeconfig")));
    QVERIFY(run.out.contains(QLatin1String("--context")));
}

void tst_Cli::help_documentsTheNewOptions_data()
{
    QTest::addColumn<QString>("option");
    for (const char *option : { "--show-secrets", "--force", "--mark-failed", "--exit-code" })
        QTest::newRow(option) << QString::fromLatin1(option);
}

void tst_Cli::help_documentsTheNewOptions()
{
    QFETCH(QString, option);
    const Run run = cli({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(option), qPrintable(run.out));
}

void tst_Cli::commandHelp_explainsTheCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("recover") << QStringLiteral("recover")
                             << QStringList { QStringLiteral("--mark-failed"),
                                              QStringLiteral("--force"),
                                              QStringLiteral("pending-upgrade"),
                                              QStringLiteral("uninstalling"),
                                              QStringLiteral("0600"),
                                              QStringLiteral("exit 8") };
    QTest::newRow("values") << QStringLiteral("values")
                            << QStringList { QStringLiteral("--show-secrets"),
                                             QStringLiteral("<secret 1a2b3c4d>") };
    QTest::newRow("diff") << QStringLiteral("diff")
                          << QStringList { QStringLiteral("--answers"),
                                           QStringLiteral("--dry-run=server"),
                                           QStringLiteral("--exit-code"),
                                           QStringLiteral("--show-secrets") };
    QTest::newRow("upgrade") << QStringLiteral("upgrade")
                             << QStringList { QStringLiteral("Ctrl-C"), QStringLiteral("130"),
                                              QStringLiteral("exit 2") };
    QTest::newRow("lint") << QStringLiteral("lint")
                          << QStringList { QStringLiteral("--chart"), QStringLiteral("-o json"),
                                           QStringLiteral("FILE:LINE:COLUMN"),
                                           QStringLiteral("duplicate keys"), QStringLiteral("Exit 0") };
    QTest::newRow("rollback") << QStringLiteral("rollback")
                              << QStringList { QStringLiteral("Ctrl-C"),
                                               QStringLiteral("never stopped half-way") };
    QTest::newRow("bundle") << QStringLiteral("bundle")
                            << QStringList { QStringLiteral("bundle export"), QStringLiteral("--trusted-key"),
                                             QStringLiteral("--allow-unsigned"), QStringLiteral("minisign -V"),
                                             QStringLiteral("13 when the bundle is refused") };
}

void tst_Cli::commandHelp_explainsTheCommand()
{
    QFETCH(QString, command);
    QFETCH(QStringList, mentions);
    const Run run = cli({ command, QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("Usage: slipway-cli ") + command), qPrintable(run.out));
    // One paragraph per line: the words of a mention may not be split over two lines.
    for (const QString &mention : mentions)
        QVERIFY2(run.out.contains(mention), qPrintable(mention + QLatin1String(" in:\n") + run.out));
}

void tst_Cli::usageErrors_exitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList { QStringLiteral("deploy") };
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("--frobnicate"), QStringLiteral("contexts") };
    QTest::newRow("bundle without subcommand") << QStringList { QStringLiteral("bundle") };
    QTest::newRow("pull-image without --layout")
        << QStringList { QStringLiteral("bundle"), QStringLiteral("pull-image"), QStringLiteral("127.0.0.1:5000/app:1") };
    QTest::newRow("pull-image of a bad reference")
        << QStringList { QStringLiteral("bundle"), QStringLiteral("pull-image"), QStringLiteral("App:1"),
                         QStringLiteral("--layout"), QStringLiteral("/nonexistent") };
    QTest::newRow("pull-image with a bad platform")
        << QStringList { QStringLiteral("bundle"), QStringLiteral("pull-image"), QStringLiteral("127.0.0.1:5000/app:1"),
                         QStringLiteral("--layout"), QStringLiteral("/nonexistent"), QStringLiteral("--platform"),
                         QStringLiteral("amd64") };
    QTest::newRow("push-images without --registry")
        << QStringList { QStringLiteral("bundle"), QStringLiteral("push-images"), QStringLiteral("--layout"),
                         QStringLiteral("/nonexistent") };
    QTest::newRow("--password-stdin without --username")
        << QStringList { QStringLiteral("bundle"), QStringLiteral("push-images"), QStringLiteral("--layout"),
                         QStringLiteral("/nonexistent"), QStringLiteral("--registry"), QStringLiteral("127.0.0.1:1"),
                         QStringLiteral("--password-stdin") };
    QTest::newRow("bundle verify without a file") << QStringList { QStringLiteral("bundle"), QStringLiteral("verify") };
    QTest::newRow("bundle import without --registry")
        << QStringList { QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("/nonexistent.slipway.zip") };
    QTest::newRow("bundle keygen without --out") << QStringList { QStringLiteral("bundle"), QStringLiteral("keygen") };
    QTest::newRow("bundle export with --set")
        << QStringList { QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--chart"),
                         QStringLiteral("/nonexistent"), QStringLiteral("--set"), QStringLiteral("a=1") };
    QTest::newRow("bundle export with a bad --image")
        << QStringList { QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--chart"),
                         QStringLiteral("/nonexistent"), QStringLiteral("--image"), QStringLiteral("App:1") };
    QTest::newRow("bad output format")
        << QStringList { QStringLiteral("contexts"), QStringLiteral("-o"), QStringLiteral("xml") };
    QTest::newRow("an override of a check that does not exist")
        << QStringList { QStringLiteral("install"), QStringLiteral("--product"),
                         QStringLiteral("backline"), QStringLiteral("--ignore-preflight"),
                         QStringLiteral("capacityy") };
    // helm would fail on these only once it runs (or drop an empty path without a word)
    for (const char *set : { "a", "=x", "a=1,b", "" })
        QTest::newRow(qPrintable(QStringLiteral("--set “%1”").arg(QLatin1String(set))))
            << QStringList { QStringLiteral("install"), QStringLiteral("--product"),
                             QStringLiteral("backline"), QStringLiteral("--set"),
                             QString::fromLatin1(set) };
    QTest::newRow("preflight skipped and overridden at once")
        << QStringList { QStringLiteral("install"), QStringLiteral("--product"),
                         QStringLiteral("backline"), QStringLiteral("--skip-preflight"),
                         QStringLiteral("--ignore-preflight"), QStringLiteral("capacity") };
}

void tst_Cli::usageErrors_exitTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(QLatin1String("slipway-cli: ")));
    QVERIFY(run.err.contains(QLatin1String("--help")));
}

void tst_Cli::contexts_listsContextsAndMarksTheCurrentOne()
{
    const QString config = write(QStringLiteral("config"), kUnreachableKubeconfig);
    const Run run = cli({ QStringLiteral("--kubeconfig"), config, QStringLiteral("contexts") });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QLatin1String("CURRENT")));
    QVERIFY2(lines.at(1).simplified() == QLatin1String("dev local admin"), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).simplified() == QLatin1String("* prod local admin shop"),
             qPrintable(lines.at(2)));
}

void tst_Cli::contexts_jsonOutput_isMachineReadable()
{
    const QString config = write(QStringLiteral("config"), kUnreachableKubeconfig);
    const Run run = cli({ QStringLiteral("contexts"), QStringLiteral("--output"),
                          QStringLiteral("json"), QStringLiteral("--kubeconfig"), config });
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("currentContext")).toString(), QStringLiteral("prod"));
    const QJsonArray contexts = root.value(QLatin1String("contexts")).toArray();
    QCOMPARE(contexts.size(), 2);
    QCOMPARE(contexts.at(1)[QLatin1String("namespace")].toString(), QStringLiteral("shop"));
    QCOMPARE(contexts.at(1)[QLatin1String("current")].toBool(), true);
    QCOMPARE(contexts.at(0)[QLatin1String("current")].toBool(), false);
}

void tst_Cli::contexts_unparseableKubeconfig_exitsThreeWithLocation()
{
    const QString config = write(QStringLiteral("broken"), "clusters:\n- name: [x\n");
    const Run run = cli({ QStringLiteral("--kubeconfig"), config, QStringLiteral("contexts") });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(config + QLatin1Char(':')), qPrintable(run.err));
}

void tst_Cli::connect_nothingListening_exitsThreeWithReadableError()
{
    const QString config = write(QStringLiteral("config"), kUnreachableKubeconfig);
    const Run run = cli({ QStringLiteral("--kubeconfig"), config, QStringLiteral("--context"),
                          QStringLiteral("dev"), QStringLiteral("connect") });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("Connection refused by 127.0.0.1:1")),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("not-a-real-token")), "a token reached the output");
}

void tst_Cli::connect_credentialsOverPlainHttp_areRefused()
{
    QByteArray yaml = kUnreachableKubeconfig;
    yaml.replace("https://127.0.0.1:1", "http://127.0.0.1:1");
    const QString config = write(QStringLiteral("config"), yaml);
    const Run run = cli({ QStringLiteral("--kubeconfig"), config, QStringLiteral("connect"),
                          QStringLiteral("-o"), QStringLiteral("json") });
    QCOMPARE(run.exitCode, 3);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value(QLatin1String("connected")).toBool(), false);
    QVERIFY2(root.value(QLatin1String("error")).toString().contains(QLatin1String("plain http")),
             qPrintable(run.out));
}

void tst_Cli::connect_execPluginPrompt_isPassedThroughToStderr()
{
    // A device-code login: the plugin speaks to the person at the terminal through stderr.
    const QString plugin = m_files->write(QStringLiteral("login-plugin"),
        "#!/bin/sh\necho 'Open https://login.example/device and enter the code LMNO-4321' >&2\n"
        "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
        "\"status\":{\"token\":\"device-token-0123\"}}'\n",
        true);
    const QString config = write(QStringLiteral("config"),
        "apiVersion: v1\nkind: Config\ncurrent-context: sso\n"
        "clusters:\n- name: local\n  cluster: {server: 'https://127.0.0.1:1'}\n"
        "users:\n- name: sso\n  user:\n    exec:\n"
        "      apiVersion: client.authentication.k8s.io/v1\n"
        "      command: " + plugin.toUtf8() + "\n"
        "contexts:\n- name: sso\n  context: {cluster: local, user: sso}\n");
    const Run run = cli({ QStringLiteral("--kubeconfig"), config, QStringLiteral("connect") });
    QCOMPARE(run.exitCode, 3);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0),
             QStringLiteral("Open https://login.example/device and enter the code LMNO-4321"));
    QVERIFY2(run.err.contains(QLatin1String("Connection refused by 127.0.0.1:1")),
             qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("device-token")));
}

void tst_Cli::cli_linksNeitherQtWidgetsNorQtGui()
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), { QStringLiteral(SLIPWAY_CLI_PATH) });
    QVERIFY(ldd.waitForFinished(30000));
    QCOMPARE(ldd.exitCode(), 0);
    const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
    QVERIFY2(libraries.contains(QLatin1String("libQt6Core")), qPrintable(libraries));
    QVERIFY2(!libraries.contains(QLatin1String("libQt6Gui")), qPrintable(libraries));
    QVERIFY2(!libraries.contains(QLatin1String("libQt6Widgets")), qPrintable(libraries));
}

QString tst_Cli::brokenChart()
{
    const QString dir = m_files->path() + QStringLiteral("/broken");
    QDir().mkpath(dir);
    for (const QString &name : { QStringLiteral("Chart.yaml"), QStringLiteral("values.yaml") })
        QFile::copy(QStringLiteral(SLIPWAY_CHARTS "/backline/") + name, dir + QLatin1Char('/') + name);
    QFile file(dir + QStringLiteral("/installer.yaml"));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write installer.yaml");
    file.write("apiVersion: slipway/v1\n"
               "kind: Installer\n"
               "product: {id: backline, title: Backline}\n"
               "pages:\n"
               "  - id: main\n"
               "    title: Main\n"
               "    fields:\n"
               "      - id: replicas\n"
               "        type: integr\n"
               "        label: Replicas\n"
               "        path: replicaCount\n"
               "      - {id: 2nd, type: string, label: Second, path: second}\n"
               "pages:\n"
               "  - id: ignored\n");
    return dir;
}

void tst_Cli::lint_bundledChart_isClean()
{
    const Run run = cli({ QStringLiteral("lint"), QStringLiteral("--chart"),
                          QStringLiteral(SLIPWAY_CHARTS "/backline") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("no problems found")), qPrintable(run.out));
}

void tst_Cli::lint_brokenDescriptor_printsEveryProblemAndExitsFour()
{
    const QString chart = brokenChart();
    const Run run = cli({ QStringLiteral("lint"), QStringLiteral("--chart"), chart });
    QCOMPARE(run.exitCode, 4);
    const QString file = chart + QStringLiteral("/installer.yaml");
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(file + QStringLiteral(":9:15: unknown field type “integr”")), qPrintable(run.out));
    QVERIFY2(lines.at(1).startsWith(file + QStringLiteral(":12:14: field id “2nd” is not a plain name")), qPrintable(run.out));
    QVERIFY2(lines.at(2).startsWith(file + QStringLiteral(":13:1: duplicate key “pages” at line 13; first at line 4")),
             qPrintable(run.out));
}

void tst_Cli::lint_jsonOutput_listsEveryProblem()
{
    const Run run = cli({ QStringLiteral("lint"), QStringLiteral("--chart"), brokenChart(),
                          QStringLiteral("-o"), QStringLiteral("json") });
    QCOMPARE(run.exitCode, 4);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError && doc.isArray(), qPrintable(run.out));
    const QJsonArray list = doc.array();
    QCOMPARE(list.size(), 3);
    QStringList where;
    for (const QJsonValue &problem : list) {
        QVERIFY(problem[QLatin1String("file")].toString().endsWith(QLatin1String("/broken/installer.yaml")));
        QVERIFY(!problem[QLatin1String("message")].toString().isEmpty());
        where << QStringLiteral("%1:%2").arg(problem[QLatin1String("line")].toInt()).arg(problem[QLatin1String("column")].toInt());
    }
    QCOMPARE(where, (QStringList { QStringLiteral("9:15"), QStringLiteral("12:14"), QStringLiteral("13:1") }));

    const Run clean = cli({ QStringLiteral("lint"), QStringLiteral("--chart"),
                            QStringLiteral(SLIPWAY_CHARTS "/backline"), QStringLiteral("-o"), QStringLiteral("json") });
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(clean.out.toUtf8()).array().size(), 0);
}

void tst_Cli::lint_withoutChart_isAUsageError()
{
    const Run run = cli({ QStringLiteral("lint") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--chart")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
