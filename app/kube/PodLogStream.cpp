#include "PodLogStream.h"

#include "KubeClient.h"
#include "Logging.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace Slipway {

namespace {

constexpr int kFirstReconnectDelayMs = 250;

// A failure a new connection may not meet: the network, the API server going away or being
// overloaded, a stream that broke mid-way or went silent.
bool isTransient(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::Unreachable:
    case ApiError::Kind::HostNotFound:
    case ApiError::Kind::TooManyRequests:
    case ApiError::Kind::ServerError:
        return true;
    case ApiError::Kind::Http:
        return e.httpStatus == 0; // a connection reset, an HTTP/2 stream torn down, …
    default:
        return false;
    }
}

bool containerRunning(const QJsonObject &pod, QString name)
{
    if (name.isEmpty()) {
        // What the API server picks when no container is named: the only one there is.
        const QJsonArray containers = pod[u"spec"][u"containers"].toArray();
        if (containers.size() != 1)
            return false;
        name = containers.first()[u"name"].toString();
    }
    const QJsonObject status = pod[u"status"].toObject();
    for (const char16_t *list : { u"containerStatuses", u"initContainerStatuses",
                                  u"ephemeralContainerStatuses" }) {
        for (const QJsonValue &c : status[QStringView(list)].toArray()) {
            if (c[u"name"].toString() == name)
                return c[u"state"][u"running"].isObject();
        }
    }
    return false;
}

} // namespace

PodLogStream::PodLogStream(KubeClient *client, const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PodLogStream::connectStream);
}

PodLogStream::~PodLogStream()
{
    delete m_reply.data();
    delete m_check.data();
}

bool PodLogStream::resumable() const
{
    const Options &o = m_options;
    return o.follow && o.reconnect && !o.previous && o.limitBytes < 0;
}

void PodLogStream::start()
{
    if (!m_client)
        return;
    delete m_reply.data();
    delete m_check.data();
    m_retryTimer.stop();
    m_error = {};
    m_position = {};
    m_failedAttempts = 0;
    m_reconnects = 0;
    m_stopping = false;
    m_sinceProgress.start();
    setState(State::Connecting);
    connectStream();
}

void PodLogStream::connectStream()
{
    if (!m_client) {
        finish(ApiError::transport(ApiError::Kind::Cancelled, tr("The connection was closed.")));
        return;
    }
    const Options &o = m_options;
    KubeRequest request = KubeRequest::get(
        QStringLiteral("/api/v1/namespaces/%1/pods/%2/log").arg(o.nameSpace, o.pod));
    request.accept = "*/*";
    if (!o.container.isEmpty())
        request.withQuery(QStringLiteral("container"), o.container);
    if (o.follow)
        request.withQuery(QStringLiteral("follow"), QStringLiteral("true"));
    if (m_position.hasPosition()) {
        // Resuming: from the last line's second on; LogResumePoint drops what came already.
        request.withQuery(QStringLiteral("sinceTime"), m_position.sinceTime());
        m_position.reconnected();
    } else {
        if (o.tailLines >= 0)
            request.withQuery(QStringLiteral("tailLines"), QString::number(o.tailLines));
        if (o.sinceSeconds >= 0)
            request.withQuery(QStringLiteral("sinceSeconds"), QString::number(o.sinceSeconds));
    }
    if (o.timestamps || resumable())
        request.withQuery(QStringLiteral("timestamps"), QStringLiteral("true"));
    if (o.previous)
        request.withQuery(QStringLiteral("previous"), QStringLiteral("true"));
    if (o.limitBytes >= 0)
        request.withQuery(QStringLiteral("limitBytes"), QString::number(o.limitBytes));
    request.streaming = true;
    request.timeoutMs = o.silenceTimeoutMs;
    m_partial.clear();
    m_reply = m_client->send(request, this);
    connect(m_reply, &KubeReply::streamOpened, this, &PodLogStream::onOpened);
    connect(m_reply, &KubeReply::dataReceived, this, &PodLogStream::onData);
    connect(m_reply, &KubeReply::finished, this, &PodLogStream::onFinished);
}

void PodLogStream::onOpened()
{
    if (m_state == State::Streaming)
        return;
    m_sinceProgress.restart();
    const bool wasReconnecting = m_state == State::Reconnecting;
    setState(State::Streaming);
    if (wasReconnecting) {
        ++m_reconnects;
        qCInfo(lcKube) << "log of" << m_options.nameSpace << m_options.pod << "resumed";
        Q_EMIT resumed();
    }
}

void PodLogStream::deliver(QByteArrayView text, QStringList &out)
{
    if (text.endsWith('\r'))
        text.chop(1);
    if (m_options.timestamps || resumable()) {
        if (!m_position.accept(text))
            return;
        // The timestamps were only for resuming: strip them again (when there is one).
        const qsizetype space = text.indexOf(' ');
        if (!m_options.timestamps && space > 0
            && LogResumePoint::parseTimestamp(text.first(space)))
            text = text.sliced(space + 1);
    }
    out.append(QString::fromUtf8(text));
}

void PodLogStream::onData(const QByteArray &chunk)
{
    onOpened(); // a server may send the headers only with the first bytes
    m_partial += chunk;
    const qsizetype last = m_partial.lastIndexOf('\n');
    if (last < 0)
        return;
    QStringList lines;
    const QByteArrayView all(m_partial);
    for (qsizetype from = 0; from <= last;) {
        const qsizetype newline = all.indexOf('\n', from);
        deliver(all.sliced(from, newline - from), lines);
        from = newline + 1;
    }
    m_partial.remove(0, last + 1);
    if (lines.isEmpty())
        return; // all of it repeated what a resumed stream had delivered already
    m_failedAttempts = 0;
    m_sinceProgress.restart();
    Q_EMIT linesReceived(lines);
}

void PodLogStream::onFinished()
{
    KubeReply *reply = m_reply;
    m_reply = nullptr;
    const ApiError error = reply->error();
    // A plain (not followed) read arrives whole, not streamed, when it is short.
    if (!error.isError() && !reply->body().isEmpty())
        onData(reply->body());
    reply->deleteLater();
    // Only a stream that was running is resumed: one that never opened fails as it is (an
    // unreachable cluster must not keep a `logs -f` waiting for minutes).
    const bool wasOpen = m_state == State::Streaming || m_state == State::Reconnecting;
    if (m_stopping || !resumable() || !wasOpen) {
        finish(error);
        return;
    }
    if (!error.isError()) {
        checkContainer();
        return;
    }
    if (isTransient(error)) {
        scheduleReconnect(error);
        return;
    }
    finish(error);
}

void PodLogStream::checkContainer()
{
    if (!m_client) {
        finish({});
        return;
    }
    m_check = m_client->send(KubeRequest::get(
        QStringLiteral("/api/v1/namespaces/%1/pods/%2").arg(m_options.nameSpace, m_options.pod)), this);
    connect(m_check, &KubeReply::finished, this, &PodLogStream::onContainerChecked);
}

void PodLogStream::onContainerChecked()
{
    KubeReply *reply = m_check;
    m_check = nullptr;
    reply->deleteLater();
    if (reply->ok()) {
        if (containerRunning(reply->json(), m_options.container))
            scheduleReconnect(ApiError::transport(
                ApiError::Kind::Http,
                tr("The log stream of %1 ended while its container is still running.")
                    .arg(m_options.pod)));
        else
            finish({}); // the container ended, and its log with it
        return;
    }
    const ApiError &error = reply->error();
    if (isTransient(error)) {
        scheduleReconnect(error);
        return;
    }
    // 404: the pod is gone, its log ended. Anything else (may not read the pod, …): no way to
    // tell, so the log ends as kubectl's would.
    finish({});
}

void PodLogStream::scheduleReconnect(const ApiError &reason)
{
    if (m_sinceProgress.elapsed() > m_options.reconnectWindowMs) {
        qCInfo(lcKube) << "log of" << m_options.nameSpace << m_options.pod
                       << "not resumed: no progress for" << m_sinceProgress.elapsed() << "ms";
        finish(reason);
        return;
    }
    // 250 ms, 500 ms, 1 s, … up to the cap, with a jitter so that many streams of one restarted
    // API server do not come back in one burst.
    const qint64 backoff = qint64(kFirstReconnectDelayMs) << std::min(m_failedAttempts, 16);
    const int delay = int(std::min<qint64>(backoff, m_options.maxReconnectDelayMs))
        + int(QRandomGenerator::global()->bounded(kFirstReconnectDelayMs));
    ++m_failedAttempts;
    m_partial.clear(); // an unfinished line comes again, whole
    setState(State::Reconnecting);
    const QString text = reason.message();
    qCInfo(lcKube) << "log of" << m_options.nameSpace << m_options.pod << "dropped (" << text
                   << ") - reconnecting in" << delay << "ms";
    Q_EMIT reconnecting(text, delay);
    m_retryTimer.start(delay);
}

void PodLogStream::stop()
{
    m_stopping = true;
    if (m_reply) {
        m_reply->abort(); // finishes through onFinished
        return;
    }
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    delete m_check.data();
    finish(ApiError::transport(ApiError::Kind::Cancelled, tr("The log stream was stopped.")));
}

void PodLogStream::finish(const ApiError &error)
{
    m_retryTimer.stop();
    m_error = error;
    if (!m_partial.isEmpty()) {
        QStringList lines;
        deliver(std::exchange(m_partial, {}), lines);
        if (!lines.isEmpty())
            Q_EMIT linesReceived(lines);
    }
    setState(State::Finished);
    Q_EMIT finished();
}

void PodLogStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Slipway
