#include "ReleaseView.h"

#include "StateDelegate.h"
#include "helm/ReleaseHistory.h"
#include "install/ManifestObjects.h"
#include "install/ReleaseDiff.h"
#include "install/ReleaseOperation.h"
#include "kube/PodLogStream.h"
#include "kube/Reflector.h"
#include "models/EventsModel.h"
#include "models/HistoryModel.h"
#include "models/LogLinesModel.h"
#include "models/PodsModel.h"
#include "models/WorkloadsModel.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Slipway {

namespace {

QTableView *tableView(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setItemDelegate(new StateDelegate(view));
    return view;
}

void setModel(QTableView *view, QAbstractItemModel *model)
{
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSortRole(SortRole);
    proxy->setSourceModel(model);
    view->setModel(proxy);
}

QPlainTextEdit *textView(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(objectName);
    text->setAccessibleName(accessibleName);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return text;
}

} // namespace

ReleaseView::ReleaseView(QWidget *parent)
    : QTabWidget(parent)
    , m_historyModel(new HistoryModel(this))
    , m_logModel(new LogLinesModel(this))
{
    setObjectName(QStringLiteral("releaseView"));
    m_overviewTimer.setSingleShot(true);
    m_overviewTimer.setInterval(250);
    connect(&m_overviewTimer, &QTimer::timeout, this, &ReleaseView::showOverview);
    setAccessibleName(tr("Release"));

    m_overview = new QTextBrowser(this);
    m_overview->setObjectName(QStringLiteral("overviewText"));
    m_overview->setAccessibleName(tr("Overview"));
    addTab(m_overview, tr("&Overview"));

    m_workloadsView = tableView(QStringLiteral("workloadsView"), tr("Workloads"), this);
    addTab(m_workloadsView, tr("&Workloads"));

    auto *podsSplit = new QSplitter(Qt::Vertical, this);
    m_podsView = tableView(QStringLiteral("podsView"), tr("Pods"), podsSplit);
    m_podDetails = textView(QStringLiteral("podDetails"), tr("Pod details"), podsSplit);
    podsSplit->setStretchFactor(0, 3);
    podsSplit->setStretchFactor(1, 1);
    addTab(podsSplit, tr("&Pods"));

    m_eventsView = tableView(QStringLiteral("eventsView"), tr("Events"), this);
    addTab(m_eventsView, tr("&Events"));

    auto *logs = new QWidget(this);
    auto *logsLayout = new QVBoxLayout(logs);
    auto *logsTop = new QHBoxLayout;
    m_logState = new QLabel(tr("Select a pod to follow its log."), logs);
    m_logState->setObjectName(QStringLiteral("logState"));
    m_logFind = new QLineEdit(logs);
    m_logFind->setObjectName(QStringLiteral("logFind"));
    m_logFind->setAccessibleName(tr("Search the log"));
    m_logFind->setPlaceholderText(tr("Find in log"));
    m_logFind->setClearButtonEnabled(true);
    logsTop->addWidget(m_logState, 1);
    logsTop->addWidget(m_logFind);
    m_logView = new QTableView(logs);
    m_logView->setObjectName(QStringLiteral("logView"));
    m_logView->setAccessibleName(tr("Log"));
    m_logView->setModel(m_logModel);
    m_logView->horizontalHeader()->hide();
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logView->setShowGrid(false);
    m_logView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_logView->verticalHeader()->setDefaultSectionSize(m_logView->fontMetrics().height() + 2);
    // Following: new lines scroll into view while the view is at its end, not when the user
    // has scrolled up to read.
    connect(m_logModel, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_logView->verticalScrollBar();
        m_logAtEnd = bar->value() >= bar->maximum() - 1;
    });
    connect(m_logModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_logAtEnd)
            m_logView->scrollToBottom();
    });
    logsLayout->addLayout(logsTop);
    logsLayout->addWidget(m_logView, 1);
    addTab(logs, tr("&Logs"));
    connect(m_logFind, &QLineEdit::returnPressed, this, &ReleaseView::findInLog);

    m_historyView = tableView(QStringLiteral("historyView"), tr("History"), this);
    setModel(m_historyView, m_historyModel);
    m_historyView->setSortingEnabled(false);
    addTab(m_historyView, tr("&History"));

    auto *values = new QWidget(this);
    auto *valuesLayout = new QVBoxLayout(values);
    m_revealSecrets = new QCheckBox(tr("&Reveal secrets"), values);
    m_revealSecrets->setObjectName(QStringLiteral("revealSecrets"));
    m_values = textView(QStringLiteral("valuesText"), tr("Values"), values);
    valuesLayout->addWidget(m_revealSecrets);
    valuesLayout->addWidget(m_values, 1);
    addTab(values, tr("&Values"));

    m_diff = textView(QStringLiteral("diffText"), tr("Diff"), this);
    addTab(m_diff, tr("&Diff"));

    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showRevision(selectedRevision()); });
    connect(m_revealSecrets, &QCheckBox::toggled, this,
            [this] { showRevision(selectedRevision()); });
}

ReleaseView::~ReleaseView() = default;

void ReleaseView::clear()
{
    delete m_log;
    m_log = nullptr;
    m_logModel->clear();
    delete m_podsModel;
    delete m_eventsModel;
    delete m_workloadsModel;
    m_workloadsModel = nullptr;
    qDeleteAll(m_workloads);
    m_workloads.clear();
    delete m_pods;
    delete m_events;
    m_podsModel = nullptr;
    m_eventsModel = nullptr;
    m_pods = nullptr;
    m_events = nullptr;
    m_historyRead = nullptr; // a read in flight is for the release shown before
    m_reloadAgain = false;
    m_records.clear();
    m_manifestObjects.clear();
    m_overviewTimer.stop();
    m_historyModel->setRecords({});
    m_overview->clear();
    m_values->clear();
    m_diff->clear();
    m_podDetails->clear();
}

void ReleaseView::setRelease(KubeClient *client, const QString &release,
                             const QString &nameSpace, ReleaseStorage storage)
{
    if (client == m_client && release == m_release && nameSpace == m_nameSpace)
        return;
    clear();
    m_client = client;
    m_release = release;
    m_nameSpace = nameSpace;
    m_storage = storage;
    if (!client || release.isEmpty())
        return;

    Reflector::Options pods;
    pods.nameSpace = nameSpace;
    pods.labelSelector = ReleaseOperation::instanceSelector(release);
    m_pods = new Reflector(client, pods, this);
    m_podsModel = new PodsModel(m_pods, this);
    setModel(m_podsView, m_podsModel);
    // Queued: the current row also changes while the model is removing a pod, when it must not
    // be read; by the time this runs, the model is whole again.
    connect(
        m_podsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { followLog(m_podsView->currentIndex()); }, Qt::QueuedConnection);

    Reflector::Options events;
    events.nameSpace = nameSpace;
    events.resource = QStringLiteral("events");
    m_events = new Reflector(client, events, this);
    m_eventsModel = new EventsModel(m_events, this);
    setModel(m_eventsView, m_eventsModel);
    m_eventsView->sortByColumn(EventsModel::LastSeenColumn, Qt::DescendingOrder);
    // The overview counts the pods, and the events follow the release's pods by name: both are
    // brought up to date at most every 250 ms, not on every pod that comes or changes — a
    // rollout of thousands of pods must not redo the count and the filter for each.
    const auto podsChanged = [this] {
        if (!m_records.isEmpty() && !m_overviewTimer.isActive())
            m_overviewTimer.start();
    };
    connect(m_podsModel, &QAbstractItemModel::rowsInserted, this, podsChanged);
    connect(m_podsModel, &QAbstractItemModel::rowsRemoved, this, podsChanged);
    connect(m_podsModel, &QAbstractItemModel::dataChanged, this, podsChanged);

    m_workloadsModel = new WorkloadsModel(this);
    for (const QString &kind : WorkloadsModel::kinds()) {
        auto *watch = new Reflector(client, WorkloadsModel::reflectorOptions(kind, nameSpace), this);
        m_workloadsModel->addSource(kind, watch);
        m_workloads.append(watch);
    }
    // Nothing until the manifest says which objects are the release's.
    m_workloadsModel->setObjects({});
    setModel(m_workloadsView, m_workloadsModel);

    m_pods->start();
    m_events->start();
    for (Reflector *watch : std::as_const(m_workloads))
        watch->start();
    reloadHistory();
}

void ReleaseView::reloadHistory()
{
    if (!m_client || m_release.isEmpty())
        return;
    if (m_historyRead) {
        m_reloadAgain = true; // one more read once this one is in
        return;
    }
    auto *history = new ReleaseHistory(m_client, m_nameSpace, m_release, m_storage, this);
    m_historyRead = history;
    connect(history, &ReleaseHistory::finished, this, [this, history, release = m_release] {
        history->deleteLater();
        if (release == m_release) // else a read of a release no longer shown
            onHistoryRead(history);
    });
    history->start();
}

void ReleaseView::onHistoryRead(ReleaseHistory *history)
{
    m_historyRead = nullptr;
    if (!history->ok()) {
        m_overview->setPlainText(tr("The release history cannot be read: %1").arg(history->errorText()));
    } else {
        m_records = history->records();
        m_manifestObjects.clear();
        if (!m_records.isEmpty()) {
            for (const ManifestObject &object : ManifestObjects::parse(m_records.last().manifest))
                m_manifestObjects.append({ object.kind, object.name });
        }
        m_historyModel->setRecords(m_records);
        showOverview();
        showRevision(selectedRevision());
        Q_EMIT historyLoaded();
    }
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reloadHistory();
    }
}

int ReleaseView::selectedRevision() const
{
    const QModelIndex current = m_historyView->selectionModel()
        ? m_historyView->selectionModel()->currentIndex()
        : QModelIndex();
    const int revision = current.isValid()
        ? current.sibling(current.row(), HistoryModel::RevisionColumn).data(HistoryModel::RevisionRole).toInt()
        : 0;
    if (revision > 0)
        return revision;
    return m_records.isEmpty() ? 0 : m_records.last().revision;
}

void ReleaseView::showOverview()
{
    const ReleaseRecord *record = latest();
    if (!record)
        return;
    int ready = 0;
    int failing = 0;
    QList<ObjectRef> objects = m_manifestObjects;
    if (m_podsModel) {
        for (int row = 0; row < m_podsModel->rowCount(); ++row) {
            const ItemState state = m_podsModel->state(row);
            ready += state == ItemState::Ok ? 1 : 0;
            failing += state == ItemState::Failed ? 1 : 0;
            objects.append({ QStringLiteral("Pod"),
                             m_podsModel->index(row, PodsModel::NameColumn).data().toString() });
        }
    }
    if (m_workloadsModel)
        m_workloadsModel->setObjects(objects);
    if (m_eventsModel)
        m_eventsModel->setObjects(objects);
    const QString html = tr("<h2>%1</h2><p><b>Status:</b> %2 · <b>Revision:</b> %3<br>"
                            "<b>Chart:</b> %4 · <b>App version:</b> %5<br>"
                            "<b>Last deployed:</b> %6<br><b>Description:</b> %7</p>"
                            "<p><b>Pods:</b> %8 ready, %9 failing</p>")
                             .arg(record->name.toHtmlEscaped(), record->status.toHtmlEscaped())
                             .arg(record->revision)
                             .arg(record->chart().toHtmlEscaped(), record->appVersion.toHtmlEscaped(),
                                  record->lastDeployed.toHtmlEscaped(),
                                  record->description.toHtmlEscaped())
                             .arg(ready)
                             .arg(failing);
    m_overview->setHtml(html + (record->notes.isEmpty() ? QString()
                                                        : QStringLiteral("<h3>%1</h3><pre>%2</pre>")
                                                              .arg(tr("Notes"), record->notes.toHtmlEscaped())));
}

void ReleaseView::showRevision(int revision)
{
    const ReleaseRecord *record = nullptr;
    const ReleaseRecord *previous = nullptr;
    for (const ReleaseRecord &r : m_records) {
        if (r.revision == revision)
            record = &r;
        else if (r.revision < revision)
            previous = &r;
    }
    if (!record)
        return;
    const bool reveal = m_revealSecrets->isChecked();
    const QJsonObject values = reveal ? record->config : ReleaseDiff::maskedValues(*record, nullptr);
    m_values->setPlainText(tr("# Values of revision %1\n").arg(revision) + ReleaseDiff::valuesYaml(values));
    if (!previous) {
        m_diff->setPlainText(tr("Revision %1 is the first: nothing to compare it with.").arg(revision));
        return;
    }
    const ReleaseDiff diff(*previous, *record, nullptr, reveal);
    const QStringList lines = diff.valuesUnified() + diff.manifestUnified();
    m_diff->setPlainText(lines.isEmpty()
                             ? tr("Revisions %1 and %2 have the same values and manifest.")
                                   .arg(previous->revision)
                                   .arg(revision)
                             : lines.join(QLatin1Char('\n')));
}

void ReleaseView::followLog(const QModelIndex &podIndex)
{
    delete m_log;
    m_log = nullptr;
    m_logModel->clear();
    if (!podIndex.isValid() || !m_client || !m_podsModel)
        return;
    const QString pod = podIndex.sibling(podIndex.row(), PodsModel::NameColumn).data().toString();
    const int row = m_podsModel->rowOfPod(pod, m_nameSpace);
    const QList<PodsModel::Container> containers = m_podsModel->containers(row);
    QStringList details;
    for (const PodsModel::Container &c : containers)
        details << tr("%1%2  %3  %4%5  restarts %6%7")
                       .arg(c.init ? tr("init ") : QString(), c.name, c.image, c.state,
                            c.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.reason))
                       .arg(c.restarts)
                       .arg(c.lastTerminationReason.isEmpty()
                                ? QString()
                                : tr(", last ended: %1").arg(c.lastTerminationReason));
    for (const PodsModel::Condition &c : m_podsModel->conditions(row))
        details << QStringLiteral("%1=%2 %3").arg(c.type, c.status, c.reason);
    m_podDetails->setPlainText(details.join(QLatin1Char('\n')));

    PodLogStream::Options options;
    options.nameSpace = m_nameSpace;
    options.pod = pod;
    for (const PodsModel::Container &c : containers) {
        if (!c.init) {
            options.container = c.name;
            break;
        }
    }
    options.follow = true;
    options.tailLines = 500;
    m_log = new PodLogStream(m_client, options, this);
    connect(m_log, &PodLogStream::linesReceived, m_logModel, &LogLinesModel::append);
    connect(m_log, &PodLogStream::stateChanged, this, [this, pod](PodLogStream::State state) {
        static const QHash<PodLogStream::State, const char *> names {
            { PodLogStream::State::Idle, QT_TR_NOOP("idle") },
            { PodLogStream::State::Connecting, QT_TR_NOOP("connecting") },
            { PodLogStream::State::Streaming, QT_TR_NOOP("streaming") },
            { PodLogStream::State::Reconnecting, QT_TR_NOOP("reconnecting") },
            { PodLogStream::State::Finished, QT_TR_NOOP("finished") },
        };
        m_logState->setText(tr("%1: %2").arg(pod, tr(names.value(state))));
    });
    m_log->start();
}

void ReleaseView::findInLog()
{
    const QList<int> rows = m_logModel->find(m_logFind->text());
    if (rows.isEmpty()) {
        m_logState->setText(tr("“%1” is not in the log.").arg(m_logFind->text()));
        return;
    }
    const int current = m_logView->currentIndex().row();
    int next = rows.first();
    for (int row : rows) {
        if (row > current) {
            next = row;
            break;
        }
    }
    m_logView->setCurrentIndex(m_logModel->index(next, 0));
    m_logView->scrollTo(m_logModel->index(next, 0));
}

} // namespace Slipway
