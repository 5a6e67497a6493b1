#pragma once

#include <QString>

namespace Slipway {

// libpq, opened the first time a PostgreSQL connection is tested rather than when the program
// starts (PqLibrary.cpp says why).
class PqLibrary
{
public:
    // Opens libpq once (thread-safe); empty when it is usable, else why not. The libpq functions
    // Slipway calls may be used only after this said yes.
    static QString loadError();
};

} // namespace Slipway
