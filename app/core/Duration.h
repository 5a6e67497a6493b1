#pragma once

#include "Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Slipway {

// Durations as Go writes them, because helm (--timeout), installer descriptors and kubectl do.
class Duration
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::Duration)

public:
    // Go's time.ParseDuration, in milliseconds (finer parts are cut off): "15m", "90s", "1h30m",
    // "500ms", "1.5h", "-2m"; units ns, us (µs), ms, s, m, h. The Error says what is wrong.
    static Expected<qint64> parseMs(QStringView text);

    // apimachinery's duration.HumanDuration, as kubectl prints ages: "45s", "2m5s", "3h10m",
    // "5d2h", "3y100d"; "<invalid>" for more than a second below zero.
    static QString human(qint64 ms);
};

} // namespace Slipway
