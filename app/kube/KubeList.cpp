#include "KubeList.h"

#include "KubeClient.h"

#include <QJsonDocument>

namespace Slipway {

KubeList::KubeList(KubeClient *client, const KubeRequest &request, int pageSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request)
    , m_pageSize(pageSize)
{ }

KubeList::~KubeList()
{
    delete m_reply.data();
}

void KubeList::start()
{
    m_done = false;
    m_cancelled = false;
    m_error = {};
    m_pages = 0;
    requestPage(QString());
}

void KubeList::cancel()
{
    m_cancelled = true;
    delete m_reply.data();
}

void KubeList::requestPage(const QString &continueToken)
{
    KubeRequest r = m_request;
    if (m_pageSize > 0)
        r.withQuery(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!continueToken.isEmpty()) {
        // A continue token carries the snapshot; resourceVersion must not come along.
        r.query.removeIf([](const auto &q) {
            return q.first == QLatin1String("resourceVersion")
                || q.first == QLatin1String("resourceVersionMatch");
        });
        r.withQuery(QStringLiteral("continue"), continueToken);
    }
    m_reply = m_client->send(r, this);
    connect(m_reply, &KubeReply::finished, this, &KubeList::onPage);
}

void KubeList::onPage()
{
    KubeReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (!reply->ok()) {
        m_error = reply->error();
        m_done = true;
        Q_EMIT finished();
        return;
    }
    const QJsonObject list = reply->json();
    const QJsonObject metadata = list.value(u"metadata").toObject();
    m_resourceVersion = metadata.value(u"resourceVersion").toString();
    ++m_pages;
    Q_EMIT pageReceived(list);
    if (m_cancelled)
        return;
    Q_EMIT page(list.value(u"items").toArray());
    if (m_cancelled)
        return;
    // Servers may ignore limit: only a continue token means there is more.
    const QString next = metadata.value(u"continue").toString();
    if (!next.isEmpty() && m_client) {
        requestPage(next);
        return;
    }
    m_done = true;
    Q_EMIT finished();
}

} // namespace Slipway
