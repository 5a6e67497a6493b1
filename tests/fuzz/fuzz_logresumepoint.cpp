#include "kube/LogResumePoint.h"

#include <QList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// A followed log's lines as the kubelet sends them with timestamps=true, or anything else a
// server sends: parsing never crashes or yields an impossible time, and when a stream is resumed
// and the server repeats everything (timestamps in order), not one timestamped line is delivered
// twice.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArrayView> lines;
    for (qsizetype from = 0; from <= body.size();) {
        qsizetype end = body.indexOf('\n', from);
        if (end < 0)
            end = body.size();
        lines << body.sliced(from, end - from);
        from = end + 1;
    }

    Slipway::LogResumePoint point;
    std::optional<Slipway::LogResumePoint::Timestamp> previous;
    bool ordered = true;
    for (QByteArrayView line : lines) {
        const qsizetype space = line.indexOf(' ');
        const auto at = Slipway::LogResumePoint::parseTimestamp(space < 0 ? line : line.first(space));
        if (at) {
            if (at->nanoseconds < 0 || at->nanoseconds > 999999999)
                __builtin_trap();
            ordered = ordered && (!previous || *previous <= *at);
            previous = at;
        }
        if (!point.accept(line))
            __builtin_trap(); // nothing was skipped before a reconnect
    }
    if (point.hasPosition() && point.sinceTime().isEmpty())
        __builtin_trap();

    point.reconnected();
    for (QByteArrayView line : lines) {
        const qsizetype space = line.indexOf(' ');
        const bool timestamped =
            Slipway::LogResumePoint::parseTimestamp(space < 0 ? line : line.first(space)).has_value();
        if (point.accept(line) && timestamped && ordered)
            __builtin_trap();
    }
    return 0;
}
