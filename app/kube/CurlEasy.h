#pragma once

#include "CurlOptions.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>

namespace Slipway {

// One blocking libcurl easy handle set up for one cluster, for a few sequential requests that
// share the connection (ClusterProbe). Everything asynchronous goes through KubeClient instead.
// Internal to slipway_kube.
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

    CurlOptions m_options;
    CURL *m_curl = nullptr;
    curl_slist *m_getHeaders = nullptr;
    curl_slist *m_postHeaders = nullptr;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
    std::shared_ptr<const std::atomic_bool> m_cancel;
};

} // namespace Slipway
