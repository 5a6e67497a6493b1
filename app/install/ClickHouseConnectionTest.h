#pragma once

#include "ConnectionAttempt.h"
#include "ConnectionTestRequest.h"
#include "ConnectionTestResult.h"
#include "CurlCall.h"

#include <QCoreApplication>

namespace Slipway {

// ClickHouse over its HTTP interface (what the charts configure): `GET /ping`, then
// `SELECT version()` authenticated by the X-ClickHouse-User / X-ClickHouse-Key headers, so the
// password never appears in a URL (nor in a server's query log). Runs on ConnectionTest's worker thread.
class ClickHouseConnectionTest
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ClickHouseConnectionTest)

public:
    static ConnectionTestResult run(const ConnectionTestRequest &request, const ConnectionAttempt &attempt);

    static QByteArray baseUrl(const ConnectionTestRequest &request);
    // The request headers of the authenticated query.
    static QList<QByteArray> queryHeaders(const ConnectionTestRequest &request);
    // What an answer to /ping or to the query means; the version on success.
    static ConnectionTestResult pingAnswer(const CurlCall::Response &response,
                                           const ConnectionTestRequest &request);
    static ConnectionTestResult queryAnswer(const CurlCall::Response &response,
                                            const ConnectionTestRequest &request);
    // ClickHouse's error code: the X-ClickHouse-Exception-Code header, else "Code: N." in the body.
    static int exceptionCode(const CurlCall::Response &response);
};

} // namespace Slipway
