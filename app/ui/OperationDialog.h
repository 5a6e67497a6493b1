#pragma once

#include "install/Operation.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Slipway {

// Runs one operation of the shared layer (install/Operation) and shows it: the phase, the
// elapsed time, the release's pods while helm waits, what the operation decided, then the
// result — success, or the failure with the pods that did not become ready and what helm did.
// Cancel works at any time; for an operation that cannot stop cleanly (rollback, uninstall,
// recover) the first press only explains why, a second one stops it anyway — as slipway-cli's
// Ctrl-C does. The window stays responsive: the operation itself never blocks.
class OperationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationDialog)

public:
    // Takes ownership of `operation` and starts it once the dialog is shown.
    OperationDialog(Operation *operation, const QString &title, QWidget *parent = nullptr);
    ~OperationDialog() override;

    bool isFinished() const { return m_finished; }
    const OperationResult &result() const { return m_result; }
    // The result in a sentence or a paragraph, as the panel shows it.
    static QString describe(const OperationResult &result, const QString &action);

Q_SIGNALS:
    void operationFinished(const Slipway::OperationResult &result);

protected:
    void showEvent(QShowEvent *event) override;
    void reject() override;

private:
    void onCancel();
    void onFinished(const OperationResult &result);
    void tick();

    QPointer<Operation> m_operation;
    QLabel *m_phase = nullptr;
    QLabel *m_elapsed = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_pods = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_outcome = nullptr;
    QPushButton *m_cancel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QElapsedTimer m_clock;
    QTimer m_ticker;
    OperationResult m_result;
    int m_cancelPresses = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Slipway
