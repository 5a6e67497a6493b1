#include "MainWindow.h"

#include "ClusterHeader.h"
#include "Logging.h"
#include "SlipwayVersion.h"
#include "kube/ClusterProbe.h"
#include "kube/KubeClient.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

#include <utility>

namespace Slipway {

MainWindow::MainWindow(Expected<Kubeconfig> kubeconfig, const QString &contextName, QWidget *parent)
    : QMainWindow(parent)
    , m_kubeconfig(std::move(kubeconfig))
    , m_header(new ClusterHeader(this))
    , m_releasesPlaceholder(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Slipway"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/slipway.svg")));
    resize(960, 600);

    m_releasesPlaceholder->setObjectName(QStringLiteral("releasesPlaceholder"));
    m_releasesPlaceholder->setText(tr("No releases yet"));
    m_releasesPlaceholder->setAlignment(Qt::AlignCenter);
    m_releasesPlaceholder->setForegroundRole(QPalette::PlaceholderText);
    QFont placeholderFont = m_releasesPlaceholder->font();
    placeholderFont.setPointSizeF(placeholderFont.pointSizeF() * 1.4);
    m_releasesPlaceholder->setFont(placeholderFont);

    auto *hint = new QLabel(tr("Products you install on this cluster will be listed here."), this);
    hint->setObjectName(QStringLiteral("releasesHint"));
    hint->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addStretch(1);
    layout->addWidget(m_releasesPlaceholder);
    layout->addWidget(hint);
    layout->addStretch(1);
    setCentralWidget(central);

    auto *version = new QLabel(tr("Slipway %1").arg(QStringLiteral(SLIPWAY_VERSION_STRING)), this);
    version->setObjectName(QStringLiteral("versionLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(version);

    if (!m_kubeconfig) {
        m_header->showUnusableConfig(tr("The kubeconfig cannot be used"),
                                     m_kubeconfig.error().toString());
        return;
    }
    if (m_kubeconfig->isEmpty()) {
        m_header->showNoCluster();
        return;
    }
    const Expected<ResolvedContext> context = m_kubeconfig->resolve(contextName);
    if (!context) {
        const QString name = contextName.isEmpty() ? m_kubeconfig->currentContext() : contextName;
        m_header->showUnusableConfig(name.isEmpty() ? tr("No context selected")
                                                    : tr("Context: %1").arg(name),
                                     context.error().toString());
        return;
    }
    m_header->showConnecting(context.value());
    startProbe(context.value());
}

MainWindow::~MainWindow()
{
    // The probe and then the client go with the window's children: a transfer in flight is
    // dropped, the engine thread stops, and an exec plugin still running is killed.
    delete std::exchange(m_probe, nullptr);
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
    Q_EMIT connectionChecked(result.ok());
}

} // namespace Slipway
