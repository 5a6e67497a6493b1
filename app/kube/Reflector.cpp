#include "Reflector.h"

#include "KubeClient.h"
#include "KubeList.h"
#include "Logging.h"

#include <QJsonArray>
#include <QMetaMethod>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

namespace Slipway {

namespace {

enum Change { Added = 1, Updated = 2, Removed = 3 };

// client-go: backoff from 0.8 s doubling to 30 s, jittered by up to 100 %.
constexpr int kFirstBackoffMs = 800;
constexpr int kMaxBackoffMs = 30000;
// Bookmarks come about once a minute, so this much silence means the connection is dead.
constexpr int kWatchSilenceMs = 150000;

QString uidOf(const QJsonObject &object)
{
    return object.value(u"metadata")[u"uid"].toString();
}

QString versionOf(const QJsonObject &object)
{
    return object.value(u"metadata")[u"resourceVersion"].toString();
}

} // namespace

Reflector::Reflector(KubeClient *client, const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
    m_retry.setSingleShot(true);
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, [this] { flush(); });
    m_lineTimer.setSingleShot(true);
    connect(&m_lineTimer, &QTimer::timeout, this, [this] { readLines(); });
    m_batchObjects = std::max(1, m_options.maxBatch);
}

Reflector::~Reflector()
{
    stop();
}

void Reflector::start()
{
    if (m_running)
        return;
    m_running = true;
    list();
}

void Reflector::stop()
{
    m_running = false;
    m_retry.stop();
    dropLines();
    delete m_list;
    m_list = nullptr;
    delete m_watch.data();
}

QString Reflector::collectionPath() const
{
    QString path = m_options.apiPath;
    if (!m_options.nameSpace.isEmpty())
        path += QLatin1String("/namespaces/") + m_options.nameSpace;
    return path + QLatin1Char('/') + m_options.resource;
}

QJsonObject Reflector::Entry::object() const
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject Reflector::object(const QString &uid) const
{
    const auto it = m_cache.constFind(uid);
    return it == m_cache.cend() ? QJsonObject() : it->object();
}

Reflector::Entry Reflector::entryFor(QJsonObject object) const
{
    QJsonObject metadata = object.value(u"metadata").toObject();
    if (m_options.dropManagedFields && metadata.contains(u"managedFields")) {
        metadata.remove(u"managedFields");
        object.insert(u"metadata", metadata);
    }
    Entry entry;
    entry.nameSpace = metadata.value(u"namespace").toString();
    entry.name = metadata.value(u"name").toString();
    entry.resourceVersion = metadata.value(u"resourceVersion").toString();
    entry.json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return entry;
}

void Reflector::list()
{
    if (!m_running || !m_client)
        return;
    ++m_lists;
    m_relistRequested = false;
    dropLines(); // of a watch that is over: the list replaces them
    m_incoming.clear();
    KubeRequest request = KubeRequest::get(collectionPath());
    if (!m_options.labelSelector.isEmpty())
        request.withQuery(QStringLiteral("labelSelector"), m_options.labelSelector);
    if (!m_options.fieldSelector.isEmpty())
        request.withQuery(QStringLiteral("fieldSelector"), m_options.fieldSelector);
    // Always the latest consistent snapshot: after a 410 or an outage an older one is no use.
    delete m_list;
    m_list = new KubeList(m_client, request, m_options.pageSize, this);
    connect(m_list, &KubeList::page, this, &Reflector::onListPage);
    connect(m_list, &KubeList::finished, this, &Reflector::onListFinished);
    m_list->start();
}

void Reflector::onListPage(const QJsonArray &items)
{
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        m_incoming.insert(uidOf(object), entryFor(object));
    }
}

void Reflector::onListFinished()
{
    KubeList *list = std::exchange(m_list, nullptr);
    list->deleteLater();
    if (!list->ok()) {
        Q_EMIT problem(list->error());
        retryLater(true);
        return;
    }
    // Replace: what the list has is the truth; what it lacks was deleted while we were away.
    for (auto it = m_incoming.cbegin(); it != m_incoming.cend(); ++it) {
        const auto known = m_cache.constFind(it.key());
        if (known == m_cache.cend())
            note(it.key(), *it, Added);
        else if (known->resourceVersion != it->resourceVersion)
            note(it.key(), *it, Updated);
    }
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
        if (!m_incoming.contains(it.key()))
            note(it.key(), *it, Removed);
    }
    m_cache = std::exchange(m_incoming, {});
    m_resourceVersion = list->resourceVersion();
    m_backoffMs = 0;
    flush(FlushAmount::All); // the whole list before synced()
    if (!m_synced) {
        m_synced = true;
        Q_EMIT synced();
    }
    watch();
}

void Reflector::watch()
{
    if (!m_running || !m_client)
        return;
    ++m_watches;
    m_decoder = WatchStreamDecoder();
    m_watchEvents = 0;
    m_watchClock.start();
    // Renewed every 5–10 minutes, spread out so that many watches do not all renew at once.
    const int seconds = 300 + int(QRandomGenerator::global()->bounded(300));
    KubeRequest request = KubeRequest::get(collectionPath());
    request.withQuery(QStringLiteral("watch"), QStringLiteral("1"))
        .withQuery(QStringLiteral("resourceVersion"), m_resourceVersion)
        .withQuery(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"))
        .withQuery(QStringLiteral("timeoutSeconds"), QString::number(seconds));
    if (!m_options.labelSelector.isEmpty())
        request.withQuery(QStringLiteral("labelSelector"), m_options.labelSelector);
    if (!m_options.fieldSelector.isEmpty())
        request.withQuery(QStringLiteral("fieldSelector"), m_options.fieldSelector);
    request.streaming = true;
    request.timeoutMs = kWatchSilenceMs;
    m_watch = m_client->send(request, this);
    connect(m_watch, &KubeReply::dataReceived, this, &Reflector::onWatchData);
    connect(m_watch, &KubeReply::finished, this, &Reflector::onWatchFinished);
}

void Reflector::onWatchData(const QByteArray &chunk)
{
    m_lines += m_decoder.feedLines(chunk);
    // With lines still waiting for their turn, these wait behind them: a burst of chunks handed
    // over in one turn then costs only their copying.
    if (!m_lineTimer.isActive())
        readLines();
}

void Reflector::readLines(bool all)
{
    QElapsedTimer clock;
    clock.start();
    const int budget = m_options.turnBudgetMs;
    while (m_nextLine < m_lines.size()) {
        apply(WatchStreamDecoder::parseLine(std::exchange(m_lines[m_nextLine++], QByteArray())));
        if (!all && budget > 0 && clock.elapsed() >= budget && m_nextLine < m_lines.size()) {
            ++m_deferredReads;
            m_lineTimer.start(0);
            schedule();
            return;
        }
    }
    dropLines();
    schedule();
}

void Reflector::dropLines()
{
    m_lineTimer.stop();
    m_lines.clear();
    m_nextLine = 0;
}

void Reflector::apply(const WatchStreamDecoder::Event &event)
{
    using Type = WatchStreamDecoder::Event::Type;
    if (m_relistRequested)
        return; // the rest of this stream is stale
    ++m_watchEvents;
    m_backoffMs = 0;
    switch (event.type) {
    case Type::Added:
    case Type::Modified: {
        const QString uid = uidOf(event.object);
        Entry entry = entryFor(event.object);
        note(uid, entry, m_cache.contains(uid) ? Updated : Added);
        m_cache.insert(uid, std::move(entry));
        break;
    }
    case Type::Deleted: {
        const QString uid = uidOf(event.object);
        const auto it = m_cache.constFind(uid);
        if (it != m_cache.cend()) {
            note(uid, entryFor(event.object), Removed); // its last state, as the server sent it
            m_cache.erase(it);
        }
        break;
    }
    case Type::Bookmark:
        break;
    case Type::Error: {
        const int code = event.object.value(u"code").toInt();
        const ApiError error = ApiError::fromHttp(m_watch ? m_watch->request() : KubeRequest(), code,
                                                  QJsonDocument(event.object).toJson());
        qCInfo(lcKube) << "watch of" << collectionPath() << "ended with" << code << error.statusMessage;
        if (!error.needsRelist())
            Q_EMIT problem(error);
        m_relistRequested = true;
        return;
    }
    case Type::Invalid:
        qCWarning(lcKube) << "ignoring an unreadable watch event of" << collectionPath();
        return;
    }
    const QString version = versionOf(event.object);
    if (!version.isEmpty())
        m_resourceVersion = version;
}

void Reflector::onWatchFinished()
{
    KubeReply *reply = m_watch;
    m_watch = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    // Everything the stream said before it ended is applied before it is renewed or relisted.
    m_lines += m_decoder.finishLines();
    readLines(true);
    if (!m_running)
        return;
    if (m_relistRequested) {
        list(); // 410 Gone: the history we need is compacted away
        return;
    }
    const ApiError &error = reply->error();
    if (error.isError()) {
        if (error.needsRelist()) {
            list();
            return;
        }
        Q_EMIT problem(error);
        // An outage (refused, reset, timed out, throttled) keeps our version: watch again later.
        const bool outage = error.httpStatus == 0 || error.kind == ApiError::Kind::TooManyRequests;
        retryLater(!outage);
        return;
    }
    // A clean end is the server's timeout: renew at once, unless it answered nothing at all.
    if (m_watchClock.elapsed() < 1000 && m_watchEvents == 0)
        retryLater(true);
    else
        watch();
}

void Reflector::retryLater(bool relist)
{
    m_backoffMs = m_backoffMs == 0 ? kFirstBackoffMs : std::min(m_backoffMs * 2, kMaxBackoffMs);
    const int delay = m_backoffMs + int(QRandomGenerator::global()->bounded(m_backoffMs));
    m_retry.disconnect(this);
    connect(&m_retry, &QTimer::timeout, this, relist ? &Reflector::list : &Reflector::watch);
    m_retry.start(delay);
}

void Reflector::note(const QString &uid, const Entry &entry, int change)
{
    auto it = m_pending.find(uid);
    if (it == m_pending.end()) {
        m_pending.insert(uid, { change, entry });
    } else if (it->first == Added && change == Removed) {
        m_pending.erase(it); // came and went between two batches
    } else {
        it->first = it->first == Added ? Added : change;
        it->second = entry;
    }
}

void Reflector::schedule()
{
    if (m_pending.isEmpty() || m_batchTimer.isActive())
        return;
    // A change after a quiet spell goes out at once, so a lone pod turning Ready shows as soon as
    // the server says so; changes that follow within the interval wait for it and go out together.
    const qint64 since = m_lastFlush.isValid() ? m_lastFlush.elapsed() : m_options.batchIntervalMs;
    if (since >= m_options.batchIntervalMs)
        flush();
    else
        m_batchTimer.start(int(m_options.batchIntervalMs - since));
}

void Reflector::flush(FlushAmount amount)
{
    m_batchTimer.stop();
    m_lastFlush.start();
    // Parsing the entries back is the cost of a batch; with no view listening it buys nothing.
    if (!isSignalConnected(QMetaMethod::fromSignal(&Reflector::changed))) {
        m_pending.clear();
        return;
    }
    const int maxBatch = std::max(1, m_options.maxBatch);
    const int budget = m_options.turnBudgetMs;
    // A list goes out whole before synced(), in batches of maxBatch; a watched batch is as big
    // as fitted into the budget last time.
    const int limit = amount == FlushAmount::All || budget <= 0 ? maxBatch : m_batchObjects;
    QPointer<Reflector> alive(this);
    while (!m_pending.isEmpty()) {
        QElapsedTimer clock;
        clock.start();
        // Taken out first: a receiver may stop or restart this reflector while it handles a
        // batch.
        QList<QJsonObject> added, updated, removed;
        int taken = 0;
        for (auto it = m_pending.begin(); it != m_pending.end() && taken < limit; ++taken) {
            QList<QJsonObject> &into
                = it->first == Added ? added : (it->first == Updated ? updated : removed);
            into.append(it->second.object());
            it = m_pending.erase(it);
        }
        Q_EMIT changed(added, updated, removed);
        if (!alive)
            return;
        // The next watched batch sized to the budget by what this one cost per object (a list's
        // batches measure it before the first watched one); grown again, at most doubled, when
        // the receivers got faster. A short batch says little of the cost.
        const qint64 spent = std::max<qint64>(1, clock.elapsed());
        if (budget > 0 && taken == limit)
            m_batchObjects = int(std::clamp<qint64>(taken * budget / spent, 1,
                                                    std::min(maxBatch, m_batchObjects * 2)));
        if (amount == FlushAmount::OneBatch)
            break;
    }
    // What is left goes out on the next turn of the event loop: a thousand pods changing at once
    // are handed out a batch at a time, with the window painting and answering in between.
    if (!m_pending.isEmpty())
        m_batchTimer.start(0);
}

} // namespace Slipway
