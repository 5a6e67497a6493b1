#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Slipway {

// What ClusterProbe found out: who the cluster says we are and which Kubernetes it runs, or
// why it could not tell.
struct ProbeResult
{
    enum class Failure
    {
        None,
        Configuration, // the kubeconfig entry cannot be used as it is
        InsecureTransport, // credentials would travel over plain http
        Credentials, // token file, exec plugin or auth-provider failed
        HostNotFound,
        ConnectionRefused, // nothing listens at the address
        Unreachable, // no route, firewall, VPN down
        Timeout,
        TlsUnknownAuthority,
        TlsHostnameMismatch,
        Tls,
        Unauthorized, // 401
        Forbidden, // 403
        Http, // any other unexpected status
        Protocol, // the answer was not what a Kubernetes API server sends
        Cancelled, // the caller gave up (e.g. the window closed)
    };

    Failure failure = Failure::None;
    QString error; // readable: what happened and what to do
    QString server;
    QString gitVersion; // e.g. v1.36.3
    QString username;
    QStringList groups;
    QStringList warnings;

    bool ok() const { return failure == Failure::None; }
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::ProbeResult)
