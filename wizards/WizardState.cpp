#include "WizardState.h"

#include "Logging.h"
#include "kube/KubeClient.h"
#include "product/AnswerValidator.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Slipway {

WizardState::WizardState(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
{
    m_plan.kubeconfig = m_setup.kubeconfig.files().value(0);
    m_plan.storage = m_setup.storage;
    m_plan.nameSpace = m_setup.nameSpace;
    m_plan.release = m_setup.release;
    m_helm = m_setup.helm;
    m_draftWriter.setMaxThreadCount(1);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(500);
    connect(&m_draftTimer, &QTimer::timeout, this, &WizardState::saveDraft);
    if (m_helm.path.isEmpty()) {
        // `helm version` is a process run: never on the GUI thread.
        m_locatingHelm = true;
        auto *watcher = new QFutureWatcher<Expected<HelmInstallation>>(this);
        connect(watcher, &QFutureWatcher<Expected<HelmInstallation>>::finished, this, [this, watcher] {
            watcher->deleteLater();
            const Expected<HelmInstallation> found = watcher->result();
            if (found)
                m_helm = found.value();
            else
                m_helmError = found.error().toString();
            m_locatingHelm = false;
            Q_EMIT helmLocated();
        });
        watcher->setFuture(QtConcurrent::run(
            [] { return HelmLocator(HelmLocator::sourcesFromEnvironment()).locate(); }));
    }
}

WizardState::~WizardState()
{
    // Closed within half a second of the last change: that change is kept too.
    if (m_draftTimer.isActive())
        saveDraft();
    m_draftWriter.waitForDone();
}

void WizardState::setChart(Chart chart)
{
    m_chart = std::move(chart);
    m_composer = m_chart->descriptor ? std::make_unique<ValuesComposer>(*m_chart) : nullptr;
    m_plan.chartPath = m_chart->source;
    m_plan.hasAnswers = m_chart->descriptor.has_value();
    m_plan.answers = {};
    m_deployed.reset();
    m_plan.upgrade = false;
    Q_EMIT chartChanged();
}

const Descriptor *WizardState::descriptor() const
{
    return m_chart && m_chart->descriptor ? &*m_chart->descriptor : nullptr;
}

void WizardState::setCluster(const ResolvedContext &context, const QString &serverVersion)
{
    if (m_client && m_context.context.name == context.context.name) {
        m_serverVersion = serverVersion;
        return;
    }
    m_context = context;
    m_serverVersion = serverVersion;
    m_client = std::make_unique<KubeClient>(context);
    m_plan.context = context.context.name;
    m_hasFacts = false;
    m_facts = {};
}

void WizardState::setExistingRelease(const ReleaseRecord &deployed)
{
    const bool sameRelease = m_deployed && m_deployed->name == deployed.name
        && m_deployed->nameSpace == deployed.nameSpace;
    m_deployed = deployed;
    m_plan.upgrade = true;
    // The answers start from what runs, once per release: edits made since are kept.
    if (!sameRelease && m_composer)
        m_plan.answers
            = m_composer->answersFrom(ValueTree::fromVariant(deployed.config.toVariantMap()));
}

void WizardState::clearExistingRelease()
{
    m_deployed.reset();
    m_plan.upgrade = false;
}

void WizardState::setFacts(const ClusterFacts &facts)
{
    const QMap<QString, QStringList> secrets = m_facts.secrets;
    m_facts = facts;
    m_facts.secrets = secrets;
    m_hasFacts = true;
    Q_EMIT factsChanged();
}

void WizardState::setSecrets(const QMap<QString, QStringList> &secrets)
{
    if (m_facts.secrets == secrets)
        return;
    m_facts.secrets = secrets;
    Q_EMIT factsChanged();
}

AnswersDraft::Key WizardState::draftKey() const
{
    return { m_chart ? m_chart->name : QString(), m_plan.context, m_plan.nameSpace };
}

void WizardState::answersEdited()
{
    if (!m_plan.upgrade && descriptor())
        m_draftTimer.start();
}

void WizardState::saveDraft()
{
    if (m_plan.upgrade || !descriptor() || m_plan.nameSpace.isEmpty())
        return;
    // The text here (it reads the descriptor), the write (an fsync) on the writer's thread.
    const QByteArray text = AnswersDraft::text(m_plan.answers, *descriptor());
    m_draftWriter.start([drafts = m_drafts, key = draftKey(), text] {
        const Expected<void> saved = drafts.write(key, text);
        if (!saved)
            qCWarning(lcWizards) << "cannot keep a draft of the answers:" << saved.error().toString();
    });
}

std::optional<AnswersDraft::Found> WizardState::draft(const QString &nameSpace) const
{
    if (m_plan.upgrade || !descriptor() || nameSpace.isEmpty())
        return std::nullopt;
    AnswersDraft::Key key = draftKey();
    key.nameSpace = nameSpace;
    return m_drafts.find(key, *descriptor());
}

void WizardState::discardDraft()
{
    m_draftTimer.stop();
    m_draftWriter.waitForDone(); // a write still queued must not bring the draft back
    if (m_chart)
        m_drafts.remove(draftKey());
}

Issues WizardState::validate() const
{
    if (!m_composer)
        return {};
    return AnswerValidator(*m_composer).validate(m_plan.answers, m_hasFacts ? &m_facts : nullptr);
}

} // namespace Slipway
