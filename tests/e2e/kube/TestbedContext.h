#pragma once

#include "kube/Kubeconfig.h"

// A context of the testbed's kubeconfig (KUBECONFIG, exported by with-testbed.sh), resolved.
inline Slipway::ResolvedContext testbedContext(const QString &name)
{
    const Slipway::Expected<Slipway::Kubeconfig> config
        = Slipway::Kubeconfig::load(Slipway::Kubeconfig::sourcesFromEnvironment());
    if (!config)
        qFatal("no testbed kubeconfig: %s", qPrintable(config.error().toString()));
    const Slipway::Expected<Slipway::ResolvedContext> c = config->resolve(name);
    if (!c)
        qFatal("no context %s", qPrintable(name));
    return c.value();
}

// The `exec` context, its plugin's credential living `ttlSeconds`, every run of it counted as a
// line in `callsFile` (see tests/testbed/exec-credential).
inline Slipway::ResolvedContext countedExecContext(const QString &callsFile, int ttlSeconds)
{
    Slipway::ResolvedContext c = testbedContext(QStringLiteral("exec"));
    c.user.exec->env
        = { { QStringLiteral("SLIPWAY_TESTBED_EXEC_TTL"), QString::number(ttlSeconds) },
            { QStringLiteral("SLIPWAY_TESTBED_EXEC_CALLS"), callsFile } };
    return c;
}
