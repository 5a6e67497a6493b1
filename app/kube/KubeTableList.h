#pragma once

#include "ApiError.h"
#include "KubeRequest.h"
#include "KubeTable.h"

#include <QObject>
#include <QPointer>

namespace Slipway {

class KubeClient;
class KubeList;

// A collection read as server-side printed Tables, page by page (limit/continue, like KubeList):
// page() hands over each page as soon as it is decoded, finished() follows once, and table()
// holds everything read so far (the first page's columns, every page's rows). A server that
// cannot print the resource answers with a plain list; that arrives as KubeTable::fromList's
// NAME / AGE table, as kubectl shows it.
class KubeTableList final : public QObject
{
    Q_OBJECT

public:
    // What each row carries besides its cells (the API's includeObject).
    enum class IncludeObject
    {
        None,
        Metadata, // name, namespace, uid, resourceVersion, labels, … (the server's default)
        Object, // the whole object
    };

    // `request` is the collection GET (selectors in its query); its Accept becomes a Table's.
    KubeTableList(KubeClient *client, const KubeRequest &request, int pageSize = 500,
                  IncludeObject include = IncludeObject::Metadata, QObject *parent = nullptr);
    ~KubeTableList() override;
    Q_DISABLE_COPY_MOVE(KubeTableList)

    void start();
    void cancel();

    bool ok() const { return m_done && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    const KubeTable &table() const { return m_table; }
    QString resourceVersion() const { return m_table.resourceVersion; }
    int pages() const { return m_pages; }

Q_SIGNALS:
    void page(const Slipway::KubeTable &page);
    void finished();

private:
    void onPage(const QJsonObject &json);
    void onFinished();

    QPointer<KubeClient> m_client;
    KubeRequest m_request;
    int m_pageSize;
    KubeList *m_list = nullptr;
    KubeTable m_table;
    ApiError m_error;
    int m_pages = 0;
    bool m_done = false;
};

} // namespace Slipway
