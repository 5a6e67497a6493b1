#pragma once

#include <QTest>

// For what must not happen (a second finished(), a request after the end): runs the event loop
// for up to `ms` while `condition` holds, and returns false as soon as it no longer does, so a
// violation is caught the moment it happens rather than after a fixed sleep.
template<typename Condition>
[[nodiscard]] bool holdsFor(Condition condition, int ms)
{
    return !QTest::qWaitFor([&] { return !condition(); }, ms);
}
