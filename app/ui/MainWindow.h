#pragma once

#include "core/Expected.h"
#include "kube/Kubeconfig.h"
#include "kube/ProbeResult.h"

#include <QMainWindow>

class QLabel;

namespace Slipway {

class ClusterHeader;
class ClusterProbe;
class KubeClient;

// Slipway's main window. It receives the loaded kubeconfig from the composition root and
// checks the chosen context's cluster in the background as soon as it is built.
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

Q_SIGNALS:
    // Emitted once the connection check has an answer (never if there was nothing to check).
    void connectionChecked(bool connected);

private:
    void startProbe(const ResolvedContext &context);
    void applyProbeResult(const ProbeResult &result);

    Expected<Kubeconfig> m_kubeconfig;
    ClusterHeader *m_header = nullptr;
    QLabel *m_releasesPlaceholder = nullptr;
    KubeClient *m_client = nullptr;
    ClusterProbe *m_probe = nullptr; // while the check runs
};

} // namespace Slipway
