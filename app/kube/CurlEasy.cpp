#include "CurlEasy.h"

#include "SlipwayVersion.h"

#include <QHostAddress>

#include <mutex>

namespace Slipway {

namespace {

constexpr long kConnectTimeoutMs = 5000;
constexpr long kTotalTimeoutMs = 10000;

size_t appendToBody(char *data, size_t size, size_t count, void *userData)
{
    static_cast<QByteArray *>(userData)->append(data, qsizetype(size * count));
    return size * count;
}

void setBlob(CURL *curl, CURLoption option, const QByteArray &data)
{
    curl_blob blob { const_cast<char *>(data.constData()), size_t(data.size()), CURL_BLOB_COPY };
    curl_easy_setopt(curl, option, &blob);
}

int abortWhenCancelled(void *userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic_bool *>(userData)->load() ? 1 : 0;
}

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

} // namespace

CurlEasy::CurlEasy(const KubeCluster &cluster, const ClusterCredentials &credentials,
                   std::shared_ptr<const std::atomic_bool> cancel)
    : m_cancel(std::move(cancel))
{
    static std::once_flag globalInit;
    std::call_once(globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    m_curl = curl_easy_init();
    QUrl server(cluster.server);
    // tls-server-name: ask for the certificate of that name, but connect to the real host.
    if (!cluster.tlsServerName.isEmpty()) {
        const int port = server.port(server.scheme() == QLatin1String("http") ? 80 : 443);
        m_connectTo = cluster.tlsServerName.toUtf8() + ':' + QByteArray::number(port) + ':'
            + server.host().toUtf8() + ':' + QByteArray::number(port);
        m_connectToList = curl_slist_append(nullptr, m_connectTo.constData());
        curl_easy_setopt(m_curl, CURLOPT_CONNECT_TO, m_connectToList);
        server.setHost(cluster.tlsServerName);
    }
    server.setQuery(QString());
    server.setFragment(QString());
    m_baseUrl = server.toEncoded();
    while (m_baseUrl.endsWith('/'))
        m_baseUrl.chop(1);

    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    if (m_cancel) {
        curl_easy_setopt(m_curl, CURLOPT_XFERINFOFUNCTION, &abortWhenCancelled);
        curl_easy_setopt(m_curl, CURLOPT_XFERINFODATA, m_cancel.get());
        curl_easy_setopt(m_curl, CURLOPT_NOPROGRESS, 0L);
    }
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT_MS, kConnectTimeoutMs);
    curl_easy_setopt(m_curl, CURLOPT_TIMEOUT_MS, kTotalTimeoutMs);
    curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(m_curl, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(m_curl, CURLOPT_PROTOCOLS_STR, "https,http");
    curl_easy_setopt(m_curl, CURLOPT_USERAGENT, "slipway/" SLIPWAY_VERSION_STRING);
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, &appendToBody);

    // Like Go's ProxyFromEnvironment: an explicit proxy-url, else the environment, but never
    // for a cluster on this machine.
    if (!cluster.proxyUrl.isEmpty())
        curl_easy_setopt(m_curl, CURLOPT_PROXY, cluster.proxyUrl.toUtf8().constData());
    else if (isLoopback(QUrl(cluster.server).host()))
        curl_easy_setopt(m_curl, CURLOPT_PROXY, "");

    if (!cluster.certificateAuthorityData.isEmpty())
        setBlob(m_curl, CURLOPT_CAINFO_BLOB, cluster.certificateAuthorityData);
    else if (!cluster.certificateAuthorityFile.isEmpty())
        curl_easy_setopt(m_curl, CURLOPT_CAINFO,
                         cluster.certificateAuthorityFile.toLocal8Bit().constData());
    if (cluster.insecureSkipTlsVerify) {
        curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYHOST, 0L);
    }

    if (!credentials.certificatePem.isEmpty()) {
        setBlob(m_curl, CURLOPT_SSLCERT_BLOB, credentials.certificatePem);
        setBlob(m_curl, CURLOPT_SSLKEY_BLOB, credentials.keyPem);
        curl_easy_setopt(m_curl, CURLOPT_SSLCERTTYPE, "PEM");
        curl_easy_setopt(m_curl, CURLOPT_SSLKEYTYPE, "PEM");
    } else if (!credentials.certificateFile.isEmpty()) {
        curl_easy_setopt(m_curl, CURLOPT_SSLCERT,
                         credentials.certificateFile.toLocal8Bit().constData());
        curl_easy_setopt(m_curl, CURLOPT_SSLKEY, credentials.keyFile.toLocal8Bit().constData());
    }
    m_headers = curl_slist_append(m_headers, "Accept: application/json");
    if (!credentials.bearerToken.isEmpty()) {
        const QByteArray header = "Authorization: Bearer " + credentials.bearerToken;
        m_headers = curl_slist_append(m_headers, header.constData());
    } else if (!credentials.basicUser.isEmpty() || !credentials.basicPassword.isEmpty()) {
        curl_easy_setopt(m_curl, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
        curl_easy_setopt(m_curl, CURLOPT_USERNAME, credentials.basicUser.toUtf8().constData());
        curl_easy_setopt(m_curl, CURLOPT_PASSWORD, credentials.basicPassword.toUtf8().constData());
    }
}

CurlEasy::~CurlEasy()
{
    curl_easy_cleanup(m_curl);
    curl_slist_free_all(m_headers);
    curl_slist_free_all(m_connectToList);
}

CurlEasy::Response CurlEasy::get(const QString &path)
{
    curl_easy_setopt(m_curl, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, m_headers);
    return perform(path);
}

CurlEasy::Response CurlEasy::postJson(const QString &path, const QByteArray &json)
{
    curl_slist *headers = curl_slist_append(nullptr, "Content-Type: application/json");
    for (curl_slist *h = m_headers; h; h = h->next)
        headers = curl_slist_append(headers, h->data);
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(m_curl, CURLOPT_POSTFIELDSIZE, long(json.size()));
    curl_easy_setopt(m_curl, CURLOPT_COPYPOSTFIELDS, json.constData());
    Response response = perform(path);
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, m_headers);
    curl_slist_free_all(headers);
    return response;
}

CurlEasy::Response CurlEasy::perform(const QString &path)
{
    Response response;
    const QByteArray url = m_baseUrl + path.toUtf8();
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
