#pragma once

#include "core/Expected.h"
#include "helm/ReleaseStorage.h"
#include "kube/Kubeconfig.h"
#include "kube/ProbeResult.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Slipway {

class ClusterHeader;
class ClusterProbe;
class KubeClient;
class Reflector;
class ReleaseActions;
class ReleaseView;
class ReleasesModel;

// Slipway's main window. It receives the loaded kubeconfig from the composition root and
// checks the chosen context's cluster in the background as soon as it is built. The cluster bar
// switches to any context of the kubeconfig (or another kubeconfig file) and narrows the list to
// one namespace; the choice is remembered (QSettings: cluster/kubeconfig, cluster/context). Once
// connected, it lists the cluster's helm releases live (a watch of helm's release records, so a
// release installed from a terminal appears without a refresh) and shows the selected one in a
// ReleaseView, with the day-2 actions of ReleaseActions.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `kubeconfig` may hold the load error, which the window then explains; `contextName`
    // empty means the kubeconfig's current context.
    MainWindow(Expected<Kubeconfig> kubeconfig, const QString &contextName,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isCheckingConnection() const { return m_probe != nullptr; }
    // The context the window is connected (or connecting) to.
    QString contextName() const { return m_contextName; }
    // Switches to another context of the kubeconfig, as the context box does.
    void switchContext(const QString &contextName);
    // Uses another kubeconfig (read off the GUI thread), then its current context.
    void openKubeconfig(const QString &file);
    // Lists the releases of one namespace only; empty: every namespace the user may list.
    void showNamespace(const QString &nameSpace);
    ReleaseView *releaseView() const { return m_view; }
    const Expected<Kubeconfig> &kubeconfig() const { return m_kubeconfig; }
    ReleaseStorage storage() const { return m_storage; }
    QAction *installAction() const { return m_install; }
    QAction *exportBundleAction() const { return m_exportBundle; }
    QAction *trustedKeysAction() const { return m_trustedKeys; }
    // Upgrade…: the wizard on the selected release when its chart is a product of this Slipway
    // (wizardRequested), else the values editor (ReleaseActions::editValuesAction).
    QAction *upgradeAction() const { return m_upgrade; }
    ReleaseActions *actions() const { return m_actions; }
    // Selects a release of the list (as a click would); false when it is not listed.
    bool selectRelease(const QString &name, const QString &nameSpace);

Q_SIGNALS:
    // Emitted once the connection check has an answer (never if there was nothing to check).
    void connectionChecked(bool connected);
    // The namespaces box has been filled from the cluster (or told it may not list them).
    void namespacesListed();
    // Install… (empty release) or Upgrade in Wizard… of the selected release (`chart`: its
    // chart's name): the composition root opens the install wizard, which this library does
    // not link.
    void wizardRequested(const QString &nameSpace, const QString &release, const QString &chart);
    // File → Export Offline Bundle… and Trusted Bundle Keys…: dialogs of the wizards library,
    // which the composition root opens.
    void exportBundleRequested();
    void trustedKeysRequested();

private:
    // The bundled product a release's chart ("backline-0.3.1") is, or empty.
    static QString productOf(const QString &chart);
    void upgradeSelected();
    void connectTo(const QString &contextName);
    void disconnectCluster();
    void fillContexts();
    void listNamespaces();
    void startProbe(const ResolvedContext &context);
    void applyProbeResult(const ProbeResult &result);
    void createActions();
    void watchReleases();
    void stopWatchingReleases();
    // All namespaces when `nameSpace` is empty.
    void watchReleasesIn(const QString &nameSpace);
    void showSelectedRelease();
    void refresh();

    Expected<Kubeconfig> m_kubeconfig;
    QString m_contextName;
    ReleaseStorage m_storage; // helm's storage driver, from HELM_DRIVER
    ClusterHeader *m_header = nullptr;
    QLabel *m_releasesPlaceholder = nullptr;
    QLabel *m_releasesHint = nullptr;
    KubeClient *m_client = nullptr;
    ClusterProbe *m_probe = nullptr; // while the check runs
    Reflector *m_releases = nullptr;
    ReleasesModel *m_releasesModel = nullptr;
    QSortFilterProxyModel *m_releasesProxy = nullptr;
    QStackedWidget *m_releasesStack = nullptr;
    QTableView *m_releasesView = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_contexts = nullptr;
    QComboBox *m_namespaces = nullptr;
    QString m_nameSpace; // the namespace shown; empty: all
    ReleaseView *m_view = nullptr;
    ReleaseActions *m_actions = nullptr;
    QAction *m_install = nullptr;
    QAction *m_upgrade = nullptr;
    QAction *m_exportBundle = nullptr;
    QAction *m_trustedKeys = nullptr;
};

} // namespace Slipway
