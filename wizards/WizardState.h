#pragma once

#include "helm/HelmLocator.h"
#include "helm/ReleaseRecord.h"
#include "helm/ReleaseStorage.h"
#include "install/AnswersDraft.h"
#include "install/InstallPlan.h"
#include "kube/Kubeconfig.h"
#include "product/Chart.h"
#include "product/ClusterFacts.h"
#include "product/ValuesComposer.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>

namespace Slipway {

class KubeClient;

// What the install wizard's pages share (app/README.md §10: the wizard owns one InstallPlan): the
// chart chosen, the plan being filled, the cluster it goes to, and what was read of that
// cluster. Pages read it in initializePage() and write it when the administrator moves on.
class WizardState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardState)

public:
    struct Setup
    {
        Kubeconfig kubeconfig;
        QString context; // empty: the kubeconfig's current one
        HelmInstallation helm; // empty: looked for off the GUI thread (HelmLocator)
        ReleaseStorage storage;
        QString journalPath; // the audit journal (AuditJournal::defaultPath())
        QString product; // a product id to start with (empty: the administrator picks)
        QString nameSpace; // an upgrade's release, to open the wizard on (with `release`)
        QString release;
    };

    explicit WizardState(Setup setup, QObject *parent = nullptr);
    ~WizardState() override;

    const Setup &setup() const { return m_setup; }

    // helm, as given, else as found; empty while it is looked for (helmLocated() follows) and
    // when it was not found (helmError() says why). Only the last pages need it.
    const HelmInstallation &helm() const { return m_helm; }
    bool isLocatingHelm() const { return m_locatingHelm; }
    QString helmError() const { return m_helmError; }

    // The product. Loading a chart resets the answers (a different product asks other things).
    void setChart(Chart chart);
    const Chart *chart() const { return m_chart ? &*m_chart : nullptr; }
    const Descriptor *descriptor() const;
    const ValuesComposer *composer() const { return m_composer.get(); }

    InstallPlan &plan() { return m_plan; }
    const InstallPlan &plan() const { return m_plan; }

    // The cluster, once the Cluster page connected. The client belongs to the state.
    void setCluster(const ResolvedContext &context, const QString &serverVersion);
    KubeClient *client() const { return m_client.get(); }
    const ResolvedContext &context() const { return m_context; }
    QString serverVersion() const { return m_serverVersion; }

    // An existing release of the chosen name turns the install into an upgrade; its user values
    // prefill the answers (ValuesComposer::answersFrom) once, when it is first found.
    void setExistingRelease(const ReleaseRecord &deployed);
    void clearExistingRelease();
    bool isUpgrade() const { return m_plan.upgrade; }
    const ReleaseRecord *deployed() const { return m_deployed ? &*m_deployed : nullptr; }

    // What helm gets, once the Review page has prepared the plan.
    void setPrepared(PreparedValues prepared) { m_prepared = std::move(prepared); }
    const PreparedValues &prepared() const { return m_prepared; }
    // The preflight verdict for the journal ("passed", "overridden") and the checks overridden.
    QString preflightVerdict;
    QStringList preflightIgnored;

    // The nodes' and storage classes' facts; the namespace's Secrets (setSecrets) stay.
    void setFacts(const ClusterFacts &facts);
    // The Secrets of the chosen namespace, name → keys (ClusterFacts::secrets); empty when they
    // cannot be read (then secretRef fields take typed names).
    void setSecrets(const QMap<QString, QStringList> &secrets);
    const ClusterFacts &facts() const { return m_facts; }
    bool hasFacts() const { return m_hasFacts; }

    // The answers validated with the cluster's facts (when read).
    Issues validate() const;

    // Drafts (AnswersDraft, per product + context + namespace, no secrets) of an install:
    // answersEdited() saves one half a second after the last change; a finished install
    // discards it. Upgrades keep none: they start from the deployed values.
    void answersEdited();
    std::optional<AnswersDraft::Found> draft(const QString &nameSpace) const;
    void discardDraft();
    void setDraftFolder(const QString &folder) { m_drafts = AnswersDraft(folder); }

Q_SIGNALS:
    void chartChanged();
    void helmLocated();
    void factsChanged();

private:
    Setup m_setup;
    HelmInstallation m_helm;
    QString m_helmError;
    bool m_locatingHelm = false;
    std::optional<Chart> m_chart;
    std::unique_ptr<ValuesComposer> m_composer;
    InstallPlan m_plan;
    std::unique_ptr<KubeClient> m_client;
    ResolvedContext m_context;
    QString m_serverVersion;
    std::optional<ReleaseRecord> m_deployed;
    PreparedValues m_prepared;
    ClusterFacts m_facts;
    bool m_hasFacts = false;
    AnswersDraft m_drafts;
    QTimer m_draftTimer;
    QThreadPool m_draftWriter; // one thread: drafts are written in order, off the GUI thread
    AnswersDraft::Key draftKey() const;
    void saveDraft();
};

} // namespace Slipway
