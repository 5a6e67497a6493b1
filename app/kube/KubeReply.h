#pragma once

#include "ApiError.h"
#include "KubeRequest.h"
#include "ReplyLink.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace Slipway {

class CurlEngine;

// The answer to one KubeRequest, on the thread that sent it. Emits finished() exactly once
// (also after abort()); a streaming request emits streamOpened() when the server accepted it
// (2xx) and dataReceived() for each piece of the body before that. Deleting a reply cancels its
// transfer. Made by KubeClient::send().
class KubeReply final : public QObject
{
    Q_OBJECT

public:
    ~KubeReply() override;
    Q_DISABLE_COPY_MOVE(KubeReply)

    const KubeRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_completion.error.isError(); }
    int httpStatus() const { return m_completion.httpStatus; }
    const QByteArray &body() const { return m_completion.body; }
    QJsonObject json() const;
    QByteArray header(const QByteArray &lowerCaseName) const;
    const ApiError &error() const { return m_completion.error; }

    void abort();

Q_SIGNALS:
    void streamOpened();
    void dataReceived(const QByteArray &chunk);
    void finished();

private:
    friend class CurlEngine;
    friend class KubeClient;

    KubeReply(const KubeRequest &request, QObject *parent);
    void attach(const std::shared_ptr<CurlEngine> &engine);
    void open();
    void receive(const QByteArray &chunk);
    void complete(ReplyCompletion completion);

    KubeRequest m_request;
    std::shared_ptr<ReplyLink> m_link;
    std::weak_ptr<CurlEngine> m_engine;
    quint64 m_id = 0;
    bool m_finished = false;
    ReplyCompletion m_completion;
};

} // namespace Slipway
