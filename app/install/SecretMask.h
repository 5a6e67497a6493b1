#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace Slipway {

struct Descriptor;

// What slipway-cli shows of stored or planned values must show that a secret is there (and
// whether it changed), never the secret: every value at a secret field's path becomes
// "<secret 1a2b3c4d>" (the start of its SHA-256), in the values and in rendered manifests, where
// it is found as written and base64-encoded (a Secret's data). Which fields are secret comes
// from the installer descriptor — the product's, and the one stored with the release's chart.
class SecretMask
{
public:
    // Remembers the secrets `config` (user values) holds at the descriptor's secret paths.
    void collect(const Descriptor &descriptor, const QJsonObject &config);
    bool isEmpty() const { return m_replacements.isEmpty(); }

    QString apply(QString text) const;
    // Every string (and number spelled like a secret) in the tree, masked as apply() does.
    QJsonObject apply(const QJsonObject &values) const;

    static QString maskFor(const QString &secret);
    // The inverse for values an administrator edited: every string that is exactly the mask of
    // a collected secret becomes that secret again, so a masked secret left untouched keeps
    // its value. Anything else stays as written.
    QJsonObject restore(const QJsonObject &values) const;
    // Whether `text` has the form of a mask ("<secret 1a2b3c4d>"), known or not.
    static bool looksMasked(const QString &text);

private:
    QList<std::pair<QString, QString>> m_replacements; // longest first
    QHash<QString, QString> m_secretByMask; // whole secrets only
};

} // namespace Slipway
