#include "Console.h"

#include <algorithm>
#include <cstdio>

#include <sys/ioctl.h>
#include <unistd.h>

namespace Slipway {

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::out(const QString &line)
{
    write(stdout, line.toLocal8Bit() + '\n');
}

void Console::err(const QString &line)
{
    write(stderr, line.toLocal8Bit() + '\n');
}

void Console::table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += row[i].leftJustified(widths[i] + 3);
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out(line);
    }
}

void Console::errRaw(const QString &text)
{
    if (!text.isEmpty())
        write(stderr, text.toLocal8Bit());
}

bool Console::errIsTerminal()
{
    // A dumb terminal (Emacs shell, some CI consoles) cannot rewrite a line.
    return ::isatty(STDERR_FILENO) == 1 && qEnvironmentVariable("TERM") != QLatin1String("dumb");
}

int Console::errWidth()
{
    struct winsize size = {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    bool number = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &number);
    return number && columns > 0 ? columns : 80;
}

} // namespace Slipway
