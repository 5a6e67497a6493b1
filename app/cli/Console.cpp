#include "Console.h"

#include <cstdio>

namespace Slipway {

namespace {

void writeLine(FILE *stream, const QString &line)
{
    const QByteArray bytes = line.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::out(const QString &line)
{
    writeLine(stdout, line);
}

void Console::err(const QString &line)
{
    writeLine(stderr, line);
}

} // namespace Slipway
