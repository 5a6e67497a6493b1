#include "ClickHouseConnectionTest.h"

#include <QRegularExpression>
#include <QUrl>

namespace Slipway {

namespace {

using Outcome = ConnectionTestResult::Outcome;

// ClickHouse's error codes (src/Common/ErrorCodes.cpp) a connection test can run into.
constexpr int kUnknownDatabase = 81;
constexpr int kUnknownUser = 192;
constexpr int kWrongPassword = 193;
constexpr int kRequiredPassword = 194;
constexpr int kAuthenticationFailed = 516;

QString firstLine(const QByteArray &body)
{
    return QString::fromUtf8(body.trimmed().left(300)).section(QLatin1Char('\n'), 0, 0);
}

} // namespace

QByteArray ClickHouseConnectionTest::baseUrl(const ConnectionTestRequest &request)
{
    return (request.tls ? QByteArrayLiteral("https://") : QByteArrayLiteral("http://"))
        + request.address().toUtf8();
}

QList<QByteArray> ClickHouseConnectionTest::queryHeaders(const ConnectionTestRequest &request)
{
    QList<QByteArray> headers { "X-ClickHouse-User: "
                                + (request.user.isEmpty() ? QByteArrayLiteral("default")
                                                          : request.user.toUtf8()) };
    if (!request.password.isEmpty())
        headers << "X-ClickHouse-Key: " + request.password.toUtf8();
    return headers;
}

int ClickHouseConnectionTest::exceptionCode(const CurlCall::Response &response)
{
    bool number = false;
    const int code = response.header("X-ClickHouse-Exception-Code").toInt(&number);
    if (number)
        return code;
    static const QRegularExpression inBody(QStringLiteral("^Code: (\\d+)"));
    const QRegularExpressionMatch match = inBody.match(QString::fromUtf8(response.body.left(100)));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

ConnectionTestResult ClickHouseConnectionTest::pingAnswer(const CurlCall::Response &response,
                                                          const ConnectionTestRequest &request)
{
    if (response.status == 200 && response.body.trimmed() == "Ok.")
        return ConnectionTestResult::success(QString());
    return ConnectionTestResult::failure(
        Outcome::Other,
        tr("%1 answered /ping with HTTP %2, not ClickHouse's “Ok.”. Check that the port is "
           "ClickHouse's HTTP interface (8123, or 8443 with TLS).")
            .arg(request.address())
            .arg(response.status));
}

ConnectionTestResult ClickHouseConnectionTest::queryAnswer(const CurlCall::Response &response,
                                                           const ConnectionTestRequest &request)
{
    if (response.status == 200)
        return ConnectionTestResult::success(QStringLiteral("ClickHouse ")
                                             + QString::fromUtf8(response.body.trimmed()));
    const QString address = request.address();
    const QString user = request.user.isEmpty() ? QStringLiteral("default") : request.user;
    switch (exceptionCode(response)) {
    case kUnknownUser:
    case kWrongPassword:
    case kRequiredPassword:
    case kAuthenticationFailed:
        return ConnectionTestResult::failure(
            Outcome::Authentication,
            tr("ClickHouse at %1 refused user “%2” with this password. Check the user name and "
               "password.")
                .arg(address, user));
    case kUnknownDatabase:
        return ConnectionTestResult::failure(
            Outcome::MissingDatabase,
            tr("ClickHouse at %1 has no database “%2”. Create it (CREATE DATABASE …) or correct "
               "the name.")
                .arg(address, request.database));
    default:
        break;
    }
    if (response.status == 401 || response.status == 403)
        return ConnectionTestResult::failure(
            Outcome::Authentication,
            tr("ClickHouse at %1 refused user “%2” (HTTP %3). Check the user name and password.")
                .arg(address, user)
                .arg(response.status));
    return ConnectionTestResult::failure(Outcome::Other, tr("ClickHouse at %1 answered HTTP %2: %3")
                                                             .arg(address)
                                                             .arg(response.status)
                                                             .arg(firstLine(response.body)));
}

ConnectionTestResult ClickHouseConnectionTest::run(const ConnectionTestRequest &request,
                                                   const ConnectionAttempt &attempt)
{
    const QByteArray base = baseUrl(request);
    CurlCall ping(attempt);
    const CurlCall::Response pong = ping.perform(base + "/ping");
    if (auto failure = ping.transportFailure(pong, request.host, request.address()))
        return *failure;
    if (const ConnectionTestResult answer = pingAnswer(pong, request); !answer.ok())
        return answer;

    CurlCall query(attempt);
    query.setHeaders(queryHeaders(request));
    // The database as a URL parameter: older servers (18.x) ignore X-ClickHouse-Database.
    QByteArray url = base + "/?query=SELECT%20version()";
    if (!request.database.isEmpty())
        url += "&database=" + QUrl::toPercentEncoding(request.database);
    const CurlCall::Response reply = query.perform(url);
    if (auto failure = query.transportFailure(reply, request.host, request.address()))
        return *failure;
    return queryAnswer(reply, request);
}

} // namespace Slipway
