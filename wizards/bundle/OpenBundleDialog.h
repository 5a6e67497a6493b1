#pragma once

#include "bundle/BundleResult.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Slipway {

class BundleImport;

// The product page's Open Bundle…: an offline bundle's signature checked against the trusted
// keys as soon as it is chosen (an unsigned bundle, or one signed by a key not trusted, needs
// "install anyway", which names the risk), the target registry asked, then BundleImport —
// every checksum verified while the bundle is extracted into a private folder, the images
// pushed, the values rewritten to the registry — with progress and Cancel. A refused or failed
// import shows why (the first bad file) and keeps nothing extracted. Accepted, result() holds
// the chart and the values to install from.
class OpenBundleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenBundleDialog)

public:
    explicit OpenBundleDialog(QWidget *parent = nullptr);
    ~OpenBundleDialog() override;

    // Chooses the bundle and checks its signature off the GUI thread (checked() follows).
    void setBundle(const QString &file);
    bool isChecking() const { return m_check.isRunning(); }
    bool isImporting() const { return m_import != nullptr; }
    bool canImport() const;
    QString trustText() const;
    QString errorText() const;
    const BundleResult &result() const { return m_result; }

public Q_SLOTS:
    void startImport();
    void reject() override;

Q_SIGNALS:
    void checked();
    void importFinished(bool ok);

private:
    struct Check
    {
        bool readable = false; // the names, the signature and the manifest hold together
        bool trusted = false;
        QString signer;
        QString problem; // why it is not trusted, or why it cannot be opened
        BundleManifest manifest;
    };
    void showCheck(const Check &check);
    void finish(const BundleResult &result);
    void updateButtons();
    void showError(const QString &text);
    void editTrustedKeys();

    QLineEdit *m_file = nullptr;
    QLabel *m_about = nullptr;
    QLabel *m_trust = nullptr;
    QCheckBox *m_anyway = nullptr;
    QLineEdit *m_registry = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_plainHttp = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_path; // the bundle chosen
    QFutureWatcher<Check> m_check;
    Check m_checked;
    BundleImport *m_import = nullptr;
    QString m_extractTo;
    BundleResult m_result;
};

} // namespace Slipway
