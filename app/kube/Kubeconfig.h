#pragma once

#include "core/Expected.h"
#include "KubeconfigEntries.h"

#include <QCoreApplication>

namespace Slipway {

// The merged view of the kubeconfig files kubectl would read (no overrides beyond the context
// name). When no file yields any entry, the pod's service account is used, as client-go does
// for a program running inside a cluster (`slipway-cli` in a Job, say).
class Kubeconfig
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::Kubeconfig)

public:
    // Where to look. Passed in, not read from the environment, so tests and callers can choose.
    // In-cluster configuration: $KUBERNETES_SERVICE_HOST / _PORT and the mounted service
    // account (token, ca.crt, namespace); $POD_NAMESPACE wins over the namespace file.
    struct InCluster
    {
        QString serviceHost;
        QString servicePort;
        QString serviceAccountDir;
        QString podNamespace;
    };

    struct Sources
    {
        QString explicitPath; // --kubeconfig: exactly this file, which must exist
        QString kubeconfigEnv; // $KUBECONFIG: a list of files, missing ones skipped
        QString homeDir; // for ~/.kube/config
        InCluster inCluster = {}; // empty: never used
    };

    static Sources sourcesFromEnvironment(const QString &explicitPath = {});
    static Expected<Kubeconfig> load(const Sources &sources);
    // Merges the files in order: the first definition of a name wins, and so does the first
    // non-empty current-context.
    static Expected<Kubeconfig> merge(const QStringList &files);

    bool isEmpty() const;
    QStringList files() const { return m_files; }
    QString currentContext() const { return m_currentContext; }
    const QList<KubeContext> &contexts() const { return m_contexts; }
    const QList<KubeCluster> &clusters() const { return m_clusters; }
    const QList<KubeUser> &users() const { return m_users; }

    std::optional<KubeContext> context(const QString &name) const;
    std::optional<KubeCluster> cluster(const QString &name) const;
    std::optional<KubeUser> user(const QString &name) const;

    // The context to use (`name`, or the current one) with its cluster and user, checked the
    // way kubectl checks them before it connects.
    Expected<ResolvedContext> resolve(const QString &name = {}) const;

    bool isInCluster() const { return m_inCluster; }

private:
    static Expected<Kubeconfig> loadFiles(const Sources &sources);
    static std::optional<Kubeconfig> fromServiceAccount(const InCluster &source);

    bool m_inCluster = false;
    QStringList m_files;
    QString m_currentContext;
    QList<KubeContext> m_contexts;
    QList<KubeCluster> m_clusters;
    QList<KubeUser> m_users;
};

} // namespace Slipway
