#pragma once

#include "ClusterCredentials.h"
#include "KubeconfigEntries.h"

#include <QByteArray>

#include <curl/curl.h>

namespace Slipway {

// How every libcurl handle of a cluster connection is set up: server trust, client identity,
// proxy, TLS floor, HTTP/2 and compression, for every transfer of the CurlEngine.
// Holds the lists libcurl keeps pointers to, so it must outlive the handles it configured.
// Internal to slipway_kube.
class CurlOptions
{
public:
    CurlOptions(const KubeCluster &cluster, const ClusterCredentials &credentials);
    ~CurlOptions();
    Q_DISABLE_COPY_MOVE(CurlOptions)

    // The server URL without a trailing slash, with tls-server-name as its host when set.
    const QByteArray &baseUrl() const { return m_baseUrl; }
    // Authorization and the like; a request adds its own (Accept, Content-Type) to a copy.
    const curl_slist *headers() const { return m_headers; }

    void apply(CURL *curl) const;

    // localhost, 127.0.0.0/8, ::1 and ::ffff:127.x: hosts that never go through a proxy from
    // the environment.
    static bool isLoopbackHost(const QString &host);

    static curl_slist *copyList(const curl_slist *list);

private:
    KubeCluster m_cluster;
    ClusterCredentials m_credentials;
    QByteArray m_baseUrl;
    curl_slist *m_connectTo = nullptr;
    curl_slist *m_headers = nullptr;
};

} // namespace Slipway
