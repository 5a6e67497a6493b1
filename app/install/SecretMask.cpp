#include "SecretMask.h"

#include "product/Descriptor.h"
#include "product/ValueTree.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace Slipway {

namespace {

// Pieces shorter than this are not masked on their own: they would blot out ordinary words.
constexpr qsizetype kMinimumLinePiece = 16;

// `value` with every scalar in it (at any depth) replaced by `scalar(it)`.
template<typename Scalar> QJsonValue mapScalars(const QJsonValue &value, const Scalar &scalar)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), mapScalars(it.value(), scalar));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(mapScalars(item, scalar));
        return out;
    }
    return scalar(value);
}

} // namespace

QString SecretMask::maskFor(const QString &secret)
{
    return QStringLiteral("<secret %1>").arg(QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex().left(8)));
}

void SecretMask::collect(const Descriptor &descriptor, const QJsonObject &config)
{
    const ValueTree tree = ValueTree::fromVariant(config.toVariantMap());
    for (const Field &field : descriptor.fields) {
        if (!field.secret || field.path.isEmpty())
            continue;
        const ValueTree *value = tree.at(field.path);
        if (!value || !value->isScalar() || value->toString().isEmpty())
            continue;
        const QString secret = value->toString();
        const QString mask = maskFor(secret);
        const auto add = [this](const QString &text, const QString &replacement) {
            for (const auto &known : std::as_const(m_replacements)) {
                if (known.first == text)
                    return;
            }
            m_replacements.append({ text, replacement });
        };
        m_secretByMask.insert(mask, secret);
        add(QString::fromLatin1(secret.toUtf8().toBase64()), mask);
        add(secret, mask);
        // A multi-line secret (a PEM key) is re-indented wherever YAML embeds it, so its lines
        // are found one by one.
        if (secret.contains(QLatin1Char('\n'))) {
            for (const QString &line : secret.split(QLatin1Char('\n'))) {
                if (line.trimmed().size() >= kMinimumLinePiece)
                    add(line.trimmed(), mask);
            }
        }
    }
    // The longest first, so a secret that contains another is replaced whole.
    std::stable_sort(m_replacements.begin(), m_replacements.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

QString SecretMask::apply(QString text) const
{
    for (const auto &[secret, mask] : m_replacements)
        text.replace(secret, mask);
    return text;
}

QJsonObject SecretMask::apply(const QJsonObject &values) const
{
    if (m_replacements.isEmpty())
        return values;
    return mapScalars(values, [this](const QJsonValue &value) -> QJsonValue {
        if (value.isString())
            return apply(value.toString());
        if (!value.isDouble())
            return value;
        const QString spelled = ValueTree::fromVariant(value.toVariant()).toString();
        for (const auto &[secret, mask] : m_replacements) {
            if (spelled == secret)
                return mask;
        }
        return value;
    }).toObject();
}

bool SecretMask::looksMasked(const QString &text)
{
    static const QRegularExpression mask(QStringLiteral("^<secret [0-9a-f]{8}>$"));
    return mask.match(text).hasMatch();
}

QJsonObject SecretMask::restore(const QJsonObject &values) const
{
    if (m_secretByMask.isEmpty())
        return values;
    return mapScalars(values, [this](const QJsonValue &value) -> QJsonValue {
        const auto found = m_secretByMask.constFind(value.toString());
        return !value.isString() || found == m_secretByMask.constEnd() ? value : QJsonValue(*found);
    }).toObject();
}

} // namespace Slipway
