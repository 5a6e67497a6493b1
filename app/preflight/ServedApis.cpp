#include "ServedApis.h"

#include <QJsonArray>
#include <QSet>

namespace Slipway {

namespace {

QString keyOf(const QString &apiVersion, const QString &kind)
{
    return apiVersion + u'|' + kind;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

QString ServedResource::apiVersion() const
{
    return group.isEmpty() ? version : group + u'/' + version;
}

std::pair<QString, QString> ServedApis::splitApiVersion(const QString &apiVersion)
{
    const qsizetype slash = apiVersion.indexOf(u'/');
    if (slash < 0)
        return {QString(), apiVersion};
    return {apiVersion.left(slash), apiVersion.mid(slash + 1)};
}

ServedApis ServedApis::fromAggregated(const QList<QJsonObject> &groupDiscoveryLists)
{
    ServedApis apis;
    for (const QJsonObject &list : groupDiscoveryLists) {
        for (const QJsonValue &groupValue : list.value(u"items").toArray()) {
            const QJsonObject group = groupValue.toObject();
            const QString groupName = group.value(u"metadata").toObject().value(u"name").toString();
            for (const QJsonValue &versionValue : group.value(u"versions").toArray()) {
                const QJsonObject version = versionValue.toObject();
                for (const QJsonValue &resourceValue : version.value(u"resources").toArray()) {
                    const QJsonObject resource = resourceValue.toObject();
                    ServedResource served;
                    served.group = groupName;
                    served.version = version.value(u"version").toString();
                    served.resource = resource.value(u"resource").toString();
                    served.kind = resource.value(u"responseKind").toObject().value(u"kind").toString();
                    served.namespaced = resource.value(u"scope").toString() != u"Cluster";
                    served.verbs = stringList(resource.value(u"verbs"));
                    if (!served.kind.isEmpty() && !served.resource.isEmpty())
                        apis.add(served);
                }
            }
        }
    }
    return apis;
}

ServedApis ServedApis::fromResourceLists(const QList<QJsonObject> &resourceLists)
{
    ServedApis apis;
    for (const QJsonObject &list : resourceLists) {
        const auto [group, version] = splitApiVersion(list.value(u"groupVersion").toString());
        for (const QJsonValue &resourceValue : list.value(u"resources").toArray()) {
            const QJsonObject resource = resourceValue.toObject();
            const QString name = resource.value(u"name").toString();
            if (name.isEmpty() || name.contains(u'/'))
                continue; // a subresource
            ServedResource served;
            served.group = group;
            served.version = version;
            served.resource = name;
            served.kind = resource.value(u"kind").toString();
            served.namespaced = resource.value(u"namespaced").toBool();
            served.verbs = stringList(resource.value(u"verbs"));
            if (!served.kind.isEmpty())
                apis.add(served);
        }
    }
    return apis;
}

void ServedApis::add(const ServedResource &resource)
{
    const QString key = keyOf(resource.apiVersion(), resource.kind);
    if (m_byKey.contains(key))
        return;
    m_byKey.insert(key, m_resources.size());
    m_resources.append(resource);
}

const ServedResource *ServedApis::find(const QString &apiVersion, const QString &kind) const
{
    const auto it = m_byKey.constFind(keyOf(apiVersion, kind));
    return it == m_byKey.cend() ? nullptr : &m_resources.at(*it);
}

QList<ServedResource> ServedApis::versionsOf(const QString &group, const QString &kind) const
{
    QList<ServedResource> found;
    for (const ServedResource &resource : m_resources) {
        if (resource.group == group && resource.kind == kind)
            found.append(resource);
    }
    return found;
}

bool ServedApis::servesGroup(const QString &group) const
{
    return std::any_of(m_resources.cbegin(), m_resources.cend(),
                       [&](const ServedResource &r) { return r.group == group; });
}

bool ServedApis::servesGroupVersion(const QString &apiVersion) const
{
    return std::any_of(m_resources.cbegin(), m_resources.cend(),
                       [&](const ServedResource &r) { return r.apiVersion() == apiVersion; });
}

QStringList ServedApis::helmApiVersions() const
{
    QSet<QString> seen;
    for (const ServedResource &resource : m_resources) {
        seen.insert(resource.apiVersion());
        seen.insert(resource.apiVersion() + u'/' + resource.kind);
    }
    QStringList list(seen.cbegin(), seen.cend());
    list.sort();
    return list;
}

} // namespace Slipway
