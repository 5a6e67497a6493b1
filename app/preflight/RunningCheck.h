#pragma once

#include "PreflightReport.h"

#include <QElapsedTimer>

namespace Slipway {

// A check while it runs: its id and title set and its clock started on construction;
// finished() stamps the time it took and hands the verdict over.
class RunningCheck
{
public:
    RunningCheck(const QString &id, const QString &title)
    {
        m_check.id = id;
        m_check.title = title;
        m_timer.start();
    }

    PreflightCheck &check() { return m_check; }
    PreflightCheck finished()
    {
        m_check.durationMs = m_timer.elapsed();
        return m_check;
    }

private:
    PreflightCheck m_check;
    QElapsedTimer m_timer;
};

} // namespace Slipway
