#pragma once

#include <QString>

namespace Slipway {

// Passwords for `secret` fields with `generate:` (charts/README.md): letters and digits only, so
// they need no quoting in a URL, a shell or a connection string, drawn from the operating
// system's cryptographically secure source (QRandomGenerator::system()). A generated password is
// an answer like a typed one: secret, never logged, and read back from the deployed values on
// upgrade, so it is generated once per release.
class PasswordGenerator
{
public:
    static constexpr int MinLength = 16;
    static constexpr int MaxLength = 128;
    static constexpr int DefaultLength = 32;

    static QString generate(int length = DefaultLength);
};

} // namespace Slipway
