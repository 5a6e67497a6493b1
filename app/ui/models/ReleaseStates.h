#pragma once

#include "ItemState.h"

#include "install/ReleasePolicy.h"

#include <QString>

namespace Slipway {

// What a helm release status means for the user (helm-engine.md §5): the releases and history
// tables colour the same status the same way.
class ReleaseStates
{
public:
    static ItemState of(const QString &status)
    {
        if (ReleasePolicy::isStuckStatus(status))
            return ItemState::Stuck;
        if (status == u"deployed" || status == u"superseded")
            return ItemState::Ok;
        if (status == u"failed")
            return ItemState::Failed;
        return ItemState::Warning; // uninstalled (kept history), unknown
    }
};

} // namespace Slipway
