#include "kube/WatchStreamDecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// The watch-stream framing: whatever bytes a server (or a proxy in between) sends, and however
// HTTP splits them, decoding never crashes, and splitting never changes the events. The first
// byte of the input chooses the chunk size.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype step = 1 + data[0] % 64;
    const QByteArrayView body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    Slipway::WatchStreamDecoder whole(4096);
    QByteArrayList expected = whole.feedLines(body);
    expected += whole.finishLines();

    Slipway::WatchStreamDecoder pieces(4096);
    QByteArrayList got;
    for (qsizetype at = 0; at < body.size(); at += step)
        got += pieces.feedLines(body.sliced(at, qMin(step, body.size() - at)));
    got += pieces.finishLines();

    // The same lines (a dropped one, null, in the same place), so the same events.
    if (got.size() != expected.size())
        __builtin_trap();
    for (qsizetype i = 0; i < got.size(); ++i) {
        if (got[i] != expected[i] || got[i].isNull() != expected[i].isNull())
            __builtin_trap();
        const Slipway::WatchStreamDecoder::Event event = Slipway::WatchStreamDecoder::parseLine(got[i]);
        if (got[i].isNull() && event.type != Slipway::WatchStreamDecoder::Event::Type::Invalid)
            __builtin_trap();
    }
    return 0;
}
