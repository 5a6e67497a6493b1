#include "ReleaseStorage.h"

#include "ReleaseRecord.h"

#include <QProcessEnvironment>

namespace Slipway {

Expected<ReleaseStorage> ReleaseStorage::fromDriver(const QString &driver)
{
    const QString name = driver.trimmed().toLower();
    if (name.isEmpty() || name == QLatin1String("secret") || name == QLatin1String("secrets"))
        return ReleaseStorage(Kind::Secrets);
    if (name == QLatin1String("configmap") || name == QLatin1String("configmaps"))
        return ReleaseStorage(Kind::ConfigMaps);
    if (name == QLatin1String("memory") || name == QLatin1String("sql"))
        return Error(tr("helm's “%1” storage driver keeps release records outside the cluster's "
                        "Secrets and ConfigMaps, where Slipway cannot read or repair them. Use "
                        "HELM_DRIVER=secret (helm's default) or HELM_DRIVER=configmap.")
                         .arg(name));
    return Error(tr("“%1” is not a helm storage driver: use secret (helm's default) or "
                    "configmap.")
                     .arg(driver));
}

Expected<ReleaseStorage> ReleaseStorage::fromEnvironment()
{
    const QString driver
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("HELM_DRIVER"));
    Expected<ReleaseStorage> storage = fromDriver(driver);
    if (!storage)
        return Error(tr("HELM_DRIVER=%1: %2").arg(driver, storage.error().message));
    return storage;
}

QString ReleaseStorage::driverName() const
{
    return m_kind == Kind::Secrets ? QStringLiteral("secret") : QStringLiteral("configmap");
}

QString ReleaseStorage::objectKind() const
{
    return m_kind == Kind::Secrets ? QStringLiteral("Secret") : QStringLiteral("ConfigMap");
}

QString ReleaseStorage::collectionPath(const QString &nameSpace) const
{
    return QStringLiteral("/api/v1/namespaces/%1/%2")
        .arg(nameSpace,
             m_kind == Kind::Secrets ? QStringLiteral("secrets") : QStringLiteral("configmaps"));
}

QString ReleaseStorage::objectPath(const QString &nameSpace, const QString &name) const
{
    return collectionPath(nameSpace) + QLatin1Char('/') + name;
}

KubeRequest ReleaseStorage::recordsRequest(const QString &nameSpace, const QString &release) const
{
    return KubeRequest::get(collectionPath(nameSpace))
        .withQuery(QStringLiteral("labelSelector"),
                   QStringLiteral("owner=helm,name=%1").arg(release));
}

ReleaseStorage ReleaseStorage::other() const
{
    return ReleaseStorage(m_kind == Kind::Secrets ? Kind::ConfigMaps : Kind::Secrets);
}

Expected<ReleaseRecord> ReleaseStorage::decode(const QJsonObject &object) const
{
    Expected<ReleaseRecord> record = ReleaseRecord::fromStored(object, *this);
    if (record)
        return record;
    // Which object, so that it can be looked at (and which driver read it: a Secret written by
    // another driver setting does not decode).
    return Error(tr("%1 %2: %3")
                     .arg(objectKind(),
                          object.value(QLatin1String("metadata"))
                              .toObject()
                              .value(QLatin1String("name"))
                              .toString(),
                          record.error().message));
}

QString ReleaseStorage::dataFor(const QByteArray &helmBase64) const
{
    return QString::fromLatin1(m_kind == Kind::Secrets ? helmBase64.toBase64() : helmBase64);
}

QByteArray ReleaseStorage::payloadOf(const QJsonObject &object) const
{
    const QByteArray data = object.value(QLatin1String("data"))
                                .toObject()
                                .value(QLatin1String("release"))
                                .toString()
                                .toLatin1();
    if (m_kind == Kind::ConfigMaps)
        return data;
    const auto decoded
        = QByteArray::fromBase64Encoding(data, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace Slipway
