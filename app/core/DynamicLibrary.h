#pragma once

#include <dlfcn.h>

#include <string>

namespace Slipway {

// A library opened with dlopen() at its first use instead of linked (libcurl: kube/CurlLibrary.cpp,
// libpq: install/PqLibrary.cpp say why), and the first thing that went wrong: the library
// missing, or one of the functions looked up in it. Kept open for the rest of the process.
class DynamicLibrary
{
public:
    explicit DynamicLibrary(const char *name)
        : m_name(name)
        , m_handle(dlopen(name, RTLD_NOW | RTLD_LOCAL))
    {
        if (!m_handle) {
            const char *why = dlerror();
            m_error = why ? why : name;
        }
    }

    const std::string &error() const { return m_error; }

    // Points *out at the function `symbol`; false, remembering why, when there is none.
    template<typename Pointer> bool resolve(const char *symbol, Pointer *out)
    {
        void *found = m_handle ? dlsym(m_handle, symbol) : nullptr;
        if (!found) {
            if (m_error.empty())
                m_error = std::string(m_name) + " has no " + symbol;
            return false;
        }
        // POSIX guarantees that a dlsym() result converts to a function pointer.
        *out = reinterpret_cast<Pointer>(reinterpret_cast<void (*)()>(found));
        return true;
    }

private:
    const char *m_name;
    void *m_handle;
    std::string m_error;
};

} // namespace Slipway
