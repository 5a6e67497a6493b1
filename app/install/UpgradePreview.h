#pragma once

#include "core/Expected.h"
#include "helm/HelmLocator.h"
#include "helm/HelmRequest.h"
#include "helm/ReleaseRecord.h"

#include <QObject>

namespace Slipway {

class HelmJob;

// What an upgrade would store, without changing anything: the upgrade's own request run as
// `helm upgrade --dry-run=server`, so the manifest is rendered against the live cluster (lookups,
// capabilities) exactly as the real upgrade would render it. `slipway-cli diff --answers` and
// the window's upgrade dialog compare it with the deployed revision. Asynchronous; dropping the
// object (or start() again) cancels a run in progress.
class UpgradePreview final : public QObject
{
    Q_OBJECT

public:
    enum class Failure
    {
        None,
        Pending, // another operation holds the release
        Render, // helm refused the chart or the values
        Output, // helm answered with something that is not a release
    };

    explicit UpgradePreview(HelmInstallation helm, QObject *parent = nullptr);
    ~UpgradePreview() override;
    Q_DISABLE_COPY_MOVE(UpgradePreview)

    // `request` is the upgrade to preview; its dry run is set here.
    void start(HelmRequest request);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

    // After finished(): the release helm would store, or why there is none.
    const Expected<ReleaseRecord> &planned() const { return m_planned; }
    Failure failure() const { return m_failure; }

Q_SIGNALS:
    void finished();

private:
    HelmInstallation m_helm;
    HelmJob *m_job = nullptr;
    Expected<ReleaseRecord> m_planned;
    Failure m_failure = Failure::None;
};

} // namespace Slipway
