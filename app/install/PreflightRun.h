#pragma once

#include "helm/HelmLocator.h"
#include "helm/HelmRequest.h"
#include "kube/AccessReview.h"
#include "preflight/PreflightReport.h"
#include "preflight/ServedApis.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace Slipway {

class HelmJob;
class KubeClient;
class KubeReply;
class ReleaseHistory;

// What one preflight is about: the install or upgrade exactly as it would run.
struct PreflightInput
{
    HelmRequest request; // the UpgradeInstall request (chart, values, namespace, release, storage)
    QString chartKubeVersion; // Chart.yaml's kubeVersion, empty when it names none
    // Renders with .Release.IsUpgrade; also set when the release turns out to exist.
    bool upgrade = false;
};

// A whole preflight, as both front ends run it (app/README.md §4's operation rules: start()
// schedules, cancel() at any time, exactly one finished()):
//  1. reads the cluster in parallel — version, API discovery, nodes, the pods that still run,
//     the namespace, storage classes and volumes, quotas and limit ranges, the release's
//     records, whether the namespace may be created;
//  2. renders the chart with `helm template`, given the cluster's version and API versions, so
//     the manifests are the ones the install will create (without touching the cluster);
//  3. asks what depends on the manifests, again in parallel — a SelfSubjectAccessReview per
//     permission the install needs, the metadata of every object that already exists under a
//     manifest's name, the image pull secrets;
//  4. runs every check on what was read. A read the identity may not make turns the checks that
//     need it into warnings that say so, never into a pass.
// Objects and secrets are read as metadata only (PartialObjectMetadata): no secret value is
// ever fetched.
class PreflightRun final : public QObject
{
    Q_OBJECT

public:
    PreflightRun(KubeClient *client, HelmInstallation helm, QObject *parent = nullptr);
    ~PreflightRun() override;
    Q_DISABLE_COPY_MOVE(PreflightRun)

    void start(PreflightInput input);
    void cancel();
    bool isRunning() const { return m_running; }

    // After finished(): the report (the checks in a fixed order) and the rendered manifests.
    const PreflightReport &report() const { return m_report; }
    const QList<QJsonObject> &manifests() const { return m_manifests; }
    bool cancelled() const { return m_cancelled; }
    // Why the cluster could not be reached at all (no answer to GET /version for a reason other
    // than an HTTP status), else empty: then the report's warnings mean nothing.
    QString connectionError() const;
    // Why the release's records could not be read (forbidden, …), else empty. helm reads and
    // writes them for every operation, so a front end treats this as a cluster error.
    QString historyError() const { return m_historyError; }
    // Whether the release exists (deployed, failed, superseded): this is an upgrade.
    bool releaseExists() const;
    // helm's status of the newest revision ("deployed", "pending-upgrade", …), empty if none.
    QString latestStatus() const { return m_latestStatus; }
    int latestRevision() const { return m_latestRevision; }

    // The check ids in the order a report lists them.
    static QStringList checkIds();

Q_SIGNALS:
    void progress(const QString &text);
    void finished();

private:
    struct Read
    {
        bool done = false;
        int httpStatus = 0;
        QJsonObject json;
        QString error; // empty when it succeeded
        bool ok() const { return done && error.isEmpty(); }
    };
    using Handler = std::function<void(KubeReply *)>;
    // Replies (and the history read) still out; `then` runs once the last one is in.
    struct Gate
    {
        int pending = 0;
        std::function<void()> then;
    };

    // Every request counts in m_all, and also in `gate` when one is given.
    void send(const QString &key, const KubeRequest &request, Gate *gate = nullptr);
    void sendWith(const KubeRequest &request, Handler handler, Gate *gate = nullptr);
    void later(std::function<void()> step);
    void enter(Gate *gate);
    void leave(Gate *gate);
    void askForManifests();
    void readCluster();
    void readDiscoveryFallback();
    void render();
    void onRendered(const QByteArray &output, const QString &error);
    void readForManifests();
    void evaluate();
    PreflightCheck versionCheck() const;
    void stop();
    void finish();

    QPointer<KubeClient> m_client;
    HelmInstallation m_helm;
    PreflightInput m_input;
    bool m_running = false;
    bool m_cancelled = false;
    quint64 m_generation = 0; // a step queued by an earlier run must not run in this one
    Gate m_all; // every reply of the phase
    Gate m_renderInputs; // version, discovery, the release's records: what rendering needs
    bool m_clusterRead = false;
    bool m_rendered = false;
    bool m_asking = false;
    qint64 m_renderStartMs = 0;
    QList<QPointer<KubeReply>> m_replies;
    HelmJob *m_job = nullptr;
    ReleaseHistory *m_history = nullptr;
    QElapsedTimer m_clock;
    qint64 m_readMs = 0;
    qint64 m_renderMs = 0;

    QHash<QString, Read> m_reads; // "version", "nodes", …
    QList<QJsonObject> m_discovery; // aggregated lists, or resource lists in the fallback
    bool m_aggregated = true;
    ServedApis m_served;
    QString m_renderError;
    QList<QJsonObject> m_manifests;
    QList<AccessReview::Attributes> m_needed;
    QList<AccessReview::Decision> m_decisions; // one per m_needed
    QList<QJsonObject> m_liveObjects;
    QHash<QString, int> m_pullSecrets;
    QString m_historyError;
    QString m_latestStatus;
    int m_latestRevision = 0;
    QByteArray m_deployedValues; // JSON: the user values of the deployed revision
    
    PreflightReport m_report;
};

} // namespace Slipway
