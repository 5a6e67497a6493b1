#include "KubeReply.h"

#include "CurlEngine.h"

#include <QJsonDocument>

namespace Slipway {

KubeReply::KubeReply(const KubeRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_link(std::make_shared<ReplyLink>())
{
    m_link->reply = this;
    m_link->context = this;
}

KubeReply::~KubeReply()
{
    {
        const std::lock_guard lock(m_link->mutex);
        m_link->reply = nullptr;
        m_link->context = nullptr;
    }
    if (!m_finished)
        if (const auto engine = m_engine.lock())
            engine->cancel(m_id);
}

void KubeReply::attach(const std::shared_ptr<CurlEngine> &engine)
{
    m_engine = engine;
    m_id = engine->start(m_request, m_link);
}

QJsonObject KubeReply::json() const
{
    return QJsonDocument::fromJson(m_completion.body).object();
}

QByteArray KubeReply::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : m_completion.headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

void KubeReply::abort()
{
    if (m_finished)
        return;
    {
        const std::lock_guard lock(m_link->mutex);
        m_link->reply = nullptr; // nothing more is delivered, whatever is in flight
    }
    if (const auto engine = m_engine.lock())
        engine->cancel(m_id);
    ReplyCompletion cancelled;
    cancelled.error = ApiError::transport(ApiError::Kind::Cancelled, tr("The request was cancelled."));
    complete(std::move(cancelled));
}

void KubeReply::open()
{
    if (!m_finished)
        Q_EMIT streamOpened();
}

void KubeReply::receive(const QByteArray &chunk)
{
    if (!m_finished)
        Q_EMIT dataReceived(chunk);
}

void KubeReply::complete(ReplyCompletion completion)
{
    if (m_finished)
        return;
    m_finished = true;
    m_completion = std::move(completion);
    if (m_completion.error.isError() && m_completion.error.target.verb.isEmpty())
        m_completion.error.target = m_request.target();
    Q_EMIT finished();
}

} // namespace Slipway
