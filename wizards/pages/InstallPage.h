#pragma once

#include "install/OperationResult.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTableView;

namespace Slipway {

class AuditJournal;
class PodsModel;
class Reflector;
class ReleaseOperation;
class WizardState;

// Step 6: the install (or upgrade) running. helm's progress, the release's pods live as they
// are created and become ready (the main window's pods table), and what Slipway decided along
// the way. It ends on success with the revision deployed and the chart's NOTES (how to reach
// the product), or on failure with what failed, the rollback that happened and the pods that
// kept it from becoming ready. Cancel stops helm, which marks the revision failed and rolls back.
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
    PodsModel *podsModel() const { return m_podsModel; }
    // Stops helm (the revision is marked failed and rolled back); finished() follows.
    void cancel();

Q_SIGNALS:
    void operationFinished();

private:
    void onFinished(const OperationResult &result);

    WizardState *m_state = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_pods = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_resultText = nullptr;
    PodsModel *m_podsModel = nullptr;
    Reflector *m_reflector = nullptr;
    ReleaseOperation *m_operation = nullptr;
    std::unique_ptr<AuditJournal> m_journal;
    OperationResult m_result;
    bool m_finished = false;
};

} // namespace Slipway
