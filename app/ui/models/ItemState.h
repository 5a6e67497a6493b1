#pragma once

#include <QMetaType>
#include <Qt>

namespace Slipway {

// What a row means for the user, not how it looks: a view maps it to colours and icons of its
// own palette, so light and dark themes both stay readable. Every live model answers it for
// ItemStateRole on every column.
enum class ItemState
{
    Ok,
    Progressing, // on its way (a pod starting, a rollout converging); no action needed yet
    Warning, // worth a look (a Warning event, recent restarts)
    Failed, // will not get better without help
    Stuck, // a helm operation that never finished (pending-*, uninstalling)
};

// The same role number in every model, so one delegate serves all the tables.
constexpr int ItemStateRole = Qt::UserRole;
// Raw values for sorting (a time, a count), where DisplayRole holds text.
constexpr int SortRole = Qt::UserRole + 1;
// Each model's own raw-value roles start here.
constexpr int FirstModelRole = Qt::UserRole + 2;

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::ItemState)
