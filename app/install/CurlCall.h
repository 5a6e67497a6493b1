#pragma once

#include "ConnectionAttempt.h"
#include "ConnectionTestResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Slipway {

// One HTTP request for a connection test's worker thread, through libcurl's multi interface so
// that the attempt's deadline and cancel flag are looked at every ~100 ms. Separate from the
// cluster's CurlEngine: a connection test talks to a database, not to the Kubernetes API.
class CurlCall
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::CurlCall)

public:
    struct Response
    {
        int curlCode = 0; // CURLcode
        QString curlError; // libcurl's words for curlCode
        long status = 0; // HTTP status; 0 without a response
        QByteArray headers; // the raw response header lines
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
    };

    explicit CurlCall(const ConnectionAttempt &attempt);

    void setHeaders(const QList<QByteArray> &headers) { m_headers = headers; }
    void setHeadOnly(bool head) { m_head = head; }
    // HTTP basic credentials, or an AWS signature's key pair with setAwsSigV4.
    void setCredentials(const QString &user, const QString &password);
    void setAwsSigV4(const QByteArray &provider) { m_sigV4 = provider; }

    Response perform(const QByteArray &url) const;

    // The typed failure of a transfer that got no HTTP response: does not resolve, refused,
    // timed out, TLS, cancelled. Nothing when there is a response to look at.
    std::optional<ConnectionTestResult> transportFailure(const Response &response,
                                                         const QString &host,
                                                         const QString &address) const;

private:
    const ConnectionAttempt &m_attempt;
    QList<QByteArray> m_headers;
    bool m_head = false;
    QByteArray m_user;
    QByteArray m_password;
    QByteArray m_sigV4;
};

} // namespace Slipway
