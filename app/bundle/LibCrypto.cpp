#include "LibCrypto.h"

#include <mutex>

namespace Slipway {

void *LibCrypto::handle()
{
    static void *library = nullptr;
    static std::once_flag once;
    std::call_once(once, [] { library = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL); });
    return library;
}

} // namespace Slipway
