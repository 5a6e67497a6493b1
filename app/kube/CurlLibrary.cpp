// libcurl, loaded when the first transfer needs it rather than when the program starts.
//
// Debian's libcurl brings some thirty libraries with it (GnuTLS, Kerberos, LDAP, SSH, RTMP, …)
// whose loading, relocation and constructors cost about 4 ms of every start — more than all of
// Slipway's own work before a `slipway-cli upgrade` hands over to helm, which then needs no
// request of its own. So the executables do not link libcurl: this file defines the libcurl
// functions Slipway calls, and each one forwards to the real library, which is opened with
// dlopen() the first time any of them runs. The definitions are hidden: nothing outside the
// program sees them, and libcurl's own calls stay inside libcurl.
//
// The variadic setters forward exactly one argument of the type libcurl itself reads for the
// option (CURLOPTTYPE_* ranges: long, object pointer, function pointer, curl_off_t, blob).
// A libcurl that cannot be opened, or lacks a function, ends the program with a message
// naming it, as the dynamic loader would have done at start.

#include "CurlLibrary.h"

#include "core/DynamicLibrary.h"

#include <dlfcn.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/types.h>

#include <cinttypes>
#include <climits>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

// The system headers above first, so that only libcurl's own declarations become hidden.
#pragma GCC visibility push(hidden)
#include <curl/curl.h>
#pragma GCC visibility pop

namespace Slipway {

namespace {

constexpr const char *kLibrary = "libcurl.so.4";
constexpr unsigned kMinimumVersion = 0x075500; // 7.85: CURLOPT_PROTOCOLS_STR

using Function = void (*)();

struct Api
{
    std::string error;
    CURLcode (*globalInit)(long) = nullptr;
    curl_version_info_data *(*versionInfo)(CURLversion) = nullptr;
    CURL *(*easyInit)() = nullptr;
    CURLcode (*easySetopt)(CURL *, CURLoption, ...) = nullptr;
    CURLcode (*easyGetinfo)(CURL *, CURLINFO, ...) = nullptr;
    void (*easyCleanup)(CURL *) = nullptr;
    const char *(*easyStrerror)(CURLcode) = nullptr;
    curl_slist *(*slistAppend)(curl_slist *, const char *) = nullptr;
    void (*slistFreeAll)(curl_slist *) = nullptr;
    CURLM *(*multiInit)() = nullptr;
    CURLMcode (*multiSetopt)(CURLM *, CURLMoption, ...) = nullptr;
    CURLMcode (*multiAddHandle)(CURLM *, CURL *) = nullptr;
    CURLMcode (*multiRemoveHandle)(CURLM *, CURL *) = nullptr;
    CURLMcode (*multiPerform)(CURLM *, int *) = nullptr;
    CURLMcode (*multiPoll)(CURLM *, curl_waitfd[], unsigned, int, int *) = nullptr;
    CURLMcode (*multiWakeup)(CURLM *) = nullptr;
    CURLMsg *(*multiInfoRead)(CURLM *, int *) = nullptr;
    CURLMcode (*multiCleanup)(CURLM *) = nullptr;
};

Api load()
{
    Api api;
    DynamicLibrary library(kLibrary);
    library.resolve("curl_global_init", &api.globalInit);
    library.resolve("curl_version_info", &api.versionInfo);
    library.resolve("curl_easy_init", &api.easyInit);
    library.resolve("curl_easy_setopt", &api.easySetopt);
    library.resolve("curl_easy_getinfo", &api.easyGetinfo);
    library.resolve("curl_easy_cleanup", &api.easyCleanup);
    library.resolve("curl_easy_strerror", &api.easyStrerror);
    library.resolve("curl_slist_append", &api.slistAppend);
    library.resolve("curl_slist_free_all", &api.slistFreeAll);
    library.resolve("curl_multi_init", &api.multiInit);
    library.resolve("curl_multi_setopt", &api.multiSetopt);
    library.resolve("curl_multi_add_handle", &api.multiAddHandle);
    library.resolve("curl_multi_remove_handle", &api.multiRemoveHandle);
    library.resolve("curl_multi_perform", &api.multiPerform);
    library.resolve("curl_multi_poll", &api.multiPoll);
    library.resolve("curl_multi_wakeup", &api.multiWakeup);
    library.resolve("curl_multi_info_read", &api.multiInfoRead);
    library.resolve("curl_multi_cleanup", &api.multiCleanup);
    api.error = library.error();
    std::string &e = api.error;
    if (e.empty()) {
        const curl_version_info_data *info = api.versionInfo(CURLVERSION_NOW);
        if (!info || info->version_num < kMinimumVersion)
            e = std::string(kLibrary) + " is version " + (info ? info->version : "?")
                + "; Slipway needs libcurl 7.85 or newer";
    }
    return api;
}

// The loaded library; the first call opens it (thread-safe, once).
const Api &api()
{
    static const Api loaded = load();
    if (!loaded.error.empty()) {
        std::fprintf(stderr,
                     "slipway: libcurl cannot be used: %s. Install libcurl 7.85 or newer "
                     "(Debian and Ubuntu: the libcurl4 package).\n",
                     loaded.error.c_str());
        std::_Exit(127);
    }
    return loaded;
}

// One argument of the type libcurl reads for the option, whose number tells it (curl.h's
// CURLOPTTYPE_* ranges, shared by the easy and the multi options).
template<typename Code, typename Handle, typename Option>
Code forwardSetopt(Code (*setopt)(Handle *, Option, ...), Handle *handle, Option option, va_list args)
{
    if (option < CURLOPTTYPE_OBJECTPOINT)
        return setopt(handle, option, va_arg(args, long));
    if (option < CURLOPTTYPE_FUNCTIONPOINT)
        return setopt(handle, option, va_arg(args, void *));
    if (option < CURLOPTTYPE_OFF_T)
        return setopt(handle, option, va_arg(args, Function));
    if (option < CURLOPTTYPE_BLOB)
        return setopt(handle, option, va_arg(args, curl_off_t));
    return setopt(handle, option, va_arg(args, void *)); // a curl_blob
}

} // namespace

bool CurlLibrary::isLoaded()
{
    // RTLD_NOLOAD: only asks whether it is in the process already.
    void *library = dlopen(kLibrary, RTLD_NOW | RTLD_NOLOAD);
    if (library)
        dlclose(library);
    return library != nullptr;
}

} // namespace Slipway

using Slipway::api;

// curl.h fixes the signatures below: the last named parameter of each variadic setter is an
// enum, which clang flags for va_start (-Wvarargs) because C++ does not call an enum
// "compatible" with the int it promotes to. Every ABI Slipway builds for passes such an enum
// exactly as an int, and va_start only needs the position after it, so the warning is silenced
// for these definitions alone.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wvarargs"
#endif

extern "C" {

CURLcode curl_global_init(long flags)
{
    return api().globalInit(flags);
}

CURL *curl_easy_init()
{
    return api().easyInit();
}

CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...)
{
    va_list args;
    va_start(args, option);
    const CURLcode code = Slipway::forwardSetopt(api().easySetopt, curl, option, args);
    va_end(args);
    return code;
}

CURLcode curl_easy_getinfo(CURL *curl, CURLINFO info, ...)
{
    va_list args;
    va_start(args, info);
    const CURLcode code = api().easyGetinfo(curl, info, va_arg(args, void *)); // always a pointer
    va_end(args);
    return code;
}

void curl_easy_cleanup(CURL *curl)
{
    api().easyCleanup(curl);
}

const char *curl_easy_strerror(CURLcode code)
{
    return api().easyStrerror(code);
}

curl_slist *curl_slist_append(curl_slist *list, const char *text)
{
    return api().slistAppend(list, text);
}

void curl_slist_free_all(curl_slist *list)
{
    api().slistFreeAll(list);
}

CURLM *curl_multi_init()
{
    return api().multiInit();
}

CURLMcode curl_multi_setopt(CURLM *multi, CURLMoption option, ...)
{
    va_list args;
    va_start(args, option);
    const CURLMcode code = Slipway::forwardSetopt(api().multiSetopt, multi, option, args);
    va_end(args);
    return code;
}

CURLMcode curl_multi_add_handle(CURLM *multi, CURL *curl)
{
    return api().multiAddHandle(multi, curl);
}

CURLMcode curl_multi_remove_handle(CURLM *multi, CURL *curl)
{
    return api().multiRemoveHandle(multi, curl);
}

CURLMcode curl_multi_perform(CURLM *multi, int *running)
{
    return api().multiPerform(multi, running);
}

CURLMcode curl_multi_poll(CURLM *multi, curl_waitfd extra[], unsigned count, int timeoutMs, int *numfds)
{
    return api().multiPoll(multi, extra, count, timeoutMs, numfds);
}

CURLMcode curl_multi_wakeup(CURLM *multi)
{
    return api().multiWakeup(multi);
}

CURLMsg *curl_multi_info_read(CURLM *multi, int *queued)
{
    return api().multiInfoRead(multi, queued);
}

CURLMcode curl_multi_cleanup(CURLM *multi)
{
    return api().multiCleanup(multi);
}

} // extern "C"

#if defined(__clang__)
#pragma clang diagnostic pop
#endif
