#pragma once

#include <QWizardPage>

#include <functional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Slipway {

class DiffPane;
class HelmJob;
class UpgradePreview;
struct UpgradeNote;
class WizardState;

// Step 4: what will be installed. The composed values.yaml (secrets are never shown: they go
// to helm in a file of their own), every value that differs from the chart's defaults with the
// field or preset it came from, and for an upgrade the values and manifest diff against the
// deployed revision (a server-side dry run of the very upgrade). *Warnings and Images*: for an
// upgrade what it does beyond the diff (pods replaced, fields Kubernetes refuses to change,
// volumes deleted: UpgradeImpact), and the images the release will pull (from the dry run, or
// for an install from `helm template`). Every problem of the whole
// plan — fields of every page, the chart's schema — is listed here and blocks Next.
// Save Values… writes the values file (secrets to their own 0600 file, or nowhere); Save
// Answers… writes an answers file `slipway-cli install --answers` takes unchanged.
class ReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(WizardState *state, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    QString valuesText() const;
    QString problemsText() const;
    QString changesText() const;
    QString impactText() const; // the Warnings and Images tab
    bool isImpactRunning() const;
    DiffPane *diffPane() const { return m_diff; }
    // The upgrade's values diff as unified text, once the dry run has answered.
    QStringList valuesDiff() const { return m_valuesDiff; }
    bool isPreviewRunning() const;
    // Save Answers… and Save Values… without their file dialogs (the GUI tests use these).
    bool saveAnswers(const QString &file, bool includeSecrets);
    bool saveValues(const QString &valuesFile, const QString &secretsFile);

Q_SIGNALS:
    void previewFinished();

private:
    void previewUpgrade();
    void renderForImages();
    // Whether helm is there to run now; else `say`s why — `without` with helm's error — or that
    // it is being looked for, and runs `retry` once it is found.
    bool helmReady(void (ReviewPage::*retry)(), const std::function<void(const QString &)> &say,
                   const QString &without);
    void showImpact(const QList<UpgradeNote> &notes, const QStringList &images, const QString &error);
    void askSaveAnswers();
    void askSaveValues();

    WizardState *m_state = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_values = nullptr;
    QPlainTextEdit *m_changes = nullptr;
    DiffPane *m_diff = nullptr;
    QPlainTextEdit *m_impact = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_saveValues = nullptr;
    QPushButton *m_saveAnswers = nullptr;
    UpgradePreview *m_preview = nullptr;
    HelmJob *m_render = nullptr; // an install's images
    QString m_summaryText;
    QStringList m_valuesDiff;
    bool m_valid = false;
};

} // namespace Slipway
