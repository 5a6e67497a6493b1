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
// ever answers — a server that hangs. Returns the fd (close it) and sets *port.
inline int silentListener(int *port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    ::listen(fd, 8);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    *port = ntohs(address.sin_port);
    return fd;
}

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

} // namespace LocalServer
