#include "ReleaseView.h"

#include "DiffPane.h"
#include "LogPane.h"
#include "StateDelegate.h"
#include "helm/ReleaseHistory.h"
#include "install/ManifestObjects.h"
#include "install/ReleaseDiff.h"
#include "install/ReleaseOperation.h"
#include "kube/Reflector.h"
#include "models/EventsModel.h"
#include "models/HistoryModel.h"
#include "models/PodsModel.h"
#include "models/WorkloadsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
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
    // The previous release's proxy and selection go: a view does not delete them itself.
    QItemSelectionModel *oldSelection = view->selectionModel();
    QAbstractItemModel *oldProxy = view->model();
    view->setModel(proxy);
    delete oldSelection;
    if (oldProxy && oldProxy->parent() == view)
        delete oldProxy;
}

// An events table: the message takes the room, the object its name's.
void fitEventColumns(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(EventsModel::MessageColumn, QHeaderView::Stretch);
    view->setColumnWidth(EventsModel::ObjectColumn, 280);
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
    m_podEventsView = tableView(QStringLiteral("podEventsView"), tr("Events of the pod"), podsSplit);
    podsSplit->setStretchFactor(0, 3);
    podsSplit->setStretchFactor(1, 1);
    podsSplit->setStretchFactor(2, 1);
    addTab(podsSplit, tr("&Pods"));
    m_podsTab = podsSplit;

    m_eventsView = tableView(QStringLiteral("eventsView"), tr("Events"), this);
    addTab(m_eventsView, tr("&Events"));

    m_logs = new LogPane(this);
    addTab(m_logs, tr("&Logs"));

    m_historyView = tableView(QStringLiteral("historyView"), tr("History"), this);
    setModel(m_historyView, m_historyModel);
    m_historyView->setSortingEnabled(false);
    addTab(m_historyView, tr("&History"));

    auto *values = new QWidget(this);
    auto *valuesLayout = new QVBoxLayout(values);
    m_revealSecrets = new QCheckBox(tr("Reveal &secrets"), values);
    m_revealSecrets->setObjectName(QStringLiteral("revealSecrets"));
    m_values = textView(QStringLiteral("valuesText"), tr("Values"), values);
    valuesLayout->addWidget(m_revealSecrets);
    valuesLayout->addWidget(m_values, 1);
    addTab(values, tr("&Values"));

    auto *diff = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diff);
    auto *diffTop = new QHBoxLayout;
    m_diffFrom = new QComboBox(diff);
    m_diffFrom->setObjectName(QStringLiteral("diffFrom"));
    m_diffFrom->setAccessibleName(tr("Compare from revision"));
    m_diffTo = new QComboBox(diff);
    m_diffTo->setObjectName(QStringLiteral("diffTo"));
    m_diffTo->setAccessibleName(tr("Compare to revision"));
    for (QComboBox *choice : { m_diffFrom, m_diffTo })
        choice->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "4 (pending-upgrade)" whole
    auto *fromLabel = new QLabel(tr("Fro&m:"), diff);
    fromLabel->setBuddy(m_diffFrom);
    auto *toLabel = new QLabel(tr("To:"), diff);
    toLabel->setBuddy(m_diffTo);
    m_diffSecrets = new QCheckBox(tr("Show &secrets"), diff);
    m_diffSecrets->setObjectName(QStringLiteral("diffRevealSecrets"));
    m_diffSecrets->setAccessibleName(tr("Show secrets in the diff"));
    diffTop->addWidget(fromLabel);
    diffTop->addWidget(m_diffFrom);
    diffTop->addWidget(toLabel);
    diffTop->addWidget(m_diffTo);
    diffTop->addWidget(m_diffSecrets);
    diffTop->addStretch(1);
    m_diff = new DiffPane(diff);
    diffLayout->addLayout(diffTop);
    diffLayout->addWidget(m_diff, 1);
    addTab(diff, tr("&Diff"));

    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showRevision(selectedRevision()); });
    // One "reveal secrets" state, shown on the Values and the Diff tab.
    connect(m_revealSecrets, &QCheckBox::toggled, m_diffSecrets, &QCheckBox::setChecked);
    connect(m_diffSecrets, &QCheckBox::toggled, m_revealSecrets, &QCheckBox::setChecked);
    connect(m_revealSecrets, &QCheckBox::toggled, this,
            [this] { showRevision(selectedRevision(), false); });
    connect(m_diffFrom, &QComboBox::activated, this, &ReleaseView::showDiff);
    connect(m_diffTo, &QComboBox::activated, this, &ReleaseView::showDiff);
}

ReleaseView::~ReleaseView() = default;

void ReleaseView::clear()
{
    m_logs->clear();
    delete m_podsModel;
    delete m_eventsModel;
    delete m_podEventsModel;
    m_podEventsModel = nullptr;
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
    m_diffFrom->clear();
    m_diffTo->clear();
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
    m_podsView->setColumnWidth(PodsModel::NameColumn, 300);
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
    fitEventColumns(m_eventsView);
    m_eventsView->sortByColumn(EventsModel::LastSeenColumn, Qt::DescendingOrder);
    // The selected pod's own events, from the same watch: none until a pod is selected.
    m_podEventsModel = new EventsModel(m_events, this);
    m_podEventsModel->setObjects({});
    setModel(m_podEventsView, m_podEventsModel);
    fitEventColumns(m_podEventsView);
    m_podEventsView->sortByColumn(EventsModel::LastSeenColumn, Qt::DescendingOrder);
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
        for (QComboBox *choice : { m_diffFrom, m_diffTo }) {
            const QSignalBlocker quiet(choice);
            choice->clear();
            for (const ReleaseRecord &record : std::as_const(m_records))
                choice->addItem(tr("%1 (%2)").arg(record.revision).arg(record.status), record.revision);
        }
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
    // The followed pod's containers as they are now: a restart makes its previous log readable.
    if (const QModelIndex current = m_podsView->currentIndex(); current.isValid() && m_podsModel) {
        const QString pod = current.sibling(current.row(), PodsModel::NameColumn).data().toString();
        if (pod == m_logs->pod())
            m_logs->setPod(m_client, m_nameSpace, pod, m_podsModel->containers(m_podsModel->rowOfPod(pod, m_nameSpace)));
    }
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

void ReleaseView::showRevision(int revision, bool resetDiff)
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
    if (!resetDiff) {
        showDiff();
        return;
    }
    // The diff follows the selection: this revision against the one before it.
    m_diffFrom->setCurrentIndex(m_diffFrom->findData(previous ? previous->revision : revision));
    m_diffTo->setCurrentIndex(m_diffTo->findData(revision));
    showDiff();
}

void ReleaseView::showDiff()
{
    const int from = m_diffFrom->currentData().toInt();
    const int to = m_diffTo->currentData().toInt();
    const ReleaseRecord *before = nullptr;
    const ReleaseRecord *after = nullptr;
    for (const ReleaseRecord &r : std::as_const(m_records)) {
        before = r.revision == from ? &r : before;
        after = r.revision == to ? &r : after;
    }
    if (!before || !after) {
        m_diff->clear();
        return;
    }
    if (from == to) {
        m_diff->setMessage(to == m_records.first().revision
                               ? tr("Revision %1 is the first: nothing to compare it with.").arg(to)
                               : tr("Pick two different revisions to compare."));
        return;
    }
    m_diff->setDiff(ReleaseDiff(*before, *after, nullptr, m_revealSecrets->isChecked()));
}

void ReleaseView::showPods()
{
    setCurrentWidget(m_podsTab);
}

bool ReleaseView::showLogs(const QString &pod)
{
    if (!m_podsModel)
        return false;
    const int row = m_podsModel->rowOfPod(pod, m_nameSpace);
    if (row < 0)
        return false;
    const QModelIndex source = m_podsModel->index(row, PodsModel::NameColumn);
    const auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_podsView->model());
    const QModelIndex shown = proxy ? proxy->mapFromSource(source) : source;
    m_podsView->selectionModel()->setCurrentIndex(
        shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    followLog(shown); // at once, not after the queued selection change
    setCurrentWidget(m_logs);
    return true;
}

void ReleaseView::followLog(const QModelIndex &podIndex)
{
    if (!podIndex.isValid() || !m_client || !m_podsModel) {
        m_logs->clear();
        if (m_podEventsModel)
            m_podEventsModel->setObjects({});
        return;
    }
    const QString pod = podIndex.sibling(podIndex.row(), PodsModel::NameColumn).data().toString();
    if (m_podEventsModel)
        m_podEventsModel->setObjects({ ObjectRef { QStringLiteral("Pod"), pod } });
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

    m_logs->setPod(m_client, m_nameSpace, pod, containers);
}

} // namespace Slipway
