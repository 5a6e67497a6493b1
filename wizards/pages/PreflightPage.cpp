#include "PreflightPage.h"

#include "WizardState.h"
#include "install/PreflightRun.h"
#include "ui/PreflightView.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace Slipway {

PreflightPage::PreflightPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_view(new PreflightView(this))
    , m_override(new QCheckBox(this))
{
    setObjectName(QStringLiteral("preflightPage"));
    setTitle(tr("Preflight"));
    setSubTitle(tr("The install checked against the cluster before anything changes."));
    setCommitPage(true);
    m_view->setObjectName(QStringLiteral("preflightView"));
    m_override->setObjectName(QStringLiteral("preflightOverride"));
    m_override->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_override);
    connect(m_override, &QCheckBox::toggled, this, &PreflightPage::completeChanged);
}

PreflightPage::~PreflightPage() = default;

void PreflightPage::initializePage()
{
    setButtonText(QWizard::CommitButton, m_state->isUpgrade() ? tr("&Upgrade") : tr("&Install"));
    delete m_run;
    m_run = nullptr;
    m_done = false;
    m_blocked = false;
    m_failed.clear();
    m_override->setChecked(false);
    m_override->hide();
    Q_EMIT completeChanged();
    if (m_state->isLocatingHelm()) {
        m_view->setRunning(tr("Looking for helm…"));
        connect(m_state, &WizardState::helmLocated, this, &PreflightPage::initializePage,
                Qt::SingleShotConnection);
        return;
    }
    if (m_state->helm().path.isEmpty()) {
        m_blocked = true;
        m_view->setMessage(tr("helm is needed to check and install: %1").arg(m_state->helmError()));
        return;
    }
    m_run = new PreflightRun(m_state->client(), m_state->helm(), this);
    connect(m_run, &PreflightRun::progress, m_view, &PreflightView::setRunning);
    connect(m_run, &PreflightRun::finished, this, &PreflightPage::onFinished);
    PreflightInput input;
    input.request = m_state->plan().upgradeRequest(*m_state->chart(), m_state->prepared());
    input.chartKubeVersion = m_state->chart()->kubeVersion;
    input.upgrade = m_state->isUpgrade();
    m_view->setRunning(tr("Checking the install against the cluster…"));
    m_run->start(input);
    Q_EMIT completeChanged();
}

void PreflightPage::onFinished()
{
    if (m_run->cancelled())
        return;
    m_done = true;
    if (const QString unreachable = m_run->connectionError(); !unreachable.isEmpty()) {
        m_blocked = true;
        m_view->setMessage(tr("Preflight could not reach the cluster: %1").arg(unreachable));
    } else if (const QString history = m_run->historyError(); !history.isEmpty()) {
        m_blocked = true;
        m_view->setMessage(tr("The release's records cannot be read: %1").arg(history));
    } else {
        m_view->setReport(m_run->report());
        for (const PreflightCheck &check : m_run->report().blocking({}))
            m_failed << check.id;
    }
    if (!m_failed.isEmpty()) {
        m_override->setText(tr("Go ahead anyway, overriding the failed checks: %1")
                                .arg(m_failed.join(QLatin1String(", "))));
        m_override->show();
    }
    Q_EMIT completeChanged();
    Q_EMIT preflightFinished();
}

void PreflightPage::cleanupPage()
{
    if (m_run)
        m_run->cancel();
}

bool PreflightPage::isRunning() const
{
    return m_run && m_run->isRunning();
}

bool PreflightPage::isComplete() const
{
    return m_done && !m_blocked && (m_failed.isEmpty() || m_override->isChecked());
}

bool PreflightPage::validatePage()
{
    if (!isComplete())
        return false;
    m_state->preflightVerdict = m_failed.isEmpty() ? QStringLiteral("passed")
                                                   : QStringLiteral("overridden");
    m_state->preflightIgnored = m_failed;
    return true;
}

} // namespace Slipway
