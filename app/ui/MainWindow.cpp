#include "MainWindow.h"

#include "ClusterHeader.h"
#include "Logging.h"
#include "SlipwayVersion.h"
#include "kube/ClusterProbe.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"

#include "ReleaseActions.h"
#include "ReleaseView.h"
#include "StateDelegate.h"
#include "kube/Reflector.h"
#include "models/ReleasesModel.h"
#include "product/ProductCatalog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QThread>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QStatusBar>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace Slipway {

MainWindow::MainWindow(Expected<Kubeconfig> kubeconfig, const QString &contextName, QWidget *parent)
    : QMainWindow(parent)
    , m_kubeconfig(std::move(kubeconfig))
    , m_contextName(contextName)
    , m_header(new ClusterHeader(this))
    , m_releasesPlaceholder(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Slipway"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/slipway.svg")));
    resize(1280, 760);

    m_releasesPlaceholder->setObjectName(QStringLiteral("releasesPlaceholder"));
    m_releasesPlaceholder->setText(tr("No releases yet"));
    m_releasesPlaceholder->setAlignment(Qt::AlignCenter);
    m_releasesPlaceholder->setForegroundRole(QPalette::PlaceholderText);
    QFont placeholderFont = m_releasesPlaceholder->font();
    placeholderFont.setPointSizeF(placeholderFont.pointSizeF() * 1.4);
    m_releasesPlaceholder->setFont(placeholderFont);

    auto *hint = new QLabel(tr("Products you install on this cluster will be listed here."), this);
    m_releasesHint = hint;
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("releasesHint"));
    hint->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    hint->setForegroundRole(QPalette::PlaceholderText);

    // Left: the placeholder until the first release is listed, then the releases table.
    auto *placeholder = new QWidget(this);
    auto *placeholderLayout = new QVBoxLayout(placeholder);
    placeholderLayout->addStretch(1);
    placeholderLayout->addWidget(m_releasesPlaceholder);
    placeholderLayout->addWidget(hint);
    placeholderLayout->addStretch(1);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(list);
    m_filter->setObjectName(QStringLiteral("releaseFilter"));
    m_filter->setAccessibleName(tr("Filter releases"));
    m_filter->setPlaceholderText(tr("Filter by name or namespace (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_releasesView = new QTableView(list);
    m_releasesView->setObjectName(QStringLiteral("releasesView"));
    m_releasesView->setAccessibleName(tr("Releases"));
    m_releasesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_releasesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_releasesView->setSortingEnabled(true);
    m_releasesView->setAlternatingRowColors(true);
    m_releasesView->verticalHeader()->hide();
    m_releasesView->horizontalHeader()->setStretchLastSection(true);
    // A cluster has tens of releases, not thousands: every column as wide as its text.
    m_releasesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_releasesView->setItemDelegate(new StateDelegate(m_releasesView));
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_releasesView, 1);
    m_releasesStack = new QStackedWidget(this);
    m_releasesStack->addWidget(placeholder);
    m_releasesStack->addWidget(list);

    m_view = new ReleaseView(this);
    m_view->setEnabled(false);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(m_releasesStack);
    split->addWidget(m_view);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({ 520, 760 });

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);
    setCentralWidget(central);
    m_actions = new ReleaseActions(m_view, this);
    createActions();
    connect(m_header, &ClusterHeader::retryRequested, this, [this] { connectTo(m_contextName); });

    auto *version = new QLabel(tr("Slipway %1").arg(QStringLiteral(SLIPWAY_VERSION_STRING)), this);
    version->setObjectName(QStringLiteral("versionLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(version);

    fillContexts();
    if (!m_kubeconfig) {
        m_header->showUnusableConfig(tr("The kubeconfig cannot be used"),
                                     m_kubeconfig.error().toString());
        return;
    }
    if (m_kubeconfig->isEmpty()) {
        m_header->showNoCluster();
        return;
    }
    connectTo(contextName);
}

MainWindow::~MainWindow()
{
    // The probe and then the client go with the window's children: a transfer in flight is
    // dropped, the engine thread stops, and an exec plugin still running is killed.
    delete std::exchange(m_probe, nullptr);
}

void MainWindow::fillContexts()
{
    const QSignalBlocker quiet(m_contexts);
    m_contexts->clear();
    if (!m_kubeconfig)
        return;
    for (const KubeContext &context : m_kubeconfig->contexts()) {
        m_contexts->addItem(context.name, context.name);
        m_contexts->setItemData(m_contexts->count() - 1,
                                tr("cluster %1, user %2, namespace %3")
                                    .arg(context.cluster, context.user,
                                         context.nameSpace.isEmpty() ? QStringLiteral("default")
                                                                     : context.nameSpace),
                                Qt::ToolTipRole);
    }
    m_contexts->setEnabled(m_contexts->count() > 0);
}

void MainWindow::disconnectCluster()
{
    m_view->setRelease(nullptr, QString(), QString(), m_storage);
    m_view->setEnabled(false);
    stopWatchingReleases();
    delete std::exchange(m_probe, nullptr);
    delete std::exchange(m_client, nullptr);
    m_releasesStack->setCurrentIndex(0);
    m_releasesPlaceholder->setText(tr("No releases yet"));
    m_releasesHint->setText(tr("Products you install on this cluster will be listed here."));
    m_nameSpace.clear();
    const QSignalBlocker quiet(m_namespaces);
    m_namespaces->clear();
    m_namespaces->addItem(tr("All namespaces"), QString());
    m_namespaces->setEnabled(false);
    m_actions->update();
}

void MainWindow::connectTo(const QString &contextName)
{
    disconnectCluster();
    m_contextName = contextName;
    const QString name = contextName.isEmpty() ? m_kubeconfig->currentContext() : contextName;
    {
        const QSignalBlocker quiet(m_contexts);
        m_contexts->setCurrentIndex(m_contexts->findData(name));
    }
    const Expected<ResolvedContext> context = m_kubeconfig->resolve(contextName);
    if (!context) {
        m_header->showUnusableConfig(name.isEmpty() ? tr("No context selected")
                                                    : tr("Context: %1").arg(name),
                                     context.error().toString());
        return;
    }
    m_header->showConnecting(context.value());
    startProbe(context.value());
}

void MainWindow::switchContext(const QString &contextName)
{
    if (!m_kubeconfig || m_kubeconfig->isEmpty())
        return;
    QSettings().setValue(QStringLiteral("cluster/context"), contextName);
    connectTo(contextName);
}

void MainWindow::openKubeconfig(const QString &file)
{
    // Reading and merging the file is disk work: off the GUI thread. The connection in use
    // stays until the new file has been read and found usable.
    auto loaded = std::make_shared<Expected<Kubeconfig>>(Error(tr("not read yet")));
    QThread *thread = QThread::create(
        [loaded, file] { *loaded = Kubeconfig::load(Kubeconfig::sourcesFromEnvironment(file)); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, loaded, file] {
        if (!*loaded || loaded->value().isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Open kubeconfig"),
                                        !*loaded ? tr("%1 cannot be used, so Slipway stays with "
                                                      "the kubeconfig it has.\n\n%2")
                                                       .arg(file, loaded->error().toString())
                                                 : tr("%1 has no contexts, so Slipway stays "
                                                      "with the kubeconfig it has.")
                                                       .arg(file),
                                        QMessageBox::Close, this);
            box->setObjectName(QStringLiteral("kubeconfigError"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        m_kubeconfig = std::move(*loaded);
        m_install->setEnabled(true); // a kubeconfig to install with, at last
        QSettings settings;
        settings.setValue(QStringLiteral("cluster/kubeconfig"), file);
        settings.remove(QStringLiteral("cluster/context"));
        fillContexts();
        connectTo(QString());
    });
    thread->start();
}

void MainWindow::listNamespaces()
{
    KubeReply *reply = m_client->send(KubeRequest::get(QStringLiteral("/api/v1/namespaces")), this);
    connect(reply, &KubeReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QSignalBlocker quiet(m_namespaces);
        const QString shown = m_nameSpace;
        m_namespaces->clear();
        m_namespaces->addItem(tr("All namespaces"), QString());
        QStringList names;
        if (reply->ok()) {
            for (const QJsonValue &item : reply->json().value(QLatin1String("items")).toArray())
                names << item[QLatin1String("metadata")][QLatin1String("name")].toString();
            m_namespaces->setToolTip(tr("Show the releases of every namespace, or of one"));
        } else {
            // Not allowed to list namespaces: the context's own is still a choice.
            names << m_client->defaultNamespace();
            m_namespaces->setToolTip(tr("This identity may not list namespaces: %1")
                                         .arg(reply->error().message()));
        }
        if (!shown.isEmpty() && !names.contains(shown))
            names << shown;
        names.sort();
        for (const QString &name : std::as_const(names))
            m_namespaces->addItem(name, name);
        m_namespaces->setCurrentIndex(std::max(0, m_namespaces->findData(shown)));
        m_namespaces->setEnabled(true);
        Q_EMIT namespacesListed();
    });
}

void MainWindow::showNamespace(const QString &nameSpace)
{
    if (!m_client || m_probe)
        return;
    m_nameSpace = nameSpace;
    {
        const QSignalBlocker quiet(m_namespaces);
        int index = m_namespaces->findData(nameSpace);
        if (index < 0) {
            m_namespaces->addItem(nameSpace, nameSpace);
            index = m_namespaces->count() - 1;
        }
        m_namespaces->setCurrentIndex(index);
    }
    m_view->setRelease(nullptr, QString(), QString(), m_storage);
    m_view->setEnabled(false);
    m_releasesStack->setCurrentIndex(0);
    watchReleasesIn(nameSpace);
}

void MainWindow::startProbe(const ResolvedContext &context)
{
    m_client = new KubeClient(context, this);
    // A device-code login and the like: the plugin asks the person something while it runs.
    connect(m_client, &KubeClient::credentialPluginMessage, m_header,
            &ClusterHeader::showCredentialMessage);
    m_probe = new ClusterProbe(m_client, this);
    connect(m_probe, &ClusterProbe::finished, this, [this](const ProbeResult &result) {
        std::exchange(m_probe, nullptr)->deleteLater();
        applyProbeResult(result);
    });
    m_probe->start();
}

void MainWindow::applyProbeResult(const ProbeResult &result)
{
    qCInfo(lcUi) << "connection check finished:" << (result.ok() ? "connected" : "failed");
    m_header->showProbeResult(result);
    if (result.ok()) {
        watchReleases();
        listNamespaces();
    }
    Q_EMIT connectionChecked(result.ok());
}

void MainWindow::createActions()
{
    auto *clusterBar = addToolBar(tr("Cluster"));
    clusterBar->setObjectName(QStringLiteral("clusterToolBar"));
    auto *contextLabel = new QLabel(tr("Con&text:"), clusterBar);
    m_contexts = new QComboBox(clusterBar);
    m_contexts->setObjectName(QStringLiteral("contextBox"));
    m_contexts->setAccessibleName(tr("Kubeconfig context"));
    m_contexts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    contextLabel->setBuddy(m_contexts);
    auto *namespaceLabel = new QLabel(tr("&Namespace:"), clusterBar);
    m_namespaces = new QComboBox(clusterBar);
    m_namespaces->setObjectName(QStringLiteral("namespaceBox"));
    m_namespaces->setAccessibleName(tr("Namespace shown"));
    m_namespaces->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_namespaces->addItem(tr("All namespaces"), QString());
    m_namespaces->setEnabled(false);
    namespaceLabel->setBuddy(m_namespaces);
    contextLabel->setContentsMargins(4, 0, 4, 0);
    namespaceLabel->setContentsMargins(12, 0, 4, 0);
    clusterBar->addWidget(contextLabel);
    clusterBar->addWidget(m_contexts);
    clusterBar->addWidget(namespaceLabel);
    clusterBar->addWidget(m_namespaces);
    connect(m_contexts, &QComboBox::activated, this,
            [this](int index) { switchContext(m_contexts->itemData(index).toString()); });
    connect(m_namespaces, &QComboBox::activated, this,
            [this](int index) { showNamespace(m_namespaces->itemData(index).toString()); });

    auto *toolBar = addToolBar(tr("Release"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *refresh = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::refresh);
    auto *find = new QAction(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_releasesStack->setCurrentIndex(1);
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    auto *open = new QAction(tr("&Open Kubeconfig…"), this);
    open->setObjectName(QStringLiteral("openKubeconfigAction"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Open kubeconfig"),
            m_kubeconfig && !m_kubeconfig->files().isEmpty() ? m_kubeconfig->files().first()
                                                             : QDir::homePath());
        if (!file.isEmpty())
            openKubeconfig(file);
    });
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    auto *close = new QAction(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeAction"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    m_install = new QAction(QIcon(QStringLiteral(":/icons/install.svg")), tr("&Install…"), this);
    m_install->setObjectName(QStringLiteral("installAction"));
    m_install->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_install->setToolTip(tr("Install a product or a Helm chart into the cluster (%1)")
                              .arg(m_install->shortcut().toString(QKeySequence::NativeText)));
    m_install->setEnabled(m_kubeconfig.hasValue()); // the wizard tests the connection itself
    connect(m_install, &QAction::triggered, this,
            [this] { Q_EMIT wizardRequested(m_nameSpace, {}, {}); });
    m_upgrade = new QAction(QIcon(QStringLiteral(":/icons/upgrade.svg")), tr("U&pgrade…"), this);
    m_upgrade->setObjectName(QStringLiteral("upgradeAction"));
    m_upgrade->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_upgrade->setToolTip(tr("Upgrade the selected release: the wizard, prefilled with the values it "
                             "runs with (%1)")
                              .arg(m_upgrade->shortcut().toString(QKeySequence::NativeText)));
    // Enabled exactly when an upgrade may start (helm found, installed, not stuck).
    m_upgrade->setEnabled(m_actions->editValuesAction()->isEnabled());
    connect(m_actions->editValuesAction(), &QAction::changed, m_upgrade, [this] {
        m_upgrade->setEnabled(m_actions->editValuesAction()->isEnabled());
    });
    connect(m_upgrade, &QAction::triggered, this, &MainWindow::upgradeSelected);
    // Needs no cluster: the bundle is made on a connected machine, installed elsewhere.
    m_exportBundle = new QAction(tr("&Export Offline Bundle…"), this);
    m_exportBundle->setObjectName(QStringLiteral("exportBundleAction"));
    m_exportBundle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_exportBundle->setToolTip(tr("Write a product, its values and its container images into one signed file "
                                  "for an air-gapped cluster (%1)")
                                   .arg(m_exportBundle->shortcut().toString(QKeySequence::NativeText)));
    connect(m_exportBundle, &QAction::triggered, this, &MainWindow::exportBundleRequested);
    m_trustedKeys = new QAction(tr("&Trusted Bundle Keys…"), this);
    m_trustedKeys->setObjectName(QStringLiteral("trustedKeysAction"));
    m_trustedKeys->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_trustedKeys->setToolTip(tr("The public keys whose signed offline bundles are installed without asking (%1)")
                                  .arg(m_trustedKeys->shortcut().toString(QKeySequence::NativeText)));
    connect(m_trustedKeys, &QAction::triggered, this, &MainWindow::trustedKeysRequested);
    addAction(find);
    addAction(quit);
    addAction(close);
    toolBar->addAction(refresh);
    toolBar->addSeparator();
    toolBar->addAction(m_install);
    toolBar->addAction(m_upgrade);
    toolBar->addAction(m_actions->rollbackAction());
    toolBar->addAction(m_actions->uninstallAction());
    toolBar->addAction(m_actions->recoverAction());

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(open);
    file->addAction(refresh);
    file->addAction(find);
    file->addSeparator();
    file->addAction(m_exportBundle);
    file->addAction(m_trustedKeys);
    file->addSeparator();
    file->addAction(close);
    file->addAction(quit);
    QMenu *release = menuBar()->addMenu(tr("&Release"));
    release->addAction(m_install);
    release->addAction(m_upgrade);
    release->addAction(m_actions->editValuesAction());
    release->addAction(m_actions->rollbackAction());
    release->addAction(m_actions->uninstallAction());
    release->addAction(m_actions->recoverAction());
}

void MainWindow::watchReleases()
{
    const Expected<ReleaseStorage> storage = ReleaseStorage::fromEnvironment();
    const ReleaseStorage driver = storage ? storage.value() : ReleaseStorage();
    m_storage = driver;
    if (!storage)
        statusBar()->showMessage(storage.error().toString());
    // helm is given exactly one file: the first of a merged KUBECONFIG list.
    m_actions->setCluster(m_client, m_kubeconfig->files().value(0), driver);
    watchReleasesIn(m_nameSpace);
}

void MainWindow::stopWatchingReleases()
{
    if (!m_releases)
        return;
    m_releasesView->setModel(nullptr);
    delete std::exchange(m_releasesProxy, nullptr);
    delete std::exchange(m_releasesModel, nullptr);
    delete std::exchange(m_releases, nullptr);
}

void MainWindow::watchReleasesIn(const QString &nameSpace)
{
    stopWatchingReleases();
    m_nameSpace = nameSpace;
    const ReleaseStorage driver = m_storage;
    m_releases = new Reflector(m_client, ReleasesModel::reflectorOptions(driver, nameSpace), this);
    m_releasesModel = new ReleasesModel(m_releases, driver, this);
    m_releasesProxy = new QSortFilterProxyModel(this);
    m_releasesProxy->setSourceModel(m_releasesModel);
    m_releasesProxy->setSortRole(SortRole);
    m_releasesProxy->setFilterKeyColumn(-1);
    m_releasesProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_releasesView->setModel(m_releasesProxy);
    m_releasesView->sortByColumn(ReleasesModel::NameColumn, Qt::AscendingOrder);
    connect(m_filter, &QLineEdit::textChanged, m_releasesProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_releasesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedRelease);
    const auto listed = [this] {
        m_releasesStack->setCurrentIndex(m_releasesModel->rowCount() > 0 ? 1 : 0);
    };
    connect(m_releasesModel, &QAbstractItemModel::rowsInserted, this, listed);
    connect(m_releasesModel, &QAbstractItemModel::rowsRemoved, this, listed);
    // The shown release changed in the cluster (a new revision, a new status): read it again.
    connect(m_releasesModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                for (int row = from.row(); row <= to.row(); ++row) {
                    const QModelIndex index = m_releasesModel->index(row, 0);
                    if (index.data(ReleasesModel::NameRole).toString() == m_view->release()
                        && index.data(ReleasesModel::NamespaceRole).toString() == m_view->nameSpace())
                        m_view->reloadHistory();
                }
            });
    connect(m_releasesModel, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_view->release().isEmpty()
            && m_releasesModel->rowOfRelease(m_view->release(), m_view->nameSpace()) < 0) {
            m_view->reloadHistory(); // it is gone: the view says so from the history
        }
    });
    connect(m_releases, &Reflector::problem, this, [this, nameSpace](const ApiError &error) {
        if (error.kind != ApiError::Kind::Forbidden) {
            statusBar()->showMessage(tr("Releases cannot be watched: %1").arg(error.message()));
            return;
        }
        // Not allowed cluster-wide: a user with rights in one namespace (the context's) still
        // gets that namespace's releases. Not allowed there either: say so, instead of an empty
        // list that would read as "no releases".
        const QString home = m_client->defaultNamespace();
        if (nameSpace.isEmpty()) {
            statusBar()->showMessage(tr("Not allowed to list releases in all namespaces; showing "
                                        "namespace %1.")
                                         .arg(home));
            QTimer::singleShot(0, this, [this, home] { showNamespace(home); });
            return;
        }
        m_releases->stop();
        statusBar()->clearMessage();
        m_releasesStack->setCurrentIndex(0);
        m_releasesPlaceholder->setText(tr("Not allowed to list releases"));
        m_releasesHint->setText(tr("This identity may not list helm's release records (%1 objects) in "
                                   "namespace %2. The API server said: %3")
                                    .arg(m_storage.objectKind(), nameSpace, error.message()));
    });
    m_releases->start();
}

bool MainWindow::selectRelease(const QString &name, const QString &nameSpace)
{
    if (!m_releasesModel)
        return false;
    const int row = m_releasesModel->rowOfRelease(name, nameSpace);
    if (row < 0)
        return false;
    const QModelIndex index = m_releasesProxy->mapFromSource(m_releasesModel->index(row, 0));
    m_releasesView->setCurrentIndex(index);
    return true;
}

QString MainWindow::productOf(const QString &chart)
{
    // "backline-0.3.1": the name ends where a semantic version begins.
    static const QRegularExpression chartName(QStringLiteral("^(.+?)-v?\\d+\\.\\d+\\.\\d+"));
    const QRegularExpressionMatch match = chartName.match(chart);
    const QString name = match.hasMatch() ? match.captured(1) : chart;
    // A few file lookups in the catalog's folders, no chart read.
    return ProductCatalog::chartPath(name).isEmpty() ? QString() : name;
}

void MainWindow::upgradeSelected()
{
    const QModelIndex current = m_releasesView->currentIndex();
    if (!current.isValid() || !m_upgrade->isEnabled())
        return;
    const QString product = productOf(current.data(ReleasesModel::ChartRole).toString());
    if (product.isEmpty()) {
        // No descriptor to build the wizard's pages from: the values, as YAML.
        m_actions->editValuesAction()->trigger();
        return;
    }
    Q_EMIT wizardRequested(current.data(ReleasesModel::NamespaceRole).toString(),
                           current.data(ReleasesModel::NameRole).toString(), product);
}

void MainWindow::showSelectedRelease()
{
    const QModelIndex current = m_releasesView->currentIndex();
    const QString name = current.data(ReleasesModel::NameRole).toString();
    const QString nameSpace = current.data(ReleasesModel::NamespaceRole).toString();
    m_view->setEnabled(!name.isEmpty());
    m_view->setRelease(m_client, name, nameSpace, m_storage);
    m_actions->update();
}

void MainWindow::refresh()
{
    // Everything is live already; Refresh reads the shown release's history again and, when
    // the connection failed, checks it again.
    if (!m_releases && m_client && !m_probe) {
        connectTo(m_contextName);
        return;
    }
    m_view->reloadHistory();
}

} // namespace Slipway
