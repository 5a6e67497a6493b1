#include "RegistryHttp.h"

#include "SlipwayVersion.h"

#include <QFile>

#include <curl/curl.h>

#include <mutex>

namespace Slipway {

namespace {

constexpr int kPollMs = 100;
// An answer kept in memory is a manifest (at most 4 MiB by distribution's own limit), a token or
// an error; more than this is not one of them, and is refused rather than cut.
constexpr qsizetype kMaxBody = 8 << 20;

struct Exchange
{
    const HttpRequest *request = nullptr;
    HttpResponse *response = nullptr;
    CURL *easy = nullptr;
    QFile upload;
    qint64 uploadLeft = 0;
    qint64 *moved = nullptr;
    bool sinkFailed = false;
    bool tooLarge = false;
};

size_t onData(char *data, size_t size, size_t count, void *user)
{
    auto *x = static_cast<Exchange *>(user);
    const qsizetype bytes = qsizetype(size * count);
    long status = 0;
    curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &status);
    if (x->request->sink && status >= 200 && status < 300) {
        *x->moved += bytes;
        if (!x->request->sink(data, bytes)) {
            x->sinkFailed = true;
            return 0;
        }
        return size * count;
    }
    if (x->response->body.size() + bytes > kMaxBody) {
        x->tooLarge = true;
        return 0;
    }
    x->response->body.append(data, bytes);
    return size * count;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *x = static_cast<Exchange *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        x->response->headers.clear(); // a redirect's or a 100 Continue's headers are not the answer's
    } else {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            x->response->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

size_t onRead(char *buffer, size_t size, size_t count, void *user)
{
    auto *x = static_cast<Exchange *>(user);
    const qint64 want = qMin<qint64>(qint64(size * count), x->uploadLeft);
    const qint64 got = x->upload.read(buffer, want);
    if (got < 0)
        return CURL_READFUNC_ABORT;
    x->uploadLeft -= got;
    *x->moved += got;
    if (x->request->sent)
        x->request->sent(got);
    return size_t(got);
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &lowercaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowercaseName)
            return value;
    }
    return QByteArray();
}

RegistryHttp::RegistryHttp(RegistryTls tls, qint64 maxBytesPerSecond)
    : m_tls(std::move(tls))
    , m_maxBytesPerSecond(maxBytesPerSecond)
{
    static std::once_flag globalInit;
    std::call_once(globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_multi = curl_multi_init();
}

RegistryHttp::~RegistryHttp()
{
    curl_multi_cleanup(m_multi);
}

HttpResponse RegistryHttp::send(const HttpRequest &request)
{
    HttpResponse response;
    Exchange x;
    x.request = &request;
    x.response = &response;
    x.moved = &m_bytesMoved;
    x.easy = curl_easy_init();
    CURL *easy = x.easy;
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(easy, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "https,http");
    curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "https,http");
    curl_easy_setopt(easy, CURLOPT_USERAGENT, "slipway/" SLIPWAY_VERSION_STRING);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT, 30L);
    // A stalled transfer fails instead of hanging: less than 1 KiB/s for a minute.
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, 1024L);
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME, 60L);
    // Blob GETs are redirected to storage by many registries; the redirect target signs its
    // own URL, so the registry's Authorization must not follow (libcurl drops it across hosts).
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, request.method == "GET" ? 1L : 0L);
    curl_easy_setopt(easy, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, onData);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &x);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &x);
    if (m_maxBytesPerSecond > 0) {
        curl_easy_setopt(easy, CURLOPT_MAX_RECV_SPEED_LARGE, curl_off_t(m_maxBytesPerSecond));
        curl_easy_setopt(easy, CURLOPT_MAX_SEND_SPEED_LARGE, curl_off_t(m_maxBytesPerSecond));
    }
    if (!m_tls.caFile.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, QFile::encodeName(m_tls.caFile).constData());

    curl_slist *headers = nullptr;
    for (const QByteArray &h : request.headers)
        headers = curl_slist_append(headers, h.constData());
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip per upload
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);

    if (request.method == "HEAD") {
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else if (!request.uploadFile.isEmpty()) {
        x.upload.setFileName(request.uploadFile);
        if (!x.upload.open(QIODevice::ReadOnly) || !x.upload.seek(request.uploadOffset)) {
            response.transportError = x.upload.errorString();
            curl_slist_free_all(headers);
            curl_easy_cleanup(easy);
            return response;
        }
        x.uploadLeft = request.uploadLength;
        curl_easy_setopt(easy, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(easy, CURLOPT_INFILESIZE_LARGE, curl_off_t(request.uploadLength));
        curl_easy_setopt(easy, CURLOPT_READFUNCTION, onRead);
        curl_easy_setopt(easy, CURLOPT_READDATA, &x);
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.constData());
    } else if (request.method != "GET") {
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }

    curl_multi_add_handle(m_multi, easy);
    CURLcode code = CURLE_OK;
    for (;;) {
        int running = 0;
        curl_multi_perform(m_multi, &running);
        int queued = 0;
        bool done = false;
        while (CURLMsg *msg = curl_multi_info_read(m_multi, &queued)) {
            if (msg->msg == CURLMSG_DONE && msg->easy_handle == easy) {
                code = msg->data.result;
                done = true;
            }
        }
        if (done)
            break;
        if (m_cancelled) {
            response.cancelled = true;
            break;
        }
        curl_multi_poll(m_multi, nullptr, 0, kPollMs, nullptr);
    }
    if (!response.cancelled) {
        if (code == CURLE_OK) {
            curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &response.status);
        } else if (x.tooLarge) {
            response.transportError = tr("the answer is larger than %1 MiB").arg(kMaxBody >> 20);
        } else if (!x.sinkFailed) {
            response.transportError = QString::fromUtf8(*errorText ? errorText : curl_easy_strerror(code));
        }
    }
    if (x.sinkFailed)
        response.transportError = tr("writing what arrived failed"); // the sink's owner knows why
    curl_multi_remove_handle(m_multi, easy);
    curl_easy_cleanup(easy);
    curl_slist_free_all(headers);
    return response;
}

} // namespace Slipway
