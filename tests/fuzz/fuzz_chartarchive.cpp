// Any bytes as a packaged chart (.tgz): reading must end in files or diagnostics within the size
// limits, never a crash, a hang or a path outside the chart.

#include "product/ChartFiles.h"
#include "product/ChartLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Slipway;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ChartFiles::Limits limits;
    limits.maxFileSize = 1024 * 1024;
    limits.maxTotalSize = 4 * 1024 * 1024;
    Diagnostics errors;
    const auto files = ChartFiles::readArchiveData(bytes, QStringLiteral("fuzz.tgz"), &errors, limits);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!ChartFiles::unsafePathReason(it.key()).isEmpty())
            __builtin_trap();
    }
    if (errors.isEmpty())
        (void)ChartLoader::fromFiles(files, QStringLiteral("fuzz.tgz"), &errors);
    return 0;
}
