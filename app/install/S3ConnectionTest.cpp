#include "S3ConnectionTest.h"

#include <QRegularExpression>
#include <QUrl>

namespace Slipway {

namespace {

using Outcome = ConnectionTestResult::Outcome;

// SHA-256 of an empty payload: S3 wants the payload's hash in x-amz-content-sha256, and libcurl
// signs the header as it is given.
constexpr const char *kEmptyPayload
    = "x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

} // namespace

QByteArray S3ConnectionTest::bucketUrl(const ConnectionTestRequest &request)
{
    QByteArray url = (request.tls ? QByteArrayLiteral("https://") : QByteArrayLiteral("http://"))
        + request.address().toUtf8() + '/';
    if (!request.bucket.isEmpty())
        url += QUrl::toPercentEncoding(request.bucket);
    return url;
}

QByteArray S3ConnectionTest::signatureProvider(const ConnectionTestRequest &request)
{
    return "aws:amz:" + request.effectiveRegion().toUtf8() + ":s3";
}

QString S3ConnectionTest::errorCode(const QByteArray &body)
{
    static const QRegularExpression code(QStringLiteral("<Code>([^<]*)</Code>"));
    return code.match(QString::fromUtf8(body.left(4096))).captured(1);
}

ConnectionTestResult S3ConnectionTest::refusal(long status, const QString &code,
                                               const ConnectionTestRequest &request)
{
    const QString address = request.address();
    if (code == QLatin1String("NoSuchBucket") || (status == 404 && code.isEmpty()))
        return ConnectionTestResult::failure(
            Outcome::MissingBucket,
            tr("%1 has no bucket “%2”. Create it, or correct the name.").arg(address, request.bucket));
    // XAdminUserNotFound: versitygw's word for an access key it does not know.
    if (code == QLatin1String("InvalidAccessKeyId") || code == QLatin1String("XAdminUserNotFound"))
        return ConnectionTestResult::failure(
            Outcome::Authentication,
            tr("%1 does not know the access key ID “%2”. Check the access key.").arg(address, request.user));
    if (code == QLatin1String("SignatureDoesNotMatch"))
        return ConnectionTestResult::failure(
            Outcome::Authentication,
            tr("%1 refused the secret key of access key “%2”. Check the secret key.")
                .arg(address, request.user));
    if (code == QLatin1String("AuthorizationHeaderMalformed") || code == QLatin1String("PermanentRedirect")
        || status == 301)
        return ConnectionTestResult::failure(
            Outcome::Other,
            tr("%1 says the bucket “%2” is not in region “%3”. Set the bucket's region.")
                .arg(address, request.bucket, request.effectiveRegion()));
    if (code == QLatin1String("AccessDenied") || status == 403)
        return ConnectionTestResult::failure(
            Outcome::Authentication,
            tr("%1 accepted the key “%2” but denies it access to the bucket “%3”. Grant it the "
               "bucket (s3:ListBucket at least), or use another key.")
                .arg(address, request.user, request.bucket));
    return ConnectionTestResult::failure(Outcome::Other,
                                         tr("%1 answered HTTP %2%3. Check the endpoint and the bucket.")
                                             .arg(address)
                                             .arg(status)
                                             .arg(code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(code)));
}

ConnectionTestResult S3ConnectionTest::run(const ConnectionTestRequest &request,
                                           const ConnectionAttempt &attempt)
{
    const QByteArray url = bucketUrl(request);
    CurlCall head(attempt);
    head.setHeaders({ QByteArray(kEmptyPayload) });
    head.setCredentials(request.user, request.password);
    head.setAwsSigV4(signatureProvider(request));
    head.setHeadOnly(!request.bucket.isEmpty());
    const CurlCall::Response answer = head.perform(url);
    if (auto failure = head.transportFailure(answer, request.host, request.address()))
        return *failure;
    if (answer.status >= 200 && answer.status < 300) {
        const QString server = QString::fromUtf8(answer.header("Server"));
        const QString where = request.bucket.isEmpty() ? tr("the key pair works")
                                                       : tr("bucket “%1” is there").arg(request.bucket);
        return ConnectionTestResult::success(server.isEmpty() ? where
                                                              : QStringLiteral("%1 (%2)").arg(where, server));
    }
    QString code = errorCode(answer.body);
    // Even a 404 is asked again: some servers (versitygw) answer an unknown key with 404.
    if (code.isEmpty() && !request.bucket.isEmpty()) {
        CurlCall get(attempt);
        get.setHeaders({ QByteArray(kEmptyPayload) });
        get.setCredentials(request.user, request.password);
        get.setAwsSigV4(signatureProvider(request));
        const CurlCall::Response again = get.perform(url + "?max-keys=0");
        if (!get.transportFailure(again, request.host, request.address()))
            code = errorCode(again.body);
    }
    return refusal(answer.status, code, request);
}

} // namespace Slipway
