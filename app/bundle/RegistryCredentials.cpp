#include "RegistryCredentials.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Slipway {

namespace {

QString defaultConfigPath()
{
    const QString dir = qEnvironmentVariable("DOCKER_CONFIG");
    if (!dir.isEmpty())
        return dir + QLatin1String("/config.json");
    return QDir::homePath() + QLatin1String("/.docker/config.json");
}

// docker login writes "host", older versions "https://host/v1/" or "https://host"; Docker Hub's
// entry is "https://index.docker.io/v1/".
bool keyMatches(const QString &key, const QString &host)
{
    QString bare = key;
    if (bare.contains(QLatin1String("://")))
        bare = QUrl(key).authority();
    if (bare == host)
        return true;
    const bool hub = host == QLatin1String("docker.io") || host == QLatin1String("registry-1.docker.io");
    return hub && (bare == QLatin1String("index.docker.io") || bare == QLatin1String("docker.io"));
}

} // namespace

QString RegistryCredentials::describe() const
{
    return username.isEmpty() ? tr("a token") : tr("user \"%1\"").arg(username);
}

Expected<RegistryCredentials> RegistryCredentials::fromDockerConfig(const QString &host,
                                                                    const QString &path)
{
    const QString file = path.isEmpty() ? defaultConfigPath() : path;
    QFile in(file);
    if (!in.exists() && path.isEmpty())
        return RegistryCredentials();
    if (!in.open(QIODevice::ReadOnly))
        return Error(tr("cannot read the docker config: %1").arg(in.errorString()), file);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (!doc.isObject())
        return Error(tr("the docker config is not a JSON object: %1").arg(parseError.errorString()), file);
    const QJsonObject auths = doc.object().value(QLatin1String("auths")).toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        if (!keyMatches(it.key(), host))
            continue;
        const QJsonObject entry = it.value().toObject();
        RegistryCredentials credentials;
        const QByteArray encoded = entry.value(QLatin1String("auth")).toString().toLatin1();
        if (!encoded.isEmpty()) {
            const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
            const qsizetype colon = decoded.decoded.indexOf(':');
            // Never quote the entry: it is a password.
            if (!decoded || colon < 0)
                return Error(tr("the docker config's auth entry for %1 is not base64 of "
                                "\"user:password\"").arg(host), file);
            credentials.username = QString::fromUtf8(decoded.decoded.left(colon));
            credentials.password = QString::fromUtf8(decoded.decoded.mid(colon + 1));
        }
        const QString token = entry.value(QLatin1String("identitytoken")).toString();
        if (!token.isEmpty())
            credentials.password = token;
        return credentials;
    }
    return RegistryCredentials();
}

} // namespace Slipway
