#pragma once

#include <QElapsedTimer>
#include <QTest>

#include <functional>

// Polls `condition` every 100 ms, running the event loop meanwhile, for at most `ms`; true when
// it held. For conditions that need a kubectl call each time (QTRY_* would hide the last state).
inline bool waitUntil(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > ms)
            return false;
        QTest::qWait(100);
    }
    return true;
}
