#include "ReleaseHistory.h"

#include "ReleaseLabels.h"

#include "kube/KubeClient.h"
#include "kube/KubeList.h"
#include "kube/KubeTime.h"

#include <algorithm>

namespace Slipway {

ReleaseHistory::ReleaseHistory(KubeClient *client, QString nameSpace, QString release,
                               ReleaseStorage storage, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_nameSpace(std::move(nameSpace))
    , m_release(std::move(release))
    , m_storage(storage)
{ }

ReleaseHistory::~ReleaseHistory() = default;

void ReleaseHistory::start()
{
    const KubeRequest request = m_storage.recordsRequest(m_nameSpace, m_release);
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
        for (int i = 0; i < m_objects.size(); ++i) {
            const ReleaseLabels labels = ReleaseLabels::of(m_objects.at(i).toObject());
            Stored stored { labels.revision, labels.status, i };
            if (!labels.hasRevision()) {
                // Not labelled as helm labels it: the record itself says which revision it is.
                const Expected<ReleaseRecord> record = m_storage.decode(m_objects.at(i).toObject());
                if (!record) {
                    m_decodeError = record.error().message;
                    continue;
                }
                stored.revision = record->revision;
                stored.status = record->status;
                m_decoded.emplace(record->revision, record.value());
            }
            m_stored.append(stored);
        }
        // The version label is a number; gaps are normal after pruning (helm-engine.md §1.5).
        std::sort(m_stored.begin(), m_stored.end(),
                  [](const Stored &a, const Stored &b) { return a.revision < b.revision; });
        // What nearly every caller needs, decoded now so that ok() covers it.
        latest();
        lastDeployed();
    }
    m_done = true;
    Q_EMIT finished();
}

const ReleaseRecord *ReleaseHistory::decoded(const Stored &stored) const
{
    const auto known = m_decoded.find(stored.revision);
    if (known != m_decoded.end())
        return &known->second;
    const Expected<ReleaseRecord> record = m_storage.decode(m_objects.at(stored.object).toObject());
    if (!record) {
        m_decodeError = record.error().message;
        return nullptr;
    }
    return &m_decoded.emplace(stored.revision, record.value()).first->second;
}

const QList<ReleaseRecord> &ReleaseHistory::records() const
{
    if (!m_allDecoded) {
        m_allDecoded = true;
        for (const Stored &stored : m_stored) {
            if (const ReleaseRecord *record = decoded(stored))
                m_records.append(*record);
        }
    }
    return m_records;
}

QString ReleaseHistory::errorText() const
{
    if (m_error.isError())
        return m_error.message();
    return m_decodeError;
}

const ReleaseRecord *ReleaseHistory::latest() const
{
    return m_stored.isEmpty() ? nullptr : decoded(m_stored.last());
}

const ReleaseRecord *ReleaseHistory::revision(int number) const
{
    for (const Stored &stored : m_stored) {
        if (stored.revision == number)
            return decoded(stored);
    }
    return nullptr;
}

const ReleaseRecord *ReleaseHistory::lastDeployed() const
{
    for (auto it = m_stored.crbegin(); it != m_stored.crend(); ++it) {
        if (it->status == QLatin1String("deployed"))
            return decoded(*it);
    }
    return nullptr;
}

const ReleaseRecord *ReleaseHistory::latestBefore(const QDateTime &time) const
{
    for (auto it = m_stored.crbegin(); it != m_stored.crend(); ++it) {
        const ReleaseRecord *record = decoded(*it);
        const QDateTime written = record ? KubeTime::parse(record->lastDeployed) : QDateTime();
        if (written.isValid() && written < time)
            return record;
    }
    return nullptr;
}

} // namespace Slipway
