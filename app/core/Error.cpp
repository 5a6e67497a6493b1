#include "Error.h"

namespace Slipway {

Error Error::at(const QString &file, int line, int column, const QString &message)
{
    return Error(message, file, line, column);
}

QString Error::toString() const
{
    if (file.isEmpty())
        return message;
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where + QLatin1String(": ") + message;
}

} // namespace Slipway
