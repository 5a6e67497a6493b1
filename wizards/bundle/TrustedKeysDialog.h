#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Slipway {

// Trusted Bundle Keys…: the minisign public key files an offline bundle's signature is checked
// against (TrustedKeys: the settings' list, besides every *.pub of the trusted-keys folder the
// CLI reads too). A file is added only when it is a minisign public key; each is listed with
// its key id. Saved when the dialog is accepted.
class TrustedKeysDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustedKeysDialog)

public:
    explicit TrustedKeysDialog(QWidget *parent = nullptr);
    ~TrustedKeysDialog() override;

    // Adds a key file; false (with the reason shown) when it is not a minisign public key.
    bool addKeyFile(const QString &file);
    QStringList keyFiles() const;
    QString errorText() const;

    void accept() override;

private:
    void removeSelected();
    void showError(const QString &text);

    QListWidget *m_list = nullptr;
    QLabel *m_folder = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Slipway
