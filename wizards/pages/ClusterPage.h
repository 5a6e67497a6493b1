#pragma once

#include <QPointer>
#include <QTimer>
#include "install/AnswersDraft.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Slipway {

class ClusterProbe;
class KubeReply;
class ReleaseHistory;
class WizardState;
struct ProbeResult;

// Step 2: where it goes. The context (from the kubeconfig the window uses), the namespace
// (existing ones listed, a new one allowed: the install creates it) and the release name (as
// helm checks it). The connection is tested live — server version and identity, or why not —
// and Next stays off until it works. The release name is looked up in that namespace: an
// existing release turns the install into an upgrade of it, prefilled from its values; a stuck
// one blocks Next with what to do. The cluster's nodes and storage classes are read here for
// the pages that follow (GPU nodes, node sizes, storage classes).
class ClusterPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterPage)

public:
    explicit ClusterPage(WizardState *state, QWidget *parent = nullptr);
    ~ClusterPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Whether the connection test and the release lookup both have an answer.
    bool isSettled() const;
    QString statusText() const;
    QString releaseText() const;

Q_SIGNALS:
    void settled();

private:
    void connectTo(const QString &contextName);
    void onProbed(const ProbeResult &result);
    void readCluster();
    void lookUpRelease();
    void readSecrets(const QString &nameSpace);
    void onHistory();
    QString nameProblem() const;
    void updateState();

    WizardState *m_state = nullptr;
    QComboBox *m_contexts = nullptr;
    QComboBox *m_namespaces = nullptr;
    QLineEdit *m_release = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_releaseStatus = nullptr;
    QCheckBox *m_restoreDraft = nullptr; // offered when an unfinished install left a draft
    std::optional<AnswersDraft::Found> m_draft;
    QPointer<ClusterProbe> m_probe;
    QPointer<ReleaseHistory> m_history;
    QPointer<KubeReply> m_secretsRead; // the chosen namespace's Secrets, for secretRef fields
    QList<QPointer<KubeReply>> m_reads;
    QTimer m_lookupDelay;
    bool m_connected = false;
    bool m_releaseKnown = false;
    bool m_releaseBlocked = false;
    QString m_lookedUp; // "namespace/release" of the last lookup
    int m_factsPending = 0;
};

} // namespace Slipway
