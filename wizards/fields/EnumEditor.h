#pragma once

#include "FieldEditor.h"

class QComboBox;

namespace Slipway {

// enum: a box of the options' titles; the answer is the chosen option's value as text
// (FieldCodec types it back as written in the descriptor).
class EnumEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnumEditor)

public:
    EnumEditor(const Field &field, QWidget *parent = nullptr);
    ~EnumEditor() override;

    QVariant answer() const override;
    QComboBox *comboBox() const { return m_box; }

protected:
    void display(const QVariant &answer) override;

private:
    QComboBox *m_box = nullptr;
};

} // namespace Slipway
