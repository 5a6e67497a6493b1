#pragma once

#include "FieldEditor.h"

class QLineEdit;
class QToolButton;

namespace Slipway {

// A secret: masked, with a toggle that reveals it while checked. Pasting works as in any line
// edit; a line break copied after a key is dropped. The text is never logged.
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

protected:
    void display(const QVariant &answer) override;

private:
    QLineEdit *m_edit = nullptr;
    QToolButton *m_reveal = nullptr;
};

} // namespace Slipway
