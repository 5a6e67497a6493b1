#pragma once

#include "ClusterCredentials.h"
#include "KubeconfigEntries.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <curl/curl.h>

#include <atomic>
#include <memory>

namespace Slipway {

// One libcurl easy handle set up for one cluster: TLS trust, client identity, timeouts. Used
// for a few sequential requests so they share the connection. Internal to slipway_kube.
class CurlEasy
{
public:
    struct Response
    {
        CURLcode code = CURLE_OK;
        long status = 0;
        long osErrno = 0;
        long tlsVerifyResult = 0;
        QString errorText;
        QByteArray body;
    };

    // Setting `cancel` aborts a transfer in flight (CURLE_ABORTED_BY_CALLBACK) within
    // libcurl's progress-callback interval, even in the middle of a TLS handshake.
    CurlEasy(const KubeCluster &cluster, const ClusterCredentials &credentials,
             std::shared_ptr<const std::atomic_bool> cancel = {});
    ~CurlEasy();
    Q_DISABLE_COPY_MOVE(CurlEasy)

    // `path` is appended to the server URL, keeping any prefix a proxy put in front of the API.
    Response get(const QString &path);
    Response postJson(const QString &path, const QByteArray &json);

private:
    Response perform(const QString &path);

    CURL *m_curl = nullptr;
    curl_slist *m_headers = nullptr;
    QByteArray m_baseUrl;
    QByteArray m_connectTo;
    curl_slist *m_connectToList = nullptr;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
    std::shared_ptr<const std::atomic_bool> m_cancel;
};

} // namespace Slipway
