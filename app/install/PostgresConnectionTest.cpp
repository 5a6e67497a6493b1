#include "PostgresConnectionTest.h"

#include "PqLibrary.h"
#include "TcpConnection.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

// Declared hidden, as PqLibrary.cpp defines them: only this program's forwarders are called.
#pragma GCC visibility push(hidden)
#include <libpq-fe.h>
#pragma GCC visibility pop
#include <poll.h>

#include <memory>

namespace Slipway {

namespace {

using Outcome = ConnectionTestResult::Outcome;

struct ConnDeleter
{
    void operator()(PGconn *conn) const { PQfinish(conn); }
};

// Waits until libpq's socket is ready as `events` asks, or the attempt must stop.
bool waitForSocket(PGconn *conn, short events, const ConnectionAttempt &attempt)
{
    while (!attempt.shouldStop()) {
        pollfd fd { PQsocket(conn), events, 0 };
        if (::poll(&fd, 1, attempt.sliceMs()) != 0)
            return true;
    }
    return false;
}

// Where libpq finds the CAs to verify the server with: the user's own, as libpq looks for it,
// else the system's — never no verification.
QByteArray rootCertificates()
{
    const QString own = QDir::homePath() + QStringLiteral("/.postgresql/root.crt");
    if (QFile::exists(own))
        return QFile::encodeName(own);
    return QByteArrayLiteral("/etc/ssl/certs/ca-certificates.crt");
}

} // namespace

QString PostgresConnectionTest::shortVersion(const QString &version)
{
    const qsizetype on = version.indexOf(QLatin1String(" on "));
    return on > 0 ? version.left(on) : version;
}

ConnectionTestResult PostgresConnectionTest::connectFailure(const QString &libpqMessage,
                                                            const ConnectionTestRequest &request)
{
    static const QRegularExpression severity(
        QStringLiteral("(?:FATAL|ERROR|PANIC):\\s+([0-9A-Z]{5}):\\s*([^\\n]*)"));
    const QRegularExpressionMatch match = severity.match(libpqMessage);
    const QString address = request.address();
    if (match.hasMatch()) {
        const QString state = match.captured(1);
        const QString text = match.captured(2).trimmed();
        if (state == QLatin1String("28P01"))
            return ConnectionTestResult::failure(
                Outcome::Authentication,
                tr("PostgreSQL at %1 refused the password of user “%2”. Check the user name and "
                   "password.")
                    .arg(address, request.user));
        if (state == QLatin1String("28000"))
            return ConnectionTestResult::failure(
                Outcome::Authentication,
                tr("PostgreSQL at %1 does not let this user in: %2. Check the user name, and "
                   "whether the server only accepts TLS connections.")
                    .arg(address, text));
        if (state == QLatin1String("3D000"))
            return ConnectionTestResult::failure(
                Outcome::MissingDatabase,
                tr("PostgreSQL at %1 has no database “%2”. Create it (CREATE DATABASE …) or "
                   "correct the name.")
                    .arg(address, request.database.isEmpty() ? request.user : request.database));
        return ConnectionTestResult::failure(
            Outcome::Other, tr("PostgreSQL at %1 refused the connection: %2 (SQLSTATE %3).")
                                .arg(address, text, state));
    }
    // Failures before the server said anything: libpq's own words, without its prefix.
    QString text = libpqMessage.trimmed();
    const qsizetype failed = text.indexOf(QLatin1String("failed: "));
    if (failed >= 0)
        text = text.mid(failed + 8);
    text = text.section(QLatin1Char('\n'), 0, 0);
    if (text.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("certificate"), Qt::CaseInsensitive))
        return ConnectionTestResult::tlsFailed(address, text);
    if (text.contains(QLatin1String("password")))
        return ConnectionTestResult::failure(
            Outcome::Authentication,
            tr("PostgreSQL at %1 asks for a password, and none was given. Enter the password.")
                .arg(address));
    return ConnectionTestResult::failure(
        Outcome::Other, tr("PostgreSQL at %1 could not be reached: %2").arg(address, text));
}

ConnectionTestResult PostgresConnectionTest::run(const ConnectionTestRequest &request,
                                                 const ConnectionAttempt &attempt)
{
    if (const QString missing = PqLibrary::loadError(); !missing.isEmpty())
        return ConnectionTestResult::failure(
            Outcome::Other,
            tr("PostgreSQL cannot be tested: libpq cannot be opened (%1). Install it (Debian and "
               "Ubuntu: the libpq5 package).")
                .arg(missing));
    // A plain TCP connect first: it tells "does not resolve", "refused" and "no answer" apart
    // reliably, where libpq only has a (translated) sentence for them.
    {
        TcpConnection probe(attempt);
        if (auto failure = probe.open(request.host, request.effectivePort()))
            return *failure;
    }
    const QByteArray host = request.host.toUtf8();
    const QByteArray port = QByteArray::number(request.effectivePort());
    const QByteArray user = request.user.toUtf8();
    const QByteArray password = request.password.toUtf8();
    const QByteArray database = request.database.toUtf8();
    const QByteArray roots = rootCertificates();
    // Without TLS asked for, none is tried: "prefer" would encrypt without verifying anything.
    const char *keywords[] = { "host", "port", "user", "password", "dbname", "sslmode",
                               "sslrootcert", "application_name", nullptr };
    const char *values[] = { host.constData(),
                             port.constData(),
                             user.isEmpty() ? nullptr : user.constData(),
                             password.isEmpty() ? nullptr : password.constData(),
                             database.isEmpty() ? nullptr : database.constData(),
                             request.tls ? "verify-full" : "disable",
                             roots.constData(),
                             "slipway",
                             nullptr };
    const std::unique_ptr<PGconn, ConnDeleter> conn(PQconnectStartParams(keywords, values, 0));
    if (!conn)
        return ConnectionTestResult::failure(Outcome::Other, tr("libpq is out of memory."));
    // Verbose messages carry the server's SQLSTATE, so failures are typed by code, not by text.
    PQsetErrorVerbosity(conn.get(), PQERRORS_VERBOSE);
    PostgresPollingStatusType polling = PGRES_POLLING_WRITING;
    while (PQstatus(conn.get()) != CONNECTION_BAD && polling != PGRES_POLLING_OK) {
        if (!waitForSocket(conn.get(), polling == PGRES_POLLING_READING ? POLLIN : POLLOUT, attempt))
            return attempt.isCancelled() ? ConnectionTestResult::cancelled()
                                         : ConnectionTestResult::timedOut(request.address(),
                                                                          attempt.timeoutMs());
        polling = PQconnectPoll(conn.get());
        if (polling == PGRES_POLLING_FAILED)
            break;
    }
    if (PQstatus(conn.get()) != CONNECTION_OK) {
        if (PQconnectionNeedsPassword(conn.get()))
            return connectFailure(QStringLiteral("password"), request);
        return connectFailure(QString::fromUtf8(PQerrorMessage(conn.get())), request);
    }

    if (!PQsendQuery(conn.get(), "SELECT version()"))
        return ConnectionTestResult::failure(
            Outcome::Other, tr("PostgreSQL at %1: %2")
                                .arg(request.address(), QString::fromUtf8(PQerrorMessage(conn.get())).trimmed()));
    while (PQisBusy(conn.get())) {
        if (!waitForSocket(conn.get(), POLLIN, attempt))
            return attempt.isCancelled() ? ConnectionTestResult::cancelled()
                                         : ConnectionTestResult::timedOut(request.address(),
                                                                          attempt.timeoutMs());
        if (!PQconsumeInput(conn.get()))
            break;
    }
    QString version;
    while (PGresult *result = PQgetResult(conn.get())) {
        if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) > 0)
            version = QString::fromUtf8(PQgetvalue(result, 0, 0));
        PQclear(result);
    }
    if (version.isEmpty())
        return ConnectionTestResult::failure(
            Outcome::Other, tr("PostgreSQL at %1 accepted the login but did not answer SELECT "
                               "version(): %2")
                                .arg(request.address(), QString::fromUtf8(PQerrorMessage(conn.get())).trimmed()));
    return ConnectionTestResult::success(shortVersion(version));
}

} // namespace Slipway
