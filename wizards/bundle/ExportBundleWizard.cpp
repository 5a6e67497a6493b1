#include "ExportBundleWizard.h"

#include "ExportDonePage.h"
#include "ExportOptionsPage.h"
#include "ExportProgressPage.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Slipway {

ExportBundleWizard::ExportBundleWizard(HelmInstallation helm, QWidget *parent)
    : QWizard(parent)
    , m_helm(std::move(helm))
    , m_options(new ExportOptionsPage(this))
    , m_progress(new ExportProgressPage(&m_helm, m_options, this))
    , m_done(new ExportDonePage(m_progress, this))
{
    setObjectName(QStringLiteral("exportBundleWizard"));
    setWindowTitle(tr("Export Offline Bundle"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(OptionsPageId, m_options);
    setPage(ProgressPageId, m_progress);
    setPage(DonePageId, m_done);
    m_options->setButtonText(QWizard::NextButton, tr("&Export"));
    // Written: straight on to the file and its key.
    connect(m_progress, &ExportProgressPage::exportFinished, this, [this](bool ok) {
        if (ok && currentId() == ProgressPageId)
            next();
    });
    if (m_helm.path.isEmpty()) {
        auto *watcher = new QFutureWatcher<Expected<HelmInstallation>>(this);
        connect(watcher, &QFutureWatcher<Expected<HelmInstallation>>::finished, this, [this, watcher] {
            watcher->deleteLater();
            if (const Expected<HelmInstallation> found = watcher->result())
                m_helm = found.value();
        });
        watcher->setFuture(QtConcurrent::run([] { return HelmLocator(HelmLocator::sourcesFromEnvironment()).locate(); }));
    }
    resize(720, 560);
}

ExportBundleWizard::~ExportBundleWizard() = default;

void ExportBundleWizard::reject()
{
    m_progress->cancel();
    QWizard::reject();
}

} // namespace Slipway
