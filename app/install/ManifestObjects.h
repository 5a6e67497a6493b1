#pragma once

#include <QList>
#include <QString>

namespace Slipway {

// The objects a rendered release manifest creates, read off its documents without a full YAML
// parse (helm writes each document with a top-level `kind:` and `metadata.name`): what an
// uninstall will delete, and which objects' events belong to the release.
struct ManifestObject
{
    QString kind;
    QString name;
    QString nameSpace; // empty when the document names none (the release's namespace)
    // Annotated helm.sh/resource-policy: keep — helm's uninstall leaves it in the cluster.
    bool kept = false;

    bool operator==(const ManifestObject &) const = default;
};

class ManifestObjects
{
public:
    static QList<ManifestObject> parse(const QString &manifest);
};

} // namespace Slipway
