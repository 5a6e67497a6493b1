#pragma once

#include "kube/KubeconfigEntries.h"

#include <QString>

// A kubeconfig context for a scripted local server (FakeApiServer): plain http, anonymous unless
// a token is given (then the client refuses to send it over http, which some tests check).
inline Slipway::ResolvedContext contextFor(const QString &server, const QString &token = QString())
{
    Slipway::ResolvedContext c;
    c.context.name = QStringLiteral("fake");
    c.cluster.name = QStringLiteral("fake");
    c.cluster.server = server;
    c.user.token = token;
    return c;
}
