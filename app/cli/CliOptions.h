#pragma once

#include "helm/ReleaseStorage.h"

#include <QStringList>

namespace Slipway {

// The options of one slipway-cli run, parsed; what the command classes work from.
struct CliOptions
{
    QString kubeconfig;
    QString context;
    QString nameSpace;
    QString release;
    QString product;
    QString chart;
    QString answers;
    QStringList values;
    QStringList sets;
    QString helm;
    ReleaseStorage storage; // --helm-driver, else HELM_DRIVER, else helm's Secrets
    int timeoutSeconds = 0;
    int to = 0; // rollback --to
    int revision = 0; // values --revision
    bool keepHistory = false;
    bool deletePvcs = false;
    bool showSecrets = false; // values, diff: print secrets as they are
    bool force = false; // recover: even if another helm may still be working on the release
    bool markFailed = false; // recover: unlock by marking the pending revision failed
    bool exitCode = false; // diff: exit 1 when there are differences, like git diff --exit-code
    bool json = false;
    QStringList ignorePreflight; // install, upgrade, preflight: failed checks not to block on
    bool skipPreflight = false; // install, upgrade: run no preflight (journalled)
    QStringList arguments; // positional arguments after the command
};

} // namespace Slipway
