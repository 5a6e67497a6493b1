#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway {

// One kind as the API server serves it: where it lives (group, version), its plural resource
// name (what RBAC and URLs use), its scope and the verbs it accepts.
struct ServedResource
{
    QString group; // "" for the core group
    QString version; // "v1"
    QString kind; // "Deployment"
    QString resource; // "deployments"
    bool namespaced = true;
    QStringList verbs;

    QString apiVersion() const; // "apps/v1", or "v1" for the core group
    bool operator==(const ServedResource &) const = default;
};

// What the cluster serves, from API discovery: the answer to "is this kind served, under which
// resource name, namespaced or not", and the --api-versions helm needs to render as the cluster
// would. Built from aggregated discovery (GET /api and /apis as APIGroupDiscoveryList, one call
// each; Kubernetes 1.30+) or from the classic per-group APIResourceLists. Subresources
// ("deployments/scale") are not kinds and are left out.
class ServedApis
{
public:
    // APIGroupDiscoveryList documents (apidiscovery.k8s.io/v2 or v2beta1).
    static ServedApis fromAggregated(const QList<QJsonObject> &groupDiscoveryLists);
    // APIResourceList documents (GET /api/v1, GET /apis/<group>/<version>).
    static ServedApis fromResourceLists(const QList<QJsonObject> &resourceLists);

    void add(const ServedResource &resource);
    bool isEmpty() const { return m_resources.isEmpty(); }
    const QList<ServedResource> &resources() const { return m_resources; }

    // The kind at exactly this apiVersion ("apps/v1", "v1"), or nullptr.
    const ServedResource *find(const QString &apiVersion, const QString &kind) const;
    // Every version of the group that serves the kind: where a manifest using a version the
    // cluster no longer serves should move to.
    QList<ServedResource> versionsOf(const QString &group, const QString &kind) const;
    bool servesGroup(const QString &group) const;
    bool servesGroupVersion(const QString &apiVersion) const;

    // "apps/v1" for every served group version and "apps/v1/Deployment" for every kind, sorted:
    // helm template's --api-versions, so .Capabilities.APIVersions.Has answers as the cluster would.
    QStringList helmApiVersions() const;

    // "apps/v1" → {"apps", "v1"}; "v1" → {"", "v1"}.
    static std::pair<QString, QString> splitApiVersion(const QString &apiVersion);

private:
    QList<ServedResource> m_resources;
    QHash<QString, qsizetype> m_byKey; // "apps/v1|Deployment" → index
};

} // namespace Slipway
