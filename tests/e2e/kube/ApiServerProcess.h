#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QThread>

#include <csignal>
#include <sys/types.h>

// The testbed's kube-apiserver as a process, for tests that must see it go away and come back.
// It is restarted with exactly the command line it runs with (read from /proc), output appended
// to its log and its new PID written where `testbed down` looks for it. The destructor brings
// it back if a test left it stopped, whatever happened in between.
class ApiServerProcess
{
public:
    ApiServerProcess()
        : m_dir(qEnvironmentVariable("SLIPWAY_TESTBED_DIR"))
    {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid()));
        if (cmdline.open(QIODevice::ReadOnly))
            for (const QByteArray &arg : cmdline.readAll().split('\0'))
                if (!arg.isEmpty())
                    m_argv << QString::fromLocal8Bit(arg);
    }
    ~ApiServerProcess()
    {
        if (!isRunning())
            start();
    }
    ApiServerProcess(const ApiServerProcess &) = delete;
    ApiServerProcess &operator=(const ApiServerProcess &) = delete;

    bool isKnown() const { return !m_argv.isEmpty(); }

    qint64 pid() const
    {
        QFile f(m_dir + QLatin1String("/pids/kube-apiserver.pid"));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
    }

    bool isRunning() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid()));
        if (pid() <= 0 || !stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray text = stat.readAll();
        return text.mid(text.lastIndexOf(')') + 2, 1) != "Z";
    }

    bool stop()
    {
        const qint64 p = pid();
        if (p <= 0 || ::kill(pid_t(p), SIGTERM) != 0)
            return false;
        for (int i = 0; i < 150 && isRunning(); ++i)
            QThread::msleep(100);
        if (isRunning())
            ::kill(pid_t(p), SIGKILL);
        for (int i = 0; i < 50 && isRunning(); ++i)
            QThread::msleep(100);
        return !isRunning();
    }

    bool start()
    {
        if (m_argv.isEmpty())
            return false;
        // Output to its log, as the testbed script does. `sh -c exec` keeps the PID that
        // startDetached reports; a `setsid` program in front would fork when it finds itself a
        // group leader already, and the recorded PID would be its parent's, long gone.
        const QStringList args = QStringList { QStringLiteral("-c"),
                                               QStringLiteral("exec \"$@\" >>'%1/logs/kube-apiserver.log' 2>&1 </dev/null")
                                                   .arg(m_dir),
                                               QStringLiteral("sh") }
            + m_argv;
        qint64 newPid = 0;
        if (!QProcess::startDetached(QStringLiteral("sh"), args, QDir::rootPath(), &newPid))
            return false;
        QFile f(m_dir + QLatin1String("/pids/kube-apiserver.pid"));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(QByteArray::number(newPid) + '\n');
        return true;
    }

    // Ready when /readyz answers 200, as `testbed status` checks.
    bool waitReady(int seconds) const
    {
        for (int i = 0; i < seconds * 4; ++i) {
            QProcess probe;
            probe.setStandardOutputFile(QProcess::nullDevice());
            probe.setStandardErrorFile(QProcess::nullDevice());
            probe.start(QStringLiteral("kubectl"), { QStringLiteral("get"), QStringLiteral("--raw"),
                                                     QStringLiteral("/readyz"),
                                                     QStringLiteral("--request-timeout=2s") });
            if (probe.waitForFinished(5000) && probe.exitCode() == 0)
                return true;
            QThread::msleep(250);
        }
        return false;
    }

    // After a restart the controller-manager's informers back off (the new server refuses them
    // until its authorizer has loaded RBAC), so for a minute or more a new namespace gets no
    // default ServiceAccount and pods are refused there. A test that restarted the server waits
    // for that to pass, so the tests after it find a working cluster.
    bool waitControllersSettled(int seconds) const
    {
        const QString ns = QStringLiteral("slipway-settle-%1").arg(QCoreApplication::applicationPid());
        const auto kubectl = [](const QStringList &args) {
            QProcess p;
            p.setStandardOutputFile(QProcess::nullDevice());
            p.setStandardErrorFile(QProcess::nullDevice());
            p.start(QStringLiteral("kubectl"), QStringList { QStringLiteral("--request-timeout=5s") } + args);
            return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        };
        kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), ns });
        bool settled = false;
        for (int i = 0; i < seconds * 2 && !settled; ++i) {
            settled = kubectl({ QStringLiteral("-n"), ns, QStringLiteral("get"), QStringLiteral("serviceaccount"),
                                QStringLiteral("default") });
            if (!settled)
                QThread::msleep(500);
        }
        kubectl({ QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false") });
        return settled;
    }

private:
    QString m_dir;
    QStringList m_argv;
};
