#include "StateDelegate.h"

namespace Slipway {

QColor StateDelegate::colorFor(ItemState state, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (state) {
    case ItemState::Failed:
    case ItemState::Stuck:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28);
    case ItemState::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    case ItemState::Progressing:
        return palette.color(QPalette::PlaceholderText);
    case ItemState::Ok:
        break;
    }
    return palette.color(QPalette::Text);
}

void StateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant state = index.data(ItemStateRole);
    if (!state.isValid())
        return;
    const ItemState value = state.value<ItemState>();
    if (value == ItemState::Ok)
        return;
    option->palette.setColor(QPalette::Text, colorFor(value, option->palette));
    if (value == ItemState::Failed || value == ItemState::Stuck)
        option->font.setBold(true);
}

} // namespace Slipway
