#pragma once

#include "ItemState.h"

#include <QString>

namespace Slipway {

// What a helm release status means for the user (helm-engine.md §5): the releases and history
// tables colour the same status the same way.
class ReleaseStates
{
public:
    static ItemState of(const QString &status)
    {
        if (isStuck(status))
            return ItemState::Stuck;
        if (status == u"deployed" || status == u"superseded")
            return ItemState::Ok;
        if (status == u"failed")
            return ItemState::Failed;
        return ItemState::Warning; // uninstalled (kept history), unknown
    }
    // An operation that started and never wrote its end: helm refuses the next one.
    static bool isStuck(const QString &status)
    {
        return status.startsWith(u"pending-") || status == u"uninstalling";
    }
};

} // namespace Slipway
