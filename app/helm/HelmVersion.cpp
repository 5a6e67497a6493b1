#include "HelmVersion.h"

#include <QRegularExpression>

namespace Slipway {

namespace {
constexpr int kMinimumHelm3Minor = 17;
}

std::optional<HelmVersion> HelmVersion::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^v?(\d{1,4})\.(\d{1,4})\.(\d{1,4})(?:[-+][0-9A-Za-z.+-]*)?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return HelmVersion { match.captured(1).toInt(), match.captured(2).toInt(),
                         match.captured(3).toInt() };
}

Expected<HelmVersion> HelmVersion::checkSupported(const QString &text)
{
    const std::optional<HelmVersion> version = parse(text);
    if (!version)
        return Error { tr("“%1” is not a helm version; expected something like v3.17.0")
                           .arg(text.trimmed().left(80)) };
    if (version->major == 3 && version->minor < kMinimumHelm3Minor)
        return Error { tr("helm %1 is too old: Slipway needs helm 3.%2 or newer, or helm 4")
                           .arg(version->toString())
                           .arg(kMinimumHelm3Minor) };
    if (version->major != 3 && version->major != 4)
        return Error { tr("helm %1 is not supported: Slipway works with helm 3.%2 or newer, "
                          "and helm 4")
                           .arg(version->toString())
                           .arg(kMinimumHelm3Minor) };
    return *version;
}

QString HelmVersion::toString() const
{
    return QStringLiteral("v%1.%2.%3").arg(major).arg(minor).arg(patch);
}

} // namespace Slipway
