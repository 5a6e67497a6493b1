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
    QList<Slipway::WatchStreamDecoder::Event> expected = whole.feed(body);
    expected += whole.finish();

    Slipway::WatchStreamDecoder pieces(4096);
    QList<Slipway::WatchStreamDecoder::Event> got;
    for (qsizetype at = 0; at < body.size(); at += step)
        got += pieces.feed(body.sliced(at, qMin(step, body.size() - at)));
    got += pieces.finish();

    if (got.size() != expected.size())
        __builtin_trap();
    for (qsizetype i = 0; i < got.size(); ++i) {
        if (got[i].type != expected[i].type || got[i].object != expected[i].object)
            __builtin_trap();
    }
    return 0;
}
