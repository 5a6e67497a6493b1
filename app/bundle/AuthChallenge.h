#pragma once

#include <QByteArray>
#include <QString>

namespace Slipway {

// A WWW-Authenticate header: `Basic realm="…"` or
// `Bearer realm="https://auth/token",service="registry",scope="repository:app:pull"`.
struct AuthChallenge
{
    QString scheme; // lowercase: "basic", "bearer"; empty when unreadable
    QString realm;
    QString service;
    QString scope;

    static AuthChallenge parse(const QByteArray &header);
};

} // namespace Slipway
