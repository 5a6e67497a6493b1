#include "TrustedKeys.h"

#include "Minisign.h"

#include <QSettings>

namespace Slipway {

namespace {
QString settingsKey()
{
    return QStringLiteral("bundle/trustedKeys");
}
} // namespace

QStringList TrustedKeys::files()
{
    return QSettings().value(settingsKey()).toStringList();
}

void TrustedKeys::setFiles(const QStringList &files)
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), files);
}

Expected<QList<MinisignPublicKey>> TrustedKeys::load()
{
    return Minisign::loadTrustedKeys(Minisign::defaultTrustedKeysFolder(), files());
}

} // namespace Slipway
