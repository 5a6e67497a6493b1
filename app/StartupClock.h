#pragma once

#include <QtGlobal>

namespace Slipway {

// Time since the process started, for the startup budget (app/README.md §9: first window ≤ 0.5 s).
// Counting from the kernel's process start time includes dynamic linking and static
// initialisers, which a timer started in main() would miss.
class StartupClock
{
public:
    static qint64 elapsedMs();
};

} // namespace Slipway
