#include "CurlCall.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace Slipway {

namespace {

constexpr qsizetype kMaxBody = 1 << 20; // a ping, a version or an error document; never data

size_t collect(char *data, size_t size, size_t count, void *target)
{
    auto *bytes = static_cast<QByteArray *>(target);
    const qsizetype n = qsizetype(size * count);
    if (bytes->size() + n > kMaxBody)
        return 0; // ends the transfer with CURLE_WRITE_ERROR
    bytes->append(data, n);
    return size * count;
}

struct EasyDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct MultiDeleter
{
    void operator()(CURLM *multi) const { curl_multi_cleanup(multi); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

QByteArray CurlCall::Response::header(const QByteArray &name) const
{
    // The last response's headers win (after a 100 Continue or a redirect).
    QByteArray value;
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            value = line.mid(colon + 1).trimmed();
    }
    return value;
}

CurlCall::CurlCall(const ConnectionAttempt &attempt)
    : m_attempt(attempt)
{ }

void CurlCall::setCredentials(const QString &user, const QString &password)
{
    m_user = user.toUtf8();
    m_password = password.toUtf8();
}

CurlCall::Response CurlCall::perform(const QByteArray &url) const
{
    static std::once_flag globalInit;
    std::call_once(globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    Response response;
    const std::unique_ptr<CURL, EasyDeleter> easy(curl_easy_init());
    const std::unique_ptr<CURLM, MultiDeleter> multi(curl_multi_init());
    std::unique_ptr<curl_slist, ListDeleter> list;
    for (const QByteArray &header : m_headers)
        list.reset(curl_slist_append(list.release(), header.constData()));
    char error[CURL_ERROR_SIZE] = {};
    CURL *curl = easy.get();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https,http");
    // A database address is reached directly, as the cluster's workloads would reach it.
    curl_easy_setopt(curl, CURLOPT_PROXY, "");
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(std::max(1, m_attempt.remainingMs())));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.headers);
    if (list)
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list.get());
    if (m_head)
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    if (!m_user.isEmpty() || !m_password.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, m_user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, m_password.constData());
    }
    if (!m_sigV4.isEmpty())
        curl_easy_setopt(curl, CURLOPT_AWS_SIGV4, m_sigV4.constData());

    curl_multi_add_handle(multi.get(), curl);
    int running = 1;
    bool cancelled = false;
    while (running > 0) {
        curl_multi_perform(multi.get(), &running);
        if (running == 0)
            break;
        if (m_attempt.isCancelled()) {
            cancelled = true;
            break;
        }
        int ready = 0;
        curl_multi_poll(multi.get(), nullptr, 0, 100, &ready);
    }
    CURLcode code = CURLE_ABORTED_BY_CALLBACK;
    if (!cancelled) {
        int queued = 0;
        while (CURLMsg *message = curl_multi_info_read(multi.get(), &queued)) {
            if (message->msg == CURLMSG_DONE)
                code = message->data.result;
        }
    }
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    curl_multi_remove_handle(multi.get(), curl);
    response.curlCode = int(code);
    response.curlError = error[0] ? QString::fromUtf8(error).trimmed()
                                  : QString::fromUtf8(curl_easy_strerror(code));
    return response;
}

std::optional<ConnectionTestResult> CurlCall::transportFailure(const Response &response,
                                                               const QString &host,
                                                               const QString &address) const
{
    switch (CURLcode(response.curlCode)) {
    case CURLE_OK:
        return std::nullopt;
    case CURLE_ABORTED_BY_CALLBACK:
        return ConnectionTestResult::cancelled();
    case CURLE_COULDNT_RESOLVE_HOST:
        return ConnectionTestResult::unresolved(host);
    case CURLE_COULDNT_CONNECT:
        return ConnectionTestResult::refused(address);
    case CURLE_OPERATION_TIMEDOUT:
        return ConnectionTestResult::timedOut(address, m_attempt.timeoutMs());
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
        return ConnectionTestResult::tlsFailed(address, response.curlError);
    case CURLE_GOT_NOTHING:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_RECV_ERROR:
        return ConnectionTestResult::failure(
            ConnectionTestResult::Outcome::Other,
            tr("%1 did not answer in HTTP (%2). Check the port, and whether the server expects "
               "TLS.")
                .arg(address, response.curlError));
    default:
        break;
    }
    return ConnectionTestResult::failure(ConnectionTestResult::Outcome::Other,
                                         tr("%1 could not be reached: %2").arg(address, response.curlError));
}

} // namespace Slipway
