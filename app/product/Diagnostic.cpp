#include "Diagnostic.h"

namespace Slipway {

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    QString text = where.isEmpty() ? message : where + QLatin1String(": ") + message;
    if (!hint.isEmpty())
        text += QLatin1String(" (") + hint + QLatin1Char(')');
    return text;
}

} // namespace Slipway
