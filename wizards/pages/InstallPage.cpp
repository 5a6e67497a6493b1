#include "InstallPage.h"

#include "WizardState.h"
#include "install/AuditJournal.h"
#include "install/ReleaseOperation.h"
#include "kube/Reflector.h"
#include "ui/OperationDialog.h"
#include "ui/StateDelegate.h"
#include "ui/models/PodsModel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Slipway {

InstallPage::InstallPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_pods(new QTableView(this))
    , m_log(new QPlainTextEdit(this))
    , m_resultText(new QLabel(this))
{
    setObjectName(QStringLiteral("installPage"));
    setTitle(tr("Install"));
    setFinalPage(true);
    m_status->setObjectName(QStringLiteral("installStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("installProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 0);
    m_pods->setObjectName(QStringLiteral("installPods"));
    m_pods->setAccessibleName(tr("The release's pods"));
    m_pods->setItemDelegate(new StateDelegate(m_pods));
    m_pods->verticalHeader()->hide();
    m_pods->horizontalHeader()->setStretchLastSection(true);
    m_pods->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pods->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setObjectName(QStringLiteral("installLog"));
    m_log->setAccessibleName(tr("What happened"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_resultText->setObjectName(QStringLiteral("installResult"));
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultText->hide();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_pods);
    split->addWidget(m_log);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(split, 1);
    layout->addWidget(m_resultText);
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

    Reflector::Options options;
    options.nameSpace = plan.nameSpace;
    options.labelSelector = ReleaseOperation::instanceSelector(plan.release);
    m_reflector = new Reflector(m_state->client(), options, this);
    m_podsModel = new PodsModel(m_reflector, this);
    m_pods->setModel(m_podsModel);
    m_reflector->start();

    m_journal = std::make_unique<AuditJournal>(m_state->setup().journalPath);
    const HelmRequest request = plan.upgradeRequest(*m_state->chart(), m_state->prepared());
    m_operation = new ReleaseOperation(m_state->client(), m_state->helm(), request, this);
    m_operation->setJournal(m_journal.get(),
                            m_state->isUpgrade() ? QStringLiteral("upgrade") : QStringLiteral("install"),
                            m_state->prepared().sha256);
    m_operation->setPreflight(m_state->preflightVerdict, m_state->preflightIgnored);
    m_operation->setPodWatch(m_reflector);
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
    }
    m_resultText->setText(text);
    m_resultText->show();
    Q_EMIT completeChanged();
    Q_EMIT operationFinished();
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
