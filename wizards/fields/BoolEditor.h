#pragma once

#include "FieldEditor.h"

class QCheckBox;

namespace Slipway {

// bool: a check box carrying the field's label, so a click on the words toggles it.
class BoolEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoolEditor)

public:
    BoolEditor(const Field &field, QWidget *parent = nullptr);
    ~BoolEditor() override;

    QVariant answer() const override;
    QCheckBox *checkBox() const { return m_box; }

protected:
    void display(const QVariant &answer) override;

private:
    QCheckBox *m_box = nullptr;
};

} // namespace Slipway
