#include "CurlEasy.h"

#include <mutex>

namespace Slipway {

namespace {

constexpr long kTotalTimeoutMs = 10000;

size_t appendToBody(char *data, size_t size, size_t count, void *userData)
{
    static_cast<QByteArray *>(userData)->append(data, qsizetype(size * count));
    return size * count;
}

int abortWhenCancelled(void *userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic_bool *>(userData)->load() ? 1 : 0;
}

} // namespace

CurlEasy::CurlEasy(const KubeCluster &cluster, const ClusterCredentials &credentials,
                   std::shared_ptr<const std::atomic_bool> cancel)
    : m_options(cluster, credentials)
    , m_cancel(std::move(cancel))
{
    static std::once_flag globalInit;
    std::call_once(globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    m_curl = curl_easy_init();
    m_options.apply(m_curl);
    if (m_cancel) {
        curl_easy_setopt(m_curl, CURLOPT_XFERINFOFUNCTION, &abortWhenCancelled);
        curl_easy_setopt(m_curl, CURLOPT_XFERINFODATA, m_cancel.get());
        curl_easy_setopt(m_curl, CURLOPT_NOPROGRESS, 0L);
    }
    curl_easy_setopt(m_curl, CURLOPT_TIMEOUT_MS, kTotalTimeoutMs);
    curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, &appendToBody);
    m_getHeaders = curl_slist_append(CurlOptions::copyList(m_options.headers()),
                                     "Accept: application/json");
    m_postHeaders = curl_slist_append(CurlOptions::copyList(m_getHeaders),
                                      "Content-Type: application/json");
}

CurlEasy::~CurlEasy()
{
    curl_easy_cleanup(m_curl);
    curl_slist_free_all(m_getHeaders);
    curl_slist_free_all(m_postHeaders);
}

CurlEasy::Response CurlEasy::get(const QString &path)
{
    curl_easy_setopt(m_curl, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, m_getHeaders);
    return perform(path);
}

CurlEasy::Response CurlEasy::postJson(const QString &path, const QByteArray &json)
{
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, m_postHeaders);
    curl_easy_setopt(m_curl, CURLOPT_POSTFIELDSIZE, long(json.size()));
    curl_easy_setopt(m_curl, CURLOPT_COPYPOSTFIELDS, json.constData());
    return perform(path);
}

CurlEasy::Response CurlEasy::perform(const QString &path)
{
    Response response;
    const QByteArray url = m_options.baseUrl() + path.toUtf8();
    m_errorBuffer[0] = '\0';
    curl_easy_setopt(m_curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, &response.body);
    response.code = curl_easy_perform(m_curl);
    curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &response.status);
    curl_easy_getinfo(m_curl, CURLINFO_OS_ERRNO, &response.osErrno);
    curl_easy_getinfo(m_curl, CURLINFO_SSL_VERIFYRESULT, &response.tlsVerifyResult);
    response.errorText
        = QString::fromUtf8(m_errorBuffer[0] ? m_errorBuffer : curl_easy_strerror(response.code));
    return response;
}

} // namespace Slipway
