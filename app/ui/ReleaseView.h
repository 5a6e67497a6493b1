#pragma once

#include "helm/ReleaseRecord.h"
#include "helm/ReleaseStorage.h"
#include "kube/KubeClient.h"
#include "models/ObjectRef.h"

#include <QPointer>
#include <QTabWidget>
#include <QTimer>

#include <memory>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QTableView;
class QTextBrowser;

namespace Slipway {

class DiffPane;
class EventsModel;
class HistoryModel;
class KubeClient;
class LogPane;
class PodsModel;
class Reflector;
class ReleaseHistory;
class WorkloadsModel;

// One release, live: its overview (status, chart, the revision's description, NOTES.txt), its
// workloads (rollout state), its pods and their events (list+watch, filtered to the release), a followed log of the selected
// pod, the revision history, any revision's values (secrets masked unless revealed) and the
// diff of any two revisions (by default the selected one against the one before it). Every read runs through the asynchronous
// Kubernetes client; nothing here blocks.
class ReleaseView final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseView)

public:
    explicit ReleaseView(QWidget *parent = nullptr);
    ~ReleaseView() override;

    // Shows `release` in `nameSpace` of the cluster `client` talks to; an empty name clears.
    void setRelease(KubeClient *client, const QString &release, const QString &nameSpace,
                    ReleaseStorage storage);
    // Reads the history again (the release changed: a new revision, a new status).
    void reloadHistory();

    QString release() const { return m_release; }
    QString nameSpace() const { return m_nameSpace; }
    // The history as last read; empty until historyLoaded().
    const QList<ReleaseRecord> &records() const { return m_records; }
    const ReleaseRecord *latest() const { return m_records.isEmpty() ? nullptr : &m_records.last(); }
    // The revision selected in the History tab, else the latest one.
    int selectedRevision() const;
    PodsModel *podsModel() const { return m_podsModel; }
    // The Pods tab current.
    void showPods();
    // Selects `pod` and makes the Logs tab current, following its log; false (and nothing
    // changes) when the release has no such pod (any more).
    bool showLogs(const QString &pod);
    Reflector *podWatch() const { return m_pods; }

Q_SIGNALS:
    void historyLoaded();

private:
    void clear();
    void onHistoryRead(ReleaseHistory *history); // of the release shown
    void showOverview();
    // The revision's values; the diff against the revision before it unless `resetDiff` is false
    // (then the diff's chosen revisions stay).
    void showRevision(int revision, bool resetDiff = true);
    void showDiff();
    void followLog(const QModelIndex &podIndex);

    QPointer<KubeClient> m_client;
    QString m_release;
    QString m_nameSpace;
    ReleaseStorage m_storage;
    QList<ReleaseRecord> m_records;
    QList<ObjectRef> m_manifestObjects; // of the latest revision, read once per history read
    QTimer m_overviewTimer; // the overview and the events' filter follow pod changes at this pace
    QPointer<ReleaseHistory> m_historyRead;
    bool m_reloadAgain = false;

    Reflector *m_pods = nullptr;
    Reflector *m_events = nullptr;
    PodsModel *m_podsModel = nullptr;
    WorkloadsModel *m_workloadsModel = nullptr;
    QList<Reflector *> m_workloads; // one per kind
    EventsModel *m_eventsModel = nullptr;
    EventsModel *m_podEventsModel = nullptr; // the selected pod's
    HistoryModel *m_historyModel = nullptr;

    QTextBrowser *m_overview = nullptr;
    QTableView *m_podsView = nullptr;
    QWidget *m_podsTab = nullptr;
    QTableView *m_workloadsView = nullptr;
    QPlainTextEdit *m_podDetails = nullptr;
    QTableView *m_eventsView = nullptr;
    QTableView *m_podEventsView = nullptr;
    QTableView *m_historyView = nullptr;
    QPlainTextEdit *m_values = nullptr;
    QCheckBox *m_revealSecrets = nullptr;
    QComboBox *m_diffFrom = nullptr;
    QComboBox *m_diffTo = nullptr;
    QCheckBox *m_diffSecrets = nullptr; // the same state as m_revealSecrets
    DiffPane *m_diff = nullptr;
    LogPane *m_logs = nullptr;
};

} // namespace Slipway
