#include "ReleaseLabels.h"

namespace Slipway {

ReleaseLabels ReleaseLabels::of(const QJsonObject &object)
{
    const QJsonObject labels = object[u"metadata"][u"labels"].toObject();
    ReleaseLabels out;
    out.name = labels.value(u"name").toString();
    out.status = labels.value(u"status").toString();
    bool numeric = false;
    const int version = labels.value(u"version").toString().toInt(&numeric);
    out.revision = numeric && version > 0 ? version : 0;
    return out;
}

} // namespace Slipway
