#pragma once

#include <QList>
#include <QString>

namespace Slipway {

// A problem with the answers or the values they make, as data the wizard shows next to the field.
struct Issue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString field; // the field id it belongs to; empty when no field covers it
    QString message;
    QString path; // the values path concerned, when there is one

    bool operator==(const Issue &) const = default;
};

using Issues = QList<Issue>;

} // namespace Slipway
