#pragma once

#include "FieldEditor.h"

class QLineEdit;

namespace Slipway {

// string, int, number, quantity, hostname, hostPort, url, email: one line of text. Numbers are
// answered as numbers when they read as one, else as the text typed, so the validator can say
// what is wrong with it instead of the editor silently dropping it.
class LineEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineEditor)

public:
    LineEditor(const Field &field, QWidget *parent = nullptr);
    ~LineEditor() override;

    QVariant answer() const override;
    QLineEdit *lineEdit() const { return m_edit; }

protected:
    void display(const QVariant &answer) override;

private:
    QLineEdit *m_edit = nullptr;
};

} // namespace Slipway
