#pragma once

#include "TableEditor.h"

namespace Slipway {

// tolerations: one row per toleration (key, operator, value, effect, seconds), as a pod's
// `tolerations` list holds them.
class TolerationsEditor final : public TableEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TolerationsEditor)

public:
    TolerationsEditor(const Field &field, QWidget *parent = nullptr);
    ~TolerationsEditor() override;

    QVariant answer() const override;
    // The answer as tolerations are typed (FieldCodec), from rows of the five cells.
    static QVariantList fromRows(const QList<QStringList> &rows);
    static QList<QStringList> toRows(const QVariantList &tolerations);

protected:
    void display(const QVariant &answer) override;
};

} // namespace Slipway
