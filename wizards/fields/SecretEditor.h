#pragma once

#include "FieldEditor.h"

class QLineEdit;
class QToolButton;

namespace Slipway {

// A secret: masked, with a toggle that reveals it while checked. Pasting works as in any line
// edit; a line break copied after a key is dropped. The text is never logged. A field with
// `generate:` also has a Generate button, and shown empty it generates a password at once (the
// answer the install uses, so Show reveals it to be noted; an upgrade shows the deployed one).
class SecretEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretEditor)

public:
    SecretEditor(const Field &field, QWidget *parent = nullptr);
    ~SecretEditor() override;

    QVariant answer() const override;
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *revealButton() const { return m_reveal; }
    QToolButton *generateButton() const { return m_generate; } // null without `generate:`

protected:
    void display(const QVariant &answer) override;

private:
    QLineEdit *m_edit = nullptr;
    QToolButton *m_reveal = nullptr;
    QToolButton *m_generate = nullptr;
};

} // namespace Slipway
