#pragma once

#include <QWizardPage>

class QButtonGroup;
class QPlainTextEdit;

namespace Slipway {

class WizardState;
struct Preset;

// The product's environments and sizes (installer.yaml presets): one choice each, and below
// them exactly what the chosen presets set in the values, so nothing is changed unseen.
class PresetPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetPage)

public:
    explicit PresetPage(WizardState *state, QWidget *parent = nullptr);
    ~PresetPage() override;

    void initializePage() override;
    bool validatePage() override;
    // The values the chosen presets set, as shown.
    QString effectText() const;

private:
    void build();
    void showEffect();
    QString chosen(const QButtonGroup *group, const QList<Preset> &presets) const;

    WizardState *m_state = nullptr;
    QWidget *m_choices = nullptr;
    QButtonGroup *m_environments = nullptr;
    QButtonGroup *m_sizes = nullptr;
    QPlainTextEdit *m_effect = nullptr;
    QString m_builtFor; // the chart the choices were made for
};

} // namespace Slipway
