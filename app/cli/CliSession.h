#pragma once

#include "CliOptions.h"
#include "helm/HelmLocator.h"
#include "install/ReleaseTarget.h"
#include "kube/KubeconfigEntries.h"
#include "product/Chart.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <memory>
#include <optional>

namespace Slipway {

class KubeClient;
class KubeReply;
class ReleaseHistory;
struct Descriptor;
struct HelmRequest;
struct InstallPlan;
struct PreparedValues;
struct ReleaseRecord;

// What the release commands share: the cluster connection, the helm binary, the chart, and a
// way to wait for an operation. Every failure is printed here once and turned into an exit code.
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::CliSession)

public:
    explicit CliSession(CliOptions options);
    ~CliSession();
    Q_DISABLE_COPY_MOVE(CliSession)

    const CliOptions &options() const { return m_options; }
    // Each returns 0 (ExitOk) when it worked, else the exit code, the message already printed.
    int connect();
    int locateHelm();
    int loadChart(bool required);

    KubeClient *client() const { return m_client.get(); }
    const HelmInstallation &helm() const { return m_helm; }
    const std::optional<Chart> &chart() const { return m_chart; }
    QString kubeconfigFile() const { return m_kubeconfigFile; }
    QString contextName() const { return m_context.context.name; }
    QString nameSpace() const; // ReleasePolicy::nameSpace: --namespace, the descriptor's, …
    QString release() const; // ReleasePolicy::releaseName: --release, the descriptor's, …
    const Descriptor *descriptor() const; // the product's, when --product / --chart has one
    // The release as the shared operations take it, once connect() has worked.
    ReleaseTarget target() const;
    int requireRelease() const; // usage error when no release name can be worked out

    // Reads the release's history; nullptr (message printed, *exitCode set) on failure.
    std::unique_ptr<ReleaseHistory> history(int *exitCode);
    // The latest revision the last history() read (0: none), if it read one.
    std::optional<int> latestRevision() const { return m_latestRevision; }
    // The prologue of every release command: the optional chart, the release name, the
    // cluster, and helm when the command runs it.
    int openRelease(bool needHelm);
    std::unique_ptr<ReleaseHistory> openHistory(bool needHelm, int *exitCode);
    // Loads the chart, then --answers, --values, --set and --timeout into a plan.
    int fillPlan(InstallPlan *plan);
    // After fillPlan: the answers and values validated into what helm gets (warnings printed).
    int preparePlan(const InstallPlan &plan, PreparedValues *prepared);
    // For an upgrade from --answers: keeps the deployed passwords of `generate:` fields the
    // answers leave empty (InstallPlan::keepGeneratedSecrets), preparing the values again.
    int keepGeneratedSecrets(InstallPlan *plan, PreparedValues *prepared, const ReleaseRecord &deployed);
    // The prologue of install, upgrade and `diff --answers`: the plan filled and validated, the
    // cluster's kubeconfig resolved, helm found. Nothing is read from the cluster yet: callers
    // that check the release first read its history(). `answersRequired`: a product's install
    // needs --answers (a usage error, before any validation error).
    int openPlan(InstallPlan *plan, PreparedValues *prepared, bool answersRequired);
    // The helm upgrade that install and upgrade run — and that `diff --answers` previews with a
    // dry run — for the plan, into the session's cluster. `upgrade`: a plain `helm upgrade` of
    // an existing release that, without --answers, keeps the values it was deployed with;
    // otherwise `upgrade --install`.
    HelmRequest upgradeRequest(InstallPlan plan, const PreparedValues &prepared,
                               bool upgrade) const;
    // What the release's helm operations may take (ReleasePolicy::timeoutSeconds): --timeout,
    // else the product's helm.timeout, else helm's 5 minutes.
    int operationTimeoutSeconds() const;
    int noRelease() const; // "there is no release …", exit 9
    // Whether the release has records in the other storage driver's objects (Secrets vs
    // ConfigMaps) — HELM_DRIVER not set as whoever installed it had it. Sent before it is
    // needed, so that it runs alongside the history read; dropping the reply cancels it.
    std::unique_ptr<KubeReply> probeOtherStorage() const;
    // Waits for the probe; how many revisions the other driver holds (0 when none, or when
    // they cannot be read).
    static int otherStorageRevisions(KubeReply *probe);
    // "There is no release … in this storage driver's records. Its records are ConfigMap
    // objects, …: run with --helm-driver configmap" when the other driver has it, else "".
    QString otherStorageMessage() const;

    int fail(int exitCode, const QString &message) const;

    template<typename Object, typename Signal> static void waitFor(Object *object, Signal signal)
    {
        QEventLoop loop;
        QObject::connect(object, signal, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        loop.exec();
    }

private:
    std::optional<int> m_latestRevision;
    CliOptions m_options;
    ResolvedContext m_context;
    QString m_kubeconfigFile;
    std::unique_ptr<KubeClient> m_client;
    HelmInstallation m_helm;
    std::optional<Chart> m_chart;
};

} // namespace Slipway
