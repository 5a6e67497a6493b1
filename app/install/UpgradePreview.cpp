#include "UpgradePreview.h"

#include "helm/HelmErrorText.h"
#include "helm/HelmJob.h"

namespace Slipway {

UpgradePreview::UpgradePreview(HelmInstallation helm, QObject *parent)
    : QObject(parent)
    , m_helm(std::move(helm))
    , m_planned(Error(tr("The upgrade has not been previewed yet.")))
{ }

UpgradePreview::~UpgradePreview()
{
    cancel();
}

void UpgradePreview::cancel()
{
    // The job's destructor stops a helm still running without waiting for it.
    delete std::exchange(m_job, nullptr);
}

void UpgradePreview::start(HelmRequest request)
{
    cancel();
    request.dryRun = true;
    m_failure = Failure::None;
    m_planned = Error(tr("The preview is still running."));
    m_job = new HelmJob(m_helm, std::move(request), this);
    connect(m_job, &HelmJob::finished, this, [this](const HelmResult &result) {
        m_job->deleteLater();
        m_job = nullptr;
        if (!result.ok()) {
            m_failure = HelmErrorText(result.rawError).pendingOperation() ? Failure::Pending
                                                                           : Failure::Render;
            m_planned = Error(tr("helm could not render the upgrade: %1").arg(result.error));
        } else {
            Expected<ReleaseRecord> planned = ReleaseRecord::fromJson(result.output);
            if (planned) {
                m_planned = std::move(planned);
            } else {
                m_failure = Failure::Output;
                m_planned = Error(tr("helm's dry run gave no release: %1").arg(planned.error().message));
            }
        }
        Q_EMIT finished();
    });
    m_job->start();
}

} // namespace Slipway
