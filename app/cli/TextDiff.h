#pragma once

#include <QStringList>

namespace Slipway {

// A line diff in the unified style (---/+++ header, @@ hunks with up to three lines of
// context). Empty when the texts are equal.
class TextDiff
{
public:
    static QStringList unified(const QString &before, const QString &after,
                               const QString &beforeName, const QString &afterName);
};

} // namespace Slipway
