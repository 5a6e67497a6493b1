#pragma once

#include <QJsonObject>
#include <QString>

namespace Slipway {

// What helm's labels on a release record say (owner=helm, name, version, status): enough to
// tell which record is a release's latest and its status without decoding the payload, which
// carries the whole chart. helm keeps `status` equal to the record's status on every update.
struct ReleaseLabels
{
    QString name; // the release
    int revision = 0; // the `version` label; 0 when missing or not a number
    QString status;

    // From a Secret or ConfigMap object as the API returns it.
    static ReleaseLabels of(const QJsonObject &object);

    // A record without helm's labels (written by hand, or very old) names its revision only in
    // its payload, which must then be decoded.
    bool hasRevision() const { return revision > 0; }
};

} // namespace Slipway
