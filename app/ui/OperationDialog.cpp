#include "OperationDialog.h"

#include "StateDelegate.h"

#include "core/Duration.h"
#include "install/ReleaseOperation.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace Slipway {

OperationDialog::OperationDialog(Operation *operation, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_operation(operation)
    , m_phase(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_pods(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_outcome(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("operationDialog"));
    setWindowTitle(title);
    resize(640, 420);
    operation->setParent(this);

    m_phase->setObjectName(QStringLiteral("operationPhase"));
    m_phase->setText(tr("Starting…"));
    m_elapsed->setObjectName(QStringLiteral("operationElapsed"));
    m_progress->setObjectName(QStringLiteral("operationProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 4);
    m_progress->setValue(0);
    m_pods->setObjectName(QStringLiteral("operationPods"));
    m_pods->setWordWrap(true);
    m_log->setObjectName(QStringLiteral("operationLog"));
    m_log->setAccessibleName(tr("Operation log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_outcome->setObjectName(QStringLiteral("operationOutcome"));
    m_outcome->setAccessibleName(tr("Result"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();

    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("operationCancel"));
    m_cancel->setAccessibleName(tr("Cancel the operation"));
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("operationClose"));
    close->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &OperationDialog::onCancel);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    auto *top = new QHBoxLayout;
    top->addWidget(m_phase, 1);
    top->addWidget(m_elapsed);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_pods);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_buttons);

    connect(operation, &Operation::progress, this, [this](int done, int total, const QString &text) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_phase->setText(text);
        m_log->appendPlainText(text);
    });
    connect(operation, &Operation::podsChanged, this, [this](const PodSummary &pods) {
        QString text = tr("Pods ready: %1 of %2").arg(pods.ready).arg(pods.total);
        if (!pods.firstProblem.isEmpty())
            text += QStringLiteral(" · ") + pods.firstProblem;
        m_pods->setText(text);
    });
    connect(operation, &Operation::notice, this,
            [this](const QString &text) { m_log->appendPlainText(text); });
    connect(operation, &Operation::finished, this, &OperationDialog::onFinished);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &OperationDialog::tick);
}

OperationDialog::~OperationDialog() = default;

void OperationDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_started || !m_operation)
        return;
    m_started = true;
    m_clock.start();
    m_ticker.start();
    tick();
    m_operation->start();
}

void OperationDialog::tick()
{
    m_elapsed->setText(Duration::human(m_clock.elapsed()));
}

void OperationDialog::reject()
{
    // Escape and the window's close button mean Cancel while it runs, Close afterwards.
    if (m_finished || !m_started)
        QDialog::reject();
    else
        onCancel();
}

void OperationDialog::onCancel()
{
    if (!m_operation || m_finished)
        return;
    ++m_cancelPresses;
    if (!m_operation->cancelIsClean() && m_cancelPresses == 1) {
        m_log->appendPlainText(
            tr("helm %1 is not stopped half-way: that would leave the release stuck. Press "
               "Cancel again to stop it anyway.")
                .arg(m_operation->actionName()));
        m_cancel->setText(tr("Stop anyway"));
        return;
    }
    m_log->appendPlainText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
    m_operation->cancel();
}

QString OperationDialog::describe(const OperationResult &result, const QString &action)
{
    if (result.ok()) {
        if (result.statusAfter.isEmpty())
            return tr("%1 succeeded: the release has no revisions left.").arg(action);
        return tr("%1 succeeded: revision %2 is %3.")
            .arg(action)
            .arg(result.revisionAfter)
            .arg(result.statusAfter);
    }
    QString text = result.message.isEmpty() ? tr("%1 failed.").arg(action) : result.message;
    if (result.problem == OperationResult::Problem::Busy)
        text += QLatin1Char(' ')
            + tr("Wait, or if you are sure nothing else is working on this release, recover "
                 "again with “even if the operation may still be running”.");
    if (result.revisionAfter > 0 && !result.statusAfter.isEmpty())
        text += QLatin1Char(' ')
            + tr("The release is at revision %1: %2.").arg(result.revisionAfter).arg(result.statusAfter);
    return text;
}

void OperationDialog::onFinished(const OperationResult &result)
{
    m_finished = true;
    m_result = result;
    m_ticker.stop();
    tick();
    m_cancel->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    const QString action = m_operation ? m_operation->actionName() : QString();
    m_outcome->setText(describe(result, action));
    m_outcome->setProperty("state", result.ok() ? QStringLiteral("ok") : QStringLiteral("failed"));
    QPalette palette = m_outcome->palette();
    if (!result.ok())
        palette.setColor(QPalette::WindowText, StateDelegate::colorFor(ItemState::Failed, palette));
    m_outcome->setPalette(palette);
    m_outcome->show();
    if (!result.failingPods.isEmpty())
        m_log->appendPlainText(tr("Pods that did not become ready:\n  %1")
                                   .arg(result.failingPods.join(QLatin1String("\n  "))));
    // What their failing containers wrote last, read before a rollback deleted them.
    for (const ContainerLog &log : result.failureLogs)
        m_log->appendPlainText(ReleaseOperation::failureLogText(log));
    Q_EMIT operationFinished(result);
}

} // namespace Slipway
