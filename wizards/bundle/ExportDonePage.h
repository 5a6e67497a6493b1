#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Slipway {

class ExportProgressPage;

// The export's end: the bundle file, its size and images, and the public key the air-gapped
// site adds to its trusted keys to accept the bundle's signature.
class ExportDonePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDonePage)

public:
    explicit ExportDonePage(const ExportProgressPage *progress, QWidget *parent = nullptr);
    ~ExportDonePage() override;

    void initializePage() override;
    QString summaryText() const;
    QString publicKeyText() const;

private:
    const ExportProgressPage *m_progress;
    QLabel *m_summary = nullptr;
    QLabel *m_keyLabel = nullptr;
    QPlainTextEdit *m_publicKey = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace Slipway
