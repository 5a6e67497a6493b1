// Any bytes as the body of an API server's error answer, with any HTTP status (the first two
// bytes), Retry-After (the third) and request (the fourth): the error is typed by its status,
// retries are asked for only where client-go would retry, and the message for a person is never
// empty.

#include "FuzzTarget.h"

#include "kube/ApiError.h"

using namespace Slipway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using SlipwayFuzz::require;
    if (size < 4)
        return 0;
    const int status = 400 + (data[0] << 8 | data[1]) % 200;
    const int retryAfter = data[2] == 0xff ? -1 : data[2];
    static const QString paths[] = {
        QStringLiteral("/api/v1/namespaces/demo/pods"),
        QStringLiteral("/api/v1/namespaces/demo/pods/web-0/log"),
        QStringLiteral("/apis/apps/v1/namespaces/demo/deployments/web"),
        QStringLiteral("/api/v1/nodes"),
    };
    const KubeRequest request = data[3] & 0x80
        ? KubeRequest::post(paths[data[3] % 4], QByteArray("{}"))
        : KubeRequest::get(paths[data[3] % 4]);
    const ApiError error = ApiError::fromHttp(request, status, SlipwayFuzz::bytes(data + 4, size - 4),
                                              retryAfter);
    require(error.isError());
    require(error.httpStatus == status);
    require(!error.message().isEmpty());
    require(!error.isRetriable() || error.retryAfterSeconds >= 0);
    require(error.kind != ApiError::Kind::Gone || error.needsRelist());
    require((status >= 500) == (error.kind == ApiError::Kind::ServerError));
    return 0;
}
