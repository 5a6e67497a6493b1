#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Slipway {

// How one connection test ended: success with a short detail (the server's version), or a typed
// failure with one sentence that says what is wrong and what to do. The outcome names are
// stable: `slipway-cli test-connection -o json` prints them.
struct ConnectionTestResult
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ConnectionTestResult)

public:
    enum class Outcome
    {
        Success,
        Dns, // the host name does not resolve
        Refused, // nothing listens on the port
        Timeout, // no answer in time
        Tls, // the TLS handshake or the certificate check failed
        Authentication, // wrong user, password or key
        MissingDatabase,
        MissingBucket,
        Cancelled,
        Other,
    };

    Outcome outcome = Outcome::Other;
    QString detail; // success: e.g. "PostgreSQL 15.18"
    QString message; // failure: what is wrong and what to do
    qint64 elapsedMs = 0;

    bool ok() const { return outcome == Outcome::Success; }
    QJsonObject toJson() const;

    static QString outcomeName(Outcome outcome);

    static ConnectionTestResult success(const QString &detail);
    static ConnectionTestResult failure(Outcome outcome, const QString &message);
    // The failures every kind shares, worded once.
    static ConnectionTestResult unresolved(const QString &host);
    static ConnectionTestResult refused(const QString &address);
    static ConnectionTestResult timedOut(const QString &address, int timeoutMs);
    static ConnectionTestResult tlsFailed(const QString &address, const QString &why);
    static ConnectionTestResult cancelled();
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::ConnectionTestResult)
