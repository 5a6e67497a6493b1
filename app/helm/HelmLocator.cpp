#include "HelmLocator.h"

#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace Slipway {

namespace {

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

HelmLocator::Sources HelmLocator::sourcesFromEnvironment(const QString &explicitPath)
{
    const QString appDir
        = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    return Sources { explicitPath, qEnvironmentVariable("SLIPWAY_HELM"), appDir,
                     qEnvironmentVariable("PATH") };
}

HelmLocator::HelmLocator(Sources sources)
    : m_sources(std::move(sources))
{ }

Expected<QString> HelmLocator::find() const
{
    const std::pair<QString, QString> chosen[] = {
        { m_sources.explicitPath, tr("the helm given on the command line") },
        { m_sources.environment, tr("SLIPWAY_HELM") },
    };
    for (const auto &[path, origin] : chosen) {
        if (path.isEmpty())
            continue;
        if (!isExecutableFile(path))
            return Error { tr("%1 is not an executable file").arg(origin), path };
        return QFileInfo(path).absoluteFilePath();
    }
    if (!m_sources.applicationDir.isEmpty()) {
        const QString bundled = QDir(m_sources.applicationDir).filePath(QStringLiteral("helm"));
        if (isExecutableFile(bundled))
            return bundled;
    }
    const QString onPath = QStandardPaths::findExecutable(
        QStringLiteral("helm"),
        m_sources.searchPath.split(QDir::listSeparator(), Qt::SkipEmptyParts));
    if (!onPath.isEmpty())
        return onPath;
    return Error { tr("helm was not found. Install helm 3.17 or newer (or helm 4), put it on "
                      "PATH, or point SLIPWAY_HELM at it.") };
}

Expected<HelmInstallation> HelmLocator::locate() const
{
    const Expected<QString> path = find();
    if (!path)
        return path.error();
    const Expected<HelmVersion> version = queryVersion(path.value());
    if (!version)
        return version.error();
    qCInfo(lcHelm) << "using helm" << path.value() << version->toString();
    return HelmInstallation { path.value(), version.value() };
}

Expected<HelmVersion> HelmLocator::queryVersion(const QString &helmPath, int timeoutMs)
{
    QProcess helm;
    helm.setStandardInputFile(QProcess::nullDevice());
    helm.start(helmPath,
               { QStringLiteral("version"), QStringLiteral("--template"),
                 QStringLiteral("{{.Version}}") });
    if (!helm.waitForStarted(timeoutMs))
        return Error { tr("helm could not be started: %1").arg(helm.errorString()), helmPath };
    if (!helm.waitForFinished(timeoutMs)) {
        helm.kill();
        helm.waitForFinished(1000);
        return Error { tr("“helm version” did not finish within %1 s").arg(timeoutMs / 1000),
                       helmPath };
    }
    if (helm.exitStatus() != QProcess::NormalExit || helm.exitCode() != 0)
        return Error { tr("“helm version” failed with exit code %1: %2")
                           .arg(helm.exitCode())
                           .arg(QString::fromUtf8(helm.readAllStandardError()).trimmed()),
                       helmPath };
    Expected<HelmVersion> version
        = HelmVersion::checkSupported(QString::fromUtf8(helm.readAllStandardOutput()));
    if (!version)
        return Error { version.error().message, helmPath };
    return version;
}

} // namespace Slipway
