#pragma once

#include "ManifestWalk.h"
#include "PreflightReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Slipway {

// The "namespace" check: whether the release namespace is there (or may be created), and
// whether Pod Security admission lets the release's pods in. Every pod template of the
// manifests that lands in the release namespace is judged by the Pod Security Standards as
// Kubernetes defines them (baseline, and restricted on top of it) against the level the
// namespace's pod-security.kubernetes.io/enforce label names (a rejection: fail), and its warn
// and audit labels (admitted with a warning or an audit note: warn).
class PodSecurityCheck
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::PodSecurityCheck)

public:
    enum class Level
    {
        Privileged,
        Baseline,
        Restricted,
    };

    struct Violation
    {
        Level level; // the lowest level the rule belongs to
        QString container; // empty for a pod-level rule
        QString rule; // "allowPrivilegeEscalation is not false"
        QString fix; // "set securityContext.allowPrivilegeEscalation: false"
    };

    static PreflightCheck run(const QString &releaseNamespace, const QJsonObject &namespaceObject,
                              bool namespaceExists, bool mayCreateNamespace,
                              const QList<QJsonObject> &manifests);

    // Every rule of the baseline and restricted levels the pod breaks.
    static QList<Violation> violations(const PodTemplate &pod);
    // The level a namespace label names: absent is privileged, a value Kubernetes does not
    // know is restricted (Pod Security admission fails closed). `valid` says which it was.
    static Level levelOf(const QJsonObject &labels, const QString &mode, bool *valid = nullptr);
    static QString levelName(Level level);
};

} // namespace Slipway
