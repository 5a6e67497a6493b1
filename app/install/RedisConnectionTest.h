#pragma once

#include "ConnectionAttempt.h"
#include "ConnectionTestRequest.h"
#include "ConnectionTestResult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Slipway {

// Redis over a plain socket in RESP: AUTH [user] password when a password is given, PING,
// SELECT when a database index is given, then INFO server for the version. Runs on
// ConnectionTest's worker thread.
class RedisConnectionTest
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RedisConnectionTest)

public:
    static ConnectionTestResult run(const ConnectionTestRequest &request, const ConnectionAttempt &attempt);

    // RESP: the length of the first complete reply in `buffer`, or -1 while it is incomplete.
    static qsizetype replyLength(const QByteArray &buffer);
    // A command as a RESP array of bulk strings.
    static QByteArray command(const QList<QByteArray> &words);
    // "Redis 7.0.15" from INFO's text; empty when it names no version.
    static QString versionFromInfo(const QByteArray &info);
    // The failure an error reply ("-WRONGPASS …") to AUTH, PING or SELECT stands for.
    static ConnectionTestResult errorReply(const QByteArray &reply, const ConnectionTestRequest &request);
};

} // namespace Slipway
