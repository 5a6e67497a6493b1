#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// kubectl of the running testbed (with-testbed.sh puts it on PATH and exports KUBECONFIG): the
// independent witness the e2e tests compare Slipway with, and their way to set up fixtures.
class Kubectl
{
public:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool ok() const { return exitCode == 0; }
    };

    static Result run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000)
    {
        QProcess p;
        p.start(QStringLiteral("kubectl"), QStringList { QStringLiteral("--request-timeout=30s") } + args);
        if (!p.waitForStarted(10000))
            return { -1, {}, p.errorString().toUtf8() };
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(2000);
            return { -1, p.readAllStandardOutput(), "kubectl timed out" };
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 p.readAllStandardOutput(), p.readAllStandardError() };
    }

    static bool apply(const QString &ns, const QByteArray &yaml)
    {
        return run({ QStringLiteral("-n"), ns, QStringLiteral("apply"), QStringLiteral("-f"),
                     QStringLiteral("-") },
                   yaml)
            .ok();
    }

    static QJsonObject json(const QStringList &args)
    {
        const Result r = run(args + QStringList { QStringLiteral("-o"), QStringLiteral("json") });
        return QJsonDocument::fromJson(r.out).object();
    }

    // A fresh namespace whose default ServiceAccount exists (pods are refused until it does).
    static bool createNamespace(const QString &ns)
    {
        if (!run({ QStringLiteral("create"), QStringLiteral("namespace"), ns }).ok())
            return false;
        for (int i = 0; i < 120; ++i) {
            if (run({ QStringLiteral("-n"), ns, QStringLiteral("get"), QStringLiteral("serviceaccount"),
                      QStringLiteral("default") })
                    .ok())
                return true;
            QProcess::execute(QStringLiteral("sleep"), { QStringLiteral("0.25") });
        }
        return false;
    }

    // kwok serves the pod's container the stream the testbed's log-writer gave it (a kwok Logs
    // object named after the pod), whose lines name the pod and the container. Until then the
    // pod serves the shared stream — for a moment after it starts, and for some seconds after
    // kube-apiserver restarted (kwok watches the Logs objects again) — so a test that tells
    // pods apart by their logs waits here.
    static bool waitForOwnLogs(const QString &ns, const QString &pod, const QString &container)
    {
        const QByteArray mark = QStringLiteral("pod=%1/%2 container=%3 ").arg(ns, pod, container).toUtf8();
        for (int i = 0; i < 240; ++i) {
            if (run({ QStringLiteral("-n"), ns, QStringLiteral("logs"), pod, QStringLiteral("-c"),
                      container, QStringLiteral("--tail=1") })
                    .out.contains(mark))
                return true;
            QProcess::execute(QStringLiteral("sleep"), { QStringLiteral("0.25") });
        }
        return false;
    }

    static void deleteNamespace(const QString &ns)
    {
        run({ QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false"),
              QStringLiteral("--ignore-not-found") });
    }
};
