#pragma once

#include "PreflightReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Slipway {

// The "images" check: the container images the release pulls, whether the image pull secrets
// its pods and ServiceAccounts name exist, and which images float on "latest".
class ImagesCheck
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ImagesCheck)

public:
    // Every image of every container, init container and ephemeral container of every pod
    // template (a CronJob's jobTemplate too), distinct, sorted.
    static QStringList images(const QList<QJsonObject> &manifests);
    // The spec.imagePullSecrets names of every pod template and of every ServiceAccount the
    // manifests create, distinct, sorted: the secrets the caller looks up (GET, in the release
    // namespace) for run()'s pullSecretStatus.
    static QStringList pullSecretNames(const QList<QJsonObject> &manifests);
    // pullSecretStatus: secret name → HTTP status of its GET (200 present, 404 missing, 403 not
    // allowed to read). A secret the manifests create counts as present whatever its status.
    static PreflightCheck run(const QList<QJsonObject> &manifests,
                              const QHash<QString, int> &pullSecretStatus);

    // "nginx" → true (no tag, no digest: latest implicitly); "localhost:5000/app" → true;
    // "nginx:1.27", "nginx@sha256:…" → false.
    static bool hasNoTagOrDigest(const QString &image);
    static QString tagOf(const QString &image); // "nginx:1.27" → "1.27"; "" without one
};

} // namespace Slipway
