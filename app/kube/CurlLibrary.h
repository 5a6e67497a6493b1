#pragma once

namespace Slipway {

// libcurl is opened at its first use, not at program start (CurlLibrary.cpp says why and how).
class CurlLibrary
{
public:
    // Whether libcurl is in the process yet: false until something sent a request.
    static bool isLoaded();
};

} // namespace Slipway
