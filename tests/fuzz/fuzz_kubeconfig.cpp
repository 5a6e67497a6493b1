// Any bytes as a kubeconfig file: parsing must end in a value or an Error, never a crash, a hang
// or an exception escaping the API.

#include "kube/KubeconfigFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const Slipway::Expected<Slipway::KubeconfigFile> file
        = Slipway::KubeconfigFile::parse(yaml, QStringLiteral("/fuzz/kubeconfig"));
    if (!file)
        (void)file.error().toString();
    return 0;
}
