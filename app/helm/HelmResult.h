#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Slipway {

// How a helm job ended: the one value HelmJob::finished() carries.
struct HelmResult
{
    enum class Outcome
    {
        Succeeded,
        Failed, // helm reported an error; see error / rolledBack
        TimedOut, // helm's own --timeout ran out
        Cancelled, // cancel() was called
        NotStarted, // helm could not be run, or the values could not be written
    };

    Outcome outcome = Outcome::NotStarted;
    int exitCode = -1;
    bool rolledBack = false; // rollback-on-failure undid a failed install / upgrade
    bool killed = false; // helm ignored the terminate request and had to be killed
    QString error; // readable, one paragraph
    QString rawError; // helm's stderr, untouched, for a details view
    QByteArray output; // helm's stdout
    qint64 elapsedMs = 0;

    bool ok() const { return outcome == Outcome::Succeeded; }
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::HelmResult)
