#pragma once

#include "FieldEditor.h"

class QCheckBox;

namespace Slipway {

// multiSelect: a check box per option (its title shown, its value answered), in the options'
// order. Answers the checked values as a list.
class MultiSelectEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultiSelectEditor)

public:
    MultiSelectEditor(const Field &field, QWidget *parent = nullptr);
    ~MultiSelectEditor() override;

    QVariant answer() const override;
    QList<QCheckBox *> checkBoxes() const { return m_boxes; }

protected:
    void display(const QVariant &answer) override;

private:
    QList<QCheckBox *> m_boxes;
};

} // namespace Slipway
