#include "ReleaseHistory.h"

#include "kube/KubeClient.h"
#include "kube/KubeList.h"

#include <algorithm>

namespace Slipway {

ReleaseHistory::ReleaseHistory(KubeClient *client, QString nameSpace, QString release,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_nameSpace(std::move(nameSpace))
    , m_release(std::move(release))
{ }

ReleaseHistory::~ReleaseHistory() = default;

void ReleaseHistory::start()
{
    const KubeRequest request
        = KubeRequest::get(QStringLiteral("/api/v1/namespaces/%1/secrets").arg(m_nameSpace))
              .withQuery(QStringLiteral("labelSelector"),
                         QStringLiteral("owner=helm,name=%1").arg(m_release));
    m_list = new KubeList(m_client, request, 100, this);
    connect(m_list, &KubeList::page, this, [this](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            m_objects.append(item);
    });
    connect(m_list, &KubeList::finished, this, &ReleaseHistory::onListed);
    m_list->start();
}

void ReleaseHistory::onListed()
{
    m_error = m_list->error();
    if (!m_error.isError()) {
        for (const QJsonValue &object : std::as_const(m_objects)) {
            const Expected<ReleaseRecord> record = ReleaseRecord::fromSecret(object.toObject());
            if (!record) {
                m_decodeError = record.error().message;
                continue;
            }
            m_records.append(record.value());
        }
        // The version label is a number; gaps are normal after pruning (helm-engine.md §1.5).
        std::sort(m_records.begin(), m_records.end(),
                  [](const ReleaseRecord &a, const ReleaseRecord &b) {
                      return a.revision < b.revision;
                  });
    }
    m_done = true;
    Q_EMIT finished();
}

QString ReleaseHistory::errorText() const
{
    if (m_error.isError())
        return m_error.message();
    return m_decodeError;
}

const ReleaseRecord *ReleaseHistory::latest() const
{
    return m_records.isEmpty() ? nullptr : &m_records.last();
}

const ReleaseRecord *ReleaseHistory::revision(int number) const
{
    for (const ReleaseRecord &record : m_records) {
        if (record.revision == number)
            return &record;
    }
    return nullptr;
}

const ReleaseRecord *ReleaseHistory::lastDeployed() const
{
    for (auto it = m_records.crbegin(); it != m_records.crend(); ++it) {
        if (it->status == QLatin1String("deployed"))
            return &*it;
    }
    return nullptr;
}

} // namespace Slipway
