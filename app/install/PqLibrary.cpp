// libpq, loaded when the first PostgreSQL connection test needs it.
//
// Debian's libpq brings OpenSSL, Kerberos, LDAP and GnuTLS with it — some twenty libraries whose
// loading would be paid by every start of slipway and slipway-cli, while only a connection test
// uses them. So, as CurlLibrary.cpp does for libcurl, the programs do not link libpq: this file
// defines the libpq functions Slipway calls, hidden, each forwarding to the real library, which
// PqLibrary::loadError() opens with dlopen(). Unlike libcurl, a missing libpq only makes the
// PostgreSQL test fail with a message; nothing else needs it.

#include "PqLibrary.h"

#include "core/DynamicLibrary.h"

#include <string>

// The system headers above first, so that only libpq's own declarations become hidden.
#pragma GCC visibility push(hidden)
#include <libpq-fe.h>
#pragma GCC visibility pop

namespace Slipway {

namespace {

constexpr const char *kLibrary = "libpq.so.5";

struct Api
{
    std::string error;
    decltype(&PQconnectStartParams) connectStartParams = nullptr;
    decltype(&PQsetErrorVerbosity) setErrorVerbosity = nullptr;
    decltype(&PQstatus) status = nullptr;
    decltype(&PQconnectPoll) connectPoll = nullptr;
    decltype(&PQsocket) socket = nullptr;
    decltype(&PQconnectionNeedsPassword) connectionNeedsPassword = nullptr;
    decltype(&PQerrorMessage) errorMessage = nullptr;
    decltype(&PQfinish) finish = nullptr;
    decltype(&PQsendQuery) sendQuery = nullptr;
    decltype(&PQisBusy) isBusy = nullptr;
    decltype(&PQconsumeInput) consumeInput = nullptr;
    decltype(&PQgetResult) getResult = nullptr;
    decltype(&PQresultStatus) resultStatus = nullptr;
    decltype(&PQntuples) ntuples = nullptr;
    decltype(&PQgetvalue) getvalue = nullptr;
    decltype(&PQclear) clear = nullptr;
};

Api load()
{
    Api api;
    DynamicLibrary library(kLibrary);
    library.resolve("PQconnectStartParams", &api.connectStartParams);
    library.resolve("PQsetErrorVerbosity", &api.setErrorVerbosity);
    library.resolve("PQstatus", &api.status);
    library.resolve("PQconnectPoll", &api.connectPoll);
    library.resolve("PQsocket", &api.socket);
    library.resolve("PQconnectionNeedsPassword", &api.connectionNeedsPassword);
    library.resolve("PQerrorMessage", &api.errorMessage);
    library.resolve("PQfinish", &api.finish);
    library.resolve("PQsendQuery", &api.sendQuery);
    library.resolve("PQisBusy", &api.isBusy);
    library.resolve("PQconsumeInput", &api.consumeInput);
    library.resolve("PQgetResult", &api.getResult);
    library.resolve("PQresultStatus", &api.resultStatus);
    library.resolve("PQntuples", &api.ntuples);
    library.resolve("PQgetvalue", &api.getvalue);
    library.resolve("PQclear", &api.clear);
    api.error = library.error();
    return api;
}

const Api &api()
{
    static const Api loaded = load();
    return loaded;
}

} // namespace

QString PqLibrary::loadError()
{
    return QString::fromStdString(api().error);
}

} // namespace Slipway

using Slipway::api;

extern "C" {

PGconn *PQconnectStartParams(const char *const *keywords, const char *const *values, int expandDbname)
{
    return api().connectStartParams(keywords, values, expandDbname);
}

PGVerbosity PQsetErrorVerbosity(PGconn *conn, PGVerbosity verbosity)
{
    return api().setErrorVerbosity(conn, verbosity);
}

ConnStatusType PQstatus(const PGconn *conn)
{
    return api().status(conn);
}

PostgresPollingStatusType PQconnectPoll(PGconn *conn)
{
    return api().connectPoll(conn);
}

int PQsocket(const PGconn *conn)
{
    return api().socket(conn);
}

int PQconnectionNeedsPassword(const PGconn *conn)
{
    return api().connectionNeedsPassword(conn);
}

char *PQerrorMessage(const PGconn *conn)
{
    return api().errorMessage(conn);
}

void PQfinish(PGconn *conn)
{
    api().finish(conn);
}

int PQsendQuery(PGconn *conn, const char *query)
{
    return api().sendQuery(conn, query);
}

int PQisBusy(PGconn *conn)
{
    return api().isBusy(conn);
}

int PQconsumeInput(PGconn *conn)
{
    return api().consumeInput(conn);
}

PGresult *PQgetResult(PGconn *conn)
{
    return api().getResult(conn);
}

ExecStatusType PQresultStatus(const PGresult *result)
{
    return api().resultStatus(result);
}

int PQntuples(const PGresult *result)
{
    return api().ntuples(result);
}

char *PQgetvalue(const PGresult *result, int row, int column)
{
    return api().getvalue(result, row, column);
}

void PQclear(PGresult *result)
{
    api().clear(result);
}

} // extern "C"
