#include "ConnectionTestResult.h"

namespace Slipway {

QString ConnectionTestResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::Dns:
        return QStringLiteral("dns");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::Tls:
        return QStringLiteral("tls");
    case Outcome::Authentication:
        return QStringLiteral("authentication");
    case Outcome::MissingDatabase:
        return QStringLiteral("missing-database");
    case Outcome::MissingBucket:
        return QStringLiteral("missing-bucket");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Other:
        break;
    }
    return QStringLiteral("other");
}

QJsonObject ConnectionTestResult::toJson() const
{
    QJsonObject json { { QStringLiteral("ok"), ok() },
                       { QStringLiteral("outcome"), outcomeName(outcome) },
                       { QStringLiteral("elapsedMs"), elapsedMs } };
    if (ok())
        json.insert(QStringLiteral("detail"), detail);
    else
        json.insert(QStringLiteral("message"), message);
    return json;
}

ConnectionTestResult ConnectionTestResult::success(const QString &detail)
{
    ConnectionTestResult result;
    result.outcome = Outcome::Success;
    result.detail = detail;
    return result;
}

ConnectionTestResult ConnectionTestResult::failure(Outcome outcome, const QString &message)
{
    ConnectionTestResult result;
    result.outcome = outcome;
    result.message = message;
    return result;
}

ConnectionTestResult ConnectionTestResult::unresolved(const QString &host)
{
    return failure(Outcome::Dns,
                   tr("The name “%1” does not resolve. Check it for typos; a name that only the "
                      "cluster's DNS knows cannot be tested from this computer.")
                       .arg(host));
}

ConnectionTestResult ConnectionTestResult::refused(const QString &address)
{
    return failure(Outcome::Refused,
                   tr("%1 refused the connection: nothing listens on that port. Check the port "
                      "and that the server is running.")
                       .arg(address));
}

ConnectionTestResult ConnectionTestResult::timedOut(const QString &address, int timeoutMs)
{
    return failure(Outcome::Timeout,
                   tr("%1 did not answer within %2 s. Check the host and port and that no "
                      "firewall drops the traffic, or allow more time.")
                       .arg(address)
                       .arg(double(timeoutMs) / 1000.0));
}

ConnectionTestResult ConnectionTestResult::tlsFailed(const QString &address, const QString &why)
{
    return failure(Outcome::Tls,
                   tr("The TLS connection to %1 failed (%2). Check that the server speaks TLS on "
                      "this port and that this computer trusts its certificate.")
                       .arg(address, why));
}

ConnectionTestResult ConnectionTestResult::cancelled()
{
    return failure(Outcome::Cancelled, tr("The connection test was cancelled."));
}

} // namespace Slipway
