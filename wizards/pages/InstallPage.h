#pragma once

#include "install/OperationResult.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Slipway {

class AuditJournal;
class PodsModel;
class ReleaseOperation;
class ReleaseView;
class WizardState;

// Step 6: the install (or upgrade) running. helm's progress and what Slipway decided along the
// way, and the release as the main window shows it (ReleaseView): its pods live as they are
// created and become ready, its workloads, its events, any pod's log. It ends on success with
// the revision deployed and the chart's NOTES (how to reach the product), or on failure with
// what failed, the rollback that happened, the pods that kept it from becoming ready, and
// Show Logs: the failing pod's log, or — when the rollback deleted the pod — the last lines
// its failing container wrote, read while helm waited. Cancel stops helm, which marks the
// revision failed and rolls back.
class InstallPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallPage)

public:
    explicit InstallPage(WizardState *state, QWidget *parent = nullptr);
    ~InstallPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_operation != nullptr && !m_finished; }
    bool isFinished() const { return m_finished; }
    const OperationResult &result() const { return m_result; }
    QString resultText() const;
    PodsModel *podsModel() const;
    ReleaseView *releaseView() const { return m_view; }
    // Stops helm (the revision is marked failed and rolled back); finished() follows.
    void cancel();

Q_SIGNALS:
    void operationFinished();

private:
    void onFinished(const OperationResult &result);
    void showLogs();

    WizardState *m_state = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    ReleaseView *m_view = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_resultText = nullptr;
    QPushButton *m_showLogs = nullptr;
    QPlainTextEdit *m_failureLogs = nullptr; // a tab of m_view once a failure has logs
    QTimer *m_historyPoll = nullptr; // until helm has stored the new revision
    ReleaseOperation *m_operation = nullptr;
    std::unique_ptr<AuditJournal> m_journal;
    OperationResult m_result;
    bool m_finished = false;
};

} // namespace Slipway
