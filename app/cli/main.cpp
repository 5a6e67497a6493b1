#include "Cli.h"
#include "SlipwayVersion.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // QCoreApplication, never QGuiApplication: the CLI must run where there is no display.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("slipway-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION_STRING));
    return Slipway::Cli().run(QCoreApplication::arguments());
}
