#pragma once

// What every fuzz target shares: libFuzzer's entry point, the input as Qt bytes, and how a
// property that does not hold is reported (a trap, so libFuzzer keeps the input and the corpus
// replay of the normal build fails on it).

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace SlipwayFuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void require(bool holds)
{
    if (!holds)
        __builtin_trap();
}

// The 1-based line numbers an error about `text` may name: its lines, and the one after a final
// line break (where a parser reports the end of the input).
inline int lastLine(const QByteArray &text)
{
    return int(text.count('\n')) + 1;
}

} // namespace SlipwayFuzz
