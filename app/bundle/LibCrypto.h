#pragma once

#include <dlfcn.h>

namespace Slipway {

// OpenSSL 3's libcrypto, opened at the first use (as kube/CurlLibrary opens libcurl: no cost at
// program start), for Sha256 and Ed25519. Functions are taken by their stable OpenSSL 3 ABI.
class LibCrypto
{
public:
    // The library's handle, opened once; nullptr when libcrypto.so.3 cannot be opened.
    static void *handle();

    template<typename Pointer> static bool resolve(const char *name, Pointer *out)
    {
        void *library = handle();
        void *symbol = library ? dlsym(library, name) : nullptr;
        *out = reinterpret_cast<Pointer>(symbol);
        return symbol != nullptr;
    }
};

} // namespace Slipway
