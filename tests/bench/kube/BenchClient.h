#pragma once

#include "kube/Kubeconfig.h"

#include <QFile>

#include <cstdio>
#include <optional>

// The current context of the kubeconfig the environment names (the testbed's, under ctest), for
// the kube benchmarks; prints why and gives nothing when it cannot be used.
inline std::optional<Slipway::ResolvedContext> benchContext()
{
    const Slipway::Expected<Slipway::Kubeconfig> kubeconfig
        = Slipway::Kubeconfig::load(Slipway::Kubeconfig::sourcesFromEnvironment());
    if (!kubeconfig) {
        std::fprintf(stderr, "%s\n", qPrintable(kubeconfig.error().toString()));
        return std::nullopt;
    }
    const Slipway::Expected<Slipway::ResolvedContext> context = kubeconfig->resolve();
    if (!context) {
        std::fprintf(stderr, "%s\n", qPrintable(context.error().toString()));
        return std::nullopt;
    }
    return context.value();
}

// "RSS 98304 kB, peak 102400 kB": resident memory now and at its peak, from the kernel's own
// accounting.
inline QByteArray processMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    QByteArray rss, peak;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).simplified();
            else if (line.startsWith("VmHWM:"))
                peak = line.mid(6).simplified();
        }
    }
    return "RSS " + rss + ", peak " + peak;
}
