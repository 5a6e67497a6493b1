#include "ClusterPage.h"

#include "WizardState.h"
#include "helm/ReleaseHistory.h"
#include "install/ReleasePolicy.h"
#include "kube/ClusterProbe.h"
#include "kube/KubeClient.h"
#include "kube/KubeReply.h"
#include "kube/KubeRequest.h"
#include "preflight/NodeFacts.h"

#include <QComboBox>
#include <QLocale>
#include <QCheckBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>

namespace Slipway {

namespace {

constexpr int kLookupDelayMs = 300;

QList<QJsonObject> items(const KubeReply *reply)
{
    QList<QJsonObject> list;
    if (reply && reply->ok()) {
        for (const QJsonValue &item : reply->json().value(QLatin1String("items")).toArray())
            list << item.toObject();
    }
    return list;
}

} // namespace

ClusterPage::ClusterPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_contexts(new QComboBox(this))
    , m_namespaces(new QComboBox(this))
    , m_release(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_releaseStatus(new QLabel(this))
    , m_restoreDraft(new QCheckBox(this))
{
    setObjectName(QStringLiteral("clusterPage"));
    setTitle(tr("Cluster"));
    setSubTitle(tr("Where the product is installed: the cluster, the namespace and the name of "
                   "the release."));
    m_contexts->setObjectName(QStringLiteral("contextBox"));
    m_contexts->setAccessibleName(tr("Kubeconfig context"));
    m_namespaces->setObjectName(QStringLiteral("namespaceBox"));
    m_namespaces->setAccessibleName(tr("Namespace"));
    m_namespaces->setEditable(true);
    m_namespaces->setInsertPolicy(QComboBox::NoInsert);
    m_release->setObjectName(QStringLiteral("releaseEdit"));
    m_release->setAccessibleName(tr("Release name"));
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_releaseStatus->setObjectName(QStringLiteral("releaseStatus"));
    m_releaseStatus->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Context:"), m_contexts);
    form->addRow(QString(), m_status);
    form->addRow(tr("Na&mespace:"), m_namespaces);
    form->addRow(tr("&Release name:"), m_release);
    form->addRow(QString(), m_releaseStatus);
    m_restoreDraft->setObjectName(QStringLiteral("restoreDraft"));
    m_restoreDraft->hide();
    form->addRow(QString(), m_restoreDraft);

    for (const KubeContext &context : m_state->setup().kubeconfig.contexts())
        m_contexts->addItem(context.name);
    m_lookupDelay.setSingleShot(true);
    m_lookupDelay.setInterval(kLookupDelayMs);
    connect(&m_lookupDelay, &QTimer::timeout, this, &ClusterPage::lookUpRelease);
    connect(m_contexts, &QComboBox::currentTextChanged, this, &ClusterPage::connectTo);
    connect(m_namespaces, &QComboBox::currentTextChanged, this, &ClusterPage::updateState);
    connect(m_release, &QLineEdit::textChanged, this, &ClusterPage::updateState);
}

ClusterPage::~ClusterPage() = default;

void ClusterPage::initializePage()
{
    const Chart *chart = m_state->chart();
    const Descriptor *descriptor = m_state->descriptor();
    const InstallPlan &plan = m_state->plan();
    if (m_release->text().isEmpty() || !plan.release.isEmpty())
        m_release->setText(ReleasePolicy::releaseName(plan.release, chart));
    const QString context = m_state->setup().context.isEmpty()
        ? m_state->setup().kubeconfig.currentContext()
        : m_state->setup().context;
    if (m_namespaces->currentText().isEmpty() || !plan.nameSpace.isEmpty()) {
        const auto entry = m_state->setup().kubeconfig.context(context);
        m_namespaces->setEditText(ReleasePolicy::nameSpace(
            plan.nameSpace, descriptor, entry ? entry->nameSpace : QString()));
    }
    if (!m_connected && !m_probe) {
        if (m_contexts->currentText() == context)
            connectTo(context);
        else
            m_contexts->setCurrentText(context); // connects
    }
    m_lookedUp.clear();
    updateState();
}

void ClusterPage::connectTo(const QString &contextName)
{
    delete m_probe;
    delete m_history; // both use the client of the context before
    m_connected = false;
    m_releaseKnown = false;
    m_lookedUp.clear();
    const Expected<ResolvedContext> resolved = m_state->setup().kubeconfig.resolve(contextName);
    if (!resolved) {
        m_status->setText(resolved.error().toString());
        updateState();
        Q_EMIT settled();
        return;
    }
    m_state->setCluster(resolved.value(), QString());
    m_status->setText(tr("Connecting to %1…").arg(resolved->cluster.server));
    m_probe = new ClusterProbe(m_state->client(), this);
    connect(m_probe, &ClusterProbe::finished, this, &ClusterPage::onProbed);
    m_probe->start();
    updateState();
}

void ClusterPage::onProbed(const ProbeResult &result)
{
    m_probe->deleteLater();
    m_probe = nullptr;
    if (!result.ok()) {
        m_status->setText(tr("Cannot use this cluster: %1").arg(result.error));
        updateState();
        Q_EMIT settled();
        return;
    }
    m_connected = true;
    m_state->setCluster(m_state->context(), result.gitVersion);
    m_status->setText(tr("Connected to %1, Kubernetes %2, as %3.")
                          .arg(result.server, result.gitVersion,
                               result.username.isEmpty() ? tr("an anonymous user")
                                                         : result.username));
    readCluster();
    updateState();
}

void ClusterPage::readCluster()
{
    KubeClient *client = m_state->client();
    KubeReply *namespaces = client->send(KubeRequest::get(QStringLiteral("/api/v1/namespaces")), this);
    connect(namespaces, &KubeReply::finished, this, [this, namespaces] {
        namespaces->deleteLater();
        const QString typed = m_namespaces->currentText();
        QStringList names;
        for (const QJsonObject &item : items(namespaces))
            names << item[QLatin1String("metadata")][QLatin1String("name")].toString();
        names.sort();
        const QSignalBlocker quiet(m_namespaces);
        m_namespaces->clear();
        m_namespaces->addItems(names);
        m_namespaces->setEditText(typed);
        m_namespaces->setToolTip(namespaces->ok()
                                     ? tr("An existing namespace, or a new name: the install "
                                          "creates it")
                                     : tr("This identity may not list namespaces: %1")
                                           .arg(namespaces->error().message()));
        updateState();
    });
    // Node sizes, GPU nodes and storage classes, for the product's pages.
    auto *nodes = client->send(KubeRequest::get(QStringLiteral("/api/v1/nodes")), this);
    auto *classes = client->send(
        KubeRequest::get(QStringLiteral("/apis/storage.k8s.io/v1/storageclasses")), this);
    m_factsPending = 2;
    auto collect = [this, nodes, classes] {
        if (--m_factsPending > 0)
            return;
        m_state->setFacts(NodeFacts::read(items(nodes), items(classes)));
        nodes->deleteLater();
        classes->deleteLater();
    };
    connect(nodes, &KubeReply::finished, this, collect);
    connect(classes, &KubeReply::finished, this, collect);
}

QString ClusterPage::nameProblem() const
{
    QString problem = ReleasePolicy::namespaceProblem(m_namespaces->currentText().trimmed());
    if (problem.isEmpty())
        problem = ReleasePolicy::releaseNameProblem(m_release->text().trimmed());
    return problem;
}

void ClusterPage::updateState()
{
    const QString key = m_namespaces->currentText().trimmed() + QLatin1Char('/')
        + m_release->text().trimmed();
    const QString problem = nameProblem();
    if (!problem.isEmpty()) {
        m_lookupDelay.stop();
        m_releaseKnown = false;
        m_lookedUp.clear();
        m_releaseStatus->setText(problem);
    } else if (m_connected && key != m_lookedUp) {
        m_releaseKnown = false;
        m_releaseStatus->setText(tr("Looking for a release of that name…"));
        m_lookupDelay.start();
    }
    Q_EMIT completeChanged();
}

void ClusterPage::lookUpRelease()
{
    delete m_history;
    m_lookedUp = m_namespaces->currentText().trimmed() + QLatin1Char('/')
        + m_release->text().trimmed();
    m_history = new ReleaseHistory(m_state->client(), m_namespaces->currentText().trimmed(),
                                   m_release->text().trimmed(), m_state->setup().storage, this);
    connect(m_history, &ReleaseHistory::finished, this, &ClusterPage::onHistory);
    m_history->start();
    readSecrets(m_namespaces->currentText().trimmed());
}

void ClusterPage::readSecrets(const QString &nameSpace)
{
    delete m_secretsRead;
    // helm's release records are the namespace's largest Secrets and never what a chart is
    // pointed at: the server leaves them out. Only names and keys are kept (NodeFacts).
    m_secretsRead = m_state->client()->send(
        KubeRequest::get(QStringLiteral("/api/v1/namespaces/%1/secrets").arg(nameSpace))
            .withQuery(QStringLiteral("fieldSelector"), QStringLiteral("type!=helm.sh/release.v1")),
        this);
    KubeReply *reply = m_secretsRead;
    connect(reply, &KubeReply::finished, this, [this, reply] {
        reply->deleteLater();
        // A new namespace has none yet; one this identity may not read leaves typed names.
        m_state->setSecrets(NodeFacts::secretKeys(items(reply)));
    });
}

void ClusterPage::onHistory()
{
    ReleaseHistory *history = m_history;
    history->deleteLater();
    m_history = nullptr;
    m_releaseKnown = history->ok();
    m_releaseBlocked = false;
    m_draft.reset();
    const QString release = m_release->text().trimmed();
    if (!history->ok()) {
        m_releaseStatus->setText(tr("Cannot read the release's records: %1")
                                     .arg(history->errorText()));
    } else if (const ReleaseRecord *latest = history->latest(); !latest) {
        m_state->clearExistingRelease();
        m_releaseStatus->setText(tr("A new release “%1” will be installed.").arg(release));
        // An install into this namespace left unfinished (closed, or Slipway stopped): offer its
        // answers again.
        m_draft = m_state->draft(m_namespaces->currentText().trimmed());
        if (m_draft) {
            m_restoreDraft->setText(tr("Restore the answers of an unfinished install here (%1); "
                                       "secrets are asked again")
                                        .arg(QLocale().toString(m_draft->savedAt, QLocale::ShortFormat)));
            m_restoreDraft->setToolTip(tr("Answers are kept as they are typed, without secret "
                                          "ones, until the install succeeds."));
            m_restoreDraft->setChecked(true);
        }
    } else if (ReleasePolicy::isStuck(*latest)) {
        m_releaseBlocked = true;
        m_releaseStatus->setText(
            tr("The release “%1” is stuck in “%2” (revision %3): another operation began and did "
               "not finish. Recover it from the main window (Recover…) first.")
                .arg(release, latest->status)
                .arg(latest->revision));
    } else {
        const ReleaseRecord *deployed = history->lastDeployed();
        const ReleaseRecord *source = deployed ? deployed : latest;
        m_state->setExistingRelease(*source);
        m_releaseStatus->setText(tr("The release “%1” exists (revision %2, %3, chart %4): it will "
                                    "be upgraded, starting from the values it runs with.")
                                     .arg(release)
                                     .arg(latest->revision)
                                     .arg(latest->status, latest->chart()));
    }
    m_restoreDraft->setVisible(m_draft.has_value());
    Q_EMIT completeChanged();
    Q_EMIT settled();
}

bool ClusterPage::isSettled() const
{
    return !m_probe && (!m_connected || m_releaseKnown || !m_history) && !m_lookupDelay.isActive()
        && !m_history;
}

QString ClusterPage::statusText() const
{
    return m_status->text();
}

QString ClusterPage::releaseText() const
{
    return m_releaseStatus->text();
}

bool ClusterPage::isComplete() const
{
    return m_connected && m_releaseKnown && !m_releaseBlocked && nameProblem().isEmpty()
        && !m_lookupDelay.isActive() && !m_history;
}

bool ClusterPage::validatePage()
{
    InstallPlan &plan = m_state->plan();
    plan.nameSpace = m_namespaces->currentText().trimmed();
    plan.release = m_release->text().trimmed();
    if (!isComplete())
        return false;
    if (m_draft && m_restoreDraft->isChecked()) {
        plan.answers = m_draft->answers;
        m_draft.reset(); // once: Back and Next again keep what was typed since
        m_restoreDraft->hide();
    }
    return true;
}

} // namespace Slipway
