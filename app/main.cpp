// The composition root of the Slipway GUI: reads the command line, builds the services and
// hands them to the main window through its constructor. Nothing is reached through globals.

#include "FirstPaintWatcher.h"
#include "SlipwayVersion.h"
#include "StartupClock.h"
#include "kube/Kubeconfig.h"
#include "install/AuditJournal.h"
#include "ui/MainWindow.h"
#include "ui/ReleaseActions.h"
#include "wizards/InstallWizard.h"
#include "wizards/bundle/ExportBundleWizard.h"
#include "wizards/bundle/TrustedKeysDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Slipway;

namespace {

constexpr int kScreenshotTimeoutMs = 15000;

struct Options
{
    QString kubeconfig;
    QString context;
    QString screenshot;
    bool quitAfterFirstPaint = false;
    bool install = false; // open the install wizard at once
    QString product; // …on this product
    QString upgrade; // open the wizard on this release (with nameSpace)
    QString nameSpace;
};

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

// Parsed before QApplication exists, so --version and --help work without a display.
std::optional<int> parseCommandLine(int argc, char *argv[], Options &options)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Slipway installs, upgrades and rolls back Helm-packaged stacks."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QApplication::translate("main", "Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QApplication::translate("main", "Show the version and exit."));
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"),
        QApplication::translate("main",
                                "Use this kubeconfig file instead of KUBECONFIG or "
                                "~/.kube/config."),
        QStringLiteral("file"));
    const QCommandLineOption context(
        QStringLiteral("context"),
        QApplication::translate("main", "Use this kubeconfig context instead of the current one."),
        QStringLiteral("name"));
    const QCommandLineOption quit(
        QStringLiteral("quit-after-first-paint"),
        QApplication::translate("main",
                                "Print the milliseconds from process start to the "
                                "first painted window, then quit (also "
                                "SLIPWAY_QUIT_AFTER_FIRST_PAINT=1)."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "Save a PNG of the main window once the cluster "
                                "check has an answer, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption install(
        QStringLiteral("install"),
        QApplication::translate("main", "Open the install wizard at once."));
    const QCommandLineOption product(
        QStringLiteral("product"),
        QApplication::translate("main", "With --install: start on this product."),
        QStringLiteral("id"));
    const QCommandLineOption upgrade(
        QStringLiteral("upgrade"),
        QApplication::translate("main",
                                "Open the wizard on this release to upgrade it, prefilled with "
                                "the values it runs with."),
        QStringLiteral("release"));
    const QCommandLineOption nameSpace(
        { QStringLiteral("n"), QStringLiteral("namespace") },
        QApplication::translate("main", "The namespace of --install or --upgrade."),
        QStringLiteral("namespace"));
    parser.addOptions({ help, version, kubeconfig, context, quit, screenshot, install, product,
                        upgrade, nameSpace });

    if (!parser.parse(arguments)) {
        print(stderr, QStringLiteral("slipway: ") + parser.errorText());
        return 2;
    }
    if (parser.isSet(help)) {
        print(stdout, parser.helpText());
        return 0;
    }
    if (parser.isSet(version)) {
        print(stdout, QStringLiteral("slipway " SLIPWAY_VERSION_STRING));
        return 0;
    }
    options.kubeconfig = parser.value(kubeconfig);
    options.context = parser.value(context);
    options.screenshot = parser.value(screenshot);
    options.install = parser.isSet(install) || parser.isSet(product);
    options.product = parser.value(product);
    options.upgrade = parser.value(upgrade);
    options.nameSpace = parser.value(nameSpace);
    options.quitAfterFirstPaint
        = parser.isSet(quit) || qEnvironmentVariableIntValue("SLIPWAY_QUIT_AFTER_FIRST_PAINT") == 1;
    return std::nullopt;
}

// The language chosen in the settings (ui/language, e.g. "de"), else the system's.
void installTranslations(QApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("slipway"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

void saveScreenshotWhenSettled(MainWindow &window, const QString &file)
{
    auto save = [&window, file] {
        const bool saved = window.grab().save(file, "PNG");
        if (!saved)
            print(stderr, QStringLiteral("slipway: cannot write the screenshot to ") + file);
        QApplication::exit(saved ? 0 : 1);
    };
    if (!window.isCheckingConnection()) {
        save();
        return;
    }
    QObject::connect(&window, &MainWindow::connectionChecked, &window, save);
    QTimer::singleShot(kScreenshotTimeoutMs, &window, save);
}

// The install wizard over the window's kubeconfig, context, helm and storage driver; on an
// existing release when `release` is given. Non-modal: the window stays live behind it.
void openWizard(MainWindow &window, const QString &nameSpace, const QString &release,
                const QString &product)
{
    if (!window.kubeconfig())
        return;
    WizardState::Setup setup;
    setup.kubeconfig = window.kubeconfig().value();
    setup.context = window.contextName();
    setup.helm = window.actions()->helm(); // empty until found: the wizard then looks itself
    setup.storage = window.storage();
    setup.journalPath = AuditJournal::defaultPath();
    setup.product = product;
    setup.nameSpace = nameSpace;
    setup.release = release;
    auto *wizard = new InstallWizard(std::move(setup), &window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(wizard, &QWizard::finished, &window, [&window, wizard] {
        const InstallPlan &plan = wizard->state()->plan();
        window.selectRelease(plan.release, plan.nameSpace);
    });
    wizard->show();
}

} // namespace

int main(int argc, char *argv[])
{
    Options options;
    if (const std::optional<int> exitCode = parseCommandLine(argc, argv, options))
        return *exitCode;

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("slipway"));
    QApplication::setApplicationDisplayName(QStringLiteral("Slipway"));
    QApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION_STRING));
    QApplication::setOrganizationName(QStringLiteral("Slipway"));
    QApplication::setDesktopFileName(QStringLiteral("slipway"));
    // What the window remembers (MainWindow: cluster/kubeconfig, cluster/context) is used
    // unless the command line says otherwise; a remembered context the kubeconfig no longer
    // has is dropped.
    const QSettings settings;
    const QString language = settings.value(QStringLiteral("ui/language")).toString();
    installTranslations(app, language.isEmpty() ? QLocale() : QLocale(language));
    const QString kubeconfigFile = !options.kubeconfig.isEmpty()
        ? options.kubeconfig
        : settings.value(QStringLiteral("cluster/kubeconfig")).toString();
    Expected<Kubeconfig> kubeconfig
        = Kubeconfig::load(Kubeconfig::sourcesFromEnvironment(kubeconfigFile));
    QString context = options.context;
    if (context.isEmpty() && options.kubeconfig.isEmpty() && kubeconfig) {
        const QString remembered = settings.value(QStringLiteral("cluster/context")).toString();
        for (const KubeContext &known : kubeconfig->contexts())
            context = known.name == remembered ? remembered : context;
    }
    MainWindow window(std::move(kubeconfig), context);
    auto *watcher = new FirstPaintWatcher(&window);
    if (options.quitAfterFirstPaint) {
        QObject::connect(watcher, &FirstPaintWatcher::firstPainted, &app, [] {
            print(stdout, QStringLiteral("first-paint-ms=%1").arg(StartupClock::elapsedMs()));
            QApplication::exit(0);
        });
    } else if (!options.screenshot.isEmpty()) {
        QObject::connect(watcher, &FirstPaintWatcher::firstPainted, &window, [&window, &options] {
            saveScreenshotWhenSettled(window, options.screenshot);
        });
    }
    QObject::connect(&window, &MainWindow::wizardRequested, &window,
                     [&window](const QString &nameSpace, const QString &release,
                               const QString &chart) {
                         openWizard(window, nameSpace, release, chart);
                     });
    QObject::connect(&window, &MainWindow::exportBundleRequested, &window, [&window] {
        auto *wizard = new ExportBundleWizard(window.actions()->helm(), &window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->show();
    });
    QObject::connect(&window, &MainWindow::trustedKeysRequested, &window, [&window] {
        auto *dialog = new TrustedKeysDialog(&window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    window.show();
    if (options.install || !options.upgrade.isEmpty())
        openWizard(window, options.nameSpace, options.upgrade, options.product);
    return QApplication::exec();
}
