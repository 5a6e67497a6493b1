#include "ReleaseDiff.h"

#include "SecretMask.h"
#include "TextDiff.h"
#include "helm/ReleaseRecord.h"
#include "product/DescriptorParser.h"
#include "product/ValueTree.h"
#include "product/YamlWriter.h"

#include <optional>

namespace Slipway {

namespace {

constexpr int kContext = 3;

// Without the product the release still knows its installer: helm keeps installer.yaml among
// the chart's files in every revision.
std::optional<Descriptor> storedDescriptor(const ReleaseRecord &record)
{
    const QByteArray stored = record.chartFiles.value(QStringLiteral("installer.yaml"));
    if (stored.isEmpty())
        return std::nullopt;
    Diagnostics errors;
    Descriptor descriptor
        = DescriptorParser::parse(stored, QStringLiteral("installer.yaml"), &errors);
    if (!errors.isEmpty())
        return std::nullopt;
    return descriptor;
}

// The secrets of `config` by every descriptor known for one record.
void collectSecrets(SecretMask *mask, const QJsonObject &config, const Descriptor *product,
                    const std::optional<Descriptor> &stored)
{
    if (product)
        mask->collect(*product, config);
    if (stored)
        mask->collect(*stored, config);
}

} // namespace

ReleaseDiff::ReleaseDiff(const ReleaseRecord &from, const ReleaseRecord &to,
                         const Descriptor *product, bool showSecrets)
    : m_fromName(QStringLiteral("@%1").arg(from.revision))
    , m_toName(QStringLiteral("@%1").arg(to.revision))
{
    SecretMask mask;
    if (!showSecrets) {
        // A secret of either side is masked on both: a value that moved from one field to
        // another, or was answered on one side only, shows as the same mark.
        for (const ReleaseRecord *record : { &from, &to }) {
            const std::optional<Descriptor> stored = storedDescriptor(*record);
            collectSecrets(&mask, from.config, product, stored);
            collectSecrets(&mask, to.config, product, stored);
        }
    }
    m_fromValues = valuesYaml(mask.apply(from.config));
    m_toValues = valuesYaml(mask.apply(to.config));
    m_fromManifest = mask.apply(normalizedManifest(from.manifest));
    m_toManifest = mask.apply(normalizedManifest(to.manifest));
    m_valuesHunks = TextDiff::hunks(m_fromValues, m_toValues);
    m_manifestHunks = TextDiff::hunks(m_fromManifest, m_toManifest, kContext,
                                      QRegularExpression(QStringLiteral("^# Source: ")));
}

void ReleaseDiff::setNames(const QString &fromName, const QString &toName)
{
    m_fromName = fromName;
    m_toName = toName;
}

QStringList ReleaseDiff::valuesUnified() const
{
    return TextDiff::unified(m_valuesHunks, QStringLiteral("values") + m_fromName,
                             QStringLiteral("values") + m_toName);
}

QStringList ReleaseDiff::manifestUnified() const
{
    return TextDiff::unified(m_manifestHunks, QStringLiteral("manifest") + m_fromName,
                             QStringLiteral("manifest") + m_toName);
}

SecretMask ReleaseDiff::secretsOf(const ReleaseRecord &record, const Descriptor *product)
{
    SecretMask mask;
    collectSecrets(&mask, record.config, product, storedDescriptor(record));
    return mask;
}

QJsonObject ReleaseDiff::maskedValues(const ReleaseRecord &record, const Descriptor *product)
{
    return secretsOf(record, product).apply(record.config);
}

QString ReleaseDiff::valuesYaml(const QJsonObject &values)
{
    if (values.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(YamlWriter::write(ValueTree::fromVariant(values.toVariantMap())))
        .trimmed();
}

QString ReleaseDiff::normalizedManifest(const QString &manifest)
{
    QStringList lines = manifest.split(QLatin1Char('\n'));
    QStringList out;
    out.reserve(lines.size());
    for (const QString &line : std::as_const(lines)) {
        if (line == QLatin1String("---")) {
            while (!out.isEmpty() && out.last().trimmed().isEmpty())
                out.removeLast();
        }
        out.append(line);
    }
    while (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n'));
}

} // namespace Slipway
