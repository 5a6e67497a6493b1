#include "KubeTime.h"

#include "core/Duration.h"

namespace Slipway {

QDateTime KubeTime::parse(const QString &rfc3339)
{
    if (rfc3339.isEmpty())
        return {};
    // Qt rounds a finer fraction to the nearest millisecond, so "…59.9996Z" would become the
    // next second; a time must never move later (helm's nanosecond stamps decide what came
    // before a run), so the fraction is cut to milliseconds first.
    QString text = rfc3339;
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            text.remove(dot + 4, end - dot - 4);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDateTime KubeTime::parseHttpDate(const QByteArray &header)
{
    QString text = QString::fromLatin1(header).trimmed();
    for (const QLatin1String zone : { QLatin1String(" GMT"), QLatin1String(" UTC"), QLatin1String(" UT") }) {
        if (text.endsWith(zone)) {
            text = text.left(text.size() - zone.size()) + QLatin1String(" +0000");
            break;
        }
    }
    const QDateTime time = QDateTime::fromString(text, Qt::RFC2822Date);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString KubeTime::since(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return QStringLiteral("<unknown>");
    return Duration::human(then.msecsTo(now));
}

} // namespace Slipway
