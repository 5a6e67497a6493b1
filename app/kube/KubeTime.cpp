#include "KubeTime.h"

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

namespace {

// "5d" or "5d2h": the finer unit only when it is not zero.
QString units(qint64 coarse, char16_t coarseUnit, qint64 fine = 0, char16_t fineUnit = u's')
{
    QString text = QString::number(coarse) + QChar(coarseUnit);
    if (fine != 0)
        text += QString::number(fine) + QChar(fineUnit);
    return text;
}

} // namespace

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

QString KubeTime::humanDuration(qint64 ms)
{
    // Go truncates toward zero (int(d.Seconds())), so -1.9 s still reads "0s".
    const qint64 seconds = ms / 1000;
    if (seconds < -1)
        return QStringLiteral("<invalid>");
    if (seconds < 0)
        return QStringLiteral("0s");
    if (seconds < 60 * 2)
        return units(seconds, u's');
    const qint64 minutes = seconds / 60;
    if (minutes < 10)
        return units(minutes, u'm', seconds % 60, u's');
    if (minutes < 60 * 3)
        return units(minutes, u'm');
    const qint64 hours = minutes / 60;
    if (hours < 8)
        return units(hours, u'h', minutes % 60, u'm');
    if (hours < 48)
        return units(hours, u'h');
    if (hours < 24 * 8)
        return units(hours / 24, u'd', hours % 24, u'h');
    if (hours < 24 * 365 * 2)
        return units(hours / 24, u'd');
    if (hours < 24 * 365 * 8)
        return units(hours / 24 / 365, u'y', (hours / 24) % 365, u'd');
    return units(hours / 24 / 365, u'y');
}

QString KubeTime::since(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return QStringLiteral("<unknown>");
    return humanDuration(then.msecsTo(now));
}

} // namespace Slipway
