#pragma once

#include "TableEditor.h"

namespace Slipway {

// stringList: one item a row, in order; empty rows are no items.
class StringListEditor final : public TableEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StringListEditor)

public:
    StringListEditor(const Field &field, QWidget *parent = nullptr);
    ~StringListEditor() override;

    QVariant answer() const override;

protected:
    void display(const QVariant &answer) override;
};

} // namespace Slipway
