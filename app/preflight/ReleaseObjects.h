#pragma once

#include "core/Expected.h"
#include "core/Quantity.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Slipway {

// A PersistentVolumeClaim the release creates: one of its own, or one a StatefulSet's
// volumeClaimTemplates make for each replica.
struct ReleaseClaim
{
    QString name; // as the cluster will name it: "data-db-0" for template data of StatefulSet db
    QString owner; // "PersistentVolumeClaim/data", "StatefulSet/db"
    QString namespaceName; // empty: the release namespace
    std::optional<QString> storageClassName; // unset: the default class; "": no class at all
    Quantity size; // spec.resources.requests.storage
    QStringList accessModes;
};

// What several checks read from the release's rendered manifests.
class ReleaseObjects
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReleaseObjects)

public:
    // The manifests with each List replaced by its items, in order.
    static QList<QJsonObject> expandLists(const QList<QJsonObject> &manifests);
    // A quantity as JSON gives it: a string ("500m") or, from YAML, a number.
    static Expected<Quantity> quantity(const QJsonValue &value);
    // spec.replicas, 1 when absent.
    static int replicas(const QJsonObject &spec);
    // The claims of PersistentVolumeClaim documents and of StatefulSets' volumeClaimTemplates
    // (one per replica). A size that cannot be read is named in `problems`
    // ("PersistentVolumeClaim/data: spec.resources.requests.storage: …") and taken as zero.
    static QList<ReleaseClaim> claims(const QList<QJsonObject> &manifests, QStringList *problems);
};

} // namespace Slipway
