#include "CurlOptions.h"

#include "SlipwayVersion.h"

#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>

namespace Slipway {

namespace {

constexpr long kConnectTimeoutMs = 10000;

void setBlob(CURL *curl, CURLoption option, const QByteArray &data)
{
    curl_blob blob { const_cast<char *>(data.constData()), size_t(data.size()), CURL_BLOB_COPY };
    curl_easy_setopt(curl, option, &blob);
}

} // namespace

bool CurlOptions::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QByteArray text = host.toLatin1();
    in_addr v4 {};
    if (inet_pton(AF_INET, text.constData(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6 {};
    if (inet_pton(AF_INET6, text.constData(), &v6) == 1)
        return IN6_IS_ADDR_LOOPBACK(&v6) || (IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127);
    return false;
}

CurlOptions::CurlOptions(const KubeCluster &cluster, const ClusterCredentials &credentials)
    : m_cluster(cluster)
    , m_credentials(credentials)
{
    QUrl server(cluster.server);
    // tls-server-name: ask for the certificate of that name, but connect to the real host.
    if (!cluster.tlsServerName.isEmpty()) {
        const int port = server.port(server.scheme() == QLatin1String("http") ? 80 : 443);
        const QByteArray connectTo = cluster.tlsServerName.toUtf8() + ':' + QByteArray::number(port)
            + ':' + server.host().toUtf8() + ':' + QByteArray::number(port);
        m_connectTo = curl_slist_append(nullptr, connectTo.constData());
        server.setHost(cluster.tlsServerName);
    }
    server.setQuery(QString());
    server.setFragment(QString());
    m_baseUrl = server.toEncoded();
    while (m_baseUrl.endsWith('/'))
        m_baseUrl.chop(1);

    // Credentials never travel over plain http (client-go: IsConfigTransportTLS).
    if (server.scheme() == QLatin1String("https") && !credentials.bearerToken.isEmpty()) {
        const QByteArray header = "Authorization: Bearer " + credentials.bearerToken;
        m_headers = curl_slist_append(m_headers, header.constData());
    }
}

CurlOptions::~CurlOptions()
{
    curl_slist_free_all(m_connectTo);
    curl_slist_free_all(m_headers);
}

curl_slist *CurlOptions::copyList(const curl_slist *list)
{
    curl_slist *out = nullptr;
    for (; list; list = list->next)
        out = curl_slist_append(out, list->data);
    return out;
}

void CurlOptions::apply(CURL *curl) const
{
    const KubeCluster &cluster = m_cluster;
    const ClusterCredentials &credentials = m_credentials;
    if (m_connectTo)
        curl_easy_setopt(curl, CURLOPT_CONNECT_TO, m_connectTo);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, kConnectTimeoutMs);
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https,http");
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "slipway/" SLIPWAY_VERSION_STRING);
    curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPIDLE, 30L);
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPINTVL, 30L);
    if (!cluster.disableCompression)
        curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");

    // Like Go's ProxyFromEnvironment: an explicit proxy-url, else the environment, but never
    // for a cluster on this machine.
    // An explicit proxy-url wins over NO_PROXY as well, as in client-go (http.ProxyURL); libcurl
    // would otherwise still read no_proxy from the environment and go direct.
    if (!cluster.proxyUrl.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_PROXY, cluster.proxyUrl.toUtf8().constData());
        curl_easy_setopt(curl, CURLOPT_NOPROXY, "");
    } else if (isLoopbackHost(QUrl(cluster.server).host()))
        curl_easy_setopt(curl, CURLOPT_PROXY, "");

    if (!cluster.certificateAuthorityData.isEmpty())
        setBlob(curl, CURLOPT_CAINFO_BLOB, cluster.certificateAuthorityData);
    else if (!cluster.certificateAuthorityFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, cluster.certificateAuthorityFile.toLocal8Bit().constData());
    if (cluster.insecureSkipTlsVerify) {
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    }

    if (!credentials.certificatePem.isEmpty()) {
        setBlob(curl, CURLOPT_SSLCERT_BLOB, credentials.certificatePem);
        setBlob(curl, CURLOPT_SSLKEY_BLOB, credentials.keyPem);
        curl_easy_setopt(curl, CURLOPT_SSLCERTTYPE, "PEM");
        curl_easy_setopt(curl, CURLOPT_SSLKEYTYPE, "PEM");
    } else if (!credentials.certificateFile.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_SSLCERT, credentials.certificateFile.toLocal8Bit().constData());
        curl_easy_setopt(curl, CURLOPT_SSLKEY, credentials.keyFile.toLocal8Bit().constData());
    }
    if (credentials.bearerToken.isEmpty()
        && (!credentials.basicUser.isEmpty() || !credentials.basicPassword.isEmpty())
        && m_baseUrl.startsWith("https:")) {
        curl_easy_setopt(curl, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
        curl_easy_setopt(curl, CURLOPT_USERNAME, credentials.basicUser.toUtf8().constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, credentials.basicPassword.toUtf8().constData());
    }
}

} // namespace Slipway
