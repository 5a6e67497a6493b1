#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaObject>
#include <QObject>

#include "ApiError.h"

#include <mutex>
#include <utility>

namespace Slipway {

class KubeReply;

// What the engine hands a reply when a transfer ends.
struct ReplyCompletion
{
    int httpStatus = 0;
    QByteArray body; // the whole body; for a stream, only an error body
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-case
    ApiError error;
};

// The engine thread's handle on a reply that lives on the caller's thread. The reply clears it
// in its destructor under the mutex, so the engine never posts to a reply being destroyed; what
// was posted before is dropped by Qt together with the reply. Internal to slipway_kube.
struct ReplyLink
{
    std::mutex mutex;
    KubeReply *reply = nullptr;
    QObject *context = nullptr; // the same object, known to be a QObject without KubeReply.h

    template<typename Fn> void post(Fn &&fn)
    {
        const std::lock_guard lock(mutex);
        if (reply)
            QMetaObject::invokeMethod(
                context, [r = reply, f = std::forward<Fn>(fn)]() mutable { f(r); },
                Qt::QueuedConnection);
    }
};

} // namespace Slipway
