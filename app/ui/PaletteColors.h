#pragma once

#include <QColor>

namespace Slipway {

// `a` moved towards `b` by `t` (0: a, 1: b). Colours derived this way from the palette's own
// (a base tinted green, a text tinted blue) read in light and dark themes alike.
inline QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace Slipway
