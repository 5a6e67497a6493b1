#include "PodLogStream.h"

#include "KubeClient.h"

namespace Slipway {

PodLogStream::PodLogStream(KubeClient *client, const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{ }

PodLogStream::~PodLogStream()
{
    delete m_reply.data();
}

void PodLogStream::start()
{
    if (!m_client)
        return;
    const Options &o = m_options;
    KubeRequest request = KubeRequest::get(
        QStringLiteral("/api/v1/namespaces/%1/pods/%2/log").arg(o.nameSpace, o.pod));
    request.accept = "*/*";
    if (!o.container.isEmpty())
        request.withQuery(QStringLiteral("container"), o.container);
    if (o.follow)
        request.withQuery(QStringLiteral("follow"), QStringLiteral("true"));
    if (o.tailLines >= 0)
        request.withQuery(QStringLiteral("tailLines"), QString::number(o.tailLines));
    if (o.timestamps)
        request.withQuery(QStringLiteral("timestamps"), QStringLiteral("true"));
    if (o.previous)
        request.withQuery(QStringLiteral("previous"), QStringLiteral("true"));
    if (o.sinceSeconds >= 0)
        request.withQuery(QStringLiteral("sinceSeconds"), QString::number(o.sinceSeconds));
    if (o.limitBytes >= 0)
        request.withQuery(QStringLiteral("limitBytes"), QString::number(o.limitBytes));
    request.streaming = true;
    // A quiet container is not a dead connection; only a very long silence is.
    request.timeoutMs = 3600 * 1000;
    m_partial.clear();
    m_error = {};
    m_reply = m_client->send(request, this);
    connect(m_reply, &KubeReply::dataReceived, this, &PodLogStream::onData);
    connect(m_reply, &KubeReply::finished, this, &PodLogStream::onFinished);
}

void PodLogStream::stop()
{
    if (m_reply)
        m_reply->abort();
}

void PodLogStream::onData(const QByteArray &chunk)
{
    m_partial += chunk;
    const qsizetype last = m_partial.lastIndexOf('\n');
    if (last < 0)
        return;
    QStringList lines = QString::fromUtf8(m_partial.left(last)).split(QLatin1Char('\n'));
    m_partial.remove(0, last + 1);
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    Q_EMIT linesReceived(lines);
}

void PodLogStream::onFinished()
{
    KubeReply *reply = m_reply;
    m_reply = nullptr;
    m_error = reply->error();
    // A plain (not followed) read arrives whole, not streamed, when it is short.
    if (!m_error.isError() && !reply->body().isEmpty())
        onData(reply->body());
    if (!m_partial.isEmpty())
        Q_EMIT linesReceived({ QString::fromUtf8(std::exchange(m_partial, {})) });
    reply->deleteLater();
    Q_EMIT finished();
}

} // namespace Slipway
