#pragma once

#include "ApiError.h"
#include "KubeRequest.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace Slipway {

class KubeClient;
class KubeReply;

// A list read page by page (limit/continue), so a large collection never arrives as one
// response: page() hands over each page's items as soon as it is parsed, finished() follows once.
// Every page belongs to the same snapshot, whose resourceVersion a watch can start from.
class KubeList final : public QObject
{
    Q_OBJECT

public:
    // `request` is the collection GET (selectors and resourceVersion in its query).
    KubeList(KubeClient *client, const KubeRequest &request, int pageSize = 500,
             QObject *parent = nullptr);
    ~KubeList() override;
    Q_DISABLE_COPY_MOVE(KubeList)

    void start();
    void cancel(); // no more pages, and no finished()

    bool ok() const { return m_done && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    QString resourceVersion() const { return m_resourceVersion; }
    int pages() const { return m_pages; }

Q_SIGNALS:
    // The whole answer of each page, before page(): for lists whose pages are not `items` (a
    // Table's `rows`, see KubeTableList).
    void pageReceived(const QJsonObject &list);
    void page(const QJsonArray &items);
    void finished();

private:
    void requestPage(const QString &continueToken);
    void onPage();

    QPointer<KubeClient> m_client;
    KubeRequest m_request;
    int m_pageSize;
    QPointer<KubeReply> m_reply;
    QString m_resourceVersion;
    ApiError m_error;
    int m_pages = 0;
    bool m_done = false;
    bool m_cancelled = false;
};

} // namespace Slipway
