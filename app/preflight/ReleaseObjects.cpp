#include "ReleaseObjects.h"

#include <QJsonArray>

namespace Slipway {

namespace {

ReleaseClaim readClaim(const QJsonObject &claim, const QString &name, const QString &owner,
                       const QString &where, QStringList *problems)
{
    ReleaseClaim read;
    read.name = name;
    read.owner = owner;
    const QJsonObject spec = claim[u"spec"].toObject();
    const QJsonValue className = spec[u"storageClassName"];
    const QJsonValue legacyClass
        = claim[u"metadata"][u"annotations"][u"volume.beta.kubernetes.io/storage-class"];
    if (className.isString())
        read.storageClassName = className.toString();
    else if (legacyClass.isString())
        read.storageClassName = legacyClass.toString();
    for (const QJsonValue &mode : spec[u"accessModes"].toArray())
        read.accessModes.append(mode.toString());
    const QJsonValue size = spec[u"resources"][u"requests"][u"storage"];
    const QString field = QStringLiteral("spec.resources.requests.storage");
    if (size.isUndefined() || size.isNull()) {
        problems->append(ReleaseObjects::tr("%1: %2 is not set").arg(where, field));
        return read;
    }
    const Expected<Quantity> parsed = ReleaseObjects::quantity(size);
    if (parsed)
        read.size = *parsed;
    else
        problems->append(ReleaseObjects::tr("%1: %2: %3").arg(where, field, parsed.error().message));
    return read;
}

} // namespace

QList<QJsonObject> ReleaseObjects::expandLists(const QList<QJsonObject> &manifests)
{
    QList<QJsonObject> objects;
    for (const QJsonObject &object : manifests) {
        if (object[u"kind"].toString() != QLatin1String("List")) {
            objects.append(object);
            continue;
        }
        QList<QJsonObject> items;
        for (const QJsonValue &item : object[u"items"].toArray())
            items.append(item.toObject());
        objects += expandLists(items);
    }
    return objects;
}

Expected<Quantity> ReleaseObjects::quantity(const QJsonValue &value)
{
    return Quantity::parse(value.isDouble() ? QString::number(value.toDouble(), 'g', 17)
                                            : value.toString());
}

int ReleaseObjects::replicas(const QJsonObject &spec)
{
    const QJsonValue replicas = spec[u"replicas"];
    return replicas.isUndefined() || replicas.isNull() ? 1 : replicas.toInt();
}

QList<ReleaseClaim> ReleaseObjects::claims(const QList<QJsonObject> &manifests, QStringList *problems)
{
    QList<ReleaseClaim> claims;
    for (const QJsonObject &object : expandLists(manifests)) {
        const QString kind = object[u"kind"].toString();
        const QString name = object[u"metadata"][u"name"].toString();
        const QString namespaceName = object[u"metadata"][u"namespace"].toString();
        const QString owner = kind + u'/' + name;
        if (kind == QLatin1String("PersistentVolumeClaim")) {
            claims.append(readClaim(object, name, owner, owner, problems));
            claims.last().namespaceName = namespaceName;
        } else if (kind == QLatin1String("StatefulSet")) {
            const QJsonObject spec = object[u"spec"].toObject();
            const int start = spec[u"ordinals"][u"start"].toInt(0);
            const int replicas = ReleaseObjects::replicas(spec);
            for (const QJsonValue &value : spec[u"volumeClaimTemplates"].toArray()) {
                const QJsonObject claimTemplate = value.toObject();
                const QString templateName = claimTemplate[u"metadata"][u"name"].toString();
                const QString where = tr("%1: volumeClaimTemplate %2").arg(owner, templateName);
                QStringList templateProblems;
                for (int ordinal = start; ordinal < start + replicas; ++ordinal) {
                    const QString claimName = QStringLiteral("%1-%2-%3").arg(templateName, name).arg(ordinal);
                    claims.append(readClaim(claimTemplate, claimName, owner, where, &templateProblems));
                    claims.last().namespaceName = namespaceName;
                }
                templateProblems.removeDuplicates();
                *problems += templateProblems;
            }
        }
    }
    return claims;
}

} // namespace Slipway
