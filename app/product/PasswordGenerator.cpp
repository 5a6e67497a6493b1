#include "PasswordGenerator.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Slipway {

QString PasswordGenerator::generate(int length)
{
    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr quint32 Size = sizeof(Alphabet) - 1;
    length = std::clamp(length, MinLength, MaxLength);
    QString out;
    out.reserve(length);
    // bounded() draws without modulo bias; system() reads the kernel's random source.
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(Alphabet[random->bounded(Size)]));
    return out;
}

} // namespace Slipway
