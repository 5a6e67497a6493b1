#pragma once

#include "models/ItemState.h"

#include <QStyledItemDelegate>

namespace Slipway {

// Paints every live table's rows by what they mean (ItemStateRole): failed and stuck rows in
// red, warnings in amber, rows on their way muted — each colour chosen for the palette's own
// background, so a light and a dark theme both stay readable.
class StateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor colorFor(ItemState state, const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Slipway
