#include "Error.h"

namespace Slipway {

Error Error::at(const QString &file, int line, int column, const QString &message,
                const QString &hint)
{
    return Error(message, file, line, column, hint);
}

QString Error::toString() const
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
