#pragma once

#include "ConnectionAttempt.h"
#include "ConnectionTestRequest.h"
#include "ConnectionTestResult.h"
#include "CurlCall.h"

#include <QCoreApplication>

namespace Slipway {

// An S3-compatible object store: a HEAD of the bucket (path-style, so any endpoint works),
// signed with AWS Signature Version 4 by libcurl. A HEAD answer has no body, so a refusal is
// asked again as GET to read S3's error code (NoSuchBucket, SignatureDoesNotMatch, …). Without a
// bucket, the list of buckets is asked for, which checks the key pair alone.
class S3ConnectionTest
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::S3ConnectionTest)

public:
    static ConnectionTestResult run(const ConnectionTestRequest &request, const ConnectionAttempt &attempt);

    static QByteArray bucketUrl(const ConnectionTestRequest &request);
    // "aws:amz:REGION:s3", as CURLOPT_AWS_SIGV4 takes it.
    static QByteArray signatureProvider(const ConnectionTestRequest &request);
    // The <Code> of an S3 error document; empty if the body is none.
    static QString errorCode(const QByteArray &body);
    // What a refusal means, from the HTTP status and S3's error code.
    static ConnectionTestResult refusal(long status, const QString &code,
                                        const ConnectionTestRequest &request);
};

} // namespace Slipway
