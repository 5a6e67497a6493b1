#pragma once

#include "ReleaseStorage.h"

#include "core/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Slipway {

// Recovery C of helm-engine.md §5 (Flux helm-controller's "unlock"): the latest revision of a
// release stuck in pending-* is rewritten as `failed`, so that the next `helm upgrade` proceeds
// and diffs against the last deployed revision, keeping every object in the cluster as it is.
// The record is re-encoded exactly as helm's storage driver writes it (§1.2) and its labels are
// those helm's Update would leave (status in sync, modifiedAt set, createdAt gone).
class ReleaseUnlock
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReleaseUnlock)

public:
    // "Release unlocked from stale 'pending-upgrade' state by Slipway"
    static QString description(const QString &staleStatus);

    // `object` is the release Secret (or ConfigMap, as `storage` says) as the API returned it
    // (GET, so with apiVersion, kind and metadata.resourceVersion). Returns the object to PUT
    // back: same name and resourceVersion (so a concurrent change makes the PUT fail with a
    // conflict instead of being overwritten). An error when the object is not a helm release
    // record or its revision is not pending.
    static Expected<QJsonObject> markFailed(const QJsonObject &object, ReleaseStorage storage,
                                            const QDateTime &now);
};

} // namespace Slipway
