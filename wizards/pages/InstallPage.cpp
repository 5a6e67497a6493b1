#include "InstallPage.h"

#include "WizardState.h"
#include "install/AuditJournal.h"
#include "install/ReleaseOperation.h"
#include "ui/OperationDialog.h"
#include "ui/ReleaseView.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace Slipway {

InstallPage::InstallPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_view(new ReleaseView(this))
    , m_log(new QPlainTextEdit(this))
    , m_resultText(new QLabel(this))
    , m_showLogs(new QPushButton(tr("Show Lo&gs"), this))
    , m_historyPoll(new QTimer(this))
{
    setObjectName(QStringLiteral("installPage"));
    setTitle(tr("Install"));
    setFinalPage(true);
    m_status->setObjectName(QStringLiteral("installStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("installProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 0);
    m_view->setObjectName(QStringLiteral("installRelease"));
    m_log->setObjectName(QStringLiteral("installLog"));
    m_log->setAccessibleName(tr("What happened"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_resultText->setObjectName(QStringLiteral("installResult"));
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultText->hide();
    m_showLogs->setObjectName(QStringLiteral("installShowLogs"));
    m_showLogs->setToolTip(tr("The log of the pod that kept the release from becoming ready"));
    m_showLogs->hide();
    connect(m_showLogs, &QPushButton::clicked, this, &InstallPage::showLogs);
    m_historyPoll->setInterval(1000);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_log);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *result = new QHBoxLayout;
    result->addWidget(m_resultText, 1);
    result->addWidget(m_showLogs, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(split, 1);
    layout->addLayout(result);
}

InstallPage::~InstallPage()
{
    if (isRunning())
        m_operation->cancel();
    // Gone before the journal it writes to (a member, destroyed before the page's children).
    delete m_operation;
}

void InstallPage::initializePage()
{
    if (m_operation)
        return; // a commit page: this runs once
    const InstallPlan &plan = m_state->plan();
    const QString action = m_state->isUpgrade() ? tr("Upgrading") : tr("Installing");
    setTitle(m_state->isUpgrade() ? tr("Upgrade") : tr("Install"));
    m_status->setText(tr("%1 “%2” in namespace %3…").arg(action, plan.release, plan.nameSpace));

    // The release as the window shows it, from its first pod on. Its history is read again each
    // second until helm has stored the new revision: then the workloads and events narrow to
    // the release's own objects and the overview has its status.
    m_view->setRelease(m_state->client(), plan.release, plan.nameSpace, plan.storage);
    m_view->showPods();
    const int revisionBefore = m_state->deployed() ? m_state->deployed()->revision : 0;
    connect(m_historyPoll, &QTimer::timeout, m_view, &ReleaseView::reloadHistory);
    connect(m_view, &ReleaseView::historyLoaded, this, [this, revisionBefore] {
        if (m_view->latest() && m_view->latest()->revision > revisionBefore)
            m_historyPoll->stop();
    });
    m_historyPoll->start();

    m_journal = std::make_unique<AuditJournal>(m_state->setup().journalPath);
    const HelmRequest request = plan.upgradeRequest(*m_state->chart(), m_state->prepared());
    m_operation = new ReleaseOperation(m_state->client(), m_state->helm(), request, this);
    m_operation->setJournal(m_journal.get(),
                            m_state->isUpgrade() ? QStringLiteral("upgrade") : QStringLiteral("install"),
                            m_state->prepared().sha256);
    m_operation->setPreflight(m_state->preflightVerdict, m_state->preflightIgnored);
    m_operation->setPodWatch(m_view->podWatch());
    connect(m_operation, &Operation::progress, this, [this](int done, int total, const QString &text) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(text);
    });
    connect(m_operation, &Operation::notice, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_operation, &Operation::finished, this, &InstallPage::onFinished);
    m_operation->start();
}

void InstallPage::onFinished(const OperationResult &result)
{
    m_finished = true;
    m_result = result;
    m_historyPoll->stop();
    m_view->reloadHistory(); // the revision as it ended: deployed, failed, rolled back
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    // helm's verb is "upgrade" for both (upgrade --install); the administrator asked to install.
    const QString action = m_state->isUpgrade() ? tr("upgrade") : tr("install");
    QString text = OperationDialog::describe(result, action);
    if (result.ok()) {
        m_state->discardDraft(); // nothing unfinished to offer again
        m_status->setText(m_state->isUpgrade()
                              ? tr("Upgraded: revision %1 is deployed.").arg(result.revisionAfter)
                              : tr("Installed: revision %1 is deployed.").arg(result.revisionAfter));
        // helm prints the stored release as JSON: its notes say how to reach the product.
        const QString notes = QJsonDocument::fromJson(result.helm.output)
                                  .object()
                                  .value(QLatin1String("info"))
                                  .toObject()
                                  .value(QLatin1String("notes"))
                                  .toString()
                                  .trimmed();
        if (!notes.isEmpty())
            m_log->appendPlainText(QLatin1Char('\n') + notes);
    } else {
        m_status->setText(result.cancelled() ? tr("Cancelled.") : tr("It did not work."));
        if (!result.failingPods.isEmpty())
            text += QLatin1String("\n") + tr("Pods that were not ready:") + QLatin1String("\n  ")
                + result.failingPods.join(QLatin1String("\n  "));
        if (!result.failureLogs.isEmpty()) {
            m_failureLogs = new QPlainTextEdit(m_view);
            m_failureLogs->setObjectName(QStringLiteral("installFailureLogs"));
            m_failureLogs->setAccessibleName(tr("The last lines the failing containers wrote"));
            m_failureLogs->setReadOnly(true);
            m_failureLogs->setLineWrapMode(QPlainTextEdit::NoWrap);
            m_failureLogs->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            QStringList logs;
            for (const ContainerLog &log : result.failureLogs)
                logs << ReleaseOperation::failureLogText(log);
            m_failureLogs->setPlainText(logs.join(QLatin1String("\n\n")));
            m_view->addTab(m_failureLogs, tr("Fail&ure Logs"));
        }
        m_showLogs->setVisible(!result.failingPods.isEmpty() || m_failureLogs);
    }
    m_resultText->setText(text);
    m_resultText->show();
    Q_EMIT completeChanged();
    Q_EMIT operationFinished();
}

void InstallPage::showLogs()
{
    // The pod that failed, while it is still there (a release left failed, without rollback);
    // else what its container wrote before the rollback deleted it.
    QString pod = m_result.failureLogs.isEmpty() ? QString() : m_result.failureLogs.first().pod;
    if (pod.isEmpty() && !m_result.failingPods.isEmpty())
        pod = m_result.failingPods.first().section(QLatin1Char(':'), 0, 0);
    if (!pod.isEmpty() && m_view->showLogs(pod))
        return;
    if (m_failureLogs)
        m_view->setCurrentWidget(m_failureLogs);
    else
        m_view->showPods();
}

PodsModel *InstallPage::podsModel() const
{
    return m_view->podsModel();
}

void InstallPage::cancel()
{
    if (isRunning())
        m_operation->cancel();
}

QString InstallPage::resultText() const
{
    return m_resultText->text();
}

bool InstallPage::isComplete() const
{
    return m_finished;
}

} // namespace Slipway
