#pragma once

#include "core/Expected.h"
#include "helm/ReleaseStorage.h"
#include "kube/Kubeconfig.h"
#include "kube/ProbeResult.h"

#include <QMainWindow>

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
// checks the chosen context's cluster in the background as soon as it is built; once
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
    ReleaseView *releaseView() const { return m_view; }
    ReleaseActions *actions() const { return m_actions; }
    // Selects a release of the list (as a click would); false when it is not listed.
    bool selectRelease(const QString &name, const QString &nameSpace);

Q_SIGNALS:
    // Emitted once the connection check has an answer (never if there was nothing to check).
    void connectionChecked(bool connected);

private:
    void startProbe(const ResolvedContext &context);
    void applyProbeResult(const ProbeResult &result);
    void createActions();
    void watchReleases();
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
    ReleaseView *m_view = nullptr;
    ReleaseActions *m_actions = nullptr;
};

} // namespace Slipway
