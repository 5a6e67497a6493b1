#pragma once

#include <QWizardPage>

class QCheckBox;

namespace Slipway {

class PreflightRun;
class PreflightView;
class WizardState;

// Step 5: the preflight of exactly what will be installed (PreflightRun: the chart rendered
// against the cluster's version and APIs, then permissions, namespace, capacity, GPUs, storage,
// quotas, images, release state). Next — "Install" or "Upgrade" — is enabled when no check
// failed, or when the administrator ticks the box that overrides the failed ones by name; the
// journal records which. This is the last page that can go back: installing commits.
class PreflightPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightPage)

public:
    explicit PreflightPage(WizardState *state, QWidget *parent = nullptr);
    ~PreflightPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    PreflightView *view() const { return m_view; }
    QCheckBox *overrideBox() const { return m_override; }
    bool isRunning() const;
    QStringList failedChecks() const { return m_failed; }

Q_SIGNALS:
    void preflightFinished();

private:
    void onFinished();

    WizardState *m_state = nullptr;
    PreflightView *m_view = nullptr;
    QCheckBox *m_override = nullptr;
    PreflightRun *m_run = nullptr;
    QStringList m_failed;
    bool m_done = false;
    bool m_blocked = false; // the cluster or the release records could not be read
};

} // namespace Slipway
