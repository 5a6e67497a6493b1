#pragma once

// What the connection tests share: free loopback ports, a real server process started in a
// temporary folder and stopped at the end, and one ConnectionTest run watched by QSignalSpy.

#include "install/ConnectionTest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

Q_DECLARE_METATYPE(Slipway::ConnectionTestRequest)
Q_DECLARE_METATYPE(Slipway::ConnectionTestResult::Outcome)

namespace LocalServer {

// A port nothing listens on right now (the kernel's choice, released again).
inline int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

// A socket that listens but never accepts: the kernel completes the TCP handshake, then nothing
// ever answers — a server that hangs.
class SilentPort
{
public:
    SilentPort()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_fd, 8);
        socklen_t length = sizeof address;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
    }
    ~SilentPort() { ::close(m_fd); }
    SilentPort(const SilentPort &) = delete;
    SilentPort &operator=(const SilentPort &) = delete;

    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

inline bool isListening(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool open = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return open;
}

// The first of `candidates` that is an executable file, else empty. A "*" in a candidate stands
// for one folder level, the highest name first (/usr/lib/postgresql/*/bin/initdb: the newest).
inline QString findProgram(const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        const qsizetype star = candidate.indexOf(QLatin1Char('*'));
        if (star < 0) {
            if (QFileInfo(candidate).isExecutable())
                return candidate;
            continue;
        }
        const QString parent = candidate.left(star);
        const QString rest = candidate.mid(star + 1);
        const QStringList names = QDir(parent).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &name : names) {
            if (QFileInfo(parent + name + rest).isExecutable())
                return parent + name + rest;
        }
    }
    return {};
}

// One server process; stopped (SIGTERM, then SIGKILL) when this goes away.
class Process
{
public:
    ~Process() { stop(); }

    // Starts `program` and waits until it accepts connections on `port`; its output goes to
    // `logFile`, which the failure message names.
    bool start(const QString &program, const QStringList &arguments, int port, const QString &logFile,
               int waitMs = 30000)
    {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(logFile);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < waitMs) {
            if (isListening(port))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
            QThread::msleep(50);
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
};

// Runs one test to its end through the QObject's signal, as the wizard does; false unless
// exactly one finished() came.
inline bool run(const Slipway::ConnectionTestRequest &request, Slipway::ConnectionTestResult *result,
                int waitMs = 30000)
{
    Slipway::ConnectionTest test;
    QSignalSpy spy(&test, &Slipway::ConnectionTest::finished);
    test.start(request);
    if (!spy.wait(waitMs) || spy.count() != 1)
        return false;
    *result = spy.at(0).at(0).value<Slipway::ConnectionTestResult>();
    QTest::qWait(50); // a second finished() would show here
    return spy.count() == 1;
}

// One run that must succeed with a detail starting `prefix`; says how long it took.
inline void expectSuccess(const Slipway::ConnectionTestRequest &request, const QString &prefix)
{
    Slipway::ConnectionTestResult result;
    QVERIFY(run(request, &result));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY2(result.detail.startsWith(prefix), qPrintable(result.detail));
    qInfo("%s: %s in %lld ms", qPrintable(Slipway::ConnectionTestRequest::kindName(request.kind)),
          qPrintable(result.detail), result.elapsedMs);
}

// One run that must fail as `outcome`, with `mention` in its message and the password nowhere.
inline void expectFailure(const Slipway::ConnectionTestRequest &request,
                          Slipway::ConnectionTestResult::Outcome outcome, const QString &mention)
{
    Slipway::ConnectionTestResult result;
    QVERIFY(run(request, &result));
    QVERIFY2(result.outcome == outcome,
             qPrintable(Slipway::ConnectionTestResult::outcomeName(result.outcome) + QStringLiteral(": ")
                        + result.message));
    QVERIFY2(result.message.contains(mention), qPrintable(result.message));
    QVERIFY2(request.password.isEmpty() || !result.message.contains(request.password),
             "the password is in the message");
}

// A data-driven failure test: its columns, and the check of the current row.
inline void addFailureColumns()
{
    QTest::addColumn<Slipway::ConnectionTestRequest>("request");
    QTest::addColumn<Slipway::ConnectionTestResult::Outcome>("outcome");
    QTest::addColumn<QString>("mention");
}

inline void expectFailureOfThisRow()
{
    QFETCH(Slipway::ConnectionTestRequest, request);
    QFETCH(Slipway::ConnectionTestResult::Outcome, outcome);
    QFETCH(QString, mention);
    expectFailure(request, outcome, mention);
}

// The rows of a server with users and databases: a wrong password, an unknown user, a missing
// database; each message names what is wrong.
inline void addLoginFailureRows(const Slipway::ConnectionTestRequest &base)
{
    using Outcome = Slipway::ConnectionTestResult::Outcome;
    Slipway::ConnectionTestRequest r = base;
    r.password = QStringLiteral("not-the-password");
    QTest::newRow("wrong password") << r << Outcome::Authentication << QStringLiteral("“%1”").arg(base.user);
    r = base;
    r.user = QStringLiteral("nobody");
    QTest::newRow("unknown user") << r << Outcome::Authentication << QStringLiteral("“nobody”");
    r = base;
    r.database = QStringLiteral("nosuchdb");
    QTest::newRow("missing database") << r << Outcome::MissingDatabase << QStringLiteral("nosuchdb");
}

// The rows every kind shares for a data-driven failure test (columns request, outcome, mention):
// a port nothing listens on, and one that accepts and never answers (`silentPort`).
inline void addTransportFailureRows(const Slipway::ConnectionTestRequest &base, int silentPort)
{
    using Outcome = Slipway::ConnectionTestResult::Outcome;
    Slipway::ConnectionTestRequest closed = base;
    closed.port = freePort();
    QTest::newRow("closed port") << closed << Outcome::Refused << QString::number(closed.port);
    Slipway::ConnectionTestRequest silent = base;
    silent.port = silentPort;
    silent.timeoutMs = 800;
    QTest::newRow("server that never answers") << silent << Outcome::Timeout << QStringLiteral("0.8 s");
}

} // namespace LocalServer
