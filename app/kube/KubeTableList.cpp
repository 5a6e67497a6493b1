#include "KubeTableList.h"

#include "KubeClient.h"
#include "KubeList.h"

namespace Slipway {

namespace {

QString includeObjectValue(KubeTableList::IncludeObject include)
{
    switch (include) {
    case KubeTableList::IncludeObject::None:
        return QStringLiteral("None");
    case KubeTableList::IncludeObject::Object:
        return QStringLiteral("Object");
    case KubeTableList::IncludeObject::Metadata:
        break;
    }
    return QStringLiteral("Metadata");
}

} // namespace

KubeTableList::KubeTableList(KubeClient *client, const KubeRequest &request, int pageSize,
                             IncludeObject include, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request)
    , m_pageSize(pageSize)
{
    m_request.asTable();
    m_request.query.removeIf([](const auto &q) { return q.first == QLatin1String("includeObject"); });
    m_request.withQuery(QStringLiteral("includeObject"), includeObjectValue(include));
}

KubeTableList::~KubeTableList() = default;

void KubeTableList::start()
{
    delete m_list;
    m_list = nullptr;
    m_table = {};
    m_error = {};
    m_pages = 0;
    m_done = false;
    if (!m_client)
        return;
    m_list = new KubeList(m_client, m_request, m_pageSize, this);
    connect(m_list, &KubeList::pageReceived, this, &KubeTableList::onPage);
    connect(m_list, &KubeList::finished, this, &KubeTableList::onFinished);
    m_list->start();
}

void KubeTableList::cancel()
{
    if (m_list)
        m_list->cancel();
}

void KubeTableList::onPage(const QJsonObject &json)
{
    Expected<KubeTable> decoded = KubeTable::fromJson(json);
    if (!decoded && json.value(u"items").isArray())
        decoded = KubeTable::fromList(json, QDateTime::currentDateTimeUtc());
    if (!decoded) {
        m_list->cancel();
        m_error = ApiError::transport(ApiError::Kind::Protocol, decoded.error().message);
        m_error.target = m_request.target();
        m_done = true;
        Q_EMIT finished();
        return;
    }
    KubeTable &table = decoded.value();
    if (m_pages++ == 0 || m_table.columns.isEmpty())
        m_table.columns = table.columns;
    else if (table.columns.isEmpty())
        table.columns = m_table.columns; // the server may leave them out of later pages
    m_table.rows += table.rows;
    m_table.resourceVersion = table.resourceVersion;
    m_table.continueToken = table.continueToken;
    Q_EMIT page(table);
}

void KubeTableList::onFinished()
{
    m_error = m_list->error();
    m_done = true;
    Q_EMIT finished();
}

} // namespace Slipway
