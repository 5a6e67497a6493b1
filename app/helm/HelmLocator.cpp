#include "HelmLocator.h"

#include "Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace Slipway {

namespace {

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

// What identifies one build of helm on this machine; empty when the file cannot be read.
QString fingerprintOf(const QString &helmPath)
{
    const QFileInfo info(QFileInfo(helmPath).canonicalFilePath());
    if (!info.isFile())
        return {};
    return QStringLiteral("%1|%2|%3|%4")
        .arg(info.filePath())
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(info.metadataChangeTime().toMSecsSinceEpoch());
}

constexpr int kMaxCachedVersions = 16;

} // namespace

HelmLocator::Sources HelmLocator::sourcesFromEnvironment(const QString &explicitPath)
{
    const QString appDir
        = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    return Sources { explicitPath, qEnvironmentVariable("SLIPWAY_HELM"), appDir,
                     qEnvironmentVariable("PATH"), defaultVersionCache() };
}

QString HelmLocator::defaultVersionCache()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/slipway/helm-versions.json");
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
    const Expected<HelmVersion> version = cachedVersion(path.value());
    if (!version)
        return version.error();
    qCInfo(lcHelm) << "using helm" << path.value() << version->toString();
    return HelmInstallation { path.value(), version.value() };
}

Expected<HelmVersion> HelmLocator::cachedVersion(const QString &helmPath) const
{
    const QString key = m_sources.versionCache.isEmpty() ? QString() : fingerprintOf(helmPath);
    if (key.isEmpty())
        return queryVersion(helmPath);
    QJsonObject cache;
    QFile file(m_sources.versionCache);
    if (file.open(QIODevice::ReadOnly))
        cache = QJsonDocument::fromJson(file.read(64 * 1024)).object(); // unreadable: start over
    file.close();
    const QJsonObject known = cache.value(key).toObject();
    if (const QString text = known.value(u"version").toString(); !text.isEmpty()) {
        // Judged again: the support rule may have changed since it was written.
        if (Expected<HelmVersion> version = HelmVersion::checkSupported(text))
            return version;
    }
    Expected<HelmVersion> version = queryVersion(helmPath);
    if (!version)
        return version; // failures are not remembered: the next run asks again
    // Keep the newest few; a cache that cannot be written only costs the next run 70 ms.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    cache.insert(key, QJsonObject { { u"version"_qs, version->toString() }, { u"used"_qs, now } });
    while (cache.size() > kMaxCachedVersions) {
        QString oldest;
        qint64 oldestUse = now + 1;
        for (auto it = cache.constBegin(); it != cache.constEnd(); ++it) {
            const qint64 used = qint64(it.value()[u"used"].toDouble());
            if (used < oldestUse) {
                oldestUse = used;
                oldest = it.key();
            }
        }
        cache.remove(oldest);
    }
    QDir().mkpath(QFileInfo(m_sources.versionCache).absolutePath());
    QSaveFile out(m_sources.versionCache);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(cache).toJson(QJsonDocument::Compact));
        if (!out.commit())
            qCInfo(lcHelm) << "cannot remember helm's version in" << m_sources.versionCache
                           << out.errorString();
    }
    return version;
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
