#include "ProductCatalog.h"

#include "ChartLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Slipway {

QStringList ProductCatalog::chartFolders()
{
    QStringList folders;
    const QString fromEnv = qEnvironmentVariable("SLIPWAY_CHARTS");
    if (!fromEnv.isEmpty())
        folders << fromEnv;
    folders << QDir(QCoreApplication::applicationDirPath())
                   .filePath(QStringLiteral("../share/slipway/charts"));
#ifdef SLIPWAY_SOURCE_CHARTS
    folders << QStringLiteral(SLIPWAY_SOURCE_CHARTS);
#endif
    return folders;
}

QString ProductCatalog::chartPath(const QString &id)
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.startsWith(QLatin1Char('.')))
        return {};
    for (const QString &folder : chartFolders()) {
        const QString candidate = QDir(folder).filePath(id);
        if (QFileInfo::exists(QDir(candidate).filePath(QStringLiteral("Chart.yaml"))))
            return candidate;
    }
    return {};
}

QList<Chart> ProductCatalog::products()
{
    QList<Chart> charts;
    QStringList seen;
    for (const QString &folder : chartFolders()) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString path = dir.filePath(name);
            if (seen.contains(name) || !QFileInfo::exists(path + QStringLiteral("/Chart.yaml")))
                continue;
            Diagnostics errors;
            Chart chart = ChartLoader::load(path, &errors);
            if (!errors.isEmpty() || !chart.descriptor)
                continue;
            seen << name;
            chart.source = QFileInfo(path).absoluteFilePath();
            charts << std::move(chart);
        }
    }
    return charts;
}

} // namespace Slipway
