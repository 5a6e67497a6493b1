#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace Slipway {

// A user name and password (or identity token) for one registry. Given by the caller, or read
// from a docker config.json (`auths.<host>.auth`, base64 "user:password") as `docker login`
// writes it. The password never goes into a message: describe() names the user only.
struct RegistryCredentials
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RegistryCredentials)

public:
    QString username;
    QString password;

    bool isEmpty() const { return username.isEmpty() && password.isEmpty(); }
    QString describe() const;

    // The entry for `host` in a docker config.json; no entry is no credentials, not an error.
    // Without a path: $DOCKER_CONFIG/config.json, else ~/.docker/config.json (when present).
    static Expected<RegistryCredentials> fromDockerConfig(const QString &host,
                                                          const QString &path = QString());
};

} // namespace Slipway
