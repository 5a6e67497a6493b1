#pragma once

#include "KubeRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Slipway {

// Why a request to the API server failed, typed so that code can react (retry, relist, ask for
// credentials) and worded so that a person can act on message(). Built from a transport failure
// (libcurl) or from an HTTP answer and its metav1.Status body. Never holds a secret.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ApiError)

public:
    enum class Kind
    {
        None,
        Cancelled,
        Timeout,
        Configuration, // the kubeconfig entry cannot be used as it is
        Credentials, // token file unreadable, exec plugin failed, …
        HostNotFound,
        ConnectionRefused,
        Unreachable,
        TlsUnknownAuthority,
        TlsHostnameMismatch,
        Tls,
        ClientCertificate,
        BadRequest, // 400
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        AlreadyExists, // 409 on create
        Conflict, // 409
        Gone, // 410: resourceVersion or continue token too old
        Invalid, // 422, with field causes
        TooManyRequests, // 429
        ServerError, // 5xx
        Http, // anything else
        Protocol, // not the answer a Kubernetes API server gives
    };

    struct Cause
    {
        QString type; // FieldValueRequired, FieldValueInvalid, …
        QString field; // spec.containers[0].image
        QString message;
    };

    static ApiError transport(Kind kind, const QString &message);
    // From a libcurl result: `osErrno` tells "refused" from "unreachable".
    // `proxy`: the cluster's proxy-url, when the request went through one.
    static ApiError fromCurl(int curlCode, long osErrno, const QString &curlText,
                             const QString &server, const QString &proxy = QString());
    static ApiError fromHttp(const KubeRequest &request, int httpStatus, const QByteArray &body,
                             int retryAfterSeconds = -1);

    bool isError() const { return kind != Kind::None; }
    // 410, and 504 "resource version too large": the client must relist from scratch.
    bool needsRelist() const;
    // What client-go retries: 429 and 5xx with a Retry-After.
    bool isRetriable() const { return retryAfterSeconds >= 0 && (httpStatus == 429 || httpStatus >= 500); }

    QString message() const; // what happened and what to do, translated

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString reason; // metav1.Status reason: Forbidden, Expired, Invalid, …
    QString statusMessage; // metav1.Status message, as the server wrote it
    QList<Cause> causes;
    int retryAfterSeconds = -1;
    KubeRequest::Target target; // what was asked, for messages
    QString user; // who was refused, when the server says
    QString detail; // transport text, or a message already composed
};

} // namespace Slipway
