#pragma once

#include <QRegularExpression>
#include <QStringList>

namespace Slipway {

// A line diff in the unified style (---/+++ header, @@ hunks with up to three lines of
// context). Empty when the texts are equal. Like git's function headers, a hunk can name where
// it is: the last line before it (in `before`) that matches `heading` follows the @@ — for a
// manifest, the "# Source: chart/templates/x.yaml" of the document it changes.
class TextDiff
{
public:
    static QStringList unified(const QString &before, const QString &after,
                               const QString &beforeName, const QString &afterName,
                               const QRegularExpression &heading = QRegularExpression());
};

} // namespace Slipway
