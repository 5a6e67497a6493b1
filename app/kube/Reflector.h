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
// The cache is keyed by uid. Changes go out in batches (changed()), so a view can take
// thousands of them without stalling.
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
        int batchIntervalMs = 50;
        // managedFields are most of an object's bytes and no view needs them.
        bool dropManagedFields = true;
    };

    Reflector(KubeClient *client, const Options &options, QObject *parent = nullptr);
    ~Reflector() override;
    Q_DISABLE_COPY_MOVE(Reflector)

    void start();
    void stop();

    bool hasSynced() const { return m_synced; }
    const QHash<QString, QJsonObject> &cache() const { return m_cache; }
    QString resourceVersion() const { return m_resourceVersion; }
    int listCount() const { return m_lists; }
    int watchCount() const { return m_watches; }

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
    void apply(const WatchStreamDecoder::Event &event);
    void retryLater(bool relist);
    void note(const QJsonObject &object, int change);
    void flush();
    QString collectionPath() const;
    QJsonObject trimmed(QJsonObject object) const;

    QPointer<KubeClient> m_client;
    Options m_options;
    QHash<QString, QJsonObject> m_cache;
    QHash<QString, QJsonObject> m_incoming; // the list being read
    QString m_resourceVersion;
    bool m_versionUnusable = false; // the last list or watch said 410: list from scratch
    bool m_synced = false;
    bool m_running = false;
    KubeList *m_list = nullptr;
    QPointer<KubeReply> m_watch;
    WatchStreamDecoder m_decoder;
    QElapsedTimer m_watchClock;
    int m_watchEvents = 0;
    bool m_relistRequested = false;
    int m_backoffMs = 0;
    QTimer m_retry;
    QTimer m_batchTimer;
    QHash<QString, std::pair<int, QJsonObject>> m_pending; // uid -> (change, object)
    int m_lists = 0;
    int m_watches = 0;
};

} // namespace Slipway
