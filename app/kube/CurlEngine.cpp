#include "CurlEngine.h"

#include "KubeReply.h"
#include "Logging.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <mutex>

namespace Slipway {

namespace {

constexpr int kMaxRetryDelayMs = 30000;
constexpr int kIdlePollMs = 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

struct CurlEngine::Transfer
{
    ~Transfer()
    {
        if (easy)
            curl_easy_cleanup(easy);
        curl_slist_free_all(headers);
    }

    quint64 id = 0;
    KubeRequest request;
    std::shared_ptr<ReplyLink> link;
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    std::shared_ptr<const CurlOptions> options; // keeps the lists `easy` points to alive
    quint64 credentialGeneration = 0;
    quint64 waitingForRun = 0; // parked until this exec plugin run ends
    long status = 0;
    QByteArray body;
    QByteArray chunk; // stream data not handed over yet
    bool streamed = false; // some data already went to the reply
    QList<std::pair<QByteArray, QByteArray>> headersIn;
    int attempts = 0;
    bool authRetried = false;
    qint64 notBefore = 0; // a delayed retry waits until then
    char errorText[CURL_ERROR_SIZE] = {};
};

CurlEngine::CurlEngine(const KubeCluster &cluster, std::shared_ptr<CredentialProvider> credentials,
                       bool refuseCredentials)
    : m_cluster(cluster)
    , m_credentials(std::move(credentials))
    , m_refuseCredentials(refuseCredentials)
{
    static std::once_flag globalInit;
    std::call_once(globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    // Created here, not in run(), so start() can wake it before the thread is up.
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
    setObjectName(QStringLiteral("slipway-kube-engine"));
    m_credentials->setListener([this] {
        m_credentialsChanged = true;
        curl_multi_wakeup(m_multi);
    });
    QThread::start();
}

CurlEngine::~CurlEngine()
{
    m_credentials->setListener({});
    m_stopping = true;
    curl_multi_wakeup(m_multi);
    wait();
    curl_multi_cleanup(m_multi);
}

quint64 CurlEngine::start(const KubeRequest &request, std::shared_ptr<ReplyLink> link)
{
    auto t = std::make_unique<Transfer>();
    t->id = m_nextId++;
    t->request = request;
    t->link = std::move(link);
    const quint64 id = t->id;
    {
        const std::lock_guard lock(m_commandMutex);
        m_commands.push_back({ id, std::move(t) });
    }
    curl_multi_wakeup(m_multi);
    return id;
}

void CurlEngine::cancel(quint64 id)
{
    {
        const std::lock_guard lock(m_commandMutex);
        m_commands.push_back({ id, nullptr });
    }
    curl_multi_wakeup(m_multi);
}

void CurlEngine::run()
{
    while (!m_stopping) {
        takeCommands();
        resumeParked();
        startDueRetries();
        int running = 0;
        curl_multi_perform(m_multi, &running);
        collectFinished();
        flushStreams();
        curl_multi_poll(m_multi, nullptr, 0, pollTimeoutMs(), nullptr);
    }
    takeCommands();
    for (auto &[id, t] : m_transfers) {
        detach(t.get());
        ReplyCompletion c;
        c.error = ApiError::transport(ApiError::Kind::Cancelled, tr("The connection was closed."));
        t->link->post([c](KubeReply *r) mutable { r->complete(std::move(c)); });
    }
    m_transfers.clear();
}

void CurlEngine::takeCommands()
{
    std::deque<Command> commands;
    {
        const std::lock_guard lock(m_commandMutex);
        commands.swap(m_commands);
    }
    for (Command &c : commands) {
        if (c.start) {
            begin(std::move(c.start));
            continue;
        }
        const auto it = m_transfers.find(c.id);
        if (it != m_transfers.end()) {
            detach(it->second.get());
            m_transfers.erase(it);
        }
    }
}

std::shared_ptr<const CurlOptions> CurlEngine::optionsFor(const CredentialProvider::Snapshot &snapshot)
{
    if (!m_options || m_optionsGeneration != snapshot.generation) {
        m_options = std::make_shared<const CurlOptions>(m_cluster, *snapshot.credentials);
        m_optionsGeneration = snapshot.generation;
    }
    return m_options;
}

void CurlEngine::begin(std::unique_ptr<Transfer> owned)
{
    Transfer *t = owned.get();
    m_transfers[t->id] = std::move(owned);
    if (m_refuseCredentials) {
        complete(t, { 0, {}, {}, ApiError::transport(ApiError::Kind::Configuration,
                                                     tr("Refusing to send credentials to %1 over "
                                                        "plain http. Use the cluster's https "
                                                        "address.")
                                                         .arg(m_cluster.server)) });
        return;
    }
    // An exec plugin runs on a thread of its own; until it ends, this transfer waits parked.
    const CredentialProvider::Attempt credentials = m_credentials->poll(t->waitingForRun);
    switch (credentials.state) {
    case CredentialProvider::Attempt::State::Pending:
        t->waitingForRun = credentials.run;
        return;
    case CredentialProvider::Attempt::State::Failed:
        t->waitingForRun = 0;
        complete(t, { 0, {}, {}, ApiError::transport(ApiError::Kind::Credentials,
                                                     credentials.error.toString()) });
        return;
    case CredentialProvider::Attempt::State::Ready:
        t->waitingForRun = 0;
        break;
    }
    t->credentialGeneration = credentials.snapshot.generation;
    t->options = optionsFor(credentials.snapshot);
    t->status = 0;
    t->body.clear();
    t->headersIn.clear();
    t->easy = curl_easy_init();
    CURL *easy = t->easy;
    t->options->apply(easy);
    const QByteArray url = t->options->baseUrl() + t->request.encodedPathAndQuery();
    curl_easy_setopt(easy, CURLOPT_URL, url.constData());
    curl_easy_setopt(easy, CURLOPT_PRIVATE, t);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, t->errorText);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &CurlEngine::onData);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, t);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &CurlEngine::onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, t);
    curl_easy_setopt(easy, CURLOPT_PIPEWAIT, 1L);
    curl_easy_setopt(easy, CURLOPT_BUFFERSIZE, 256L * 1024);

    t->headers = CurlOptions::copyList(t->options->headers());
    t->headers = curl_slist_append(t->headers, QByteArray("Accept: " + t->request.accept).constData());
    const KubeRequest &r = t->request;
    static const char *const methods[] = { "GET", "POST", "PUT", "PATCH", "DELETE" };
    if (r.method != KubeRequest::Method::Get)
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, methods[int(r.method)]);
    if (!r.body.isEmpty() || r.method == KubeRequest::Method::Post) {
        t->headers = curl_slist_append(t->headers, QByteArray("Content-Type: " + r.contentType).constData());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE, long(r.body.size()));
        curl_easy_setopt(easy, CURLOPT_COPYPOSTFIELDS, r.body.constData());
    }
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, t->headers);
    if (r.streaming) {
        // A stream may run for hours; it only fails when it stays silent too long.
        curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME, long(std::max(1, r.timeoutMs / 1000)));
    } else {
        curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(r.timeoutMs));
    }
    curl_multi_add_handle(m_multi, easy);
}

size_t CurlEngine::onData(char *data, size_t size, size_t count, void *transfer)
{
    auto *t = static_cast<Transfer *>(transfer);
    if (t->status == 0)
        curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &t->status);
    // Only a successful stream is handed over as it comes; an error body is a Status to parse.
    if (t->request.streaming && t->status >= 200 && t->status < 300)
        t->chunk.append(data, qsizetype(size * count));
    else
        t->body.append(data, qsizetype(size * count));
    return size * count;
}

size_t CurlEngine::onHeader(char *data, size_t size, size_t count, void *transfer)
{
    auto *t = static_cast<Transfer *>(transfer);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        t->headersIn.clear(); // a new response (after 100 Continue or a redirect)
        t->status = 0;
    } else if (line.isEmpty()) {
        // The end of a response's headers: a stream the server accepted is open, even while
        // no byte of it has come yet.
        long status = 0;
        curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
        if (t->request.streaming && status >= 200 && status < 300)
            t->link->post([](KubeReply *r) { r->open(); });
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        t->headersIn.append({ line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
    }
    return size * count;
}

void CurlEngine::collectFinished()
{
    int left = 0;
    while (CURLMsg *msg = curl_multi_info_read(m_multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        Transfer *t = nullptr;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
        finished(t, msg->data.result);
    }
}

void CurlEngine::finished(Transfer *t, CURLcode code)
{
    curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &t->status);
    if (code != CURLE_OK) {
        long osErrno = 0;
        curl_easy_getinfo(t->easy, CURLINFO_OS_ERRNO, &osErrno);
        const QString text = QString::fromUtf8(t->errorText[0] ? t->errorText : curl_easy_strerror(code));
        ApiError error = ApiError::fromCurl(code, osErrno, text, m_cluster.server, m_cluster.proxyUrl);
        if (t->request.streaming && code == CURLE_OPERATION_TIMEDOUT)
            error.detail = tr("The stream from %1 stayed silent for %2 s.")
                               .arg(m_cluster.server)
                               .arg(t->request.timeoutMs / 1000);
        complete(t, { int(t->status), t->body, t->headersIn, error });
        return;
    }
    const int status = int(t->status);
    if (status >= 200 && status < 300) {
        complete(t, { status, t->body, t->headersIn, {} });
        return;
    }
    // A refused token may just have expired or rotated: fetch fresh credentials, retry once.
    if (status == 401 && !t->authRetried && !t->streamed
        && m_credentials->invalidate(t->credentialGeneration)) {
        t->authRetried = true;
        qCInfo(lcKube) << "401 from" << m_cluster.server << "- refreshing credentials, retrying once";
        retryLater(t, 0);
        return;
    }
    int retryAfter = -1;
    for (const auto &[name, value] : t->headersIn) {
        if (name == "retry-after")
            retryAfter = value.toInt();
    }
    const ApiError error = ApiError::fromHttp(t->request, status, t->body, retryAfter);
    if (error.isRetriable() && t->attempts < t->request.maxRetries && !t->streamed) {
        ++t->attempts;
        // Bounded: a server asking for minutes gets 30 s, and a jitter spreads the herd.
        const qint64 delay = std::min<qint64>(qint64(retryAfter) * 1000, kMaxRetryDelayMs)
            + QRandomGenerator::global()->bounded(250);
        qCInfo(lcKube) << status << "from" << m_cluster.server << "- retrying in" << delay << "ms";
        retryLater(t, delay);
        return;
    }
    complete(t, { status, t->body, t->headersIn, error });
}

void CurlEngine::retryLater(Transfer *t, qint64 delayMs)
{
    detach(t);
    t->notBefore = nowMs() + delayMs;
}

void CurlEngine::resumeParked()
{
    if (!m_credentialsChanged.exchange(false))
        return;
    std::vector<quint64> parked;
    for (const auto &[id, t] : m_transfers) {
        if (!t->easy && t->waitingForRun != 0)
            parked.push_back(id);
    }
    for (quint64 id : parked) {
        auto it = m_transfers.find(id);
        if (it == m_transfers.end())
            continue;
        std::unique_ptr<Transfer> t = std::move(it->second);
        m_transfers.erase(it);
        begin(std::move(t));
    }
}

void CurlEngine::startDueRetries()
{
    const qint64 now = nowMs();
    std::vector<quint64> due;
    for (const auto &[id, t] : m_transfers) {
        if (!t->easy && t->waitingForRun == 0 && t->notBefore <= now)
            due.push_back(id);
    }
    for (quint64 id : due) {
        auto it = m_transfers.find(id);
        std::unique_ptr<Transfer> t = std::move(it->second);
        m_transfers.erase(it);
        begin(std::move(t));
    }
}

int CurlEngine::pollTimeoutMs() const
{
    qint64 timeout = kIdlePollMs;
    const qint64 now = nowMs();
    for (const auto &[id, t] : m_transfers) {
        if (!t->easy && t->waitingForRun == 0)
            timeout = std::min(timeout, std::max<qint64>(0, t->notBefore - now));
    }
    return int(timeout);
}

void CurlEngine::flushStreams()
{
    for (auto &[id, t] : m_transfers) {
        if (t->chunk.isEmpty())
            continue;
        t->streamed = true;
        t->link->post([data = std::exchange(t->chunk, {})](KubeReply *r) { r->receive(data); });
    }
}

void CurlEngine::complete(Transfer *t, ReplyCompletion completion)
{
    flushStreams();
    detach(t);
    t->link->post([c = std::move(completion)](KubeReply *r) mutable { r->complete(std::move(c)); });
    m_transfers.erase(t->id);
}

void CurlEngine::detach(Transfer *t)
{
    if (!t->easy)
        return;
    curl_multi_remove_handle(m_multi, t->easy);
    curl_easy_cleanup(t->easy);
    t->easy = nullptr;
    curl_slist_free_all(t->headers);
    t->headers = nullptr;
}

} // namespace Slipway
