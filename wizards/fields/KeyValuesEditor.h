#pragma once

#include "TableEditor.h"

namespace Slipway {

// keyValues (labels, a node selector, annotations): a two-column table of keys and values.
class KeyValuesEditor final : public TableEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValuesEditor)

public:
    KeyValuesEditor(const Field &field, QWidget *parent = nullptr);
    ~KeyValuesEditor() override;

    QVariant answer() const override;

protected:
    void display(const QVariant &answer) override;
};

} // namespace Slipway
