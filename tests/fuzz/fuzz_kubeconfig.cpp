// Any bytes as a kubeconfig file: parsing must end in a value or an Error, never a crash, a hang
// or an exception escaping the API. An Error names the file and, where it has one, a line of the
// input; an accepted file's entries all come from it, and their file paths are absolute.

#include "FuzzTarget.h"

#include "kube/KubeconfigFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using SlipwayFuzz::require;
    const QString fileName = QStringLiteral("/fuzz/kubeconfig");
    const QByteArray yaml = SlipwayFuzz::bytes(data, size);
    const Slipway::Expected<Slipway::KubeconfigFile> file = Slipway::KubeconfigFile::parse(yaml, fileName);
    if (!file) {
        const Slipway::Error &error = file.error();
        (void)error.toString();
        require(!error.message.isEmpty() && error.file == fileName);
        require(error.line >= 0 && error.line <= SlipwayFuzz::lastLine(yaml));
        return 0;
    }
    require(file->fileName == fileName);
    const auto absolute = [](const QString &path) {
        return path.isEmpty() || path.startsWith(QLatin1Char('/'));
    };
    for (const Slipway::KubeCluster &cluster : file->clusters) {
        require(cluster.origin == fileName);
        require(absolute(cluster.certificateAuthorityFile));
    }
    for (const Slipway::KubeUser &user : file->users) {
        require(user.origin == fileName);
        require(absolute(user.clientCertificateFile) && absolute(user.clientKeyFile)
                && absolute(user.tokenFile));
    }
    return 0;
}
