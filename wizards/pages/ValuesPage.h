#pragma once

#include <QTemporaryDir>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace Slipway {

class WizardState;

// For a chart without installer.yaml: its values.yaml in an editor, checked as YAML (and
// against the chart's values.schema.json when it has one) as it is typed. What is written here
// is the values file helm gets, kept in a private folder for the wizard's lifetime.
class ValuesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValuesPage)

public:
    explicit ValuesPage(WizardState *state, QWidget *parent = nullptr);
    ~ValuesPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QPlainTextEdit *editor() const { return m_editor; }
    QString errorText() const;

private:
    void check();

    WizardState *m_state = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_error = nullptr;
    QString m_loadedFor;
    QTemporaryDir m_folder;
    bool m_valid = true;
};

} // namespace Slipway
