#pragma once

#include "FieldEditor.h"

class QPlainTextEdit;

namespace Slipway {

// text, pem and yaml: several lines; pem and yaml in a fixed-width font, without wrapping.
class TextEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextEditor)

public:
    TextEditor(const Field &field, QWidget *parent = nullptr);
    ~TextEditor() override;

    QVariant answer() const override;
    bool isWide() const override { return true; }
    QPlainTextEdit *textEdit() const { return m_edit; }

protected:
    void display(const QVariant &answer) override;

private:
    QPlainTextEdit *m_edit = nullptr;
};

} // namespace Slipway
