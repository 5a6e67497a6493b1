#pragma once

#include "ApiError.h"
#include "WatchStreamDecoder.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Slipway {

class KubeClient;
class KubeList;
class KubeReply;

// Keeps a local copy of one collection (say the pods of a namespace) in step with the cluster,
// the way client-go's reflector does: list, then watch from the list's resourceVersion with
// bookmarks; a 410 (history compacted) means list again; a dropped connection means watch again
// from the last version seen, after a backoff; watches end and are renewed every 5–10 minutes.
// The cache is keyed by uid and holds each object as compact JSON text plus the few fields every
// view needs (namespace, name, resourceVersion): a parsed QJsonObject costs about six times its
// text, and 10,000 pods held parsed would take some 190 MB instead of some 30. object() parses on
// demand. Changes go out in batches (changed()) of at most Options::maxBatch objects each, so a
// view can take thousands of them without stalling and the parsed objects of one batch are all
// that is ever held at once; watched changes go out one batch per turn of the event loop (a
// list, all of it before synced()).
//
// A flood of watch events (a thousand pods created and turning Ready) must not freeze the window
// that shows them, so the work of one turn of the event loop is bounded by Options::turnBudgetMs:
// the watch stream's lines are parsed a slice at a time (the rest on the next turn), and a
// batch is cut to as many objects as the receivers handled within the budget last time.
class Reflector final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString apiPath = QStringLiteral("/api/v1"); // "/apis/apps/v1" for Deployments, …
        QString resource = QStringLiteral("pods");
        QString nameSpace; // empty: all namespaces
        QString labelSelector;
        QString fieldSelector;
        int pageSize = 500;
        // Changes within this long of the last batch are held back and sent as the next batch;
        // a change after a quiet spell is sent at once.
        int batchIntervalMs = 50;
        // managedFields are most of an object's bytes and no view needs them.
        bool dropManagedFields = true;
        // At most this many objects per changed() signal; a bigger change set is split.
        int maxBatch = 500;
        // The longest a turn of the event loop should spend on watched changes: parsing the
        // stream's lines, and one batch with its receivers (measured; the next batch is sized to
        // fit). 0: no bound, every batch of maxBatch.
        int turnBudgetMs = 16;
    };

    struct Entry
    {
        QString nameSpace;
        QString name;
        QString resourceVersion;
        QByteArray json; // the object, compact JSON (managedFields dropped when asked)

        QJsonObject object() const;
    };

    Reflector(KubeClient *client, const Options &options, QObject *parent = nullptr);
    ~Reflector() override;
    Q_DISABLE_COPY_MOVE(Reflector)

    void start();
    void stop();

    bool hasSynced() const { return m_synced; }
    const QHash<QString, Entry> &cache() const { return m_cache; }
    // The cached object with this uid, parsed; empty when there is none.
    QJsonObject object(const QString &uid) const;
    QString resourceVersion() const { return m_resourceVersion; }
    int listCount() const { return m_lists; }
    int watchCount() const { return m_watches; }
    // How often reading the watch stream stopped at the turn budget and went on a turn later.
    int deferredReads() const { return m_deferredReads; }

Q_SIGNALS:
    void synced(); // the first list is in the cache
    void changed(const QList<QJsonObject> &added, const QList<QJsonObject> &updated,
                 const QList<QJsonObject> &removed);
    // Something went wrong and is being retried; for a status line, not for a dialog.
    void problem(const ApiError &error);

private:
    void list();
    void onListPage(const QJsonArray &items);
    void onListFinished();
    void watch();
    void onWatchData(const QByteArray &chunk);
    void onWatchFinished();
    // Parses and applies the watch lines not yet read: for about turnBudgetMs (the rest on the
    // next turn of the event loop), or all of them.
    void readLines(bool all = false);
    void dropLines();
    void apply(const WatchStreamDecoder::Event &event);
    void retryLater(bool relist);
    void note(const QString &uid, const Entry &entry, int change);
    void schedule(); // flush now, or when the batch interval since the last flush is over
    enum class FlushAmount
    {
        OneBatch, // the rest on the next turn of the event loop
        All,
    };
    void flush(FlushAmount amount = FlushAmount::OneBatch);
    QString collectionPath() const;
    Entry entryFor(QJsonObject object) const;

    QPointer<KubeClient> m_client;
    Options m_options;
    QHash<QString, Entry> m_cache;
    QHash<QString, Entry> m_incoming; // the list being read
    QString m_resourceVersion;
    bool m_versionUnusable = false; // the last list or watch said 410: list from scratch
    bool m_synced = false;
    bool m_running = false;
    KubeList *m_list = nullptr;
    QPointer<KubeReply> m_watch;
    WatchStreamDecoder m_decoder;
    QByteArrayList m_lines; // watch lines received, from m_nextLine on not yet read
    qsizetype m_nextLine = 0;
    QTimer m_lineTimer;
    int m_batchObjects = 0; // the next watched batch's size (maxBatch until measured)
    QElapsedTimer m_watchClock;
    int m_watchEvents = 0;
    bool m_relistRequested = false;
    int m_backoffMs = 0;
    QTimer m_retry;
    QTimer m_batchTimer;
    QElapsedTimer m_lastFlush;
    QHash<QString, std::pair<int, Entry>> m_pending; // uid -> (change, object)
    int m_lists = 0;
    int m_watches = 0;
    int m_deferredReads = 0;
};

} // namespace Slipway
