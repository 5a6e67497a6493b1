#pragma once

#include "bundle/RegistryOperation.h"

#include <QSignalSpy>

// Starts a registry operation and waits for its one finished(); a default (failed) result when
// it does not come in time.
inline Slipway::RegistryResult runToEnd(Slipway::RegistryOperation &operation, int timeoutMs = 120000)
{
    QSignalSpy finished(&operation, &Slipway::RegistryOperation::finished);
    operation.start();
    if (!finished.wait(timeoutMs))
        return Slipway::RegistryResult();
    return finished.first().first().value<Slipway::RegistryResult>();
}
