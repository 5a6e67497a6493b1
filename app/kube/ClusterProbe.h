#pragma once

#include "KubeconfigEntries.h"
#include "ProbeResult.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

namespace Slipway {

// "Can I talk to this cluster, and as whom?" — GET /version, then a SelfSubjectReview.
// Blocking (up to the 10 s request budget, plus an exec plugin's run): call it off the GUI
// thread.
class ClusterProbe
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ClusterProbe)

public:
    // Setting `cancel` (from any thread) makes run() return soon with Failure::Cancelled.
    explicit ClusterProbe(ResolvedContext context,
                          std::shared_ptr<const std::atomic_bool> cancel = {});

    ProbeResult run() const;

private:
    ResolvedContext m_context;
    std::shared_ptr<const std::atomic_bool> m_cancel;
};

} // namespace Slipway
